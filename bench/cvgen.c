/*
 * cvgen.c - deterministic embeddings with multi-label classes and injected
 * label flips, for the mlcv benchmark (bench/cv.sh).
 *
 *	cvgen -n N -d D -k K [-s SEED] [--noise F] [--truth FILE]
 *
 * Writes "id labels f_0 ... f_{D-1}" to stdout.  Class c has a centre
 * m_c in R^D with N(0, 0.3^2) entries; a row draws 1, 2 or 3 true classes
 * (probabilities 0.5, 0.3, 0.2; class c with weight 1/(c+1), as gen.c) and
 * its features are the sum of their centres plus N(0, 1) noise in every
 * dimension: class-dependent Gaussian clusters, which a linear model
 * separates well but not perfectly.  The given labels are the true ones,
 * except that with probability F (default 0.1) one class is dropped or one
 * wrong class added (half each).  --truth FILE lists those rows as
 * "id issue_classes" in mlfilter's notation (+c3: c3 was dropped; -c7: c7
 * was added), like gen.c.  Features are printed with 4 decimals.
 *
 * The PRNG is xoshiro256** seeded by splitmix64, as in gen.c; normals by
 * Marsaglia's polar method.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"

#define SPREAD 0.3      /* standard deviation of the centres' entries */

static double
normal(void)
{
	static double spare;
	static int have;
	double u, v, s;

	if (have) {
		have = 0;
		return spare;
	}
	do {
		u = 2 * uniform() - 1;
		v = 2 * uniform() - 1;
		s = u * u + v * v;
	} while (s >= 1 || s == 0);
	s = sqrt(-2 * log(s) / s);
	spare = v * s;
	have = 1;
	return u * s;
}

/* A class drawn with weight 1/(c+1), from the cumulative weights cum[k]. */
static size_t
draw_class(const double *cum, size_t k)
{
	double u = uniform() * cum[k - 1];
	size_t c = 0;

	while (c + 1 < k && cum[c] <= u)
		c++;
	return c;
}

/* Writes x with 4 decimals, rounded half away from zero. */
static char *
put_fixed(char *p, double x)
{
	long long v = llround(x * 10000);
	char tmp[24];
	int n = 0;

	if (v < 0) {
		*p++ = '-';
		v = -v;
	}
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0 || n < 5);
	while (n > 4)
		*p++ = tmp[--n];
	*p++ = '.';
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

static int
usage(void)
{
	fputs("usage: cvgen -n N -d D -k K [-s SEED] [--noise F] [--truth FILE]\n", stderr);
	return 2;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "noise", required_argument, NULL, 'f' },
		{ "truth", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	size_t n = 0, dim = 0, k = 0, i, c, d;
	uint64_t seed = 1;
	double noise = 0.1, *centre, *cum, *x;
	unsigned char *truth, *given;
	const char *truthfile = NULL;
	char *line, *p;
	FILE *tf = NULL;
	int opt;

	while ((opt = getopt_long(argc, argv, "d:k:n:s:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd': dim = strtoul(optarg, NULL, 10); break;
		case 'f': noise = strtod(optarg, NULL); break;
		case 'k': k = strtoul(optarg, NULL, 10); break;
		case 'n': n = strtoul(optarg, NULL, 10); break;
		case 's': seed = (uint64_t)strtoull(optarg, NULL, 10); break;
		case 't': truthfile = optarg; break;
		default: return usage();
		}
	}
	if (n == 0 || dim == 0 || k < 2 || k > 1000 || !(noise >= 0 && noise <= 1))
		return usage();
	rng_seed(seed);
	centre = malloc(k * dim * sizeof *centre);
	cum = malloc(k * sizeof *cum);
	x = malloc(dim * sizeof *x);
	truth = malloc(k);
	given = malloc(k);
	line = malloc(64 + 8 * k + 24 * dim);
	if (!centre || !cum || !x || !truth || !given || !line) {
		fputs("cvgen: out of memory\n", stderr);
		return 1;
	}
	for (c = 0; c < k * dim; c++)
		centre[c] = SPREAD * normal();
	for (c = 0; c < k; c++)
		cum[c] = (c ? cum[c - 1] : 0) + 1.0 / (double)(c + 1);
	if (truthfile && (!(tf = fopen(truthfile, "w")) || fputs("id\tissue_classes\n", tf) < 0)) {
		fprintf(stderr, "cvgen: %s: %s\n", truthfile, strerror(errno));
		return 1;
	}
	printf("id\tlabels");
	for (d = 0; d < dim; d++)
		printf("\tf_%zu", d);
	putchar('\n');
	for (i = 0; i < n; i++) {
		double u = uniform();
		size_t want = u < 0.5 ? 1 : u < 0.8 ? 2 : 3, have = 0, flip = k;
		const char *sep = "";

		memset(truth, 0, k);
		while (have < want) {
			c = draw_class(cum, k);
			have += !truth[c];
			truth[c] = 1;
		}
		memcpy(given, truth, k);
		if (uniform() < noise) {
			/* Drop one true class, or add one false class. */
			int add = uniform() < 0.5;
			do
				flip = below(k);
			while (truth[flip] != !add);
			given[flip] = (unsigned char)add;
			if (tf)
				fprintf(tf, "%zu\t%cc%zu\n", i, add ? '-' : '+', flip);
		}
		for (d = 0; d < dim; d++)
			x[d] = normal();
		for (c = 0; c < k; c++)
			if (truth[c])
				for (d = 0; d < dim; d++)
					x[d] += centre[c * dim + d];
		p = line + sprintf(line, "%zu\t", i);
		for (c = 0; c < k; c++)
			if (given[c]) {
				p += sprintf(p, "%s%zu", sep, c);
				sep = ",";
			}
		for (d = 0; d < dim; d++) {
			*p++ = '\t';
			p = put_fixed(p, x[d]);
		}
		*p++ = '\n';
		fwrite(line, 1, (size_t)(p - line), stdout);
	}
	free(centre);
	free(cum);
	free(x);
	free(truth);
	free(given);
	free(line);
	if (tf && fclose(tf) != 0) {
		fprintf(stderr, "cvgen: %s: %s\n", truthfile, strerror(errno));
		return 1;
	}
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
