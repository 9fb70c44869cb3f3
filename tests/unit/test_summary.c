/*
 * test_summary.c - common_multilabel_issues and
 * rank_classes_by_multilabel_quality (summary.c).
 *
 * Expected tables come from cleanlab's own test (SPEC 4.1) and from the
 * medium_imbalanced conformance case, whose 24-row table needs numpy's
 * unstable sort order.
 */
#include <check.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(test_common_ties_in_emission_order)
{
	/* 5 classes, N = 7: two rows with 1/7, then eight zero rows. */
	size_t given[5] = { 0, 0, 1, 0, 0 }, added[5] = { 1, 0, 0, 0, 0 };
	static const struct { size_t cls; int in_given; } want[10] = {
		{ 0, 0 }, { 2, 1 }, { 0, 1 }, { 1, 1 }, { 1, 0 }, { 2, 0 },
		{ 3, 1 }, { 3, 0 }, { 4, 1 }, { 4, 0 },
	};
	ml_common_row rows[10];
	size_t i;

	ck_assert_int_eq(ml_common_issues(5, given, added, 7, rows), 0);
	for (i = 0; i < 10; i++) {
		ck_assert_uint_eq(rows[i].cls, want[i].cls);
		ck_assert_int_eq(rows[i].in_given, want[i].in_given);
	}
	ck_assert(rows[0].prob == 1.0 / 7 && rows[0].num == 1);
	ck_assert(rows[2].prob == 0 && rows[2].num == 0);
}
END_TEST

/* medium_imbalanced (N = 3000, K = 12): flagged rows with / without class c. */
static const size_t mi_given[12] = { 18, 10, 27, 25, 19, 25, 31, 31, 16, 22, 24, 20 };
static const size_t mi_added[12] = { 14, 3, 12, 10, 12, 9, 2, 1, 0, 0, 0, 0 };

START_TEST(test_common_numpy_order)
{
	/* expected_common_issues.tsv: class and In Given Label per row. */
	static const struct { size_t cls; int in_given; size_t num; double prob; } want[24] = {
		{ 6, 1, 31, 0.010333333333333333 }, { 7, 1, 31, 0.010333333333333333 },
		{ 2, 1, 27, 0.009 }, { 5, 1, 25, 0.008333333333333333 },
		{ 3, 1, 25, 0.008333333333333333 }, { 10, 1, 24, 0.008 },
		{ 9, 1, 22, 0.007333333333333333 }, { 11, 1, 20, 0.006666666666666667 },
		{ 4, 1, 19, 0.006333333333333333 }, { 0, 1, 18, 0.006 },
		{ 8, 1, 16, 0.005333333333333333 }, { 0, 0, 14, 0.004666666666666667 },
		{ 4, 0, 12, 0.004 }, { 2, 0, 12, 0.004 },
		{ 3, 0, 10, 0.0033333333333333335 }, { 1, 1, 10, 0.0033333333333333335 },
		{ 5, 0, 9, 0.003 }, { 1, 0, 3, 0.001 },
		{ 6, 0, 2, 0.0006666666666666666 }, { 7, 0, 1, 0.0003333333333333333 },
		{ 8, 0, 0, 0.0 }, { 9, 0, 0, 0.0 }, { 10, 0, 0, 0.0 }, { 11, 0, 0, 0.0 },
	};
	ml_common_row rows[24];
	size_t i;

	ck_assert_int_eq(ml_common_issues(12, mi_given, mi_added, 3000, rows), 0);
	for (i = 0; i < 24; i++) {
		ck_assert_msg(rows[i].cls == want[i].cls && rows[i].in_given == want[i].in_given,
		    "row %zu: class %zu %d", i, rows[i].cls, rows[i].in_given);
		ck_assert_uint_eq(rows[i].num, want[i].num);
		ck_assert(rows[i].prob == want[i].prob);
	}
}
END_TEST

