/*
 * cv_floor.c - the floor of `mlcv --model logreg`: one liblinear fit over
 * all rows for one class, with the solver and settings mlcv uses.
 *
 *	cv_floor [-c CLASS] FILE
 *
 * Reads cvgen's output (id, labels, then the feature columns), standardises
 * the features (mean and population deviation of all rows), and times one
 * train() of liblinear's L2-regularised logistic regression (L2R_LR, C = 1,
 * eps = 1e-4, bias 1) on "row is given CLASS" (default 0).  Prints one
 * line: rows, features, the seconds spent reading, and the wall and CPU
 * seconds of the fit alone.  mlcv --model logreg with F folds and K classes
 * fits F x K such models, each on (F - 1) / F of the rows.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linear.h>

static double
now(clockid_t clk)
{
	struct timespec t;

	clock_gettime(clk, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void
quiet(const char *s)
{
	(void)s;
}

/* Is cls in the comma-separated label list at p (ended by a TAB)? */
static int
has_class(const char *p, long cls)
{
	char *end;

	while (*p >= '0' && *p <= '9') {
		if (strtol(p, &end, 10) == cls)
			return 1;
		p = *end == ',' ? end + 1 : end;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	size_t cap = 0, n = 0, ncap = 0, dim = 0, i, d;
	double *x = NULL, *y = NULL, t0, t1, c0, c1, tread;
	char *line = NULL, *p, *end;
	struct feature_node *nodes, **rows;
	struct parameter par;
	struct problem prob;
	struct model *m;
	long cls = 0;
	FILE *f;

	if (argc == 4 && strcmp(argv[1], "-c") == 0) {
		cls = strtol(argv[2], NULL, 10);
		argv += 2;
		argc -= 2;
	}
	if (argc != 2) {
		fputs("usage: cv_floor [-c CLASS] FILE\n", stderr);
		return 2;
	}
	t0 = now(CLOCK_MONOTONIC);
	if (!(f = fopen(argv[1], "r"))) {
		fprintf(stderr, "cv_floor: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	if (getline(&line, &cap, f) < 0)
		return 1;
	for (p = line; *p; p++)
		dim += *p == '\t';
	dim--;          /* id and labels */
	while (getline(&line, &cap, f) > 0) {
		if (n == ncap) {
			ncap = ncap ? 2 * ncap : 1024;
			if (!(x = realloc(x, ncap * dim * sizeof *x)) || !(y = realloc(y, ncap * sizeof *y)))
				return 1;
		}
		p = strchr(line, '\t') + 1;
		y[n] = has_class(p, cls) ? 1 : -1;
		p = strchr(p, '\t');
		for (d = 0; d < dim; d++) {
			x[n * dim + d] = strtod(p + 1, &end);
			p = end;
		}
		n++;
	}
	fclose(f);
	free(line);
	for (d = 0; d < dim; d++) {
		double s = 0, ss = 0, mean, sd;
		for (i = 0; i < n; i++)
			s += x[i * dim + d];
		mean = s / (double)n;
		for (i = 0; i < n; i++)
			ss += (x[i * dim + d] - mean) * (x[i * dim + d] - mean);
		sd = ss > 0 ? sqrt(ss / (double)n) : 1;
		for (i = 0; i < n; i++)
			x[i * dim + d] = (x[i * dim + d] - mean) / sd;
	}
	if (!(nodes = malloc(n * (dim + 2) * sizeof *nodes)) || !(rows = malloc(n * sizeof *rows)))
		return 1;
	for (i = 0; i < n; i++) {
		struct feature_node *r = nodes + i * (dim + 2);
		for (d = 0; d < dim; d++) {
			r[d].index = (int)d + 1;
			r[d].value = x[i * dim + d];
		}
		r[dim].index = (int)dim + 1;
		r[dim].value = 1;
		r[dim + 1].index = -1;
		rows[i] = r;
	}
	tread = now(CLOCK_MONOTONIC) - t0;
	memset(&par, 0, sizeof par);
	par.solver_type = L2R_LR;
	par.eps = 1e-4;
	par.C = 1;
	prob.l = (int)n;
	prob.n = (int)dim + 1;
	prob.y = y;
	prob.x = rows;
	prob.bias = 1;
	set_print_string_function(quiet);
	t0 = now(CLOCK_MONOTONIC);
	c0 = now(CLOCK_PROCESS_CPUTIME_ID);
	m = train(&prob, &par);
	t1 = now(CLOCK_MONOTONIC);
	c1 = now(CLOCK_PROCESS_CPUTIME_ID);
	if (!m)
		return 1;
	printf("rows %zu features %zu read %.3f fit_wall %.3f fit_cpu %.3f\n", n, dim, tread,
	       t1 - t0, c1 - c0);
	free_and_destroy_model(&m);
	free(nodes);
	free(rows);
	free(x);
	free(y);
	return 0;
}
