/*
 * spill.c - the labels and probabilities, column-wise, in a temporary file.
 *
 * Rows are gathered into chunks of `cap` rows held column-major in memory;
 * a full chunk is written out as k columns of doubles followed by k columns
 * of label bytes.  Loading class c reads its slice of every chunk.  The file
 * is unlinked from the start (tmp.c), so it never outlives the process.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stream/stream.h"

#define CHUNK_BYTES (4 << 20)
#define WIDE_BYTES (32 << 20)

struct ml_spill {
	int fd;
	size_t k, cap;          /* classes, rows per chunk */
	size_t fill;            /* rows in the current chunk */
	size_t rows;            /* rows in all */
	size_t nchunks;
	double *p;              /* k * cap */
	unsigned char *y;       /* k * cap */
	size_t *chunk_rows;     /* rows of each chunk written */
	size_t chunk_cap;
};

ml_spill *
ml_spill_open(size_t k, ml_err *e)
{
	ml_spill *s = calloc(1, sizeof *s);

	if (!s) {
		ml_err_oom(e);
		return NULL;
	}
	s->k = k;
	s->cap = CHUNK_BYTES / (9 * (k ? k : 1));
	/*
	 * Loading a column reads 2 pieces of every chunk: with many classes,
	 * chunks of at least 2048 rows (up to WIDE_BYTES) keep those reads
	 * few (1000 classes: 4.4 times fewer system calls than 466 rows).
	 */
	if (s->cap < 2048) {
		s->cap = WIDE_BYTES / (9 * (k ? k : 1));
		if (s->cap > 2048)
			s->cap = 2048;
	}
	if (s->cap < 64)
		s->cap = 64;
	s->fd = -1;
	if (!(s->p = malloc(k * s->cap * sizeof *s->p)) || !(s->y = malloc(k * s->cap))) {
		ml_err_oom(e);
		ml_spill_close(s);
		return NULL;
	}
	return s;
}

static int
write_all(int fd, const void *buf, size_t n, ml_err *e)
{
	const char *b = buf;

	while (n > 0) {
		ssize_t w = write(fd, b, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return ml_errmsg(e,
			    "cannot write a temporary file (is TMPDIR full?): %s", strerror(errno));
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
read_at(int fd, void *buf, size_t n, off_t off, ml_err *e)
{
	char *b = buf;

	while (n > 0) {
		ssize_t r = pread(fd, b, n, off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return ml_errmsg(e, "cannot read a temporary file: %s",
			    r < 0 ? strerror(errno) : "short read");
		b += r;
		n -= (size_t)r;
		off += r;
	}
	return 0;
}

/* Writes the current chunk: column c's doubles, then column c's labels. */
static int
flush_chunk(ml_spill *s, ml_err *e)
{
	size_t c;

	if (s->fill == 0)
		return 0;
	if (s->fd < 0 && (s->fd = ml_tmp_open("spill", e)) < 0)
		return -1;
	for (c = 0; c < s->k; c++)
		if (write_all(s->fd, s->p + c * s->cap, s->fill * sizeof *s->p, e) < 0)
			return -1;
	for (c = 0; c < s->k; c++)
		if (write_all(s->fd, s->y + c * s->cap, s->fill, e) < 0)
			return -1;
	if (s->nchunks == s->chunk_cap) {
		size_t nc = s->chunk_cap ? 2 * s->chunk_cap : 64;
		size_t *np = realloc(s->chunk_rows, nc * sizeof *np);
		if (!np)
			return ml_err_oom(e);
		s->chunk_rows = np;
		s->chunk_cap = nc;
	}
	s->chunk_rows[s->nchunks++] = s->fill;
	s->fill = 0;
	return 0;
}

int
ml_spill_add(ml_spill *s, const unsigned char *y, const double *p, ml_err *e)
{
	size_t c;

	for (c = 0; c < s->k; c++) {
		s->p[c * s->cap + s->fill] = p[c];
		s->y[c * s->cap + s->fill] = y[c];
	}
	s->rows++;
	if (++s->fill == s->cap)
		return flush_chunk(s, e);
	return 0;
}

int
ml_spill_finish(ml_spill *s, ml_err *e)
{
	/* An input small enough for one chunk stays in memory, without a file. */
	if (s->nchunks == 0)
		return 0;
	if (flush_chunk(s, e) < 0)
		return -1;
	free(s->p);
	free(s->y);
	s->p = NULL;
	s->y = NULL;
	return 0;
}

size_t
ml_spill_rows(const ml_spill *s)
{
	return s->rows;
}

int
ml_spill_column(ml_spill *s, size_t c, double *p, unsigned char *y, ml_err *e)
{
	size_t i, o = 0;
	off_t off = 0;

	/* The last, partial chunk is still in memory. */
	for (i = 0; i < s->nchunks; i++) {
		size_t n = s->chunk_rows[i];
		if (read_at(s->fd, p + o, n * sizeof *p, off + (off_t)(c * n * sizeof *p), e) < 0 ||
		    read_at(s->fd, y + o, n, off + (off_t)(s->k * n * sizeof *p + c * n), e) < 0)
			return -1;
		off += (off_t)(s->k * n * (sizeof *p + 1));
		o += n;
	}
	if (s->fill) {
		memcpy(p + o, s->p + c * s->cap, s->fill * sizeof *p);
		memcpy(y + o, s->y + c * s->cap, s->fill);
	}
	return 0;
}

void
ml_spill_close(ml_spill *s)
{
	if (!s)
		return;
	if (s->fd >= 0)
		close(s->fd);
	free(s->p);
	free(s->y);
	free(s->chunk_rows);
	free(s);
}
