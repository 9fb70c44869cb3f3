/*
 * outlier.c - Datalab's outlier check (SPEC 5.6).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "features/features.h"

int
ml_outlier(const ml_knn *g, int metric, double t, double threshold, double scaling_factor,
           double *score, unsigned char *flag, ml_outlier_info *info, ml_err *e)
{
	size_t n = g->n, k = g->k, i;
	double *avg, *s, q1, q3, scale, sf, tol = 0.0;

	if (!(threshold >= 0.0 && threshold <= 1.0))
		return ml_errmsg(e, "threshold must be between 0 and 1");
	avg = malloc(n * sizeof *avg + 1);
	if (!avg)
		return ml_err_oom(e);
	for (i = 0; i < n; i++)
		avg[i] = ml_pairwise_sum(g->dist + i * k, k) / (double)k;
	if (!(s = ml_sorted_copy(avg, n))) {
		free(avg);
		return ml_err_oom(e);
	}
	q1 = ml_quantile_sorted(s, n, 0.25);
	q3 = ml_quantile_sorted(s, n, 0.75);
	scale = threshold == 0.0 ? INFINITY : 1.0 / threshold - 1.0;
	info->threshold = threshold;
	info->issue_threshold = q3 + scale * (q3 - q1);
	sf = scaling_factor > 0.0 ? scaling_factor : fmax(ml_median_sorted(s, n), 100 * 0x1p-52);
	info->scaling_factor = sf;
	free(s);
	if (metric == ML_METRIC_COSINE)
		tol = 100 * 0x1p-53;
	else if (metric == ML_METRIC_EUCLIDEAN)
		tol = sqrt(100 * 0x1p-52);
	info->num_issues = 0;
	for (i = 0; i < n; i++) {
		flag[i] = avg[i] > info->issue_threshold;
		info->num_issues += flag[i];
		score[i] = exp((-t * avg[i]) / fmax(sf, 1e-6));
		if (avg[i] < tol)
			score[i] = 1.0;
	}
	info->average_ood_score = ml_pairwise_sum(score, n) / (double)n;
	free(avg);
	return 0;
}
