/*
 * par.c - the parallel row engine.
 *
 * The calling thread reads the input with the ordinary reader, so that
 * every check, message and line number is the reader's own, and copies its
 * rows into chunks.  Worker threads take the chunks in turn and run the
 * tool's per-row work on each row through a view of the chunk that the
 * reader's functions accept (ml_reader_field, ml_reader_errf, ...),
 * formatting the output into the chunk's buffer and the tool's partial
 * state into the chunk's part.  The calling thread writes the chunks and
 * merges their parts in input order, so the output and the merged state do
 * not depend on the number of threads; at the first chunk that failed it
 * writes that chunk's rows before the bad one and stops: the error is the
 * first in input order, as with one thread.  A fixed number of chunks is
 * in flight (2 per worker, plus 2), so memory does not grow with the input.
 *
 * MLAUDIT_CHUNK_ROWS=N caps a chunk at N rows (tests: chunk boundaries in
 * small inputs); by default a chunk holds about CHUNK_BYTES of input.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "stream/reader.h"

#define CHUNK_BYTES (512 * 1024)

enum { FAIL_NONE, FAIL_ROW, FAIL_WRITE };

struct chunk {
	/* the rows, laid out as the reader's queue */
	char *q;
	size_t qlen, qcap;
	size_t *fstart, *fend;
	size_t nf, fscap, fecap;
	struct qrow *rows;
	size_t nrows, rcap;
	size_t row0;            /* data rows before the chunk's first */
	int rerr;               /* the reader stopped after these rows, with rerr_e */
	ml_err rerr_e;
	/* what a worker made of it */
	int done;
	size_t nok;             /* rows done */
	int fail;               /* FAIL_ROW: row nok is bad (err); FAIL_WRITE: its field TSV cannot hold */
	ml_err err;
	char *out;
	size_t outlen, outcap;
	uint64_t outrows;       /* rows ended in out (a header too) */
	void *part;
};

struct par {
	const ml_par_job *job;
	ml_reader *r;
	struct chunk *ch;
	size_t nch;
	size_t next_fill, next_work, next_write;        /* chunk sequence numbers */
	size_t maxrows;
	int lazy;               /* the reader finds lines only: workers split them */
	int quit;
	pthread_mutex_t lock;
	pthread_cond_t work, done;
};

struct worker {
	struct par *P;
	ml_reader view;
	struct qrow row;        /* lazy: the current row, split into fs, fe */
	size_t *fs, *fe;        /* ncols each */
	ml_writer *w;
	void *ws;
	pthread_t tid;
	int started;
};

/* Copies the reader's current row into c; -1 when out of memory. */
static int
copy_row(struct chunk *c, const ml_reader *r)
{
	const struct qrow *row = r->cur;
	size_t base = r->fstart[row->f0], len = r->fend[row->f0 + row->nf - 1] - base, i;
	int oom = 0;
	void *p;

	if (!(p = rd_grow(c->q, &c->qcap, c->qlen + len, 1, &oom)))
		return -1;
	c->q = p;
	if (!(p = rd_grow(c->fstart, &c->fscap, c->nf + row->nf, sizeof *c->fstart, &oom)))
		return -1;
	c->fstart = p;
	if (!(p = rd_grow(c->fend, &c->fecap, c->nf + row->nf, sizeof *c->fend, &oom)))
		return -1;
	c->fend = p;
	if (!(p = rd_grow(c->rows, &c->rcap, c->nrows + 1, sizeof *c->rows, &oom)))
		return -1;
	c->rows = p;
	memcpy(c->q + c->qlen, r->q + base, len);
	for (i = 0; i < row->nf; i++) {
		c->fstart[c->nf + i] = r->fstart[row->f0 + i] - base + c->qlen;
		c->fend[c->nf + i] = r->fend[row->f0 + i] - base + c->qlen;
	}
	c->rows[c->nrows].f0 = c->nf;
	c->rows[c->nrows].nf = row->nf;
	c->rows[c->nrows].line = row->line;
	c->rows[c->nrows].fi = row->fi;
	c->nrows++;
	c->nf += row->nf;
	c->qlen += len;
	return 0;
}

/* Reads the next rows into c; 0 when the input is over (or the reader failed). */
static int
fill(struct par *P, struct chunk *c)
{
	ml_reader *r = P->r;
	int n;

	c->qlen = c->nf = c->nrows = 0;
	c->rerr = 0;
	c->done = 0;
	c->row0 = r->nread;
	while (c->nrows < P->maxrows && c->qlen < CHUNK_BYTES) {
		if ((n = ml_reader_next(r, &c->rerr_e)) <= 0) {
			c->rerr = n < 0;
			return 0;
		}
		if (copy_row(c, r) < 0) {
			c->rerr = 1;
			ml_errf(&c->rerr_e, r->fname, r->line, NULL, NULL, 0, "out of memory");
			return 0;
		}
	}
	return 1;
}

