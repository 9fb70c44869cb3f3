/*
 * split.c - the TSV fast path: TSV has no quoting, so a row is a line and a
 * field is the bytes between TABs.  Blocks are read into the queue buffer
 * itself and scanned for TAB and LF sixteen bytes at a time, fields being
 * offsets into the raw text.
 */
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "stream/reader.h"

/* Fast path: field q[from..to) of the row being assembled. */
static inline void
add_field(ml_reader *r, size_t from, size_t to)
{
	/* Only when the field arrays are full: the common case stays inline. */
	if (r->nf == r->fcap && rd_field_room(r) < 0)
		return;
	r->fstart[r->nf] = from;
	r->fend[r->nf++] = to;
}

/* Fast path: the fields since the last row end a row, at line rowline. */
static inline void
add_row(ml_reader *r)
{
	struct qrow *row;

	if (!(row = rd_grow(r->rows, &r->rcap, r->nrows + 1, sizeof *r->rows, &r->oom)))
		return;
	r->rows = row;
	row += r->nrows++;
	row->f0 = r->rowf0;
	row->nf = r->nf - r->rowf0;
	row->line = r->rowline;
	row->fi = r->fi;
	r->rowf0 = r->nf;
}

/* Fast path: one TAB or LF at q[j] ends the field that starts at *fs. */
static inline void
split_at(ml_reader *r, size_t j, size_t *fs)
{
	add_field(r, *fs, j);
	*fs = j + 1;
	if (r->q[j] == '\n') {
		add_row(r);
		r->nl++;
		r->rowline = r->nl + 1;
	}
}

/*
 * Fast path: splits q[from..to) into fields at TAB and into rows at LF;
 * returns the start of the field after the last TAB or LF.  An empty line
 * is one empty field, as libcsv makes it.
 */
static size_t
split_lines(ml_reader *r, size_t from, size_t to)
{
	const char *q = r->q;
	size_t i = from, fs = from;

	if (r->perr || r->oom)
		return fs;
	if (r->lazy) {
		/* A row is its line: the parallel engine's workers split it. */
		const char *lf;
		while (!r->oom && (lf = memchr(q + fs, '\n', to - fs)) != NULL)
			split_at(r, (size_t)(lf - q), &fs);
		return fs;
	}
#ifdef __SSE2__
	{
		const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n');
		for (; i + 16 <= to && !r->oom; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(q + i));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, tab),
			    _mm_cmpeq_epi8(v, lf)));
			while (m) {
				split_at(r, i + (size_t)__builtin_ctz(m), &fs);
				m &= m - 1;
			}
		}
	}
#endif
	for (; i < to && !r->oom; i++)
		if (q[i] == '\t' || q[i] == '\n')
			split_at(r, i, &fs);
	return fs;
}

/*
 * A block of n new bytes at b (= q + qlen), read after the unsplit line;
 * cr or nul: where the input stops (NULL: it does not).
 */
int
rd_split_block(ml_reader *r, char *b, ssize_t n, char *cr, char *nul, ml_err *e)
{
	char *stop = cr ? cr : nul;
	/* Split the complete lines before the stop; the rest waits for more. */
	char *end = stop ? stop : b + n, *lf;

	r->qlen += (size_t)n;
	/* lf: just after the last LF of the new bytes. */
	for (lf = end; lf > b && lf[-1] != '\n'; lf--)
		;
	if (lf > b) {
		split_lines(r, r->lstart, (size_t)(lf - r->q));
		r->lstart = (size_t)(lf - r->q);
	}
	if (r->oom)
		return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "out of memory");
	rd_stopped(r, cr, nul, b, n);
	return 1;
}

/* The end of a file. */
void
rd_split_eof(ml_reader *r)
{
	/* A last line without LF is a row, as libcsv's csv_fini makes it. */
	if (r->lstart < r->qlen) {
		size_t fs = split_lines(r, r->lstart, r->qlen);
		add_field(r, fs, r->qlen);
		add_row(r);
		r->lstart = r->qlen;
	}
}

size_t
rd_split_line(const char *s, size_t n, size_t base, size_t *fs, size_t *fe, size_t max)
{
	size_t i = 0, from = 0, nf = 0;

#ifdef __SSE2__
	{
		const __m128i tab = _mm_set1_epi8('\t');
		for (; i + 16 <= n; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, tab));
			while (m) {
				size_t j = i + (size_t)__builtin_ctz(m);
				if (nf < max) {
					fs[nf] = base + from;
					fe[nf] = base + j;
				}
				nf++;
				from = j + 1;
				m &= m - 1;
			}
		}
	}
#endif
	for (; i < n; i++)
		if (s[i] == '\t') {
			if (nf < max) {
				fs[nf] = base + from;
				fe[nf] = base + i;
			}
			nf++;
			from = i + 1;
		}
	if (nf < max) {
		fs[nf] = base + from;
		fe[nf] = base + n;
	}
	return nf + 1;
}
