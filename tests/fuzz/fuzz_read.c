/*
 * fuzz_read.c - libFuzzer harness for the stream reader (lib/read.c).
 *
 * The first byte chooses the mode:
 *   bit 0     CSV (delim ','), else TSV
 *   bit 1     ML_READ_REWIND: the rows are read a second time after
 *             ml_reader_rewind and both passes must agree
 *   bit 2     two input files (the data split at its middle; the second
 *             must repeat the header)
 *   bits 3-5  read() returns at most 1, 2, 3, 7, 16, 61 or 4096 bytes
 *             (0: whole blocks), as a pipe or a slow writer would
 * The rest is the input.  It is read once in whole blocks and once in the
 * chosen chunks: rows, fields, the end status and the error message must
 * be the same (the output may not depend on how the input arrives).  In
 * TAB mode it is also read through libcsv (ML_READ_LIBCSV): the fast
 * path's rows, fields, lines and messages must be libcsv's.  Every
 * field is touched so that ASan sees any read out of bounds.
 *
 * In TAB mode with bit 1, a clean input is also replayed line by line
 * (ml_reader_rewind_lines/next_line): the same rows at the same lines.
 *
 * Linked with -Wl,--wrap=read so that the library's read() calls go
 * through __wrap_read below.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"

ssize_t __real_read(int fd, void *buf, size_t n);
static size_t chunk;            /* 0: read() as asked */

ssize_t
__wrap_read(int fd, void *buf, size_t n)
{
	if (chunk && n > chunk)
		n = chunk;
	return __real_read(fd, buf, n);
}

static char path[2][64];

static void
setup(void)
{
	int i;

	if (path[0][0])
		return;
	for (i = 0; i < 2; i++) {
		const char *dir = getenv("TMPDIR");
		int fd;
		snprintf(path[i], sizeof path[i], "%s/fuzz_read-XXXXXX", dir && *dir ? dir : "/tmp");
		if ((fd = mkstemp(path[i])) < 0)
			abort();
		close(fd);
	}
}

static void
put(const char *p, const uint8_t *d, size_t n)
{
	FILE *f = fopen(p, "wb");

	if (!f || fwrite(d, 1, n, f) != n || fclose(f) != 0)
		abort();
}

struct result {
	int opened, rc;
	size_t ncols, rows;
	uint64_t hhash, hash;   /* header, rows */
	uint64_t jhash;         /* rows as TAB-joined lines, with their file and line */
	char msg[sizeof ((ml_err *)0)->msg];
};

static uint64_t
mix(uint64_t h, const char *s, size_t n)
{
	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (h ^ 0x100) * 1099511628211ULL;
}

/* The same hash over the bytes of a line, in pieces; sep < 0 ends the line. */
static uint64_t
jmix(uint64_t h, const char *s, size_t n, int sep)
{
	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	if (sep >= 0)
		return (h ^ (unsigned char)sep) * 1099511628211ULL;
	return (h ^ 0x100) * 1099511628211ULL;
}

/*
 * TAB mode: the line replay (ml_reader_rewind_lines/next_line) must hand
 * out the rows of a clean first pass as their raw lines, at their file and
 * line.
 */
static void
line_pass(ml_reader *r, const struct result *res)
{
	uint64_t h = 1469598103934665603ULL;
	size_t rows = 0, n;
	const char *s;
	ml_err e;
	int k;

	/* FUZZ_READ_NO_LINES: look past a known line replay bug. */
	if (getenv("FUZZ_READ_NO_LINES"))
		return;
	if (ml_reader_rewind_lines(r, &e) < 0)
		abort();
	while ((k = ml_reader_next_line(r, &s, &n, &e)) == 1) {
		rows++;
		h = jmix(h, s, n, -1);
		h = mix(h, ml_reader_file(r), strlen(ml_reader_file(r))) ^ ml_reader_line(r);
	}
	if (k != 0 || rows != res->rows || h != res->jhash) {
		fprintf(stderr, "fuzz_read: line replay differs: rc %d, rows %zu/%zu, line %lu\n",
		    k, rows, res->rows, ml_reader_line(r));
		abort();
	}
}

/* Reads all rows of r into res. */
static void
pass(ml_reader *r, struct result *res)
{
	size_t i, n;
	ml_err e;
	int k;

	res->rows = 0;
	res->hash = res->jhash = 1469598103934665603ULL;
	res->msg[0] = '\0';
	e.msg[0] = '\0';
	while ((k = ml_reader_next(r, &e)) == 1) {
		res->rows++;
		for (i = 0; i < res->ncols; i++) {
			const char *f = ml_reader_field(r, i, &n);
			res->hash = mix(res->hash, f, n);
			res->jhash = jmix(res->jhash, f, n, i + 1 < res->ncols ? '\t' : -1);
		}
		res->jhash = mix(res->jhash, ml_reader_file(r), strlen(ml_reader_file(r))) ^ ml_reader_line(r);
		res->hash = mix(res->hash, ml_reader_file(r), strlen(ml_reader_file(r)));
		res->hash ^= ml_reader_line(r);
		if (ml_reader_line(r) == 0 || ml_reader_rows(r) != res->rows)
			abort();
		/* The message formatter sees every kind of value. */
		ml_reader_errf(r, &e, res->ncols - 1, "fuzz");
	}
	if (k < 0) {
		if (e.msg[0] == '\0')
			abort();
		memcpy(res->msg, e.msg, sizeof res->msg);
	}
	res->rc = k;
}

