/*
 * csvpath.c - the libcsv path, for CSV (and TSV with ML_READ_LIBCSV, the
 * reference the fuzz harness compares with): libcsv parses a whole block at
 * a time and reports fields and row ends through callbacks that copy them
 * into the queue.
 */
#include <stdlib.h>
#include <string.h>

#include "stream/reader.h"

void
rd_on_field(void *s, size_t n, void *arg)
{
	ml_reader *r = arg;
	void *np;

	if (r->perr || r->oom)
		return;
	if (r->delim != '\t') {
		const char *c = s, *end = c + n;
		while ((c = memchr(c, '\n', (size_t)(end - c))) != NULL)
			r->nl++, c++;
	}
	/* + 1: an empty field at the very start must not look like a failed allocation. */
	if (!(np = rd_grow(r->q, &r->qcap, r->qlen + n + 1, 1, &r->oom)))
		return;
	r->q = np;
	if (r->nf == r->fcap && rd_field_room(r) < 0)
		return;
	memcpy(r->q + r->qlen, s, n);
	r->fstart[r->nf] = r->qlen;
	r->qlen += n;
	r->fend[r->nf++] = r->qlen;
}

void
rd_on_row(int c, void *arg)
{
	ml_reader *r = arg;
	struct qrow *row;
	size_t nf = r->nf - r->rowf0;
	int crlf = (c == '\n' && nf == 0 && r->lastterm == '\r');

	r->lastterm = c;
	if (r->perr || r->oom)
		return;
	if (!crlf) {
		if (nf == 0)            /* an empty line: one empty field */
			rd_on_field("", 0, r);
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
	if (c == '\n')
		r->nl++;
	r->rowline = r->nl + 1;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static int
term_lf(unsigned char c)
{
	return c == '\n';
}

static int
term_crlf(unsigned char c)
{
	return c == '\n' || c == '\r';
}

void
rd_parser_reset(ml_reader *r)
{
	if (r->live)
		csv_free(&r->p);
	r->live = 0;
	if (!r->fast) {
		csv_init(&r->p, CSV_REPALL_NL);
		r->live = 1;
		csv_set_delim(&r->p, (unsigned char)r->delim);
		csv_set_space_func(&r->p, no_space);
		if (r->delim != '\t') {
			csv_set_term_func(&r->p, term_crlf);
		} else {
			/* TSV has no quoting: NUL never reaches libcsv (it is rejected first). */
			csv_set_quote(&r->p, '\0');
			csv_set_term_func(&r->p, term_lf);
		}
	}
	r->nl = 0;
	r->rowline = 1;
	r->lastterm = 0;
	r->at_file_start = 1;
	r->bom = 0;
	r->nhead = 0;
	r->head_done = 0;
	r->csvish = -1;
}

/* A block b[0..n) to parse; cr or nul: where the input stops (NULL: it does not). */
int
rd_csv_block(ml_reader *r, char *b, ssize_t n, char *cr, char *nul, ml_err *e)
{
	char *stop = cr ? cr : nul;

	/* libcsv grows a field by blk_size per realloc: keep that geometric. */
	csv_set_blk_size(&r->p, r->p.entry_size > BLOCK ? r->p.entry_size : BLOCK);
	if (stop) {
		csv_parse(&r->p, b, (size_t)(stop - b), rd_on_field, rd_on_row, r);
		rd_stopped(r, cr, nul, b, n);
	} else if (csv_parse(&r->p, b, (size_t)n, rd_on_field, rd_on_row, r) != (size_t)n) {
		return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "%s",
		    csv_strerror(csv_error(&r->p)));
	}
	if (r->oom)
		return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "out of memory");
	return 1;
}

/* The end of a file. */
void
rd_csv_eof(ml_reader *r)
{
	/* libcsv would end an unterminated quoted field at the end of
	 * the input (its CSV_STRICT_FINI needs CSV_STRICT too); 2 is
	 * its FIELD_BEGUN state. */
	if (r->delim != '\t' && r->p.quoted && r->p.pstate == 2 && !r->perr) {
		ml_errf(&r->err, r->pfname, 0, NULL, NULL, 0,
		    "unterminated quoted field starting at line %lu", r->nl + 1);
		r->perr = 1;
		r->perr_row = r->nrows;
	}
	csv_fini(&r->p, rd_on_field, rd_on_row, r);
	csv_free(&r->p);
	r->live = 0;
}