START_TEST(test_class_ranking_fixture)
{
	/* expected_class_ranking.tsv of medium_imbalanced. */
	static const struct { size_t cls; long li, ili; double q; } want[12] = {
		{ 6, 31, 2, 0.9896666666666667 }, { 7, 31, 1, 0.9896666666666667 },
		{ 2, 26, 12, 0.991 }, { 5, 25, 9, 0.9916666666666667 },
		{ 3, 25, 10, 0.9916666666666667 }, { 10, 24, 0, 0.992 },
		{ 9, 22, 0, 0.9926666666666667 }, { 11, 20, 0, 0.9933333333333333 },
		{ 4, 19, 12, 0.9936666666666667 }, { 0, 18, 14, 0.994 },
		{ 8, 16, 0, 0.9946666666666667 }, { 1, 10, 3, 0.9966666666666667 },
	};
	ml_common_row rows[24];
	ml_class_rank out[12];
	size_t i;

	ck_assert_int_eq(ml_common_issues(12, mi_given, mi_added, 3000, rows), 0);
	ck_assert_int_eq(ml_class_ranking(12, rows, 3000, out), 0);
	for (i = 0; i < 12; i++) {
		ck_assert_msg(out[i].cls == want[i].cls, "row %zu: class %zu", i, out[i].cls);
		/* Class 2: 27 / 3000 * 3000 truncates to 26. */
		ck_assert_int_eq(out[i].label_issues, want[i].li);
		ck_assert_int_eq(out[i].inverse_label_issues, want[i].ili);
		ck_assert(out[i].quality == want[i].q);
		ck_assert(out[i].label_noise == (double)mi_given[out[i].cls] / 3000);
		ck_assert(out[i].inverse_label_noise == (double)mi_added[out[i].cls] / 3000);
	}
}
END_TEST

START_TEST(test_class_ranking_truncation)
{
	/* SPEC 4.2: int(15/22 * 22) is 14. */
	size_t given[2] = { 15, 1 }, added[2] = { 0, 15 };
	ml_common_row rows[4];
	ml_class_rank out[2];

	ck_assert_int_eq(ml_common_issues(2, given, added, 22, rows), 0);
	ck_assert_int_eq(ml_class_ranking(2, rows, 22, out), 0);
	ck_assert_uint_eq(out[0].cls, 0);
	ck_assert_int_eq(out[0].label_issues, 14);
	ck_assert_int_eq(out[0].inverse_label_issues, 0);
	ck_assert_uint_eq(out[1].cls, 1);
	ck_assert_int_eq(out[1].label_issues, 1);
	ck_assert_int_eq(out[1].inverse_label_issues, 14);
	ck_assert(out[1].quality == 1 - 1.0 / 22);
}
END_TEST

START_TEST(test_class_ranking_first_appearance)
{
	/*
	 * Equal quality: classes stay in order of first appearance in the
	 * common-issues table.  Class 2 leads it through its added rows.
	 */
	size_t given[3] = { 1, 1, 1 }, added[3] = { 0, 0, 3 };
	ml_common_row rows[6];
	ml_class_rank out[3];

	ck_assert_int_eq(ml_common_issues(3, given, added, 10, rows), 0);
	ck_assert(rows[0].cls == 2 && rows[0].in_given == 0);
	ck_assert_int_eq(ml_class_ranking(3, rows, 10, out), 0);
	ck_assert(out[0].cls == 2 && out[1].cls == 0 && out[2].cls == 1);
	ck_assert(out[0].quality == 0.9 && out[0].inverse_label_noise == 0.3);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("summary");
	TCase *tc = tcase_create("summary");

	tcase_add_test(tc, test_common_ties_in_emission_order);
	tcase_add_test(tc, test_common_numpy_order);
	tcase_add_test(tc, test_class_ranking_fixture);
	tcase_add_test(tc, test_class_ranking_truncation);
	tcase_add_test(tc, test_class_ranking_first_appearance);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
