/* test_feature.c - unit tests of lib/knn.c and lib/feature.c (SPEC 5.5-5.9). */
#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "mlaudit.h"
#include "check_main.h"

/* ---- numpy's legacy RNG (SPEC 5.8 check vector) */

START_TEST(mt_first_output)
{
	ml_mt19937 r;

	ml_mt_seed(&r, 0);
	ck_assert_uint_eq(ml_mt_next(&r), 2357136044U);
}
END_TEST

START_TEST(mt_permutations_seed0)
{
	static const size_t p1[10] = { 2, 8, 4, 9, 1, 6, 7, 3, 0, 5 };
	static const size_t p2[10] = { 3, 5, 1, 2, 9, 8, 0, 6, 7, 4 };
	ml_mt19937 r;
	size_t a[10], i;

	ml_mt_seed(&r, 0);
	ml_mt_permutation(&r, a, 10);
	for (i = 0; i < 10; i++)
		ck_assert_uint_eq(a[i], p1[i]);
	ml_mt_permutation(&r, a, 10);
	for (i = 0; i < 10; i++)
		ck_assert_uint_eq(a[i], p2[i]);
}
END_TEST

START_TEST(mt_interval_bounds)
{
	ml_mt19937 r;
	int i;

	ml_mt_seed(&r, 12345);
	ck_assert_uint_eq(ml_mt_interval(&r, 0), 0);
	for (i = 0; i < 1000; i++)
		ck_assert_uint_le(ml_mt_interval(&r, 6), 6);
}
END_TEST

/* ---- numpy percentile / median */

START_TEST(quantile_linear)
{
	static const double a[4] = { 1, 2, 3, 4 }, b[2] = { 0, 10 }, c[1] = { 7 };

	ck_assert_double_eq(ml_quantile_sorted(a, 4, 0.25), 1.75);
	ck_assert_double_eq(ml_quantile_sorted(a, 4, 0.75), 3.25);
	ck_assert_double_eq(ml_quantile_sorted(a, 4, 0.5), 2.5);
	/* g >= 0.5 takes numpy's other lerp branch: 10 - 10 * 0.25. */
	ck_assert_double_eq(ml_quantile_sorted(b, 2, 0.75), 7.5);
	ck_assert_double_eq(ml_quantile_sorted(b, 2, 0.25), 2.5);
	ck_assert_double_eq(ml_quantile_sorted(c, 1, 0.75), 7);
}
END_TEST

START_TEST(median_odd_even)
{
	static const double a[3] = { 1, 2, 9 }, b[4] = { 1, 2, 3, 10 };

	ck_assert_double_eq(ml_median_sorted(a, 3), 2);
	ck_assert_double_eq(ml_median_sorted(b, 4), 2.5);
}
END_TEST

/* ---- the kNN graph */

START_TEST(knn_line_euclidean)
{
	/* Points on a line: 0, 1, 3, 6, 10. */
	static const double x[5] = { 0, 1, 3, 6, 10 };
	ml_knn g;
	ml_err e;

	ck_assert_int_eq(ml_knn_build(&g, x, 5, 1, 2, ML_METRIC_EUCLIDEAN, 1, &e), 0);
	ck_assert_uint_eq(g.nbr[0], 1);
	ck_assert_uint_eq(g.nbr[1], 2);
	ck_assert_double_eq(g.dist[1], 3);
	ck_assert_uint_eq(g.nbr[2 * 2], 1);      /* row 2: row 1 at 2, then rows 0 and 3 */
	ck_assert_uint_eq(g.nbr[2 * 2 + 1], 0);  /* tie at 3: the lower row */
	ck_assert_uint_eq(g.nbr[4 * 2], 3);
	ck_assert_double_eq(g.dist[4 * 2 + 1], 7);
	ml_knn_free(&g);
}
END_TEST

START_TEST(knn_ties_by_row)
{
	/* Row 0 is at distance 1 from rows 1, 2, 3 alike. */
	static const double x[8] = { 0, 0, 1, 0, 0, 1, -1, 0 };
	ml_knn g;
	ml_err e;

	ck_assert_int_eq(ml_knn_build(&g, x, 4, 2, 3, ML_METRIC_EUCLIDEAN, 2, &e), 0);
	ck_assert_uint_eq(g.nbr[0], 1);
	ck_assert_uint_eq(g.nbr[1], 2);
	ck_assert_uint_eq(g.nbr[2], 3);
	ml_knn_free(&g);
}
END_TEST

