/*
 * test_sort.c - numpy's argsort and pandas' descending order (sort.c),
 * numpy's summation and rounding (math.c).
 *
 * Expected orders were produced by numpy 1.24.2 / pandas 1.5.3 (the
 * versions the conformance fixtures were made with) or derived by hand
 * from the rules in SPEC 0.2 and 3.2.3.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "mlaudit.h"
#include "check_main.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

static void
assert_order(const size_t *got, const size_t *want, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		ck_assert_msg(got[i] == want[i], "position %zu: got %zu, want %zu",
		    i, got[i], want[i]);
}

START_TEST(test_argsort_small_is_stable)
{
	/* Up to 16 elements numpy uses insertion sort: ties stay in order. */
	double v[] = { 3, 1, 2, 1, 3, 0 };
	size_t want[] = { 5, 1, 3, 2, 0, 4 }, idx[LEN(v)];

	ml_argsort(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
}
END_TEST

START_TEST(test_argsort_ties_numpy_order)
{
	/* np.argsort (numpy 1.24.2) of 20 zeros and ones: not stable. */
	double v[] = { 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0 };
	size_t want[] = { 9, 17, 15, 12, 11, 7, 19, 3, 1, 6, 5, 8, 18, 10, 4,
		13, 14, 2, 16, 0 };
	size_t idx[LEN(v)];

	ml_argsort(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
}
END_TEST

START_TEST(test_argsort_17_partitions)
{
	/* 17 elements are the smallest array numpy partitions. */
	double v[] = { 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1 };
	size_t want[] = { 8, 1, 2, 3, 4, 14, 13, 15, 9, 10, 11, 12, 0, 6, 5, 7,
		16 };
	size_t idx[LEN(v)];

	ml_argsort(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
}
END_TEST

START_TEST(test_argsort_three_values)
{
	double v[] = { 0.5, 0.25, 0.5, 0.75, 0.25, 0.5, 0.5, 0.25, 0.75, 0.5,
		0.25, 0.5, 0.75, 0.5, 0.25, 0.5, 0.5, 0.25 };
	size_t want[] = { 17, 1, 14, 4, 7, 10, 15, 13, 11, 0, 16, 6, 5, 2, 9,
		12, 3, 8 };
	size_t idx[LEN(v)];

	ml_argsort(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
}
END_TEST

START_TEST(test_argsort_all_equal)
{
	/* conformance README: 280 equal scores sort as 0, 177, 178, 179, 180. */
	double *v = calloc(280, sizeof *v);
	size_t *idx = malloc(280 * sizeof *idx), want[] = { 0, 177, 178, 179, 180 };

	ml_argsort(v, 280, idx);
	assert_order(idx, want, LEN(want));
	free(v);
	free(idx);
}
END_TEST

START_TEST(test_argsort_heapsort_fallback)
{
	/*
	 * A median-of-3 killer for numpy's partitioning (McIlroy's
	 * adversary): the depth limit runs out and aheapsort_ finishes a
	 * partition.  Expected order from np.argsort in numpy 1.24.2.
	 */
	double v[] = { 0, 20, 2, 23, 4, 40, 6, 37, 8, 38, 10, 36, 12, 35, 14,
		34, 16, 33, 18, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 31, 30, 29,
		28, 27, 26, 25, 24, 32, 22 };
	size_t want[] = { 0, 19, 2, 20, 4, 21, 6, 22, 8, 23, 10, 24, 12, 25, 14,
		26, 16, 27, 18, 28, 1, 29, 39, 3, 37, 36, 35, 34, 33, 32, 31, 30,
		38, 17, 15, 13, 11, 7, 9, 5 };
	size_t idx[LEN(v)];

	ml_argsort(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
}
END_TEST

START_TEST(test_argsort_nan_last)
{
	double v[] = { NAN, 1, 0 };
	size_t want[] = { 2, 1, 0 }, idx[3];

	ml_argsort(v, 3, idx);
	assert_order(idx, want, 3);
}
END_TEST

START_TEST(test_argsort_empty_and_one)
{
	double v[] = { 7 };
	size_t idx[1] = { 99 };

	ml_argsort(v, 0, idx);
	ck_assert_uint_eq(idx[0], 99);
	ml_argsort(v, 1, idx);
	ck_assert_uint_eq(idx[0], 0);
}
END_TEST

START_TEST(test_argsort_subset)
{
	/* Sorting v[map[j]] as if gathered: ties keep their map order. */
	double v[] = { 9, 0.5, 9, 0.2, 9, 0.5 };
	size_t map[] = { 1, 3, 5 }, want[] = { 1, 0, 2 }, idx[3];

	ml_argsort_subset(v, map, 3, idx);
	assert_order(idx, want, 3);
}
END_TEST

START_TEST(test_desc_small_keeps_emission_order)
{
	/* pandas sort_values(ascending=False): ties in original order. */
	double v[] = { 0, 1.0 / 7, 0, 0, 1.0 / 7, 0 };
	size_t want[] = { 1, 4, 0, 2, 3, 5 }, idx[LEN(v)];

	ml_argsort_desc(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
}
END_TEST

START_TEST(test_desc_pandas_order)
{
	/* pd.Series(v).sort_values(ascending=False).index, pandas 1.5.3. */
	double v[] = { 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0 };
	size_t want[] = { 0, 8, 18, 16, 14, 13, 10, 5, 4, 2, 7, 6, 9, 1, 11,
		12, 15, 3, 17, 19 };
	double w[] = { 0.5, 0.25, 0.5, 0.75, 0.25, 0.5, 0.5, 0.25, 0.75, 0.5,
		0.25, 0.5, 0.75, 0.5, 0.25, 0.5, 0.5, 0.25 };
	size_t wantw[] = { 8, 3, 12, 0, 16, 15, 13, 11, 9, 6, 5, 2, 1, 10, 7,
		14, 4, 17 };
	size_t idx[LEN(v)];

	ml_argsort_desc(v, LEN(v), idx);
	assert_order(idx, want, LEN(v));
	ml_argsort_desc(w, LEN(w), idx);
	assert_order(idx, wantw, LEN(w));
}
END_TEST

START_TEST(test_desc_nan_last)
{
	double v[] = { NAN, 0.5, NAN, 1 };
	size_t want[] = { 3, 1, 0, 2 }, idx[4];

	ml_argsort_desc(v, 4, idx);
	assert_order(idx, want, 4);
}
END_TEST

START_TEST(test_pairwise_small_and_blocked)
{
	double a[130];
	size_t i;

	for (i = 0; i < LEN(a); i++)
		a[i] = 0.1;
	/* np.sum(np.full(n, 0.1)) in numpy 1.24.2. */
	ck_assert(ml_pairwise_sum(a, 7) == 0.7);
	ck_assert(ml_pairwise_sum(a, 10) == 1.0);
	ck_assert(ml_pairwise_sum(a, 130) == 12.999999999999998);
	/* Left to right below 8 values: Python's sum gives the same. */
	ck_assert(ml_pairwise_sum(a, 3) == (0.1 + 0.1) + 0.1);
	/* np.sum starts from the identity 0.0: np.sum([-0.0]) is 0.0. */
	a[0] = -0.0;
	ck_assert(!signbit(ml_pairwise_sum(a, 1)));
	ck_assert(ml_pairwise_sum(a, 0) == 0 && !signbit(ml_pairwise_sum(a, 0)));
}
END_TEST

START_TEST(test_pairwise_chunks_of_8192)
{
	double *a = malloc(10000 * sizeof *a);
	size_t i;

	for (i = 0; i < 10000; i++)
		a[i] = (double)(i * 104729 % 1000) / 1000.0 + 1.0 / 3;
	/*
	 * numpy 1.24.2 gives 0x1.0442aaaaaaaaap+13; one pairwise sum over
	 * all 10000 values would give 0x1.0442aaaaaaaabp+13.
	 */
	ck_assert(ml_pairwise_sum(a, 10000) == 0x1.0442aaaaaaaaap+13);
	free(a);
}
END_TEST

START_TEST(test_rint_half_even)
{
	ck_assert(ml_rint(0.5) == 0);
	ck_assert(ml_rint(1.5) == 2);
	ck_assert(ml_rint(2.5) == 2);
	ck_assert(ml_rint(-1.5) == -2);
	ck_assert(ml_rint(2.5000000000000004) == 3);
}
END_TEST

START_TEST(test_round_preserving_sum)
{
	/* SPEC 3.2.3: [0.5, 0.5] -> [0, 1], the +1 goes to the last index. */
	double a[] = { 0.5, 0.5 };
	/* Total 3, rounded row 4: the -1 goes to the first index. */
	double b[] = { 1.5, 1.5 };
	/* Total 5, rounded 4: +1 to the largest residual, ties to the later. */
	double c[] = { 2.4, 2.4, 0.2 };
	/* Already consistent rows are just rounded. */
	double d[] = { 3.2, 6.8 };

	ml_round_preserving_sum(a, 2);
	ck_assert(a[0] == 0 && a[1] == 1);
	ml_round_preserving_sum(b, 2);
	ck_assert(b[0] == 1 && b[1] == 2);
	ml_round_preserving_sum(c, 3);
	ck_assert(c[0] == 2 && c[1] == 3 && c[2] == 0);
	ml_round_preserving_sum(d, 2);
	ck_assert(d[0] == 3 && d[1] == 7);
}
END_TEST

START_TEST(test_round_preserving_sum_nan)
{
	/* A NaN total ends the loop at once, as in numpy. */
	double a[] = { NAN, 2.6 };

	ml_round_preserving_sum(a, 2);
	ck_assert(isnan(a[0]) && a[1] == 3);
}
END_TEST

/* The prefix sort must hand out exactly the full sort's first m entries. */
START_TEST(test_argsort_prefix_matches_full)
{
	static double v[3000];
	static size_t full[3000], part[3000];
	unsigned long x = 12345;
	size_t n, m, i, trial;

	for (trial = 0; trial < 60; trial++) {
		n = 1 + trial * 50;
		for (i = 0; i < n; i++) {
			x = x * 6364136223846793005UL + 1442695040888963407UL;
			/* few distinct values: many ties across the cut */
			v[i] = (double)((x >> 33) % (trial % 7 + 2)) / 4.0;
		}
		ml_argsort(v, n, full);
		for (m = 0; m <= n; m += 1 + n / 9) {
			ml_argsort_prefix(v, n, part, m);
			for (i = 0; i < m; i++)
				ck_assert_uint_eq(part[i], full[i]);
		}
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("sort");
	TCase *tc = tcase_create("sort");

	tcase_add_test(tc, test_argsort_small_is_stable);
	tcase_add_test(tc, test_argsort_ties_numpy_order);
	tcase_add_test(tc, test_argsort_17_partitions);
	tcase_add_test(tc, test_argsort_three_values);
	tcase_add_test(tc, test_argsort_all_equal);
	tcase_add_test(tc, test_argsort_heapsort_fallback);
	tcase_add_test(tc, test_argsort_nan_last);
	tcase_add_test(tc, test_argsort_empty_and_one);
	tcase_add_test(tc, test_argsort_subset);
	tcase_add_test(tc, test_argsort_prefix_matches_full);
	tcase_add_test(tc, test_desc_small_keeps_emission_order);
	tcase_add_test(tc, test_desc_pandas_order);
	tcase_add_test(tc, test_desc_nan_last);
	suite_add_tcase(s, tc);
	tc = tcase_create("math");
	tcase_add_test(tc, test_pairwise_small_and_blocked);
	tcase_add_test(tc, test_pairwise_chunks_of_8192);
	tcase_add_test(tc, test_rint_half_even);
	tcase_add_test(tc, test_round_preserving_sum);
	tcase_add_test(tc, test_round_preserving_sum_nan);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
