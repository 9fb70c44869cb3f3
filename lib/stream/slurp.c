/*
 * slurp.c - a whole small file in memory (the split audit's summaries).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stream/stream.h"

char *
ml_slurp(const char *path, size_t *len, ml_err *e)
{
	int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
	const char *name = fd == 0 ? "<stdin>" : path;
	size_t cap = 1 << 16, n = 0;
	char *s = NULL;
	ssize_t got;

	if (fd < 0) {
		ml_errf(e, path, 0, NULL, NULL, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (!(s = malloc(cap + 1)))
		goto oom;
	for (;;) {
		if (n == cap) {
			char *t = realloc(s, 2 * cap + 1);
			if (!t)
				goto oom;
			s = t;
			cap *= 2;
		}
		got = read(fd, s + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			ml_errf(e, name, 0, NULL, NULL, 0, "read error: %s", strerror(errno));
			goto fail;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	s[n] = '\0';
	*len = n;
	if (fd > 0)
		close(fd);
	return s;
oom:
	ml_err_oom(e);
fail:
	free(s);
	if (fd > 0)
		close(fd);
	return NULL;
}