START_TEST(knn_cosine_zero_row)
{
	/* A zero vector stays zero: cosine distance 1 - 0 = 1 to every row. */
	static const double x[8] = { 0, 0, 1, 0, 2, 0, 0, 3 };
	ml_knn g;
	ml_err e;

	ck_assert_int_eq(ml_knn_build(&g, x, 4, 2, 1, ML_METRIC_COSINE, 1, &e), 0);
	ck_assert_double_eq(g.dist[0], 1.0);
	ck_assert_uint_eq(g.nbr[1], 2);          /* same direction */
	ck_assert_double_eq(g.dist[1], 0.0);
	ml_knn_free(&g);
}
END_TEST

START_TEST(knn_many_rows_threads)
{
	/* 1000 rows in 3-D: 1 and 2 threads agree exactly. */
	enum { N = 1000, D = 3, K = 5 };
	double *x = malloc(N * D * sizeof *x);
	ml_knn a, b;
	ml_err e;
	size_t i;

	for (i = 0; i < N * D; i++)
		x[i] = sin((double)i * 12.9898) * 43758.5453 - floor(sin((double)i * 12.9898) * 43758.5453);
	ck_assert_int_eq(ml_knn_build(&a, x, N, D, K, ML_METRIC_AUTO, 1, &e), 0);
	ck_assert_int_eq(ml_knn_build(&b, x, N, D, K, ML_METRIC_AUTO, 2, &e), 0);
	for (i = 0; i < N * K; i++) {
		ck_assert_uint_eq(a.nbr[i], b.nbr[i]);
		ck_assert_double_eq(a.dist[i], b.dist[i]);
	}
	/* The naive distance of row 0's nearest neighbour. */
	{
		size_t j = a.nbr[0], d;
		double s = 0;
		for (d = 0; d < D; d++)
			s += (x[d] - x[j * D + d]) * (x[d] - x[j * D + d]);
		ck_assert_double_eq(a.dist[0], sqrt(s));
	}
	ml_knn_free(&a);
	ml_knn_free(&b);
	free(x);
}
END_TEST

START_TEST(knn_part_rule)
{
	/* floor((I-1) n / N) .. floor(I n / N) - 1, without overflow for any n. */
	static const size_t want[10] = { 0, 0, 1, 1, 2, 2, 3, 3, 4, 5 };
	size_t p, first, end, prev = 0, n = SIZE_MAX - 2;

	for (p = 0; p < 9; p++) {
		ml_knn_part_rows(5, p, 9, &first, &end);
		ck_assert_uint_eq(first, want[p]);
		ck_assert_uint_eq(end, want[p + 1]);
	}
	for (p = 0; p < 7; p++) {
		ml_knn_part_rows(n, p, 7, &first, &end);
		ck_assert_uint_eq(first, prev);
		ck_assert_uint_eq(first, (size_t)((unsigned __int128)p * n / 7));
		ck_assert(end - first == n / 7 || end - first == n / 7 + 1);
		prev = end;
	}
	ck_assert_uint_eq(prev, n);
}
END_TEST

START_TEST(knn_rows_as_whole)
{
	/*
	 * 700 rows on an integer grid (many equal distances), with exact
	 * duplicates (every 10th row a copy of an earlier one; 14 rows in one
	 * group, above k + 1), 3 cache blocks: any block of query rows is, bit
	 * for bit, those rows of the whole graph.
	 */
	enum { N = 700, D = 2, K = 6 };
	static const size_t range[][2] = { { 0, 0 }, { 0, N }, { 1, 2 }, { 255, 257 },
	                                   { 300, 699 }, { 699, N }, { 0, 256 } };
	double *x = malloc(N * D * sizeof *x);
	ml_knn whole, part;
	ml_err e;
	size_t i, r, t;
	uint64_t seed = 88172645463325252u;

	for (i = 0; i < N * D; i++) {
		seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;   /* xorshift64 */
		x[i] = (double)(seed % 40);
	}
	for (i = 0; i < N; i++)
		for (t = 0; t < D; t++)
			if (i % 50 == 7)
				x[i * D + t] = 5.0;
			else if (i % 10 == 9)
				x[i * D + t] = x[i / 10 * D + t];
	ck_assert_int_eq(ml_knn_build(&whole, x, N, D, K, ML_METRIC_EUCLIDEAN, 1, &e), 0);
	ck_assert_int_eq(ml_knn_fix_duplicates(&whole, x, D, &e), 0);
	for (r = 0; r < sizeof range / sizeof range[0]; r++)
		for (t = 1; t <= 2; t++) {
			size_t first = range[r][0], end = range[r][1];
			ck_assert_int_eq(ml_knn_build_rows(&part, x, N, D, K, first, end,
			                                   ML_METRIC_EUCLIDEAN, (int)t, &e), 0);
			ck_assert_int_eq(ml_knn_fix_duplicates_rows(&part, x, N, D, first, &e), 0);
			ck_assert_uint_eq(part.n, end - first);
			for (i = 0; i < (end - first) * K; i++) {
				ck_assert_uint_eq(part.nbr[i], whole.nbr[first * K + i]);
				ck_assert_double_eq(part.dist[i], whole.dist[first * K + i]);
			}
			ml_knn_free(&part);
		}
	ck_assert_int_eq(ml_knn_build_rows(&part, x, N, D, K, 5, N + 1, ML_METRIC_EUCLIDEAN, 1, &e), -1);
	ml_knn_free(&whole);
	free(x);
}
END_TEST

