/*
 * tsvcmp - compares an actual TSV file with an expected one, column by
 * column name, as the conformance README says: numbers within a tolerance
 * (default 1e-9), everything else exactly, rows in order.
 *
 * usage: tsvcmp [-t TOL] [-m MAP] EXPECTED ACTUAL
 *   -m E=A,...  compare expected column E with actual column A (only these)
 * Exit 0 when they agree, 1 with the first differences on stderr.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 4096

struct tsv {
	char **cell;            /* rows * ncols */
	size_t rows, ncols;
	char **hdr;
};

static size_t
split(char *line, char **f)
{
	size_t n = 0;
	char *s = line, *t;

	line[strcspn(line, "\n")] = '\0';
	for (;;) {
		if (n == MAXF)
			break;
		f[n++] = s;
		if (!(t = strchr(s, '\t')))
			break;
		*t = '\0';
		s = t + 1;
	}
	return n;
}

static int
load(const char *path, struct tsv *t)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL, *f[MAXF];
	size_t cap = 0, n, i, rcap = 0;

	if (!fp) {
		perror(path);
		return -1;
	}
	memset(t, 0, sizeof *t);
	if (getline(&line, &cap, fp) < 0) {
		fprintf(stderr, "%s: empty\n", path);
		return -1;
	}
	t->ncols = split(line, f);
	t->hdr = malloc(t->ncols * sizeof *t->hdr);
	for (i = 0; i < t->ncols; i++)
		t->hdr[i] = strdup(f[i]);
	while (getline(&line, &cap, fp) >= 0) {
		n = split(line, f);
		if (t->rows == rcap) {
			rcap = rcap ? 2 * rcap : 256;
			t->cell = realloc(t->cell, rcap * t->ncols * sizeof *t->cell);
		}
		for (i = 0; i < t->ncols; i++)
			t->cell[t->rows * t->ncols + i] = strdup(i < n ? f[i] : "\x01missing");
		t->rows++;
	}
	free(line);
	fclose(fp);
	return 0;
}

static void
free_tsv(struct tsv *t)
{
	size_t i;

	for (i = 0; i < t->rows * t->ncols; i++)
		free(t->cell[i]);
	for (i = 0; i < t->ncols; i++)
		free(t->hdr[i]);
	free(t->cell);
	free(t->hdr);
}

static long
col(const struct tsv *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->hdr[i], name) == 0)
			return (long)i;
	return -1;
}

static int
number(const char *s, double *v)
{
	char *end;

	if (!*s)
		return 0;
	*v = strtod(s, &end);
	return *end == '\0';
}

int
main(int argc, char *argv[])
{
	double tol = 1e-9, a, b;
	const char *map = NULL;
	struct tsv ex, ac;
	size_t i, r, bad = 0, pairs = 0;
	char *m, *tok;
	long ea[MAXF][2];

	for (; argc > 3 && argv[1][0] == '-'; argc -= 2, argv += 2) {
		if (strcmp(argv[1], "-t") == 0)
			tol = strtod(argv[2], NULL);
		else if (strcmp(argv[1], "-m") == 0)
			map = argv[2];
	}
	if (argc != 3) {
		fprintf(stderr, "usage: tsvcmp [-t TOL] [-m E=A,...] EXPECTED ACTUAL\n");
		return 2;
	}
	if (load(argv[1], &ex) < 0 || load(argv[2], &ac) < 0)
		return 2;
	if (map) {
		m = strdup(map);
		for (tok = strtok(m, ","); tok; tok = strtok(NULL, ",")) {
			if (pairs == MAXF)
				break;
			char *eq = strchr(tok, '=');
			if (eq)
				*eq++ = '\0';
			ea[pairs][0] = col(&ex, tok);
			ea[pairs][1] = col(&ac, eq ? eq : tok);
			if (ea[pairs][0] < 0 || ea[pairs][1] < 0) {
				fprintf(stderr, "tsvcmp: no column '%s'\n", ea[pairs][0] < 0 ? tok : eq ? eq : tok);
				return 1;
			}
			pairs++;
		}
		free(m);
	} else {
		for (i = 0; i < ex.ncols; i++) {
			ea[pairs][0] = (long)i;
			if ((ea[pairs][1] = col(&ac, ex.hdr[i])) < 0) {
				fprintf(stderr, "tsvcmp: %s: no column '%s'\n", argv[2], ex.hdr[i]);
				return 1;
			}
			pairs++;
		}
	}
	if (ex.rows != ac.rows) {
		fprintf(stderr, "tsvcmp: %zu rows expected, %zu found\n", ex.rows, ac.rows);
		return 1;
	}
	for (r = 0; r < ex.rows; r++)
		for (i = 0; i < pairs; i++) {
			const char *x = ex.cell[r * ex.ncols + ea[i][0]];
			const char *y = ac.cell[r * ac.ncols + ea[i][1]];
			int ok = number(x, &a) && number(y, &b) ? fabs(a - b) <= tol || (a == b)
			    : strcmp(x, y) == 0;
			if (!ok && bad++ < 10)
				fprintf(stderr, "tsvcmp: row %zu column '%s': expected '%s', got '%s'\n",
				    r + 2, ex.hdr[ea[i][0]], x, y);
		}
	if (bad)
		fprintf(stderr, "tsvcmp: %zu differences\n", bad);
	free_tsv(&ex);
	free_tsv(&ac);
	return bad ? 1 : 0;
}
