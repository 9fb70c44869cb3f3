/*
 * write.c - buffered output that checks every write.
 *
 * With -o FILE naming a regular file (or nothing yet), the output goes to a
 * temporary file beside FILE, renamed into place only when the tool
 * succeeds, so a reader never sees half a file and a failed run leaves the
 * old FILE as it was; the replaced file keeps its mode (and owner, where
 * the kernel lets us).  A symlink is followed and its target replaced, the
 * link kept.  Anything else (a FIFO, a device, a socket, /dev/stdout) is
 * written directly, like a shell's `>`: there is nothing to rename, and
 * nothing written can be taken back after an error.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "stream/stream.h"

#define OUTBUF (128 * 1024)

struct ml_writer {
	int fd;
	int delim;
	int first;              /* no field written in this row yet */
	int failed, err_no;
	int unquotable;         /* a TSV field held a TAB or line break */
	uint64_t rows;          /* rows ended, for messages */
	int own_fd;             /* fd is ours to close (a direct -o target) */
	char *path;             /* the name given, for messages, or NULL for stdout */
	char *dest, *tmp;       /* the file renamed over (a symlink's target) and the temporary */
	uint64_t written;       /* bytes drained so far */
	char *mem;              /* a writer into memory (ml_writer_mem): its bytes */
	size_t memlen, memcap;
	int in_mem;
	size_t len;
	char buf[OUTBUF];
};

/* A writer into memory keeps every byte, those of a failed row too. */
static int
drain_mem(ml_writer *w)
{
	if (w->memlen + w->len > w->memcap) {
		size_t cap = w->memcap ? w->memcap : OUTBUF;
		char *m;
		while (cap < w->memlen + w->len)
			cap *= 2;
		if (!(m = realloc(w->mem, cap))) {
			w->failed = 1;
			w->err_no = ENOMEM;
			return -1;
		}
		w->mem = m;
		w->memcap = cap;
	}
	memcpy(w->mem + w->memlen, w->buf, w->len);
	w->memlen += w->len;
	w->written += w->len;
	w->len = 0;
	return w->failed ? -1 : 0;
}

static int
drain(ml_writer *w)
{
	size_t o = 0;

	if (w->in_mem)
		return drain_mem(w);

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

/* The fd behind the kernel's names for an open file, or -1. */
static int
fd_name(const char *p)
{
	const char *n = NULL;
	char *end;
	long fd;

	if (strcmp(p, "/dev/stdout") == 0)
		return 1;
	if (strcmp(p, "/dev/stderr") == 0)
		return 2;
	if (strncmp(p, "/dev/fd/", 8) == 0)
		n = p + 8;
	else if (strncmp(p, "/proc/self/fd/", 14) == 0)
		n = p + 14;
	if (!n || *n < '0' || *n > '9')
		return -1;
	errno = 0;
	fd = strtol(n, &end, 10);
	if (*end || errno || fd > INT_MAX || fcntl((int)fd, F_GETFD) < 0)
		return -1;
	return (int)fd;
}

/*
 * Follows the symlinks at *path (rewriting it to the last name) and says
 * what is there: 0 nothing (a new file), 1 a regular file (*st filled),
 * 2 something to write directly (*st filled), 3 an open fd (*fd), -1 an
 * error (errno).  The kernel's fd links (/dev/stdout, /proc/self/fd/N) name
 * an open file, not a place: their fd is written, so that `-o /dev/stdout`
 * writes where stdout goes, appending if it appends.
 */
static int
resolve(char **path, struct stat *st, int *fd)
{
	char link[PATH_MAX];
	int hops;

	for (hops = 0; hops < 40; hops++) {
		ssize_t n;
		char *next, *slash;
		size_t dir;

		if ((*fd = fd_name(*path)) >= 0)
			return 3;
		if (lstat(*path, st) < 0)
			return errno == ENOENT ? 0 : -1;
		if (S_ISREG(st->st_mode))
			return 1;
		if (!S_ISLNK(st->st_mode)) {
			if (S_ISDIR(st->st_mode)) {
				errno = EISDIR;
				return -1;
			}
			return 2;
		}
		if ((n = readlink(*path, link, sizeof link - 1)) < 0)
			return -1;
		link[n] = '\0';
		/* A relative link is relative to the link's directory. */
		slash = strrchr(*path, '/');
		dir = link[0] == '/' || !slash ? 0 : (size_t)(slash - *path) + 1;
		if (!(next = malloc(dir + (size_t)n + 1)))
			return -1;
		memcpy(next, *path, dir);
		memcpy(next + dir, link, (size_t)n + 1);
		free(*path);
		*path = next;
	}
	errno = ELOOP;
	return -1;
}

/* Opens a direct target: a FIFO or device for writing, a socket by connecting. */
static int
open_direct(const char *path, const struct stat *st)
{
	struct sockaddr_un sa;
	int fd;

	if (!S_ISSOCK(st->st_mode))
		return open(path, O_WRONLY | O_TRUNC | O_NOCTTY);
	if (strlen(path) >= sizeof sa.sun_path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) < 0)
		return -1;
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	strcpy(sa.sun_path, path);
	if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
		int err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	return fd;
}

