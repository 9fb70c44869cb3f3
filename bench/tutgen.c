/*
 * tutgen.c - other draws of cleanlab's multi-label tutorial data, for
 * measuring how well `mlcv | mlfilter` finds the label errors.
 *
 *	tutgen [-s SEED] [--truth FILE]
 *
 * Writes "id labels f_0 f_1" (280 rows) to stdout and, with --truth, the
 * true labels as "id true_labels is_true_error" (the layout of the
 * conformance case quickstart's truth.tsv).  It re-implements
 * make_multilabel_data() of cleanlab's multilabel_classification tutorial
 * with its defaults, with this generator's own PRNG in place of numpy's:
 * the same distribution, not numpy's bytes.
 *
 *  - 100, 80 and 100 points from three 2-D Gaussians (means (-5, 3.5),
 *    (0, 2), (-3, 6); covariances [[3, -1.5], [-1.5, 1]], [[5, -1.5],
 *    [-1.5, 1]], [[3, -1.5], [-1.5, 1]]), labelled [0], [1], [2];
 *  - four boxes (x1, y1, x2, y2, ends included) relabel the points inside
 *    them, in this order, a later box winning: (-3.5, 0, -1.5, 1.7) [0, 1],
 *    (-1, 3, 2, 4) [1, 2], (-5, 2, -3, 4) [0, 2], (-3, 2, -1, 4) [0, 1, 2];
 *  - every distinct label set is one of m = 7 "classes" (numbered in order
 *    of first appearance), and cleanlab's benchmarking.noise_generation
 *    flips them: generate_noise_matrix_from_trace(7, 0.9 * 7, py,
 *    valid_noise_matrix=True) draws a column-stochastic noise matrix (its
 *    diagonal Dirichlet(1) * trace, capped to [1e-5, 1] as cleanlab caps
 *    it, each column's rest Dirichlet(1) over the other 6 rows in random
 *    order), redrawn until p(s=i) < P(s=i | y=i) for every i; then
 *    generate_noisy_labels() flips floor(P(s=j | y=k) * n_k) rows of set k
 *    to set j, the rows chosen at random (none when they outnumber set k).
 *
 * A draw in which some label set never occurs makes the tutorial's own
 * code fail (py is shorter than the noise matrix); this generator then
 * draws the points again, as a user would pick another seed.
 *
 * The PRNG is xoshiro256** seeded by splitmix64, as in gen.c; Gaussians by
 * Box-Muller and Dirichlet(1) by normalised exponentials, which have the
 * distributions numpy's multivariate_normal and dirichlet have.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

#define NPTS   280
#define NSETS  7
#define EPS    1e-6     /* cleanlab's FLOATING_POINT_COMPARISON */

static const double means[3][2] = { { -5, 3.5 }, { 0, 2 }, { -3, 6 } };
static const double covs[3][3] = { { 3, -1.5, 1 }, { 5, -1.5, 1 }, { 3, -1.5, 1 } };  /* xx, xy, yy */
static const int sizes[3] = { 100, 80, 100 };
static const double boxes[4][4] = {
	{ -3.5, 0, -1.5, 1.7 }, { -1, 3, 2, 4 }, { -5, 2, -3, 4 }, { -3, 2, -1, 4 }
};
/* Label sets as bit masks: [0] [1] [2], then the boxes' [0,1] [1,2] [0,2] [0,1,2]. */
static const unsigned box_sets[4] = { 3, 6, 5, 7 };

/* A standard normal (Box-Muller, one of the pair). */
static double
normal(void)
{
	double u = 1 - uniform(), v = uniform();

	return sqrt(-2 * log(u)) * cos(2 * M_PI * v);
}

/* ------------------------------------------------------------ the points */