static void
run(char **files, int nfiles, int delim, int flags, struct result *res)
{
	ml_reader *r;
	ml_err e;
	size_t i;

	memset(res, 0, sizeof *res);
	e.msg[0] = '\0';
	if (!(r = ml_reader_open(files, nfiles, delim, flags, &e))) {
		if (e.msg[0] == '\0')
			abort();
		memcpy(res->msg, e.msg, sizeof res->msg);
		return;
	}
	res->opened = 1;
	res->ncols = ml_reader_ncols(r);
	if (res->ncols == 0)
		abort();
	res->hhash = 1469598103934665603ULL;
	for (i = 0; i < res->ncols; i++)
		res->hhash = mix(res->hhash, ml_reader_colname(r, i), strlen(ml_reader_colname(r, i)));
	pass(r, res);
	if (flags & ML_READ_REWIND) {
		struct result again = *res;
		if (ml_reader_rewind(r, &e) == 0) {
			pass(r, &again);
			if (again.rc != res->rc || again.rows != res->rows ||
			    again.hash != res->hash || strcmp(again.msg, res->msg) != 0) {
				fprintf(stderr, "fuzz_read: the second pass differs: rc %d/%d rows %zu/%zu "
				    "msg '%s' / '%s'\n", res->rc, again.rc, res->rows, again.rows,
				    res->msg, again.msg);
				abort();
			}
		}
		if (res->rc == 0 && delim != ',')
			line_pass(r, res);
	}
	ml_reader_close(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t chunks[8] = { 0, 1, 2, 3, 7, 16, 61, 4096 };
	struct result whole, chunked;
	char *files[2];
	int mode, nfiles = 1, delim, flags;
	size_t half;

	if (size < 1)
		return 0;
	setup();
	mode = data[0];
	data++;
	size--;
	delim = (mode & 1) ? ',' : '\t';
	flags = (mode & 2) ? ML_READ_REWIND : 0;
	if (mode & 4) {
		half = size / 2;
		put(path[0], data, half);
		put(path[1], data + half, size - half);
		nfiles = 2;
	} else {
		put(path[0], data, size);
	}
	files[0] = path[0];
	files[1] = path[1];
	chunk = 0;
	run(files, nfiles, delim, flags, &whole);
	if (delim == '\t') {
		struct result ref;
		chunk = chunks[(mode >> 3) & 7];
		run(files, nfiles, delim, flags | ML_READ_LIBCSV, &ref);
		chunk = 0;
		if (whole.opened != ref.opened || whole.rc != ref.rc || whole.rows != ref.rows ||
		    whole.ncols != ref.ncols || whole.hash != ref.hash || whole.jhash != ref.jhash ||
		    whole.hhash != ref.hhash || strcmp(whole.msg, ref.msg) != 0) {
			fprintf(stderr, "fuzz_read: the TSV fast path differs from libcsv:\n"
			    "  fast:   opened %d rc %d rows %zu msg '%s'\n"
			    "  libcsv: opened %d rc %d rows %zu msg '%s'\n",
			    whole.opened, whole.rc, whole.rows, whole.msg,
			    ref.opened, ref.rc, ref.rows, ref.msg);
			abort();
		}
	}
	if (chunks[(mode >> 3) & 7]) {
		chunk = chunks[(mode >> 3) & 7];
		run(files, nfiles, delim, flags, &chunked);
		chunk = 0;
		if (whole.opened != chunked.opened || whole.rc != chunked.rc ||
		    whole.rows != chunked.rows || whole.hash != chunked.hash ||
		    whole.hhash != chunked.hhash ||
		    strcmp(whole.msg, chunked.msg) != 0) {
			fprintf(stderr, "fuzz_read: read in %zu-byte chunks differs from whole blocks:\n"
			    "  whole:   opened %d rc %d rows %zu msg '%s'\n"
			    "  chunked: opened %d rc %d rows %zu msg '%s'\n", chunks[(mode >> 3) & 7],
			    whole.opened, whole.rc, whole.rows, whole.msg,
			    chunked.opened, chunked.rc, chunked.rows, chunked.msg);
			abort();
		}
	}
	return 0;
}