ml_writer *
ml_writer_open(const char *path, int delim, ml_err *e)
{
	ml_writer *w = calloc(1, sizeof *w);
	char *target = NULL;
	struct stat st;
	int kind, fd;

	if (!w) {
		ml_err_oom(e);
		return NULL;
	}
	w->delim = delim ? delim : '\t';
	w->first = 1;
	w->fd = 1;
	if (!path || strcmp(path, "-") == 0)
		return w;
	if (!(w->path = strdup(path)) || !(target = strdup(path))) {
		ml_err_oom(e);
		goto fail;
	}
	if ((kind = resolve(&target, &st, &fd)) < 0) {
		ml_errf(e, path, 0, NULL, NULL, 0, "cannot write: %s", strerror(errno));
		goto fail;
	}
	if (kind == 3 || kind == 2) {
		w->fd = kind == 3 ? dup(fd) : open_direct(target, &st);
		if (w->fd < 0) {
			ml_errf(e, path, 0, NULL, NULL, 0, "cannot open: %s", strerror(errno));
			goto fail;
		}
		w->own_fd = 1;
		free(target);
		return w;
	}
	if (!(w->tmp = malloc(strlen(target) + 16))) {
		ml_err_oom(e);
		goto fail;
	}
	snprintf(w->tmp, strlen(target) + 16, "%s.tmp.XXXXXX", target);
	if ((w->fd = mkstemp(w->tmp)) < 0) {
		ml_errf(e, path, 0, NULL, NULL, 0, "cannot create: %s", strerror(errno));
		goto fail;
	}
	ml_tmp_register(w->tmp);
	if (kind == 1) {
		/* Best effort: only root may give a file away; chown before
		 * chmod, which chown may have cleared set-id bits for. */
		if (fchown(w->fd, st.st_uid, st.st_gid) < 0)
			(void)!fchown(w->fd, (uid_t)-1, st.st_gid);
		fchmod(w->fd, st.st_mode & 07777);
	} else {
		mode_t um = umask(0);
		umask(um);
		fchmod(w->fd, 0666 & ~um);
	}
	/* The rename replaces the symlink's target, not the link. */
	w->dest = target;
	return w;
fail:
	free(target);
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

ml_writer *
ml_writer_mem(int delim, ml_err *e)
{
	ml_writer *w = ml_writer_open(NULL, delim, e);

	if (w) {
		w->fd = -1;
		w->in_mem = 1;
	}
	return w;
}

int
ml_writer_mem_take(ml_writer *w, char **buf, size_t *len, size_t *cap, ml_err *e)
{
	char *m;
	size_t c;

	if (w->len)
		drain_mem(w);
	if (w->failed && w->err_no == ENOMEM)
		return ml_err_oom(e);
	m = w->mem;
	c = w->memcap;
	*len = w->memlen;
	w->mem = *buf;
	w->memcap = *cap;
	*buf = m;
	*cap = c;
	w->memlen = 0;
	w->written = 0;
	w->failed = w->unquotable = w->err_no = 0;
	w->rows = 0;
	w->first = 1;
	return 0;
}

int
ml_writer_append(ml_writer *w, const char *s, size_t n, uint64_t rows, int unquotable)
{
	int rc = put(w, s, n);

	w->rows += rows;
	if (unquotable)
		w->failed = w->unquotable = 1;
	return unquotable ? -1 : rc;
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
	if (w->delim == '\t') {
		/* TSV cannot quote: a TAB or line break read from CSV has no place. */
		for (i = 0; i < n; i++)
			if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
				w->failed = w->unquotable = 1;
				return -1;
			}
		return ml_writer_raw(w, s, n);
	}
	/* CSV (any separator but TAB): minimal RFC 4180 quoting. */
	for (i = 0; i < n; i++)
		if (s[i] == w->delim || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
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
	w->rows++;
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
	if (w->unquotable)
		return ml_errf(e, w->path ? w->path : "<stdout>", (unsigned long)w->rows + 1, NULL,
		    NULL, 0, "a field holds a TAB or line break, which TSV cannot hold: "
		    "write CSV (-D ,)");
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

static void
release(ml_writer *w)
{
	free(w->mem);
	free(w->path);
	free(w->dest);
	free(w->tmp);
	free(w);
}

int
ml_writer_commit(ml_writer *w, ml_err *e)
{
	int rc = 0;

	if (drain(w) < 0) {
		rc = write_error(w, e);
	} else if (w->tmp || w->own_fd) {
		int fd = w->fd;
		w->fd = -1;
		if (close(fd) < 0) {
			w->err_no = errno;
			rc = write_error(w, e);
		} else if (w->tmp && rename(w->tmp, w->dest) < 0) {
			rc = ml_errf(e, w->path, 0, NULL, NULL, 0, "cannot rename %s into place: %s",
			    w->tmp, strerror(errno));
		}
	}
	if (rc < 0) {
		ml_writer_abort(w);
		return rc;
	}
	if (w->tmp)
		ml_tmp_unregister(w->tmp);
	release(w);
	return 0;
}

void
ml_writer_abort(ml_writer *w)
{
	if (!w)
		return;
	/* Written directly (stdout, a FIFO, a device), the complete rows
	 * before an error are kept (and are the same whatever the buffer
	 * size): what is written cannot be taken back. */
	if (!w->tmp && w->fd >= 0)
		drain(w);
	if ((w->tmp || w->own_fd) && w->fd >= 0)
		close(w->fd);
	if (w->tmp) {
		unlink(w->tmp);
		ml_tmp_unregister(w->tmp);
	}
	release(w);
}

uint64_t
ml_writer_rows(const ml_writer *w)
{
	return w->rows;
}

int
ml_writer_unquotable(const ml_writer *w)
{
	return w->unquotable;
}
