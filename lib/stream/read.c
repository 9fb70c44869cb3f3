/*
 * read.c - the reader's API: opening the input and checking its header
 * (and each later file's), handing out rows and their fields, and the later
 * passes (a rewind, or line replay in TAB mode).
 *
 * The work is done in the other files, one job each (reader.h):
 *   input.c    the files, read in blocks, and the queue of parsed rows
 *   check.c    the raw bytes: a file's start (BOM, compressed data, CSV as TSV), NUL, CR
 *   split.c    the TSV fast path: TSV split directly at TAB and LF
 *   csvpath.c  the libcsv path: CSV, and TSV with ML_READ_LIBCSV
 * Either way completed rows are queued and handed out one at a time.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stream/reader.h"

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Duplicate column names make "columns are found by name" ambiguous. */
static int
check_header(const ml_reader *r, ml_err *e)
{
	size_t n = r->ncols, i;
	const char **v = malloc((n ? n : 1) * sizeof *v);

	if (!v)
		return ml_err_oom(e);
	for (i = 0; i < n; i++)
		v[i] = r->names[i];
	qsort(v, n, sizeof *v, cmp_names);
	for (i = 1; i < n; i++) {
		if (strcmp(v[i - 1], v[i]) == 0) {
			ml_errf(e, r->fname, 1, v[i], NULL, 0,
			    "duplicate column name in the header");
			free(v);
			return -1;
		}
	}
	free(v);
	return 0;
}

/* Reads one file's header line: the first, or a later one that must match it. */
static int
read_header(ml_reader *r, ml_err *e)
{
	int n = rd_next_row(r, e);
	size_t i, len;

	if (n < 0)
		return -1;
	if (n == 0)
		return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "empty input: no header line");
	r->hdrfi = r->cur->fi;
	if (r->names == NULL) {
		r->ncols = r->cur->nf;
		len = r->fend[r->cur->f0 + r->ncols - 1] - r->fstart[r->cur->f0];
		if (!(r->hbuf = malloc(len + r->ncols)) ||
		    !(r->names = malloc(r->ncols * sizeof *r->names)))
			return ml_err_oom(e);
		char *o = r->hbuf;
		for (i = 0; i < r->ncols; i++) {
			size_t fl;
			const char *f = ml_reader_field(r, i, &fl);
			if (memchr(f, '\0', fl))
				return ml_errf(e, r->fname, 1, NULL, NULL, 0, "NUL byte in the header");
			memcpy(o, f, fl);
			o[fl] = '\0';
			r->names[i] = o;
			o += fl + 1;
		}
		return check_header(r, e);
	}
	if (r->cur->nf != r->ncols)
		return ml_errf(e, r->fname, 1, NULL, NULL, 0,
		    "header differs from the first file's: %zu columns, expected %zu",
		    r->cur->nf, r->ncols);
	for (i = 0; i < r->ncols; i++) {
		size_t fl;
		const char *f = ml_reader_field(r, i, &fl);
		if (fl != strlen(r->names[i]) || memcmp(f, r->names[i], fl) != 0)
			return ml_errf(e, r->fname, 1, NULL, f, fl,
			    "header differs from the first file's (column %zu should be '%s')",
			    i + 1, r->names[i]);
	}
	return 0;
}

ml_reader *
ml_reader_open(char *const *files, int nfiles, int delim, int flags, ml_err *e)
{
	ml_reader *r = calloc(1, sizeof *r);

	if (!r || !(r->blk = malloc(BLOCK))) {
		free(r);
		ml_err_oom(e);
		return NULL;
	}
	r->files = nfiles > 0 ? files : NULL;
	r->nfiles = nfiles > 0 ? nfiles : 1;
	r->delim = delim ? delim : '\t';
	r->flags = flags;
	r->fast = r->delim == '\t' && !(flags & ML_READ_LIBCSV);
	r->fd = -1;
	if (!(r->tee = malloc(r->nfiles * sizeof *r->tee))) {
		ml_err_oom(e);
		free(r->blk);
		free(r);
		return NULL;
	}
	for (int i = 0; i < r->nfiles; i++)
		r->tee[i] = -1;
	if (read_header(r, e) < 0) {
		ml_reader_close(r);
		return NULL;
	}
	return r;
}

void
ml_reader_close(ml_reader *r)
{
	if (!r)
		return;
	rd_close_input(r);
	for (int i = 0; i < r->nfiles; i++)
		if (r->tee[i] >= 0)
			close(r->tee[i]);
	free(r->tee);
	if (r->live)
		csv_free(&r->p);
	free(r->blk);
	free(r->hbuf);
	free(r->names);
	free(r->q);
	free(r->fstart);
	free(r->fend);
	free(r->rows);
	free(r);
}

size_t
ml_reader_ncols(const ml_reader *r)
{
	return r->ncols;
}

size_t
ml_reader_find(const ml_reader *r, const char *prefix, const char *name)
{
	size_t i, pl = strlen(prefix);

	for (i = 0; i < r->ncols; i++) {
		const char *c = ml_reader_colname(r, i);
		if (strncmp(c, prefix, pl) == 0 && strcmp(c + pl, name) == 0)
			return i;
	}
	return (size_t)-1;
}

const char *
ml_reader_colname(const ml_reader *r, size_t i)
{
	return r->names[i];
}

static void
progress(const ml_reader *r)
{
	ml_progress(NULL, r->pass + 1, r->nread, r->fsize > 0 ? (double)r->fpos / (double)r->fsize : -1);
}

