/*
 * near_duplicate.c - Datalab's near_duplicate check (SPEC 5.7).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "features/features.h"

static int

listed(const size_t *a, size_t n, size_t v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] == v)
			return 1;
	return 0;
}

int
ml_near_duplicate(const ml_knn *g, double threshold, double *score, unsigned char *flag,
                  size_t **offp, size_t **setp, ml_dup_info *info, ml_err *e)
{
	size_t n = g->n, k = g->k, i, j, c, *own = NULL, *ownoff = NULL, *off = NULL,
	       *set = NULL, *fill = NULL;
	double *nn, T;

	if (threshold < 0.0)
		threshold = 0.0;
	nn = malloc(n * sizeof *nn + 1);
	own = malloc(n * k * sizeof *own + 1);
	ownoff = calloc(n + 1, sizeof *ownoff);
	off = calloc(n + 1, sizeof *off);
	fill = calloc(n + 1, sizeof *fill);
	if (!nn || !own || !ownoff || !off || !fill)
		goto oom;
	for (i = 0; i < n; i++)
		nn[i] = g->dist[i * k];
	ml_sort_doubles(nn, n);
	info->median_nn = fmax(ml_median_sorted(nn, n), 1e-6);
	info->threshold = threshold;
	info->radius = threshold * info->median_nn;
	/* Dup_i: the stored neighbours of i strictly inside the radius, in stored order. */
	for (i = 0, j = 0; i < n; i++) {
		for (c = 0; c < k; c++)
			if (g->dist[i * k + c] < info->radius)
				own[j++] = g->nbr[i * k + c];
		ownoff[i + 1] = j;
	}
	/* Symmetrize: i is appended to Dup_j when i lists j but j does not list i. */
	for (i = 0; i < n; i++)
		off[i + 1] = ownoff[i + 1] - ownoff[i];
	for (i = 0; i < n; i++)
		for (c = ownoff[i]; c < ownoff[i + 1]; c++) {
			j = own[c];
			if (!listed(own + ownoff[j], ownoff[j + 1] - ownoff[j], i))
				off[j + 1]++;
		}
	for (i = 0; i < n; i++)
		off[i + 1] += off[i];
	if (!(set = malloc(off[n] * sizeof *set + 1)))
		goto oom;
	for (i = 0; i < n; i++) {
		fill[i] = ownoff[i + 1] - ownoff[i];
		memcpy(set + off[i], own + ownoff[i], fill[i] * sizeof *set);
	}
	for (i = 0; i < n; i++)
		for (c = ownoff[i]; c < ownoff[i + 1]; c++) {
			j = own[c];
			if (!listed(own + ownoff[j], ownoff[j + 1] - ownoff[j], i))
				set[off[j] + fill[j]++] = i;
		}
	T = 1.0 / info->median_nn;
	info->num_issues = 0;
	for (i = 0; i < n; i++) {
		double d = g->dist[i * k];
		flag[i] = off[i + 1] > off[i];
		info->num_issues += flag[i];
		score[i] = fabs(d) <= 1e-8 ? 0.0 : 1.0 - exp(-T * d);
	}
	info->average_score = ml_pairwise_sum(score, n) / (double)n;
	free(nn);
	free(own);
	free(ownoff);
	free(fill);
	*offp = off;
	*setp = set;
	return 0;
oom:
	free(nn);
	free(own);
	free(ownoff);
	free(off);
	free(fill);
	return ml_err_oom(e);
}
