/*
 * floor_parse.c - the speed floor of splitting a TSV and parsing its
 * probabilities.
 *
 *	floor_parse [FILE]
 *
 * floor_split plus: every field of a p_ column (after the header) is
 * parsed as a double and checked to be in [0, 1].  Built with
 * -DUSE_ML_PARSE it parses with the project's ml_parse_double (lib/numbers/parse.c)
 * on the field in place; otherwise with strtod on the NUL-terminated copy
 * libcsv keeps of the field (CSV_APPEND_NULL).  Prints the rows, the
 * numbers parsed and their sum (which also keeps the parsing from being
 * optimized away; both builds must print the same sum).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>

#ifdef USE_ML_PARSE
#include "mlaudit.h"
#define PARSER "ml_parse_double"
#else
#define PARSER "strtod"
#endif

#define BLOCK (128 * 1024)

struct state {
	unsigned long long rows, parsed;
	size_t col, ncols, cap;
	unsigned char *is_p;    /* is_p[i]: column i is a p_ column */
	double sum;
	int bad;
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
	struct state *st = arg;
	double x;

	if (st->rows == 0) {
		if (st->col == st->cap) {
			st->cap = st->cap ? 2 * st->cap : 64;
			if (!(st->is_p = realloc(st->is_p, st->cap))) {
				fputs("floor_parse: out of memory\n", stderr);
				exit(1);
			}
		}
		st->is_p[st->col++] = n > 2 && memcmp(s, "p_", 2) == 0;
		return;
	}
	if (st->col < st->ncols && st->is_p[st->col]) {
#ifdef USE_ML_PARSE
		if (ml_parse_double(s, n, &x) != ML_NUM_OK)
			st->bad = 1;
#else
		char *end;
		x = strtod(s, &end);
		if (n == 0 || end != (char *)s + n)
			st->bad = 1;
#endif
		if (!(x >= 0.0 && x <= 1.0))
			st->bad = 1;
		if (st->bad) {
			fprintf(stderr, "floor_parse: line %llu: bad probability '%.*s'\n",
			    st->rows + 1, (int)n, (char *)s);
			exit(1);
		}
		st->sum += x;
		st->parsed++;
	}
	st->col++;
}

static void
on_row(int c, void *arg)
{
	struct state *st = arg;

	(void)c;
	if (st->rows == 0)
		st->ncols = st->col;
	st->rows++;
	st->col = 0;
}

int
main(int argc, char **argv)
{
	static char blk[BLOCK];
	struct csv_parser p;
	struct state st;
	int fd = STDIN_FILENO;
	ssize_t n;

	memset(&st, 0, sizeof st);
	if (argc > 2) {
		fputs("usage: floor_parse [FILE]\n", stderr);
		return 2;
	}
	if (argc == 2 && (fd = open(argv[1], O_RDONLY)) < 0) {
		fprintf(stderr, "floor_parse: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	if (csv_init(&p, CSV_REPALL_NL | CSV_APPEND_NULL) != 0)
		return 1;
	csv_set_delim(&p, '\t');
	csv_set_quote(&p, '\0');
	csv_set_space_func(&p, no_space);
	csv_set_term_func(&p, term_lf);
	while ((n = read(fd, blk, BLOCK)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "floor_parse: read: %s\n", strerror(errno));
			return 1;
		}
		if (csv_parse(&p, blk, (size_t)n, on_field, on_row, &st) != (size_t)n) {
			fprintf(stderr, "floor_parse: %s\n", csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	csv_fini(&p, on_field, on_row, &st);
	csv_free(&p);
	free(st.is_p);
	printf("%s\t%llu rows\t%llu parsed\tsum %a\n", PARSER,
	    st.rows ? st.rows - 1 : 0, st.parsed, st.sum);
	return 0;
}