/* Draws the points and their true label sets (bit masks). */
static void
draw_points(double x[NPTS][2], unsigned set[NPTS])
{
	int c, i, b, row = 0;

	for (c = 0; c < 3; c++) {
		/* Cholesky factor of [[a, b], [b, d]]. */
		double a = covs[c][0], bxy = covs[c][1], d = covs[c][2];
		double l11 = sqrt(a), l21 = bxy / l11, l22 = sqrt(d - l21 * l21);
		for (i = 0; i < sizes[c]; i++, row++) {
			double z1 = normal(), z2 = normal();
			x[row][0] = means[c][0] + l11 * z1;
			x[row][1] = means[c][1] + l21 * z1 + l22 * z2;
			set[row] = 1u << c;
		}
	}
	for (b = 0; b < 4; b++)
		for (i = 0; i < NPTS; i++)
			if (x[i][0] >= boxes[b][0] && x[i][1] >= boxes[b][1] &&
			    x[i][0] <= boxes[b][2] && x[i][1] <= boxes[b][3])
				set[i] = box_sets[b];
}

/* ------------------------------------------- cleanlab's noise generation */

/*
 * generate_n_rand_probabilities_that_sum_to_m: Dirichlet(1) * m, then the
 * largest pulled down to max_prob and the smallest up to min_prob, as
 * cleanlab adjusts them.
 */
static void
rand_probs(double *r, int n, double m, double max_prob, double min_prob)
{
	double sum = 0;
	int i, lo, hi;

	for (i = 0; i < n; i++)
		sum += r[i] = -log(1 - uniform());
	for (i = 0; i < n; i++)
		r[i] = r[i] / sum * m;
	for (;;) {
		lo = hi = 0;
		for (i = 1; i < n; i++) {
			if (r[i] < r[lo])
				lo = i;
			if (r[i] > r[hi])
				hi = i;
		}
		if (r[hi] > max_prob + EPS) {
			double new_min = r[lo] + (r[hi] - max_prob);
			double adj = (max_prob - new_min) * uniform();
			r[lo] = new_min + adj;
			r[hi] = max_prob - adj;
		} else if (r[lo] < min_prob - EPS) {
			double new_max = r[hi] - (min_prob - r[lo]);
			double adj = (new_max - min_prob) * uniform();
			r[hi] = new_max - adj;
			r[lo] = min_prob + adj;
		} else
			return;
	}
}

/* noise_matrix_is_valid: p(s=i) < P(s=i | y=i) for every i. */
static int
valid(double nm[NSETS][NSETS], const double *py)
{
	int i, j;

	for (i = 0; i < NSETS; i++) {
		double ps = 0;
		for (j = 0; j < NSETS; j++)
			ps += nm[i][j] * py[j];
		if (!(ps * py[i] < nm[i][i] * py[i]))
			return 0;
	}
	return 1;
}

/* generate_noise_matrix_from_trace(7, trace, py=py, valid_noise_matrix=True). */
static int
noise_matrix(double nm[NSETS][NSETS], double trace, const double *py)
{
	double diag[NSETS], rates[NSETS - 1];
	int iter, col, i, rows[NSETS - 1];

	for (iter = 0; iter < 10000; iter++) {
		memset(nm, 0, sizeof(double) * NSETS * NSETS);
		rand_probs(diag, NSETS, trace, 1.0, 1e-5);
		for (col = 0; col < NSETS; col++) {
			nm[col][col] = diag[col];
			if (diag[col] == 1)
				continue;
			rand_probs(rates, NSETS - 1, 1 - diag[col], 1 - 1e-5, 0);
			/* The other rows in random order (np.random.choice without replacement). */
			for (i = 0; i < NSETS - 1; i++)
				rows[i] = i < col ? i : i + 1;
			for (i = NSETS - 2; i > 0; i--) {
				int j = (int)below((size_t)i + 1), t = rows[i];
				rows[i] = rows[j];
				rows[j] = t;
			}
			for (i = 0; i < NSETS - 1; i++)
				nm[rows[i]][col] = rates[NSETS - 2 - i];
		}
		if (valid(nm, py))
			return 0;
	}
	return -1;
}

