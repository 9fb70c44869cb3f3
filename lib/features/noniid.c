/*
 * noniid.c - Datalab's non_iid check (SPEC 5.8).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "features/features.h"

/*
 * KS statistic of the index distances counted in hist[0..n-1] (their total
 * is total) against the background cdf G (G[m-1] = P(distance <= m)).
 * The sorted sample is x_0 <= ... <= x_total, with x_total = n - 1 added;
 * |l/(L-1) - G[x_l]| is monotone within a run of equal x, so only the ends
 * of each run are evaluated, giving the same maximum as numpy.
 */
static double
ks_stat(const size_t *hist, size_t n, size_t total, const double *G)
{
	double L1 = (double)total, best = 0.0;
	size_t x, l = 0;

	for (x = 0; x < n; x++) {
		size_t cnt = hist[x] + (x == n - 1);
		double gx = G[x == 0 ? n - 2 : x - 1], a, b;
		if (cnt == 0)
			continue;
		a = fabs((double)l / L1 - gx);
		b = fabs((double)(l + cnt - 1) / L1 - gx);
		if (a > best)
			best = a;
		if (b > best)
			best = b;
		l += cnt;
	}
	return best;
}

/* Background area under the cdf of row i's index distances up to s (SPEC 5.8). */
static double
background_area(long s, long dd, long n)
{
	double nm1 = (double)(n - 1), ab, am;

	if (s <= dd)
		return (double)(s * s) / nm1;
	ab = (double)(dd * dd) / nm1;
	if (s <= n - dd - 1)
		return ab + 0.5 * ((double)((s + 3 * dd) * (s - dd)) / nm1);
	am = (0.5 * (2.0 * (double)dd / nm1 + 1.0)) * (double)(n - 2 * dd - 1);
	return (ab + am) + ((double)s - (double)(n - dd - 1) * 1.0);
}

static int
cmp_long(const void *a, const void *b)
{
	long u = *(const long *)a, v = *(const long *)b;

	return (u > v) - (u < v);
}

static double
phi(double z)
{
	return 0.5 * erfc(-z / sqrt(2.0));
}

/*
 * SciPy gaussian_kde(ks).integrate_box(ks_observed, 100), equal weights:
 * the p-value of the permutation test; terms[R] is scratch.
 * neff = 1 / np.sum(w**2) and np.cov(aweights=w)'s average over its
 * (1, R) C-ordered dataset are numpy pairwise sums (SPEC 0.2.2): with
 * R = 25, w = 0.04 sums to 1.0, not 1.0000000000000002.  The variance
 * is np.dot's (BLAS), kept sequential.
 */
static int
kde_p_value(const double *ks, size_t R, double observed, double *terms, double *p, ml_err *e)
{
	double w = 1.0 / (double)R, sw, sw2, mu, var, fac, sigma;
	size_t r;

	for (r = 0; r < R; r++)
		terms[r] = w;
	sw = ml_pairwise_sum(terms, R);
	for (r = 0; r < R; r++)
		terms[r] = w * w;
	sw2 = ml_pairwise_sum(terms, R);
	for (r = 0; r < R; r++)
		terms[r] = ks[r] * w;
	mu = ml_pairwise_sum(terms, R) / sw;
	for (var = 0.0, r = 0; r < R; r++)
		var += (ks[r] - mu) * ((ks[r] - mu) * w);
	var *= 1.0 / (sw - sw2 / sw);
	if (!(var > 0.0))
		return ml_errmsg(e, "the %zu permutation KS statistics are all equal "
		    "(singular covariance): no p-value", R);
	fac = pow(1.0 / sw2, -1.0 / 5.0);
	sigma = sqrt(var * (fac * fac));
	for (*p = 0.0, r = 0; r < R; r++)
		*p += w * (phi((100.0 - ks[r]) / sigma) - phi((observed - ks[r]) / sigma));
	return 0;
}

