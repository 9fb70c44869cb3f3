/*
 * input.c - the input: the files opened in turn (a pipe copied when it must
 * be read again), read in large blocks handed to the TSV fast path or to
 * libcsv, and the queue of completed rows handed out one at a time.
 * Nothing is allocated per row or per field: the queue and its offset
 * arrays only grow to the largest block's worth.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stream/reader.h"

void *
rd_grow(void *p, size_t *cap, size_t need, size_t size, int *oom)
{
	size_t n = *cap ? *cap : 64;
	void *np;

	if (need <= *cap)
		return p;
	while (n < need)
		n *= 2;
	np = realloc(p, n * size);
	if (!np) {
		*oom = 1;
		return NULL;
	}
	*cap = n;
	return np;
}

int
rd_field_room(ml_reader *r)
{
	size_t cap = r->fcap;
	void *np;

	if (!(np = rd_grow(r->fstart, &cap, r->nf + 1, sizeof *r->fstart, &r->oom)))
		return -1;
	r->fstart = np;
	if (!(np = realloc(r->fend, cap * sizeof *r->fend))) {
		r->oom = 1;
		return -1;
	}
	r->fend = np;
	r->fcap = cap;
	return 0;
}

void
rd_close_input(ml_reader *r)
{
	if (r->fd > 0 && !r->fd_is_tee)
		close(r->fd);
	r->fd = -1;
	r->fd_is_tee = 0;
}

/* Opens input file fi (or stdin / its copy); 0 when there are no more. */
int
rd_open_next(ml_reader *r, ml_err *e)
{
	const char *f;
	struct stat st;

	rd_close_input(r);
	r->teeing = 0;
	if (r->fi >= r->nfiles)
		return 0;
	f = r->files ? r->files[r->fi] : "-";
	r->pfname = strcmp(f, "-") == 0 ? "<stdin>" : f;
	if (r->replay && r->tee[r->fi] >= 0) {
		if (lseek(r->tee[r->fi], 0, SEEK_SET) < 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0,
			    "cannot read the input again: %s", strerror(errno));
		r->fd = r->tee[r->fi];
		r->fd_is_tee = 1;
	} else {
		if (strcmp(f, "-") == 0)
			r->fd = 0;
		else if ((r->fd = open(f, O_RDONLY)) < 0)
			return ml_errf(e, f, 0, NULL, NULL, 0, "cannot open: %s", strerror(errno));
		/* What cannot be read twice (a pipe, a terminal) is copied on the first pass. */
		if ((r->flags & ML_READ_REWIND) && !r->replay &&
		    (r->fd == 0 || fstat(r->fd, &st) < 0 || !S_ISREG(st.st_mode))) {
			if (r->tee[r->fi] < 0 && (r->tee[r->fi] = ml_tmp_open("input", e)) < 0)
				return -1;
			r->teeing = 1;
		}
	}
	rd_parser_reset(r);
	r->fpos = 0;
	r->fsize = fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
	return 1;
}

static int
write_all(int fd, const char *b, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, b, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Drops the rows handed out already, keeping the row being assembled. */
static void
compact(ml_reader *r)
{
	size_t base = r->rowf0 < r->nf ? r->fstart[r->rowf0] : r->qlen, i;

	if (r->fast) {
		/* Only the line not yet split is kept; it has no fields yet. */
		base = r->lstart;
		r->lstart = 0;
	}

	if (r->qlen > base)
		memmove(r->q, r->q + base, r->qlen - base);
	r->qlen -= base;
	for (i = r->rowf0; i < r->nf; i++) {
		r->fstart[i - r->rowf0] = r->fstart[i] - base;
		r->fend[i - r->rowf0] = r->fend[i] - base;
	}
	r->nf -= r->rowf0;
	r->rowf0 = 0;
	r->nrows = r->rnext = 0;
}

/*
 * Where the next block is read to: the fast path reads straight into the
 * queue, after the unsplit line.
 */
static char *
block_buf(ml_reader *r, ml_err *e)
{
	if (!r->fast)
		return r->blk;
	if (r->qlen + BLOCK > r->qcap) {
		char *nq = rd_grow(r->q, &r->qcap, r->qlen + BLOCK, 1, &r->oom);
		if (!nq) {
			ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "out of memory");
			return NULL;
		}
		r->q = nq;
	}
	return r->q + r->qlen;
}

/* The end of the file being read: its last row, then the next file. */
static int
end_of_file(ml_reader *r, ml_err *e)
{
	if (r->fast)
		rd_split_eof(r);
	else
		rd_csv_eof(r);
	if (r->at_file_start)
		return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "empty input: no header line");
	r->fi++;
	rd_close_input(r);
	return 1;
}

/* A block b[0..n) just read: kept (a pipe read twice), checked, parsed. */
static int
parse_block(ml_reader *r, char *b, ssize_t n, ml_err *e)
{
	if (r->teeing && write_all(r->tee[r->fi], b, (size_t)n) < 0)
		return ml_errmsg(e,
		    "cannot keep a copy of the input (is TMPDIR full?): %s", strerror(errno));
	r->at_file_start = 0;
	if (rd_file_start(r, &b, &n, e) < 0)
		return -1;
	/* A NUL, or in TSV a carriage return, stops the input: parse what comes
	 * before it, so that the message has the right line. */
	char *nul = memchr(b, '\0', (size_t)n);
	char *cr = r->delim == '\t' ? memchr(b, '\r', nul ? (size_t)(nul - b) : (size_t)n) : NULL;
	if (r->fast)
		return rd_split_block(r, b, n, cr, nul, e);
	return rd_csv_block(r, b, n, cr, nul, e);
}

/* Reads and parses one more block (or finishes a file); 0 at the end of all input. */
static int
fill(ml_reader *r, ml_err *e)
{
	ssize_t n;
	char *b;

	for (;;) {
		if (r->eof_all)
			return 0;
		if (r->fd < 0) {
			int o = rd_open_next(r, e);
			if (o < 0)
				return -1;
			if (o == 0) {
				r->eof_all = 1;
				return 0;
			}
		}
		if (!(b = block_buf(r, e)))
			return -1;
		n = read(r->fd, b, BLOCK);
		if (n < 0 && errno == EINTR)
			continue;
		r->fpos += n > 0 ? n : 0;
		if (n < 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "read error: %s", strerror(errno));
		if (r->cr_pending) {
			rd_cr_error(r, n == 0 || b[0] == '\n');
			return 1;
		}
		if (n == 0)
			return end_of_file(r, e);
		return parse_block(r, b, n, e);
	}
}

/* The next queued row, parsing more input as needed; 0 at the end. */
int
rd_next_row(ml_reader *r, ml_err *e)
{
	for (;;) {
		if (r->rnext < r->nrows && (!r->perr || r->rnext < r->perr_row)) {
			r->cur = &r->rows[r->rnext++];
			r->line = r->cur->line;
			r->fname = r->files ? r->files[r->cur->fi] : "-";
			if (strcmp(r->fname, "-") == 0)
				r->fname = "<stdin>";
			return 1;
		}
		if (r->perr) {
			*e = r->err;
			return -1;
		}
		compact(r);
		int f = fill(r, e);
		if (f <= 0)
			return f;
	}
}