START_TEST(knn_errors)
{
	static const double x[6] = { 0, 1, 2, NAN, 4, 5 };
	ml_knn g;
	ml_err e;

	ck_assert_int_eq(ml_knn_build(&g, x, 3, 1, 0, ML_METRIC_EUCLIDEAN, 1, &e), -1);
	ck_assert_int_eq(ml_knn_build(&g, x, 3, 1, 3, ML_METRIC_EUCLIDEAN, 1, &e), -1);
	ck_assert_int_eq(ml_knn_build(&g, x, 6, 1, 2, ML_METRIC_EUCLIDEAN, 1, &e), -1);
	ck_assert_int_eq(ml_knn_build(&g, x, 3, 1, 2, ML_METRIC_EUCLIDEAN, 1, &e), 0);
	ml_knn_free(&g);
}
END_TEST

START_TEST(metric_rule)
{
	ck_assert_int_eq(ml_metric_default(3), ML_METRIC_EUCLIDEAN);
	ck_assert_int_eq(ml_metric_default(4), ML_METRIC_COSINE);
	ck_assert_int_eq(ml_metric_parse("cosine"), ML_METRIC_COSINE);
	ck_assert_int_eq(ml_metric_parse("manhattan"), -1);
}
END_TEST

/* ---- exact-duplicate correction on hand-made graphs */

static void
set_row(ml_knn *g, size_t i, const size_t *nb, const double *d)
{
	size_t c;

	for (c = 0; c < g->k; c++) {
		g->nbr[i * g->k + c] = nb[c];
		g->dist[i * g->k + c] = d[c];
	}
}

START_TEST(dup_small_group)
{
	/* k = 3; rows 1 and 4 are equal (with -0.0 == 0.0), m = 2 <= k. */
	static const double x[6 * 2] = { 5, 5, 1, 0, 7, 7, 9, 9, 1, -0.0, 3, 3 };
	static const size_t n1[3] = { 5, 4, 0 }, n4[3] = { 0, 5, 2 };
	static const double d1[3] = { 0.1, 0.2, 0.3 }, d4[3] = { 0.4, 0.5, 0.6 };
	ml_knn g;
	ml_err e;
	size_t i;

	ck_assert_int_eq(ml_knn_alloc(&g, 6, 3, &e), 0);
	for (i = 0; i < 6 * 3; i++) {
		g.nbr[i] = (i / 3 + 1 + i % 3) % 6;
		g.dist[i] = 1.0;
	}
	set_row(&g, 1, n1, d1);
	set_row(&g, 4, n4, d4);
	ck_assert_int_eq(ml_knn_fix_duplicates(&g, x, 2, &e), 0);
	/* Row 1: the other member first (0), then its outside neighbours in order. */
	ck_assert_uint_eq(g.nbr[3], 4);
	ck_assert_double_eq(g.dist[3], 0.0);
	ck_assert_uint_eq(g.nbr[4], 5);
	ck_assert_double_eq(g.dist[4], 0.1);
	ck_assert_uint_eq(g.nbr[5], 0);
	ck_assert_double_eq(g.dist[5], 0.3);
	/* Row 4: 1, then 0 and 5 (its first two outside the group). */
	ck_assert_uint_eq(g.nbr[12], 1);
	ck_assert_uint_eq(g.nbr[13], 0);
	ck_assert_double_eq(g.dist[13], 0.4);
	ck_assert_uint_eq(g.nbr[14], 5);
	/* Row 0 is untouched. */
	ck_assert_uint_eq(g.nbr[0], 1);
	ml_knn_free(&g);
}
END_TEST

