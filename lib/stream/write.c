/*
 * write.c - buffered output that checks every write.
 *
 * With -o FILE the output goes to a temporary file beside FILE, renamed
 * into place only when the tool succeeds, so a reader never sees half a
 * file and a failed run leaves the old FILE as it was.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stream/stream.h"

#define OUTBUF (128 * 1024)

struct ml_writer {
	int fd;
	int delim;
	int first;              /* no field written in this row yet */
	int failed, err_no;
	char *path, *tmp;       /* target and temporary names, or NULL for stdout */
	uint64_t written;       /* bytes drained so far */
	size_t len;
	char buf[OUTBUF];
};

static int
drain(ml_writer *w)
{
	size_t o = 0;

	while (o < w->len && !w->failed) {
		ssize_t n = write(w->fd, w->buf + o, w->len - o);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			w->failed = 1;
			w->err_no = errno;
			break;
		}
		o += (size_t)n;
	}
	w->written += o;
	w->len = 0;
	return w->failed ? -1 : 0;
}

static int
put(ml_writer *w, const char *s, size_t n)
{
	while (n > 0) {
		size_t room = OUTBUF - w->len, k = n < room ? n : room;
		memcpy(w->buf + w->len, s, k);
		w->len += k;
		s += k;
		n -= k;
		if (w->len == OUTBUF && drain(w) < 0)
			return -1;
	}
	return w->failed ? -1 : 0;
}

static int
putc_(ml_writer *w, char c)
{
	if (w->len == OUTBUF && drain(w) < 0)
		return -1;
	w->buf[w->len++] = c;
	return 0;
}

ml_writer *
ml_writer_open(const char *path, int delim, ml_err *e)
{
	ml_writer *w = calloc(1, sizeof *w);

	if (!w) {
		ml_err_oom(e);
		return NULL;
	}
	w->delim = delim ? delim : '\t';
	w->first = 1;
	w->fd = 1;
	if (path && strcmp(path, "-") != 0) {
		size_t n = strlen(path);
		mode_t um;
		if (!(w->path = strdup(path)) || !(w->tmp = malloc(n + 16))) {
			ml_err_oom(e);
			goto fail;
		}
		snprintf(w->tmp, n + 16, "%s.tmp.XXXXXX", path);
		if ((w->fd = mkstemp(w->tmp)) < 0) {
			ml_errf(e, path, 0, NULL, NULL, 0, "cannot create: %s", strerror(errno));
			goto fail;
		}
		ml_tmp_register(w->tmp);
		um = umask(0);
		umask(um);
		fchmod(w->fd, 0666 & ~um);
	}
	return w;
fail:
	free(w->path);
	free(w->tmp);
	free(w);
	return NULL;
}

ml_writer *
ml_writer_fd(int fd, int delim, ml_err *e)
{
	ml_writer *w = ml_writer_open(NULL, delim, e);

	if (w)
		w->fd = fd;
	return w;
}

uint64_t
ml_writer_offset(const ml_writer *w)
{
	return w->written + w->len;
}

int
ml_writer_raw(ml_writer *w, const char *s, size_t n)
{
	if (n <= OUTBUF - w->len) {
		memcpy(w->buf + w->len, s, n);
		w->len += n;
		return 0;
	}
	return put(w, s, n);
}

int
ml_writer_line(ml_writer *w, const char *s, size_t n)
{
	w->first = 0;
	return ml_writer_raw(w, s, n);
}

int
ml_writer_field(ml_writer *w, const char *s, size_t n)
{
	size_t i;

	if (!w->first && putc_(w, (char)w->delim) < 0)
		return -1;
	w->first = 0;
	if (w->delim != ',')
		return ml_writer_raw(w, s, n);
	/* CSV: minimal RFC 4180 quoting. */
	for (i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			break;
	if (i == n)
		return ml_writer_raw(w, s, n);
	if (putc_(w, '"') < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] == '"' && putc_(w, '"') < 0)
			return -1;
		if (putc_(w, s[i]) < 0)
			return -1;
	}
	return putc_(w, '"');
}

int
ml_writer_str(ml_writer *w, const char *s)
{
	return ml_writer_field(w, s, strlen(s));
}

int
ml_writer_double(ml_writer *w, double x)
{
	char b[ML_NUM_BUFSZ];
	size_t n = ml_format_double(x, b);

	return ml_writer_field(w, b, n);
}

int
ml_writer_long(ml_writer *w, long x)
{
	char b[24];
	int n = snprintf(b, sizeof b, "%ld", x);

	return ml_writer_field(w, b, (size_t)n);
}

int
ml_writer_endrow(ml_writer *w)
{
	w->first = 1;
	return putc_(w, '\n');
}

int
ml_writer_failed(const ml_writer *w)
{
	return w->failed;
}

static int
write_error(ml_writer *w, ml_err *e)
{
	ml_errf(e, w->path ? w->path : "<stdout>", 0, NULL, NULL, 0, "write error: %s",
	    strerror(w->err_no));
	e->epipe = (w->err_no == EPIPE);
	return -1;
}

int
ml_writer_flush(ml_writer *w, ml_err *e)
{
	if (drain(w) < 0)
		return write_error(w, e);
	return 0;
}

int
ml_writer_commit(ml_writer *w, ml_err *e)
{
	int rc = 0;

	if (drain(w) < 0) {
		rc = write_error(w, e);
	} else if (w->tmp) {
		if (close(w->fd) < 0) {
			w->err_no = errno;
			rc = write_error(w, e);
		} else if (rename(w->tmp, w->path) < 0) {
			rc = ml_errf(e, w->path, 0, NULL, NULL, 0, "cannot rename %s into place: %s",
			    w->tmp, strerror(errno));
		}
		w->fd = -1;
	}
	if (rc < 0) {
		ml_writer_abort(w);
		return rc;
	}
	if (w->tmp)
		ml_tmp_unregister(w->tmp);
	free(w->path);
	free(w->tmp);
	free(w);
	return 0;
}

void
ml_writer_abort(ml_writer *w)
{
	if (!w)
		return;
	/* On stdout, the complete rows before an error are kept (and are
	 * the same whatever the buffer size). */
	if (!w->tmp)
		drain(w);
	if (w->tmp) {
		if (w->fd >= 0)
			close(w->fd);
		unlink(w->tmp);
		ml_tmp_unregister(w->tmp);
	}
	free(w->path);
	free(w->tmp);
	free(w);
}
