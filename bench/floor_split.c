/*
 * floor_split.c - the speed floor of splitting a TSV with libcsv.
 *
 *	floor_split [FILE]
 *
 * Reads FILE (or stdin) in 128 KiB read() blocks through libcsv, set up as
 * lib/read.c sets it up in TAB mode (no quote character, no space
 * trimming, LF ends a row), and prints the number of rows and fields.
 * No tool that reads its input through libcsv can be faster than this.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>

#define BLOCK (128 * 1024)

struct counts {
	unsigned long long rows, fields;
};

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

static void
on_field(void *s, size_t n, void *arg)
{
	(void)s;
	(void)n;
	((struct counts *)arg)->fields++;
}

static void
on_row(int c, void *arg)
{
	(void)c;
	((struct counts *)arg)->rows++;
}

int
main(int argc, char **argv)
{
	static char blk[BLOCK];
	struct csv_parser p;
	struct counts cnt = { 0, 0 };
	int fd = STDIN_FILENO;
	ssize_t n;

	if (argc > 2) {
		fputs("usage: floor_split [FILE]\n", stderr);
		return 2;
	}
	if (argc == 2 && (fd = open(argv[1], O_RDONLY)) < 0) {
		fprintf(stderr, "floor_split: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	if (csv_init(&p, CSV_REPALL_NL) != 0)
		return 1;
	csv_set_delim(&p, '\t');
	csv_set_quote(&p, '\0');
	csv_set_space_func(&p, no_space);
	csv_set_term_func(&p, term_lf);
	while ((n = read(fd, blk, BLOCK)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "floor_split: read: %s\n", strerror(errno));
			return 1;
		}
		if (csv_parse(&p, blk, (size_t)n, on_field, on_row, &cnt) != (size_t)n) {
			fprintf(stderr, "floor_split: %s\n", csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	csv_fini(&p, on_field, on_row, &cnt);
	csv_free(&p);
	printf("%llu rows\t%llu fields\n", cnt.rows, cnt.fields);
	return 0;
}