/*
 * Lazy reading: the current row of W's view, one line of c, split at TAB
 * into W's own field arrays; -1 (e set) when its field count is not the
 * header's, as the reader would say it.
 */
static int
split_row(struct worker *W, const struct chunk *c, ml_err *e)
{
	ml_reader *v = &W->view;
	const struct qrow *row = v->cur;
	size_t b = c->fstart[row->f0], len = c->fend[row->f0 + row->nf - 1] - b, nf;

	if ((nf = rd_split_line(c->q + b, len, b, W->fs, W->fe, v->ncols)) != v->ncols)
		return rd_count_error(v, nf, e);
	W->row = *row;
	W->row.f0 = 0;
	W->row.nf = nf;
	v->cur = &W->row;
	v->fstart = W->fs;
	v->fend = W->fe;
	return 0;
}

/* A worker's turn at chunk c: every row, until one fails. */
static void
run_chunk(struct worker *W, struct chunk *c)
{
	const ml_par_job *J = W->P->job;
	ml_reader *v = &W->view;
	uint64_t okbytes = 0, okrows = 0;
	size_t i;

	c->nok = 0;
	c->fail = FAIL_NONE;
	if (J->part_reset)
		J->part_reset(J->arg, c->part);
	v->q = c->q;
	v->fstart = c->fstart;
	v->fend = c->fend;
	for (i = 0; i < c->nrows; i++) {
		v->cur = &c->rows[i];
		v->line = v->cur->line;
		v->fname = v->files ? v->files[v->cur->fi] : "-";
		if (strcmp(v->fname, "-") == 0)
			v->fname = "<stdin>";
		v->nread = c->row0 + i + 1;
		if (W->P->lazy && split_row(W, c, &c->err) < 0) {
			c->fail = FAIL_ROW;
			break;
		}
		if (J->row(J->arg, W->ws, c->part, v, W->w, &c->err) < 0) {
			c->fail = W->w && ml_writer_unquotable(W->w) ? FAIL_WRITE : FAIL_ROW;
			break;
		}
		c->nok++;
		if (W->w) {
			okbytes = ml_writer_offset(W->w);
			okrows = ml_writer_rows(W->w);
		}
	}
	if (W->w) {
		c->outrows = c->fail == FAIL_ROW ? okrows : ml_writer_rows(W->w);
		if (ml_writer_mem_take(W->w, &c->out, &c->outlen, &c->outcap, &c->err) < 0) {
			c->fail = FAIL_ROW;
			c->nok = c->outlen = 0;
			c->outrows = 0;
		} else if (c->fail == FAIL_ROW) {
			/* Nothing of the bad row is written. */
			c->outlen = (size_t)okbytes;
		}
	}
}

static void *
worker_main(void *arg)
{
	struct worker *W = arg;
	struct par *P = W->P;
	struct chunk *c;

	pthread_mutex_lock(&P->lock);
	for (;;) {
		while (!P->quit && P->next_work == P->next_fill)
			pthread_cond_wait(&P->work, &P->lock);
		if (P->quit)
			break;
		c = &P->ch[P->next_work++ % P->nch];
		pthread_mutex_unlock(&P->lock);
		run_chunk(W, c);
		pthread_mutex_lock(&P->lock);
		c->done = 1;
		pthread_cond_signal(&P->done);
	}
	pthread_mutex_unlock(&P->lock);
	return NULL;
}

/*
 * Chunk c, next in input order: its part merged, its rows written.  1 go
 * on, 0 stop quietly (the writer failed: ml_writer_failed says so), -1 an
 * error in e.
 */
static int
write_chunk(struct par *P, struct chunk *c, ml_writer *w, ml_err *e)
{
	const ml_par_job *J = P->job;

	if (J->merge && J->merge(J->arg, c->part, e) < 0)
		return -1;
	if (w && ml_writer_append(w, c->out, c->outlen, c->outrows, c->fail == FAIL_WRITE) < 0)
		return 0;
	if (c->fail == FAIL_ROW) {
		*e = c->err;
		return -1;
	}
	if (c->rerr) {
		*e = c->rerr_e;
		return -1;
	}
	return 1;
}

