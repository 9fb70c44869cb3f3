/*
 * test_report.c - the pandas table rules of SPEC 5.12.4, hand-checked: the
 * one renderer (lib/datalab.c's ml_dl_cells and ml_dl_layout) behind
 * mlreport's text tables (lib/report.c) and Datalab's report.  (report.c's
 * JSON needs jansson, which the unit tests do not link: its reals are
 * pinned by tests/cli/mlreport-json-reals.t.)
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static const size_t rows01[] = { 0, 1, 2 };

/* Without the index: no leading space in cells; numeric headers still get one. */
START_TEST(summary_without_index)
{
	static const char *const type[] = { "label" };
	static const long n[] = { 1 };
	ml_dl_col cols[2] = {
		{ "issue_type", ML_DL_TEXT, NULL, NULL, NULL, type },
		{ "num_issues", ML_DL_INT, NULL, n, NULL, NULL }
	};
	char *t = ml_dl_table(cols, 2, rows01, 1, 0);

	/* SPEC 5.12.2: the instance cleanlab's own test fixes. */
	ck_assert_str_eq(t, "issue_type  num_issues\n     label           1");
	free(t);
}
END_TEST

/*
 * With the index: every cell gets a leading space, the index is left-
 * aligned under an empty header, bool/int/object cells are right-aligned.
 *   column is_x: header " is_x" (5), cells " True"/" False" (6) -> width 6
 *   column sets: object header "sets" (4), cells " [3]", " []" -> width 4
 */
START_TEST(bool_and_object_with_index)
{
	static const unsigned char b[] = { 1, 0 };
	static const char *const sets[] = { "[3]", "[]" };
	static const size_t rows[] = { 10, 2 };
	unsigned char bb[11] = { 0 };
	const char *ss[11] = { 0 };
	ml_dl_col cols[2] = {
		{ "is_x", ML_DL_BOOL, bb, NULL, NULL, NULL },
		{ "sets", ML_DL_TEXT, NULL, NULL, NULL, ss }
	};
	char *t;

	bb[10] = b[0], bb[2] = b[1];
	ss[10] = sets[0], ss[2] = sets[1];
	t = ml_dl_table(cols, 2, rows, 2, 1);
	ck_assert_str_eq(t, "     is_x sets\n"
	                    "10   True  [3]\n"
	                    "2   False   []");
	free(t);
}
END_TEST

/* Floats: "% .6f" then trailing zeros dropped from every cell together, "1." gets its "0" back. */
START_TEST(float_rules)
{
	static const double half[] = { 0.5, 0.25 }, ones[] = { 1.0, 0.5 }, tiny[] = { 0.5, 1e-7 };
	static const double nan_[] = { 0.125, 0.0 / 0.0 };
	ml_dl_col c = { "v", ML_DL_FLOAT, NULL, NULL, half, NULL };
	char **cells;

	cells = ml_dl_cells(&c, rows01, 2, 1);
	ck_assert_str_eq(cells[0], " 0.50");
	ck_assert_str_eq(cells[1], " 0.25");
	free(cells[0]), free(cells[1]), free(cells);
	c.f = ones;
	cells = ml_dl_cells(&c, rows01, 2, 0);
	ck_assert_str_eq(cells[0], "1.0");
	ck_assert_str_eq(cells[1], "0.5");
	free(cells[0]), free(cells[1]), free(cells);
	/* One value in (0, 1e-6): the whole column in scientific notation. */
	c.f = tiny;
	cells = ml_dl_cells(&c, rows01, 2, 1);
	ck_assert_str_eq(cells[0], " 5.000000e-01");
	ck_assert_str_eq(cells[1], " 1.000000e-07");
	free(cells[0]), free(cells[1]), free(cells);
	c.f = nan_;
	cells = ml_dl_cells(&c, rows01, 2, 0);
	ck_assert_str_eq(cells[0], "0.125");
	ck_assert_str_eq(cells[1], "NaN");
	free(cells[0]), free(cells[1]), free(cells);
}
END_TEST

/*
 * The layout counts code points, not bytes: "é" is one column wide.
 *   name: max("name" 4, " ab" 3, " é" 2) = 4;  n: max(" n" 2, " 3" 2, " 12" 3) = 3
 */
START_TEST(layout_code_points)
{
	static const char *const head[] = { "name", "n" };
	static const int numeric[] = { 0, 1 };
	static char *cells[] = { " ab", " 3", " \xc3\xa9", " 12" };
	static const char *const index[] = { "7", "10" };
	char *t = ml_dl_layout(head, numeric, 2, cells, index, 2);

	ck_assert_str_eq(t, "   name   n\n"
	                    "7    ab   3\n"
	                    "10    \xc3\xa9  12");
	free(t);
}
END_TEST

/* No rows (--top 0): pandas' empty frame, its columns and an empty index. */
START_TEST(empty_frame)
{
	static const double f[] = { 0.5 };
	ml_dl_col cols[2] = {
		{ "is_x_issue", ML_DL_BOOL, NULL, NULL, NULL, NULL },
		{ "x_score", ML_DL_FLOAT, NULL, NULL, f, NULL }
	};
	char *t = ml_dl_table(cols, 2, rows01, 0, 1);

	ck_assert_str_eq(t, "Empty DataFrame\nColumns: [is_x_issue, x_score]\nIndex: []");
	free(t);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("report");
	TCase *t = tcase_create("report");
	SRunner *r;
	int failed;

	tcase_add_test(t, summary_without_index);
	tcase_add_test(t, bool_and_object_with_index);
	tcase_add_test(t, float_rules);
	tcase_add_test(t, layout_code_points);
	tcase_add_test(t, empty_frame);
	suite_add_tcase(s, t);
	r = srunner_create(s);
	srunner_set_fork_status(r, CK_FORK);
	srunner_run_all(r, CK_NORMAL);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