START_TEST(dup_large_group)
{
	/* k = 3; group = rows 1, 2, 4, 6, 7, 9 (m = 6 >= k + 1 = 4). */
	enum { N = 10, K = 3 };
	static const size_t grp[6] = { 1, 2, 4, 6, 7, 9 };
	double x[N];
	ml_knn g;
	ml_err e;
	size_t i, a, c;

	for (i = 0; i < N; i++)
		x[i] = (double)i * 10;
	for (a = 0; a < 6; a++)
		x[grp[a]] = 42;
	ck_assert_int_eq(ml_knn_build(&g, x, N, 1, K, ML_METRIC_EUCLIDEAN, 1, &e), 0);
	ck_assert_int_eq(ml_knn_fix_duplicates(&g, x, 1, &e), 0);
	for (a = 0; a < 6; a++) {
		size_t row = grp[a], want[K], o = 0;
		if (a <= K) {
			for (c = 0; c <= K; c++)
				if (c != a)
					want[o++] = grp[c];
		} else {
			for (c = 0; c < K; c++)
				want[c] = grp[c];
		}
		for (c = 0; c < K; c++) {
			ck_assert_uint_eq(g.nbr[row * K + c], want[c]);
			ck_assert_double_eq(g.dist[row * K + c], 0.0);
		}
	}
	ml_knn_free(&g);
}
END_TEST

START_TEST(dup_group_k_plus_1)
{
	/* Exactly k + 1 = 3 equal rows (k = 2): each gets the other two. */
	static const double x[5] = { 1, 8, 1, 1, 20 };
	ml_knn g;
	ml_err e;

	ck_assert_int_eq(ml_knn_build(&g, x, 5, 1, 2, ML_METRIC_EUCLIDEAN, 1, &e), 0);
	ck_assert_int_eq(ml_knn_fix_duplicates(&g, x, 1, &e), 0);
	ck_assert_uint_eq(g.nbr[0], 2);
	ck_assert_uint_eq(g.nbr[1], 3);
	ck_assert_uint_eq(g.nbr[4], 0);
	ck_assert_uint_eq(g.nbr[5], 3);
	ck_assert_uint_eq(g.nbr[6], 0);
	ck_assert_uint_eq(g.nbr[7], 2);
	ck_assert_double_eq(g.dist[7], 0.0);
	ml_knn_free(&g);
}
END_TEST

START_TEST(dup_nan_never_matches)
{
	static const double x[4] = { NAN, NAN, 1, 2 };
	ml_knn g;
	ml_err e;
	size_t i;

	ck_assert_int_eq(ml_knn_alloc(&g, 4, 1, &e), 0);
	for (i = 0; i < 4; i++) {
		g.nbr[i] = (i + 1) % 4;
		g.dist[i] = 0.5;
	}
	ck_assert_int_eq(ml_knn_fix_duplicates(&g, x, 1, &e), 0);
	for (i = 0; i < 4; i++)
		ck_assert_uint_eq(g.nbr[i], (i + 1) % 4);
	ml_knn_free(&g);
}
END_TEST

/* ---- the checks */

START_TEST(outlier_threshold_and_score)
{
	/* Averages 1, 1, 1, 1, 10: Q1 = Q3 = 1, issue threshold 1; only row 4. */
	static const size_t nb[5] = { 1, 0, 0, 0, 0 };
	static const double d[5] = { 1, 1, 1, 1, 10 };
	double score[5];
	unsigned char flag[5];
	ml_outlier_info info;
	ml_knn g = { 5, 1, (size_t *)nb, (double *)d };
	ml_err e;

	/* The check table's default threshold. */
	ck_assert_int_eq(ml_outlier(&g, ML_METRIC_EUCLIDEAN, 1.0,
	    ml_checks[ML_CHECK_OUTLIER].opt[ML_OUTLIER_THRESHOLD].def, 0.0, score, flag, &info, &e), 0);
	ck_assert_double_eq(info.threshold, 0.37037);
	ck_assert_double_eq(1.0 / 0.37037 - 1.0, 1.7000027000027003);
	ck_assert_double_eq(info.issue_threshold, 1.0);
	ck_assert_double_eq(info.scaling_factor, 1.0);
	ck_assert_uint_eq(info.num_issues, 1);
	ck_assert_int_eq(flag[4], 1);
	ck_assert_int_eq(flag[0], 0);
	ck_assert_double_eq(score[0], exp(-1.0));
	ck_assert_double_eq(score[4], exp(-10.0));
}
END_TEST

