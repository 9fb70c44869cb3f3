/*
 * knn_floor.c - the plain double loop that mlknn's blocked search is
 * measured against, and the generator of its input.
 *
 *	knn_floor gen N D [SEED]     writes N rows "id f_0 ... f_{D-1}" (TSV)
 *	knn_floor [-q Q] [-k K] FILE the 10 nearest rows of the first Q rows
 *	                             (default all), cosine, one thread
 *
 * The search is what one writes first: normalise the rows, then for every
 * query row a loop over every other row computing 1 - u.v and keeping the
 * best K by insertion.  Only that loop is timed (reading is not), in wall
 * and CPU seconds; with Q < N the time for all N rows is extrapolated
 * linearly (the cost is exactly proportional to Q).  It prints the
 * seconds and a checksum of the neighbours.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static double
uniform(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

/* Rows around 50 random centres, so that neighbours are meaningful. */
static int
gen(long n, long d, unsigned long seed)
{
	double *centre = malloc(50 * (size_t)d * sizeof *centre);
	long i, j;

	rng += seed * 0x2545f4914f6cdd1dULL;
	for (i = 0; i < 50 * d; i++)
		centre[i] = uniform() * 4 - 2;
	printf("id");
	for (j = 0; j < d; j++)
		printf("\tf_%ld", j);
	putchar('\n');
	for (i = 0; i < n; i++) {
		long c = (long)(uniform() * 50);
		printf("%ld", i);
		for (j = 0; j < d; j++)
			printf("\t%.6f", centre[c * d + j] + uniform() - 0.5);
		putchar('\n');
	}
	free(centre);
	return fflush(stdout) != 0;
}

int
main(int argc, char **argv)
{
	long q = -1, k = 10, n = 0, d = 0, cap = 0, i, j, c;
	double *x = NULL, *best, sum = 0, secs;
	long *idx;
	char *line = NULL, *s, *end;
	size_t lcap = 0;
	FILE *f;
	int ch;
	struct timespec t0, t1, c0, c1;
	double cpu;

	if (argc >= 4 && strcmp(argv[1], "gen") == 0)
		return gen(atol(argv[2]), atol(argv[3]), argc > 4 ? strtoul(argv[4], NULL, 10) : 1);
	while ((ch = getopt(argc, argv, "k:q:")) != -1)
		if (ch == 'q')
			q = atol(optarg);
		else if (ch == 'k')
			k = atol(optarg);
		else
			return 2;
	if (optind != argc - 1 || !(f = fopen(argv[optind], "r"))) {
		fputs("usage: knn_floor gen N D [SEED] | knn_floor [-q Q] [-k K] FILE\n", stderr);
		return 2;
	}
	/* Every column but the first is a feature. */
	if (getline(&line, &lcap, f) < 0)
		return 1;
	for (s = line; (s = strchr(s, '\t')); s++)
		d++;
	while (getline(&line, &lcap, f) > 0) {
		if ((n + 1) * d > cap) {
			cap = cap ? 2 * cap : 1 << 20;
			x = realloc(x, (size_t)cap * sizeof *x);
		}
		s = strchr(line, '\t');
		for (j = 0; j < d; j++) {
			x[n * d + j] = strtod(s + 1, &end);
			s = end;
		}
		n++;
	}
	if (q < 0 || q > n)
		q = n;
	best = malloc((size_t)k * sizeof *best);
	idx = malloc((size_t)k * sizeof *idx);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
	for (i = 0; i < n; i++) {
		double norm = 0;
		for (j = 0; j < d; j++)
			norm += x[i * d + j] * x[i * d + j];
		norm = norm > 0 ? sqrt(norm) : 1;
		for (j = 0; j < d; j++)
			x[i * d + j] /= norm;
	}
	for (i = 0; i < q; i++) {
		for (c = 0; c < k; c++)
			best[c] = INFINITY, idx[c] = -1;
		for (j = 0; j < n; j++) {
			double dot = 0, dist;
			long p;
			if (j == i)
				continue;
			for (c = 0; c < d; c++)
				dot += x[i * d + c] * x[j * d + c];
			dist = 1 - dot;
			if (!(dist < best[k - 1]))
				continue;
			for (p = k - 1; p > 0 && dist < best[p - 1]; p--)
				best[p] = best[p - 1], idx[p] = idx[p - 1];
			best[p] = dist, idx[p] = j;
		}
		for (c = 0; c < k; c++)
			sum += best[c] + (double)idx[c];
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	cpu = (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
	printf("rows %ld dims %ld queries %ld seconds %.3f extrapolated_to_all_rows %.1f "
	       "checksum %.6f cpu_seconds %.3f cpu_extrapolated %.1f\n",
	       n, d, q, secs, secs * (double)n / (double)q, sum, cpu, cpu * (double)n / (double)q);
	return 0;
}