/* Row i's score from its neighbours' index distances; s[k+1] and terms[k+1] are scratch. */
static double
row_score(const ml_knn *g, size_t i, long *s, double *terms)
{
	size_t n = g->n, k = g->k, c;
	long dd = (long)(i < n - 1 - i ? i : n - 1 - i), prev = 0, N = (long)n;
	double prevarea = 0.0;

	for (c = 0; c < k; c++) {
		size_t j = g->nbr[i * k + c];
		s[c] = (long)(i > j ? i - j : j - i);
	}
	qsort(s, k, sizeof *s, cmp_long);
	s[k] = N - 1;
	for (c = 0; c <= k; c++) {
		double area = background_area(s[c], dd, N);
		double fd = ((double)c / (double)k) * (double)(s[c] - prev);
		terms[c] = fabs(fd - (area - prevarea));
		prev = s[c];
		prevarea = area;
	}
	return tanh(-(ml_pairwise_sum(terms, k + 1) / (double)(i > n - i ? i : n - i))) + 1.0;
}

/* The KS statistic of the graph's index distances, rows renumbered by perm (NULL: as they are). */
static double
graph_ks(const ml_knn *g, const size_t *perm, size_t *hist, const double *G)
{
	size_t n = g->n, k = g->k, i, c;

	memset(hist, 0, n * sizeof *hist);
	for (i = 0; i < n; i++)
		for (c = 0; c < k; c++) {
			size_t j = g->nbr[i * k + c];
			size_t a = perm ? perm[i] : i, b = perm ? perm[j] : j;
			hist[a > b ? a - b : b - a]++;
		}
	return ks_stat(hist, n, n * k, G);
}

int
ml_noniid(const ml_knn *g, size_t num_permutations, uint32_t seed, double significance,
          double *score, unsigned char *flag, double *ks_perm, ml_noniid_info *info,
          ml_err *e)
{
	size_t n = g->n, k = g->k, R = num_permutations, i, c, r, *hist = NULL, *perm = NULL;
	double *G = NULL, *ks = NULL, *terms = NULL, denom;
	long *s = NULL;
	ml_mt19937 mt;
	int rc = 0;

	if (R < 2)
		return ml_errmsg(e, "the permutation test needs at least 2 permutations");
	if (n < 2)
		return ml_errmsg(e, "non_iid needs at least 2 rows");
	hist = malloc(n * sizeof *hist);
	perm = malloc(n * sizeof *perm);
	G = malloc(n * sizeof *G);
	ks = malloc(R * sizeof *ks);
	terms = malloc((k + 1 > R ? k + 1 : R) * sizeof *terms);
	s = malloc((k + 1) * sizeof *s);
	if (!hist || !perm || !G || !ks || !terms || !s) {
		rc = ml_err_oom(e);
		goto done;
	}
	/* Background: b[m] = (N - m) / (N (N - 1) / 2), cumulated sequentially. */
	denom = (double)n * (double)(n - 1) / 2.0;
	for (c = 1; c < n; c++)
		G[c - 1] = (c > 1 ? G[c - 2] : 0.0) + (double)(n - c) / denom;
	info->ks_observed = graph_ks(g, NULL, hist, G);
	ml_mt_seed(&mt, seed);
	for (r = 0; r < R; r++) {
		ml_mt_permutation(&mt, perm, n);
		ks[r] = graph_ks(g, perm, hist, G);
	}
	if (ks_perm)
		memcpy(ks_perm, ks, R * sizeof *ks);
	if ((rc = kde_p_value(ks, R, info->ks_observed, terms, &info->p_value, e)) < 0)
		goto done;
	for (i = 0; i < n; i++)
		score[i] = row_score(g, i, s, terms);
	memset(flag, 0, n);
	info->num_issues = 0;
	info->flagged = 0;
	if (info->p_value < significance) {
		size_t m = 0;
		for (i = 1; i < n; i++)
			if (score[i] < score[m])
				m = i;
		flag[m] = 1;
		info->num_issues = 1;
		info->flagged = m;
	}
done:
	free(hist);
	free(perm);
	free(G);
	free(ks);
	free(terms);
	free(s);
	return rc;
}
