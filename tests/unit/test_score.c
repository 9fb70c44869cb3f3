/*
 * test_score.c - per-class scores and aggregators (score.c).
 *
 * Expected values are SPEC 2.6's test vectors (cleanlab's docstrings and
 * tests) and rows of the small_random conformance case, as cleanlab
 * 2.9.0 computed them.  Pure arithmetic must match to the bit; values
 * that go through exp or log get 1e-12.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
#define TOL 1e-12

static double
agg(const char *spec, const double *row, size_t k)
{
	double buf[16];
	ml_agg a;
	ml_err e;

	ck_assert_int_eq(ml_agg_parse(spec, &a, &e), 0);
	memcpy(buf, row, k * sizeof *row);
	return ml_aggregate(&a, buf, k);
}

/* The aggregated score of one example, as mlscore computes it. */
static double
example(int method, const char *aggspec, const unsigned char *y, const double *p,
    size_t k, const double (*thr)[2])
{
	double row[16];
	size_t c;

	for (c = 0; c < k; c++)
		row[c] = ml_class_score(method, y[c], p[c], thr ? thr[c] : NULL);
	return agg(aggspec, row, k);
}

START_TEST(test_method_names)
{
	ck_assert_int_eq(ml_method_parse("self_confidence"), ML_SELF_CONFIDENCE);
	ck_assert_int_eq(ml_method_parse("normalized_margin"), ML_NORMALIZED_MARGIN);
	ck_assert_int_eq(ml_method_parse("confidence_weighted_entropy"), ML_CWE);
	/* cleanlab looks names up upper-cased. */
	ck_assert_int_eq(ml_method_parse("SELF_CONFIDENCE"), ML_SELF_CONFIDENCE);
	ck_assert_int_eq(ml_method_parse("self"), -1);
	ck_assert_int_eq(ml_method_parse(""), -1);
	ck_assert_str_eq(ml_method_name(ML_CWE), "confidence_weighted_entropy");
	ck_assert_ptr_null(ml_method_name(3));
}
END_TEST

