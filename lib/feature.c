/*
 * feature.c - Datalab's feature checks on a kNN graph (SPEC 5.6-5.9):
 * outlier, near_duplicate, non_iid (with numpy's legacy MT19937 and SciPy's
 * Gaussian-KDE p-value), null; numpy's percentile and median.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static int
cmp_double(const void *a, const void *b)
{
	double u = *(const double *)a, v = *(const double *)b;

	return (u > v) - (u < v);
}

void
ml_sort_doubles(double *a, size_t n)
{
	qsort(a, n, sizeof *a, cmp_double);
}

/* numpy's _lerp: a + (b - a) t below t = 0.5, b - (b - a)(1 - t) from there. */
double
ml_quantile_sorted(const double *sorted, size_t n, double q)
{
	double h = (double)(n - 1) * q, lo = floor(h), g = h - lo, x0, x1, diff;
	size_t i = (size_t)lo;

	x0 = sorted[i];
	x1 = sorted[i + 1 < n ? i + 1 : n - 1];
	diff = x1 - x0;
	return g < 0.5 ? x0 + diff * g : x1 - diff * (1.0 - g);
}

double
ml_median_sorted(const double *sorted, size_t n)
{
	if (n % 2)
		return sorted[n / 2];
	return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

static double *
sorted_copy(const double *a, size_t n)
{
	double *s = malloc(n * sizeof *s + 1);

	if (s) {
		memcpy(s, a, n * sizeof *s);
		ml_sort_doubles(s, n);
	}
	return s;
}

int
ml_outlier(const ml_knn *g, int metric, double t, double threshold, double scaling_factor,
           double *score, unsigned char *flag, ml_outlier_info *info, ml_err *e)
{
	size_t n = g->n, k = g->k, i;
	double *avg, *s, q1, q3, scale, sf, tol = 0.0;

	if (threshold < 0.0)
		threshold = 0.37037;
	if (threshold > 1.0)
		return ml_errf(e, NULL, 0, NULL, NULL, 0, "threshold must be between 0 and 1");
	avg = malloc(n * sizeof *avg + 1);
	if (!avg)
		return ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
	for (i = 0; i < n; i++)
		avg[i] = ml_pairwise_sum(g->dist + i * k, k) / (double)k;
	if (!(s = sorted_copy(avg, n))) {
		free(avg);
		return ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
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
	return ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
}

/* ---- numpy's legacy RandomState: MT19937 (Matsumoto & Nishimura). */

void
ml_mt_seed(ml_mt19937 *r, uint32_t seed)
{
	int i;

	r->mt[0] = seed;
	for (i = 1; i < 624; i++)
		r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
	r->mti = 624;
}

uint32_t
ml_mt_next(ml_mt19937 *r)
{
	uint32_t y;

	if (r->mti >= 624) {
		int i;
		for (i = 0; i < 624; i++) {
			y = (r->mt[i] & 0x80000000U) | (r->mt[(i + 1) % 624] & 0x7fffffffU);
			r->mt[i] = r->mt[(i + 397) % 624] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
		}
		r->mti = 0;
	}
	y = r->mt[r->mti++];
	y ^= y >> 11;
	y ^= (y << 7) & 0x9d2c5680U;
	y ^= (y << 15) & 0xefc60000U;
	y ^= y >> 18;
	return y;
}

uint64_t
ml_mt_interval(ml_mt19937 *r, uint64_t max)
{
	uint64_t mask = max, v;

	if (max == 0)
		return 0;
	mask |= mask >> 1;
	mask |= mask >> 2;
	mask |= mask >> 4;
	mask |= mask >> 8;
	mask |= mask >> 16;
	mask |= mask >> 32;
	if (max <= 0xffffffffU) {
		while ((v = (ml_mt_next(r) & mask)) > max)
			;
	} else {
		do {
			uint64_t hi = ml_mt_next(r), lo = ml_mt_next(r);
			v = ((hi << 32) | lo) & mask;
		} while (v > max);
	}
	return v;
}

void
ml_mt_permutation(ml_mt19937 *r, size_t *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		a[i] = i;
	for (i = n; i-- > 1;) {
		size_t j = (size_t)ml_mt_interval(r, i), t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}

/* ---- non_iid */

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

int
ml_noniid(const ml_knn *g, size_t num_permutations, uint32_t seed, double significance,
          double *score, unsigned char *flag, double *ks_perm, ml_noniid_info *info,
          ml_err *e)
{
	size_t n = g->n, k = g->k, R = num_permutations, i, c, r, *hist = NULL, *perm = NULL;
	double *G = NULL, *ks = NULL, *terms = NULL, denom, w, sw, sw2, mu, var, fac, sigma, p;
	long *s = NULL;
	ml_mt19937 mt;
	int rc = 0;

	if (R < 2)
		return ml_errf(e, NULL, 0, NULL, NULL, 0,
		               "the permutation test needs at least 2 permutations");
	if (n < 2)
		return ml_errf(e, NULL, 0, NULL, NULL, 0, "non_iid needs at least 2 rows");
	hist = malloc(n * sizeof *hist);
	perm = malloc(n * sizeof *perm);
	G = malloc(n * sizeof *G);
	ks = malloc(R * sizeof *ks);
	terms = malloc((k + 1 > R ? k + 1 : R) * sizeof *terms);
	s = malloc((k + 1) * sizeof *s);
	if (!hist || !perm || !G || !ks || !terms || !s) {
		rc = ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
		goto done;
	}
	/* Background: b[m] = (N - m) / (N (N - 1) / 2), cumulated sequentially. */
	denom = (double)n * (double)(n - 1) / 2.0;
	for (c = 1; c < n; c++)
		G[c - 1] = (c > 1 ? G[c - 2] : 0.0) + (double)(n - c) / denom;
	memset(hist, 0, n * sizeof *hist);
	for (i = 0; i < n; i++)
		for (c = 0; c < k; c++) {
			size_t j = g->nbr[i * k + c];
			hist[i > j ? i - j : j - i]++;
		}
	info->ks_observed = ks_stat(hist, n, n * k, G);
	ml_mt_seed(&mt, seed);
	for (r = 0; r < R; r++) {
		ml_mt_permutation(&mt, perm, n);
		memset(hist, 0, n * sizeof *hist);
		for (i = 0; i < n; i++)
			for (c = 0; c < k; c++) {
				size_t a = perm[i], b = perm[g->nbr[i * k + c]];
				hist[a > b ? a - b : b - a]++;
			}
		ks[r] = ks_stat(hist, n, n * k, G);
	}
	if (ks_perm)
		memcpy(ks_perm, ks, R * sizeof *ks);
	/*
	 * SciPy gaussian_kde(ks).integrate_box(ks_observed, 100), equal weights.
	 * neff = 1 / np.sum(w**2) and np.cov(aweights=w)'s average over its
	 * (1, R) C-ordered dataset are numpy pairwise sums (SPEC 0.2.2): with
	 * R = 25, w = 0.04 sums to 1.0, not 1.0000000000000002.  The variance
	 * is np.dot's (BLAS), kept sequential.
	 */
	w = 1.0 / (double)R;
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
	if (!(var > 0.0)) {
		rc = ml_errf(e, NULL, 0, NULL, NULL, 0,
		             "the %zu permutation KS statistics are all equal "
		             "(singular covariance): no p-value", R);
		goto done;
	}
	fac = pow(1.0 / sw2, -1.0 / 5.0);
	sigma = sqrt(var * (fac * fac));
	for (p = 0.0, r = 0; r < R; r++)
		p += w * (phi((100.0 - ks[r]) / sigma) - phi((info->ks_observed - ks[r]) / sigma));
	info->p_value = p;
	/* Per-row scores. */
	for (i = 0; i < n; i++) {
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
		score[i] = tanh(-(ml_pairwise_sum(terms, k + 1) / (double)(i > n - i ? i : n - i))) + 1.0;
	}
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

/* ---- null */

double
ml_null_score(const double *x, size_t m, int *all)
{
	size_t i, nulls = 0;

	for (i = 0; i < m; i++)
		nulls += isnan(x[i]) != 0;
	*all = m > 0 && nulls == m;
	return (double)(m - nulls) / (double)m;
}