int
rd_count_error(const ml_reader *r, size_t nf, ml_err *e)
{
	return ml_errf(e, r->fname, r->line, NULL, NULL, 0,
	    "row has %zu field%s, the header has %zu", nf, nf == 1 ? "" : "s", r->ncols);
}

int
ml_reader_next(ml_reader *r, ml_err *e)
{
	for (;;) {
		int n = rd_next_row(r, e);
		if (n <= 0)
			return n;
		if (r->cur->fi != r->hdrfi) {
			/* The row came from the next file: it is that file's header. */
			r->rnext--;
			if (read_header(r, e) < 0)
				return -1;
			continue;
		}
		/* A line not split yet is counted by whoever splits it. */
		if (!r->lazy && r->cur->nf != r->ncols)
			return rd_count_error(r, r->cur->nf, e);
		if ((++r->nread & 8191) == 0)
			progress(r);
		return 1;
	}
}

const char *
ml_reader_field(const ml_reader *r, size_t i, size_t *n)
{
	size_t f = r->cur->f0 + i;

	*n = r->fend[f] - r->fstart[f];
	return r->q + r->fstart[f];
}

const char *
ml_reader_rawline(const ml_reader *r, size_t *n)
{
	const struct qrow *row = r->cur;

	if (!r->fast)
		return NULL;
	*n = r->fend[row->f0 + row->nf - 1] - r->fstart[row->f0];
	return r->q + r->fstart[row->f0];
}

const char *
ml_reader_file(const ml_reader *r)
{
	return r->fname;
}

int
ml_reader_delim(const ml_reader *r)
{
	return r->delim;
}

unsigned long
ml_reader_line(const ml_reader *r)
{
	return r->line;
}

size_t
ml_reader_rows(const ml_reader *r)
{
	return r->nread;
}

/* Back to the start of the first file, for another pass. */
static int
reset_pass(ml_reader *r, ml_err *e)
{
	if (!(r->flags & ML_READ_REWIND))
		return ml_errmsg(e, "internal error: input not rewindable");
	rd_close_input(r);
	if (r->live)
		csv_free(&r->p);
	r->live = 0;
	r->fi = 0;
	r->eof_all = 0;
	r->replay = 1;
	r->qlen = r->lpos = r->nf = r->rowf0 = r->nrows = r->rnext = r->lstart = 0;
	r->perr = 0;
	r->nread = 0;
	r->pass++;
	r->hdrfi = 0;
	r->cur = NULL;
	return 0;
}

int
ml_reader_rewind(ml_reader *r, ml_err *e)
{
	if (reset_pass(r, e) < 0)
		return -1;
	/* Skip the header, checked the first time. */
	{
		int n = rd_next_row(r, e);
		if (n <= 0)
			return n < 0 ? -1 : ml_errf(e, r->pfname, 0, NULL, NULL, 0,
			    "input changed while it was read");
	}
	return 0;
}

int
ml_reader_errf(const ml_reader *r, ml_err *e, size_t i, const char *what)
{
	size_t n;
	const char *f = ml_reader_field(r, i, &n);

	return ml_errf(e, r->fname, r->line, r->names[i], f, n, "%s", what);
}

/*
 * Line replay.  In TAB mode a row is exactly one line, so a second pass
 * over input that the first pass has validated through libcsv only needs
 * to find the line ends.
 */
int
ml_reader_rewind_lines(ml_reader *r, ml_err *e)
{
	if (r->delim != '\t')
		return ml_errmsg(e, "internal error: line replay of CSV");
	if (reset_pass(r, e) < 0)
		return -1;
	r->skiphdr = 1;
	r->file_eof = 0;
	r->lline = 0;
	return 0;
}

int
ml_reader_next_line(ml_reader *r, const char **s, size_t *n, ml_err *e)
{
	for (;;) {
		char *nl = r->lpos < r->qlen ? memchr(r->q + r->lpos, '\n', r->qlen - r->lpos) : NULL;
		ssize_t got;

		if (nl || (r->file_eof && r->lpos < r->qlen)) {
			size_t end = nl ? (size_t)(nl - r->q) : r->qlen;
			*s = r->q + r->lpos;
			*n = end - r->lpos;
			r->lpos = nl ? end + 1 : end;
			r->lline++;
			if (r->skiphdr) {
				r->skiphdr = 0;
				continue;
			}
			if ((++r->nread & 8191) == 0)
				progress(r);
			r->line = r->lline;
			r->fname = r->pfname;
			return 1;
		}
		if (r->file_eof || r->fd < 0) {
			int o;
			if (r->fd >= 0) {
				rd_close_input(r);
				r->fi++;
			}
			if ((o = rd_open_next(r, e)) <= 0)
				return o;
			if (r->live)
				csv_free(&r->p);
			r->live = 0;
			r->file_eof = 0;
			r->skiphdr = 1;
			r->lline = 0;
			r->qlen = r->lpos = 0;
			continue;
		}
		/* Keep the partial line, read a block after it. */
		memmove(r->q, r->q + r->lpos, r->qlen - r->lpos);
		r->qlen -= r->lpos;
		r->lpos = 0;
		if (r->qlen + BLOCK > r->qcap) {
			char *nq = rd_grow(r->q, &r->qcap, r->qlen + BLOCK, 1, &r->oom);
			if (!nq)
				return ml_err_oom(e);
			r->q = nq;
		}
		got = read(r->fd, r->q + r->qlen, BLOCK);
		if (got < 0 && errno == EINTR)
			continue;
		r->fpos += got > 0 ? got : 0;
		if (got < 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "read error: %s", strerror(errno));
		if (got == 0)
			r->file_eof = 1;
		r->qlen += (size_t)got;
	}
}
