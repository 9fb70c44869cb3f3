/*
 * floor_memchr.c - the speed floor of a TSV reader without libcsv.
 *
 *	floor_memchr [FILE]
 *
 * Reads FILE (or stdin) in 128 KiB read() blocks, finds each line end
 * with memchr and each field's end with memchr, and parses every p_ field
 * with the project's ml_parse_double (lib/numbers/parse.c), checking it is
 * in [0, 1].  Nothing else: no labels, no scores, no output.  Any tool that
 * reads every probability of a TSV does at least this much work per byte.
 * Prints the rows, the numbers parsed and their sum (the same as
 * floor_parse prints on the same file).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"

#define BLOCK (128 * 1024)

static unsigned char *is_p;     /* is_p[i]: column i is a p_ column */
static size_t ncols, cap;
static unsigned long long rows, parsed;
static double sum;

static void
die(const char *what)
{
	fprintf(stderr, "floor_memchr: %s\n", what);
	exit(1);
}

/* One line (without its LF): the header names the p_ columns. */
static void
line(const char *s, size_t n)
{
	const char *end = s + n, *t;
	size_t col = 0;
	double x;

	for (;; s = t + 1, col++) {
		if (!(t = memchr(s, '\t', (size_t)(end - s))))
			t = end;
		if (rows == 0) {
			if (col == cap && !(is_p = realloc(is_p, cap = cap ? 2 * cap : 64)))
				die("out of memory");
			is_p[col] = t - s > 2 && memcmp(s, "p_", 2) == 0;
			ncols = col + 1;
		} else if (col < ncols && is_p[col]) {
			if (ml_parse_double(s, (size_t)(t - s), &x) != ML_NUM_OK || !(x >= 0.0 && x <= 1.0)) {
				fprintf(stderr, "floor_memchr: line %llu: bad probability '%.*s'\n",
				    rows + 1, (int)(t - s), s);
				exit(1);
			}
			sum += x;
			parsed++;
		}
		if (t == end)
			break;
	}
	rows++;
}

int
main(int argc, char **argv)
{
	char *buf = malloc(2 * BLOCK), *s, *nl;
	size_t bcap = 2 * BLOCK, len = 0, pos;
	int fd = STDIN_FILENO;
	ssize_t n;

	if (!buf)
		die("out of memory");
	if (argc > 2) {
		fputs("usage: floor_memchr [FILE]\n", stderr);
		return 2;
	}
	if (argc == 2 && (fd = open(argv[1], O_RDONLY)) < 0) {
		fprintf(stderr, "floor_memchr: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	for (;;) {
		if (len + BLOCK > bcap && !(buf = realloc(buf, bcap *= 2)))
			die("out of memory");
		if ((n = read(fd, buf + len, BLOCK)) < 0) {
			if (errno == EINTR)
				continue;
			die(strerror(errno));
		}
		if (n == 0)
			break;
		len += (size_t)n;
		for (pos = 0, s = buf; (nl = memchr(s, '\n', len - pos)) != NULL; s = nl + 1) {
			line(s, (size_t)(nl - s));
			pos = (size_t)(nl + 1 - buf);
		}
		memmove(buf, buf + pos, len - pos);
		len -= pos;
	}
	if (len > 0)
		line(buf, len);
	free(buf);
	free(is_p);
	printf("ml_parse_double\t%llu rows\t%llu parsed\tsum %a\n", rows ? rows - 1 : 0, parsed, sum);
	return 0;
}