/* The calling thread: fills chunks, and writes them as they are done. */
static int
drive(struct par *P, ml_writer *w, ml_err *e)
{
	struct chunk *c;
	int more = 1, rc = 1;

	pthread_mutex_lock(&P->lock);
	for (;;) {
		c = &P->ch[P->next_write % P->nch];
		if (P->next_write < P->next_fill && c->done) {
			pthread_mutex_unlock(&P->lock);
			rc = write_chunk(P, c, w, e);
			pthread_mutex_lock(&P->lock);
			P->next_write++;
			if (rc <= 0)
				break;
		} else if (more && P->next_fill - P->next_write < P->nch) {
			c = &P->ch[P->next_fill % P->nch];
			pthread_mutex_unlock(&P->lock);
			more = fill(P, c);
			pthread_mutex_lock(&P->lock);
			if (c->nrows || c->rerr) {
				P->next_fill++;
				pthread_cond_signal(&P->work);
			}
		} else if (!more && P->next_write == P->next_fill) {
			break;
		} else {
			pthread_cond_wait(&P->done, &P->lock);
		}
	}
	P->quit = 1;
	pthread_cond_broadcast(&P->work);
	pthread_mutex_unlock(&P->lock);
	return rc;
}

static void
free_all(struct par *P, struct worker *W, size_t nw)
{
	const ml_par_job *J = P->job;
	size_t i;

	for (i = 0; W && i < nw; i++) {
		free(W[i].fs);
		free(W[i].fe);
		ml_writer_abort(W[i].w);
		if (W[i].ws && J->worker_free)
			J->worker_free(W[i].ws);
	}
	for (i = 0; P->ch && i < P->nch; i++) {
		struct chunk *c = &P->ch[i];
		free(c->q);
		free(c->fstart);
		free(c->fend);
		free(c->rows);
		free(c->out);
		if (c->part && J->part_free)
			J->part_free(c->part);
	}
	free(P->ch);
	free(W);
}

/* The chunks, the workers' views, writers and scratch: 0, or -1 when out of memory. */
static int
setup(struct par *P, struct worker *W, size_t nw, const ml_reader *r, int delim, ml_err *e)
{
	const ml_par_job *J = P->job;
	size_t i;

	for (i = 0; i < P->nch; i++)
		if (J->part_new && !(P->ch[i].part = J->part_new(J->arg)))
			return ml_err_oom(e);
	for (i = 0; i < nw; i++) {
		ml_reader *v = &W[i].view;
		W[i].P = P;
		v->files = r->files;
		v->nfiles = r->nfiles;
		v->delim = r->delim;
		v->flags = r->flags;
		v->fast = r->fast;
		v->ncols = r->ncols;
		v->names = r->names;
		v->fd = -1;
		if (!(W[i].fs = malloc(r->ncols * sizeof *W[i].fs)) ||
		    !(W[i].fe = malloc(r->ncols * sizeof *W[i].fe)))
			return ml_err_oom(e);
		if (delim && !(W[i].w = ml_writer_mem(delim, e)))
			return -1;
		if (J->worker_new && !(W[i].ws = J->worker_new(J->arg)))
			return ml_err_oom(e);
	}
	return 0;
}

int
ml_par_run(const ml_par_job *J, ml_reader *r, ml_writer *w, int delim, ml_err *e)
{
	struct par P;
	struct worker *W;
	size_t nw = J->threads > 0 ? (size_t)J->threads : 1, i, started = 0;
	const char *env = getenv("MLAUDIT_CHUNK_ROWS");
	int rc = -1;

	memset(&P, 0, sizeof P);
	P.job = J;
	P.r = r;
	P.nch = 2 * nw + 2;
	P.maxrows = (size_t)-1;
	if (env && *env && (ml_parse_size(env, strlen(env), &P.maxrows) < 0 || !P.maxrows))
		P.maxrows = (size_t)-1;
	P.ch = calloc(P.nch, sizeof *P.ch);
	W = calloc(nw, sizeof *W);
	if (!P.ch || !W) {
		free_all(&P, W, 0);
		return ml_err_oom(e);
	}
	if (setup(&P, W, nw, r, w ? delim : 0, e) < 0) {
		free_all(&P, W, nw);
		return -1;
	}
	/* Workers split the lines of a TSV file (more files: each header is checked on the way). */
	P.lazy = r->lazy = r->fast && r->nfiles == 1;
	pthread_mutex_init(&P.lock, NULL);
	pthread_cond_init(&P.work, NULL);
	pthread_cond_init(&P.done, NULL);
	for (i = 0; i < nw; i++)
		if (pthread_create(&W[i].tid, NULL, worker_main, &W[i]) == 0)
			W[i].started = 1, started++;
	if (started)
		rc = drive(&P, w, e);
	else
		ml_errmsg(e, "cannot start a thread");
	r->lazy = 0;
	for (i = 0; i < nw; i++)
		if (W[i].started)
			pthread_join(W[i].tid, NULL);
	pthread_cond_destroy(&P.done);
	pthread_cond_destroy(&P.work);
	pthread_mutex_destroy(&P.lock);
	free_all(&P, W, nw);
	return rc < 0 ? -1 : 0;
}