START_TEST(test_agg_parse)
{
	ml_agg a;
	ml_err e;

	ck_assert_int_eq(ml_agg_parse("ema", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_EMA && a.param == 0.8 && !a.auto_alpha);
	ck_assert_int_eq(ml_agg_parse("ema:0.25", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_EMA && a.param == 0.25);
	ck_assert_int_eq(ml_agg_parse("ema:1", &a, &e), 0);
	ck_assert_int_eq(ml_agg_parse("ema:0", &a, &e), 0);
	ck_assert_int_eq(ml_agg_parse("ema:auto", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_EMA && a.auto_alpha);
	ck_assert_int_eq(ml_agg_parse("softmin", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_SOFTMIN && a.param == 0.1);
	ck_assert_int_eq(ml_agg_parse("softmin:2.5", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_SOFTMIN && a.param == 2.5);
	ck_assert_int_eq(ml_agg_parse("mean", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_MEAN);
	ck_assert_int_eq(ml_agg_parse("min", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_MIN);
	ck_assert_int_eq(ml_agg_parse("max", &a, &e), 0);
	ck_assert(a.kind == ML_AGG_MAX);
}
END_TEST

START_TEST(test_agg_parse_errors)
{
	const char *bad[] = { "ema:1.5", "ema:-0.1", "ema:", "ema:x", "ema:nan",
		"ema: 0.5", "softmin:0", "softmin:-1", "softmin:", "median", "EMA",
		"exponential_moving_average", "" };
	ml_agg a;
	ml_err e;
	size_t i;

	for (i = 0; i < LEN(bad); i++)
		ck_assert_msg(ml_agg_parse(bad[i], &a, &e) == -1, "accepted '%s'", bad[i]);
	ml_agg_parse("median", &a, &e);
	/* The message lists what is accepted and quotes the value. */
	ck_assert_ptr_nonnull(strstr(e.msg, "unknown aggregator"));
	ck_assert_ptr_nonnull(strstr(e.msg, "ema:ALPHA"));
	ck_assert_ptr_nonnull(strstr(e.msg, "'median'"));
}
END_TEST

START_TEST(test_self_confidence_per_class)
{
	/* SPEC 2.6, get_label_quality_scores_per_class. */
	static const unsigned char y[7][5] = {
		{ 1, 0, 0, 0, 0 }, { 1, 1, 0, 0, 0 }, { 1, 1, 0, 0, 0 },
		{ 0, 0, 1, 0, 0 }, { 1, 0, 1, 1, 0 }, { 0 }, { 0 },
	};
	static const double p[7][5] = {
		{ .9, .1, 0, .4, .1 }, { .7, .8, .2, .3, .1 }, { .9, .8, .4, .2, .1 },
		{ .1, .1, .8, .3, .1 }, { .4, .5, .1, .1, .1 }, { .1, .1, .2, .1, .1 },
		{ .8, .1, .2, .1, .1 },
	};
	static const double want[7][5] = {
		{ .9, .9, 1, .6, .9 }, { .7, .8, .8, .7, .9 }, { .9, .8, .6, .8, .9 },
		{ .9, .9, .8, .7, .9 }, { .4, .5, .1, .1, .9 }, { .9, .9, .8, .9, .9 },
		{ .2, .9, .8, .9, .9 },
	};
	size_t i, c;

	for (i = 0; i < 7; i++)
		for (c = 0; c < 5; c++)
			ck_assert_double_eq_tol(ml_class_score(ML_SELF_CONFIDENCE,
			    y[i][c], p[i][c], NULL), want[i][c], 1e-15);
	/* Computed as 1.0 - p, so not exactly 0.9 here. */
	ck_assert(ml_class_score(ML_SELF_CONFIDENCE, 0, 0.1, NULL) == 1.0 - 0.1);
}
END_TEST

START_TEST(test_default_scores)
{
	/* SPEC 2.6: labels [[1],[0,2]], defaults give [0.9, 0.5]. */
	unsigned char y0[] = { 0, 1, 0 }, y1[] = { 1, 0, 1 };
	double p0[] = { 0.1, 0.9, 0.1 }, p1[] = { 0.4, 0.1, 0.9 }, scratch[3];

	ck_assert_double_eq_tol(example(ML_SELF_CONFIDENCE, "ema", y0, p0, 3, NULL), 0.9, 1e-15);
	ck_assert_double_eq_tol(example(ML_SELF_CONFIDENCE, "ema", y1, p1, 3, NULL), 0.5, 1e-15);
	ck_assert(ml_rank_score(ML_SELF_CONFIDENCE, y0, p0, 3, scratch) ==
	    example(ML_SELF_CONFIDENCE, "ema", y0, p0, 3, NULL));
	/* cleanlab's docstring: normalized margin with np.min gives 0.4. */
	ck_assert_double_eq_tol(example(ML_NORMALIZED_MARGIN, "min", y1, p1, 3, NULL), 0.4, 1e-15);
}
END_TEST

START_TEST(test_ema)
{
	double a[] = { 0.9, 0.9, 0.3 }, b[] = { 0.4, 0.9, 0.6 }, c[] = { 0.1, 0.2, 0.3 };
	double d[] = { 0.6, 0.3, 0.7, 0.1, 0.9 };

	/* 1 - 0.8 is 0.19999999999999996: bit-exact values. */
	ck_assert(agg("ema", a, 3) == 0.41999999999999993);
	ck_assert(agg("ema", b, 3) == 0.452);
	ck_assert(agg("ema:0.5", a, 3) == 0.6);
	ck_assert(agg("ema:0.5", b, 3) == 0.575);
	ck_assert(agg("ema:0.5", c, 3) == 0.175);
	/* alpha = 2/(K+1): 0.5 for K = 3, 1/3 for K = 5. */
	ck_assert(agg("ema:auto", c, 3) == 0.175);
	ck_assert(agg("ema:auto", d, 5) == 0.4358024691358026);
	/* alpha 1 keeps the smallest score, alpha 0 the largest. */
	ck_assert(agg("ema:1", d, 5) == 0.1);
	ck_assert(agg("ema:0", d, 5) == 0.9);
	ck_assert(agg("ema", d, 1) == 0.6);
}
END_TEST

START_TEST(test_other_aggregators)
{
	double d[] = { 0.6, 0.3, 0.7, 0.1, 0.9 };

	ck_assert_double_eq_tol(agg("softmin", d, 5), 0.1281177435342169, TOL);
	ck_assert(agg("min", d, 5) == 0.1);
	ck_assert(agg("max", d, 5) == 0.9);
	ck_assert(agg("mean", d, 5) == 0.52);
}
END_TEST

/* small_random, class thresholds thr0, thr1 (expected_joint.tsv). */
static const double sr_thr[4][2] = {
	{ 0.6762494212901908, 0.7907469451776509 },
	{ 0.7353416204130904, 0.6920636929268972 },
	{ 0.8429036432289494, 0.5498882444676019 },
	{ 0.8422109956395332, 0.5320410495105762 },
};

/* Rows 0, 1, 2, 28 and 34 of small_random (input.tsv). */
static const unsigned char sr_y[5][4] = {
	{ 0, 0, 0, 0 }, { 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 },
};
static const double sr_p[5][4] = {
	{ 0.4070159894740406, 0.0, 0.1171842279411621, 0.0 },
	{ 0.8962753817342262, 0.09633805984136198, 0.3026883490631745, 0.044047491202039754 },
	{ 1.0, 0.8300684759093818, 0.09284548752791442, 0.1871862735983585 },
	{ 0.2574876554015068, 0.37950350067655764, 0.5, 0.29672888801515124 },
	{ 0.2091882746677934, 0.5, 0.005066559562296276, 0.0853488401836862 },
};

START_TEST(test_fixture_scores)
{
	/* expected_scores.tsv of small_random, rows 0, 1, 2, 28, 34. */
	static const double sc_ema[] = { 0.6556377319501816, 0.7378181839823967,
		0.060456319199128104, -1, -1 };
	static const double nm_ema[] = { 0.6556377319501816, 0.7378181839823967,
		0.060456319199128104, 0.5277242142320538, 0.5637581806907768 };
	static const double sc_adj[] = { 0.6491725555693063, 0.5808389689812767,
		0.13371395929243224, 0.4204228995614572, 0.5262269539832389 };
	static const double nm_adj[] = { 0.6491725555693063, 0.5808389689812767,
		0.13371395929243232, 0.4204228995614573, 0.5262269539832389 };
	static const double nm_mean[] = { 0.8689499456461993, 0.8633003704069124,
		0.4724749407410863, -1, -1 };
	size_t r;

	for (r = 0; r < 5; r++) {
		if (sc_ema[r] >= 0)
			ck_assert(example(ML_SELF_CONFIDENCE, "ema", sr_y[r], sr_p[r], 4, NULL) == sc_ema[r]);
		if (nm_mean[r] >= 0)
			ck_assert(example(ML_NORMALIZED_MARGIN, "mean", sr_y[r], sr_p[r], 4, NULL) == nm_mean[r]);
		ck_assert_msg(example(ML_NORMALIZED_MARGIN, "ema", sr_y[r], sr_p[r], 4, NULL) ==
		    nm_ema[r], "row %zu", r);
		/* adjust_pred_probs: the two methods differ in the last bits. */
		ck_assert_msg(example(ML_SELF_CONFIDENCE, "ema", sr_y[r], sr_p[r], 4, sr_thr) ==
		    sc_adj[r], "row %zu", r);
		ck_assert_msg(example(ML_NORMALIZED_MARGIN, "ema", sr_y[r], sr_p[r], 4, sr_thr) ==
		    nm_adj[r], "row %zu", r);
	}
}
END_TEST

START_TEST(test_fixture_cwe)
{
	/* small_random: confidence_weighted_entropy.ema, .emadefault, .softmin */
	static const double ema[] = { 0.025212192464491467, 0.6776565546034343,
		0.09508278206825387, 0.5623753006712919, 0.586529957770623 };
	static const double soft[] = { 0.0009490625893176876, 0.7035823965126571,
		0.007473512990748527, 0.5961397561681965, 0.5930949440502405 };
	size_t r;

	for (r = 0; r < 5; r++) {
		ck_assert_double_eq_tol(example(ML_CWE, "ema", sr_y[r], sr_p[r], 4, NULL), ema[r], TOL);
		ck_assert_double_eq_tol(example(ML_CWE, "softmin", sr_y[r], sr_p[r], 4, NULL), soft[r], TOL);
	}
	ck_assert_double_eq_tol(example(ML_CWE, "ema:auto", sr_y[0], sr_p[0], 4, NULL),
	    0.2549139829472458, TOL);
	ck_assert_double_eq_tol(example(ML_SELF_CONFIDENCE, "softmin:0.5", sr_y[1], sr_p[1], 4, NULL),
	    0.8421748025816477, TOL);
}
END_TEST

START_TEST(test_cwe_certain_scores_zero)
{
	/* Entropy 0 gives score 0, whether the label is right or not. */
	ck_assert(ml_class_score(ML_CWE, 1, 1.0, NULL) == 0);
	ck_assert(ml_class_score(ML_CWE, 0, 1.0, NULL) == 0);
	ck_assert(ml_class_score(ML_CWE, 0, 0.0, NULL) == 0);
	/* p = 0.5: H = 1, r = 2, score ln(3)/2. */
	ck_assert_double_eq_tol(ml_class_score(ML_CWE, 1, 0.5, NULL), log(3.0) / 2, 1e-15);
}
END_TEST

START_TEST(test_cwe_log_not_log1p)
{
	/*
	 * SPEC 2.1 step by step for p = 1 - 1e-12, class given: cleanlab
	 * takes log(r + 1), and for r near 4e-11 that is about 1e-10 away
	 * from log1p(r) once divided by max(r, 1e-6).
	 */
	double p = 1 - 1e-12, q = 1.0 - p, h, r, want;

	h = -((-0.0 + q * log(q)) + p * log(p)) / log(2.0);
	r = h / p;
	want = log(r + 1) / 1e-6;
	ck_assert(fabs(want - log1p(r) / 1e-6) > 1e-12);
	ck_assert(ml_class_score(ML_CWE, 1, p, NULL) == want);
}
END_TEST

static int
cmp_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

/*
 * Long rows take other sorts than short ones (a branch-free merge of the
 * bit patterns for values in [0, 1], quicksort otherwise): EMA must equal
 * the recursion over a qsort-ed row, bit for bit, with many ties.
 */
START_TEST(test_ema_long_rows)
{
	static const size_t ks[] = { 17, 31, 100, 300, 513, 1000 };
	double row[1000], ref[1000], e;
	ml_agg a = { ML_AGG_EMA, 0.8, 0 };
	unsigned long x = 99;
	size_t t, i, j;

	for (t = 0; t < 60; t++) {
		size_t k = ks[t % 6];
		for (i = 0; i < k; i++) {
			x = x * 6364136223846793005UL + 1442695040888963407UL;
			row[i] = (double)((x >> 40) % 50) / 49.0;
			if (t % 5 == 4 && i == k / 2)
				row[i] = -0.0;          /* outside [+0, 1] by its bits */
		}
		memcpy(ref, row, k * sizeof *row);
		qsort(ref, k, sizeof *ref, cmp_desc);
		e = ref[0];
		for (j = 1; j < k; j++)
			e = 0.8 * ref[j] + (1.0 - 0.8) * e;
		ck_assert(ml_aggregate(&a, row, k) == e);
	}
}
END_TEST

/* A random value in [0, 1] of one of the shapes class scores take. */
static double
score_value(uint64_t *x, int shape)
{
	double u;

	*x = *x * 6364136223846793005UL + 1442695040888963407UL;
	u = (double)(*x >> 11) / 9007199254740992.0;
	switch (shape) {
	case 0:                                 /* uniform */
		return u;
	case 1:                                 /* a k/100 grid: many ties */
		return (double)((*x >> 20) % 101) / 100.0;
	case 2:                                 /* mostly near 1, a few low: mlscore's rows */
		return (*x >> 60) == 0 ? u * 0.3 : (*x >> 59) & 1 ? 1.0 : 1.0 - u * 0.05;
	case 3:                                 /* tiny and subnormal values */
		return (*x >> 61) == 0 ? ldexp(u, -1060 + (int)((*x >> 20) % 40)) : u;
	default:                                /* two values only */
		return (*x >> 40) & 1 ? 0.5 : 0.25;
	}
}

/*
 * The EMA that sorts only the smallest values must give the doubles of the
 * full sort (ml_ema_sorted, SPEC 2.3) on every row, whatever alpha.
 */
START_TEST(test_ema_partial_equals_sort)
{
	static const double alphas[] = { 0.8, 0.75, 0.9, 0.99, 1.0, 0.7 };
	double row[1200], ref[1200];
	uint64_t x = 42;
	size_t k, i, t;
	ml_agg a;
	ml_err e;

	ck_assert_int_eq(ml_agg_parse("ema", &a, &e), 0);
	for (t = 0; t < 20000; t++) {
		k = 1 + (size_t)((x >> 33) % (t % 7 == 0 ? 1100 : 200));
		a.param = alphas[t % LEN(alphas)];
		for (i = 0; i < k; i++)
			row[i] = score_value(&x, (int)(t / 7 % 5));
		memcpy(ref, row, k * sizeof *row);
		double want = ml_ema_sorted(ref, k, a.param), got = ml_aggregate(&a, row, k);
		ck_assert_msg(memcmp(&want, &got, sizeof want) == 0,
		    "row %zu (k %zu, alpha %g): %.17g, want %.17g", t, k, a.param, got, want);
		x ^= t;
	}
}
END_TEST

START_TEST(test_adjusted_empty_side)
{
	/*
	 * A class never given has t1 = 2.0 (BIG_VALUE): A = [(q - t0) + 2,
	 * (p - 2) + 2], renormalised.  Hand-derived from SPEC 2.2 with
	 * t0 = 0.75, p = 0.25.
	 */
	double thr[2] = { 0.75, 2.0 };
	double a0 = (0.75 - 0.75) + 2.0, a1 = (0.25 - 2.0) + 2.0;

	ck_assert(ml_class_score(ML_SELF_CONFIDENCE, 0, 0.25, thr) == a0 / (a0 + a1));
	ck_assert(ml_class_score(ML_SELF_CONFIDENCE, 1, 0.25, thr) == a1 / (a0 + a1));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("score");
	TCase *tc = tcase_create("score");

	tcase_add_test(tc, test_method_names);
	tcase_add_test(tc, test_agg_parse);
	tcase_add_test(tc, test_agg_parse_errors);
	tcase_add_test(tc, test_self_confidence_per_class);
	tcase_add_test(tc, test_default_scores);
	tcase_add_test(tc, test_ema);
	tcase_add_test(tc, test_other_aggregators);
	tcase_add_test(tc, test_fixture_scores);
	tcase_add_test(tc, test_fixture_cwe);
	tcase_add_test(tc, test_cwe_certain_scores_zero);
	tcase_add_test(tc, test_cwe_log_not_log1p);
	tcase_add_test(tc, test_adjusted_empty_side);
	tcase_add_test(tc, test_ema_long_rows);
	tcase_add_test(tc, test_ema_partial_equals_sort);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