START_TEST(near_duplicate_sets)
{
	/* k = 2.  Nearest distances 0, 0.001, 1, 1, 0. */
	static const size_t nb[10] = { 1, 4, 0, 2, 1, 3, 2, 4, 0, 3 };
	static const double d[10] = { 0.0, 2, 0.001, 2, 1, 2, 1, 2, 0.0, 2 };
	double score[5];
	unsigned char flag[5];
	size_t *off, *set;
	ml_dup_info info;
	ml_knn g = { 5, 2, (size_t *)nb, (double *)d };
	ml_err e;

	/* median nn = 0.001, radius = 0.13 * 0.001: the zero distances of rows 0 and 4. */
	ck_assert_int_eq(ml_near_duplicate(&g, 0.13, score, flag, &off, &set, &info, &e), 0);
	ck_assert_double_eq(info.median_nn, 0.001);
	/* Dup_0 = [1]; Dup_4 = [0]; symmetrized: Dup_0 = [1, 4], Dup_1 = [0]. */
	ck_assert_uint_eq(off[1] - off[0], 2);
	ck_assert_uint_eq(set[off[0]], 1);
	ck_assert_uint_eq(set[off[0] + 1], 4);
	ck_assert_uint_eq(off[2] - off[1], 1);
	ck_assert_uint_eq(set[off[1]], 0);
	ck_assert_uint_eq(off[5] - off[4], 1);
	ck_assert_uint_eq(set[off[4]], 0);
	ck_assert_int_eq(flag[2], 0);
	ck_assert_uint_eq(info.num_issues, 3);
	ck_assert_double_eq(score[0], 0.0);
	ck_assert_double_eq(score[2], 1.0 - exp(-(1.0 / 0.001) * 1.0));
	free(off);
	free(set);
}
END_TEST

START_TEST(noniid_needs_two_permutations)
{
	static const size_t nb[3] = { 1, 2, 0 };
	static const double d[3] = { 1, 1, 1 };
	double score[3], ks[1];
	unsigned char flag[3];
	ml_noniid_info info;
	ml_knn g = { 3, 1, (size_t *)nb, (double *)d };
	ml_err e;

	ck_assert_int_eq(ml_noniid(&g, 1, 0, 0.05, score, flag, ks, &info, &e), -1);
}
END_TEST

START_TEST(noniid_ordered_data)
{
	/* 200 rows whose neighbours are the next rows: strongly non-IID. */
	enum { N = 200, K = 2 };
	size_t nb[N * K], i;
	double d[N * K], score[N];
	unsigned char flag[N];
	ml_noniid_info info;
	ml_knn g = { N, K, nb, d };
	ml_err e;

	for (i = 0; i < N; i++) {
		nb[i * K] = i + 1 < N ? i + 1 : i - 1;
		nb[i * K + 1] = i >= 1 ? i - 1 : i + 2;
		d[i * K] = d[i * K + 1] = 1;
	}
	ck_assert_int_eq(ml_noniid(&g, 25, 0, 0.05, score, flag, NULL, &info, &e), 0);
	ck_assert(info.p_value < 0.05);
	ck_assert_uint_eq(info.num_issues, 1);
	ck_assert_int_eq(flag[info.flagged], 1);
	for (i = 0; i < N; i++)
		ck_assert(score[i] >= score[info.flagged]);
}
END_TEST