/* generate_noisy_labels: flips rows of each true set k to the other sets. */
static void
noisy_labels(const int *truth, int *given, double nm[NSETS][NSETS])
{
	int count[NSETS] = { 0 }, idx[NPTS], noise[NPTS];
	int i, j, k, n, nn;

	for (i = 0; i < NPTS; i++)
		count[given[i] = truth[i]]++;
	for (k = 0; k < NSETS; k++) {
		nn = 0;
		for (j = 0; j < NSETS; j++) {
			int c = j == k ? 0 : (int)(nm[j][k] * ((double)count[k] / NPTS) * NPTS);
			while (c-- > 0)
				noise[nn++] = j;
		}
		n = 0;
		for (i = 0; i < NPTS; i++)
			if (truth[i] == k)
				idx[n++] = i;
		if (n == 0 || nn == 0 || n < nn)
			continue;
		/* nn of the n rows, without replacement, in random order. */
		for (i = 0; i < nn; i++) {
			int r = i + (int)below((size_t)(n - i)), t = idx[i];
			idx[i] = idx[r];
			idx[r] = t;
			given[idx[i]] = noise[i];
		}
	}
}

/* ------------------------------------------------------------- output */

static void
put_set(FILE *f, unsigned set)
{
	const char *sep = "";
	int c;

	for (c = 0; c < 3; c++)
		if (set & (1u << c)) {
			fprintf(f, "%s%d", sep, c);
			sep = ",";
		}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "truth", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	double x[NPTS][2], py[NSETS], nm[NSETS][NSETS];
	unsigned set[NPTS], setof[NSETS];
	int truth[NPTS], given[NPTS], count[NSETS], nsets, i, k, opt;
	unsigned long long seed = 1;
	const char *truthfile = NULL;
	char *end;
	FILE *tf;

	while ((opt = getopt_long(argc, argv, "s:", longopts, NULL)) != -1) {
		switch (opt) {
		case 's':
			errno = 0;
			seed = strtoull(optarg, &end, 10);
			if (errno || *end || end == optarg) {
				fprintf(stderr, "tutgen: bad seed '%s'\n", optarg);
				return 2;
			}
			break;
		case 't':
			truthfile = optarg;
			break;
		default:
			fputs("usage: tutgen [-s SEED] [--truth FILE]\n", stderr);
			return 2;
		}
	}
	rng_seed(seed);
	do {
		draw_points(x, set);
		nsets = 0;
		memset(count, 0, sizeof count);
		for (i = 0; i < NPTS; i++) {
			for (k = 0; k < nsets && setof[k] != set[i]; k++)
				;
			if (k == nsets)
				setof[nsets++] = set[i];
			truth[i] = k;
			count[k]++;
		}
	} while (nsets < NSETS);
	for (k = 0; k < NSETS; k++)
		py[k] = (double)count[k] / NPTS;
	if (noise_matrix(nm, 0.9 * NSETS, py) < 0) {
		fputs("tutgen: no valid noise matrix in 10000 tries\n", stderr);
		return 1;
	}
	noisy_labels(truth, given, nm);

	printf("id\tlabels\tf_0\tf_1\n");
	for (i = 0; i < NPTS; i++) {
		printf("%d\t", i);
		put_set(stdout, setof[given[i]]);
		printf("\t%.17g\t%.17g\n", x[i][0], x[i][1]);
	}
	if (truthfile) {
		if (!(tf = fopen(truthfile, "w"))) {
			fprintf(stderr, "tutgen: %s: %s\n", truthfile, strerror(errno));
			return 1;
		}
		fprintf(tf, "id\ttrue_labels\tis_true_error\n");
		for (i = 0; i < NPTS; i++) {
			fprintf(tf, "%d\t", i);
			put_set(tf, setof[truth[i]]);
			fprintf(tf, "\t%d\n", given[i] != truth[i]);
		}
		if (fclose(tf) != 0) {
			fprintf(stderr, "tutgen: %s: %s\n", truthfile, strerror(errno));
			return 1;
		}
	}
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
