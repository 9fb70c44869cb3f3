/*
 * failread.c - an LD_PRELOAD shim that makes read() fail with EIO once
 * FAILREAD_AFTER bytes have been read from one file descriptor, as a
 * failing disk or a network file system would.
 *
 *   FAILREAD_AFTER=N   bytes a descriptor delivers before EIO
 *   FAILREAD_CHUNK=N   no read returns more than N bytes (as from a pipe
 *                      fed by a slow writer), to check that the result does
 *                      not depend on how the input arrives
 *   FAILREAD_FD=K      only descriptor K (default: every descriptor that is
 *                      not a terminal, so stdin and opened files)
 *
 *   cc -shared -fPIC -o failread.so failread.c -ldl
 *   FAILREAD_AFTER=100 LD_PRELOAD=./failread.so mlscore big.tsv
 *
 * Each descriptor counts its own bytes; a read that would cross N is cut
 * at N, and the next one fails.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

#define MAXFD 1024

static ssize_t (*real_read)(int, void *, size_t);
static unsigned long long done[MAXFD];

static int
watched(int fd, unsigned long long *after, size_t *chunk)
{
	const char *a = getenv("FAILREAD_AFTER"), *c = getenv("FAILREAD_CHUNK");
	const char *f = getenv("FAILREAD_FD");

	if ((!a && !c) || fd < 0 || fd >= MAXFD)
		return 0;
	if (f && atoi(f) != fd)
		return 0;
	if (!f && isatty(fd))
		return 0;
	*after = a ? strtoull(a, NULL, 10) : ~0ULL;
	*chunk = c ? (size_t)strtoull(c, NULL, 10) : 0;
	return 1;
}

ssize_t
read(int fd, void *buf, size_t n)
{
	unsigned long long after;
	size_t chunk;
	ssize_t r;

	if (!real_read)
		real_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	if (!watched(fd, &after, &chunk))
		return real_read(fd, buf, n);
	if (chunk && n > chunk)
		n = chunk;
	if (done[fd] >= after) {
		errno = EIO;
		return -1;
	}
	if (n > after - done[fd])
		n = (size_t)(after - done[fd]);
	r = real_read(fd, buf, n);
	if (r > 0)
		done[fd] += (unsigned long long)r;
	return r;
}