/* SPEC 5.8 step 5 with the weight sums and the weighted mean in the given order. */
static double
kde_p(const double *ks, size_t R, double obs, int pairwise)
{
	double t[64], w = 1.0 / (double)R, sw = 0.0, sw2 = 0.0, mu = 0.0, var = 0.0, fac, sigma,
	    p = 0.0;
	size_t r;

	for (r = 0; r < R; r++) {
		sw += w;
		sw2 += w * w;
		mu += ks[r] * w;
	}
	if (pairwise) {
		for (r = 0; r < R; r++)
			t[r] = w;
		sw = ml_pairwise_sum(t, R);
		for (r = 0; r < R; r++)
			t[r] = w * w;
		sw2 = ml_pairwise_sum(t, R);
		for (r = 0; r < R; r++)
			t[r] = ks[r] * w;
		mu = ml_pairwise_sum(t, R);
	}
	mu /= sw;
	for (r = 0; r < R; r++)
		var += (ks[r] - mu) * ((ks[r] - mu) * w);
	var *= 1.0 / (sw - sw2 / sw);
	fac = pow(1.0 / sw2, -1.0 / 5.0);
	sigma = sqrt(var * (fac * fac));
	for (r = 0; r < R; r++)
		p += w * (0.5 * erfc(-((100.0 - ks[r]) / sigma) / sqrt(2.0)) -
		    0.5 * erfc(-((obs - ks[r]) / sigma) / sqrt(2.0)));
	return p;
}

START_TEST(noniid_kde_pairwise_sums)
{
	/*
	 * gaussian_kde's weight sums and np.cov's weighted mean are numpy
	 * pairwise sums over its (1, 25) C-ordered dataset: 25 x 0.04 adds up
	 * to 1.0 (sequentially 1.0000000000000002), and the p-value follows
	 * (issue 17's reduction audit).
	 */
	enum { N = 60, K = 3, R = 25 };
	size_t nb[N * K], i, c;
	double d[N * K], score[N], ks[R], t[R];
	unsigned char flag[N];
	ml_noniid_info info;
	ml_knn g = { N, K, nb, d };
	ml_err e;

	for (i = 0; i < N; i++)
		for (c = 0; c < K; c++) {
			nb[i * K + c] = (i * 3 + c * 6 + 5) % N;
			if (nb[i * K + c] == i)
				nb[i * K + c] = (i + 1) % N;
			d[i * K + c] = (double)(c + 1);
		}
	for (i = 0; i < R; i++)
		t[i] = 0.04;
	ck_assert(ml_pairwise_sum(t, R) == 1.0);
	ck_assert_int_eq(ml_noniid(&g, R, 0, 0.05, score, flag, ks, &info, &e), 0);
	ck_assert(info.p_value > 0.0 && info.p_value < 1.0);
	ck_assert(info.p_value == kde_p(ks, R, info.ks_observed, 1));
	/* The data tells the two orders apart. */
	ck_assert(info.p_value != kde_p(ks, R, info.ks_observed, 0));
}
END_TEST

START_TEST(null_scores)
{
	static const double x[5] = { 1, NAN, 3, NAN, 5 }, y[2] = { NAN, NAN };
	int all;

	ck_assert_double_eq(ml_null_score(x, 5, &all), 0.6);
	ck_assert_int_eq(all, 0);
	ck_assert_double_eq(ml_null_score(y, 2, &all), 0.0);
	ck_assert_int_eq(all, 1);
	ck_assert_double_eq(ml_null_score(x, 1, &all), 1.0);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("feature");
	TCase *t = tcase_create("feature");

	tcase_add_test(t, mt_first_output);
	tcase_add_test(t, mt_permutations_seed0);
	tcase_add_test(t, mt_interval_bounds);
	tcase_add_test(t, quantile_linear);
	tcase_add_test(t, median_odd_even);
	tcase_add_test(t, knn_line_euclidean);
	tcase_add_test(t, knn_ties_by_row);
	tcase_add_test(t, knn_cosine_zero_row);
	tcase_add_test(t, knn_many_rows_threads);
	tcase_add_test(t, knn_part_rule);
	tcase_add_test(t, knn_rows_as_whole);
	tcase_add_test(t, knn_errors);
	tcase_add_test(t, metric_rule);
	tcase_add_test(t, dup_small_group);
	tcase_add_test(t, dup_large_group);
	tcase_add_test(t, dup_group_k_plus_1);
	tcase_add_test(t, dup_nan_never_matches);
	tcase_add_test(t, outlier_threshold_and_score);
	tcase_add_test(t, near_duplicate_sets);
	tcase_add_test(t, noniid_needs_two_permutations);
	tcase_add_test(t, noniid_ordered_data);
	tcase_add_test(t, noniid_kde_pairwise_sums);
	tcase_add_test(t, null_scores);
	suite_add_tcase(s, t);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
