/*
 * test_numarg.c - unit tests of the option-number readers in
 * lib/numbers/parse.c: the data's grammar, whole strings, ranges.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>

#include "mlaudit.h"
#include "check_main.h"

START_TEST(test_double_arg_grammar)
{
	static const char *const bad[] = { "", " 0.5", "0.5 ", "0x.8", "0x1p-3", "inf", "-inf",
	    "nan", "NaN", "1e999", "+", ".", "1e", "0,5", "1_0" };
	size_t i;
	double x = 42;

	for (i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(ml_parse_double_arg(bad[i], -HUGE_VAL, HUGE_VAL, &x) != ML_NUM_OK,
		    "'%s' accepted", bad[i]);
	ck_assert(x == 42);
	ck_assert_int_eq(ml_parse_double_arg("0.8", 0, 1, &x), ML_NUM_OK);
	ck_assert(x == 0.8);
	ck_assert_int_eq(ml_parse_double_arg(".5e0", 0, 1, &x), ML_NUM_OK);
	ck_assert(x == 0.5);
	ck_assert_int_eq(ml_parse_double_arg("1e-400", 0, 1, &x), ML_NUM_OK);
	ck_assert(x == 0);
}
END_TEST

START_TEST(test_double_arg_range)
{
	double x = 42;

	ck_assert_int_eq(ml_parse_double_arg("0", 0, 1, &x), ML_NUM_OK);
	ck_assert_int_eq(ml_parse_double_arg("-0", 0, 1, &x), ML_NUM_OK);
	ck_assert_int_eq(ml_parse_double_arg("1", 0, 1, &x), ML_NUM_OK);
	x = 42;
	ck_assert_int_eq(ml_parse_double_arg("1.5", 0, 1, &x), ML_NUM_RANGE);
	ck_assert_int_eq(ml_parse_double_arg("-0.1", 0, 1, &x), ML_NUM_RANGE);
	ck_assert_int_eq(ml_parse_double_arg("1.0000000000000002", 0, 1, &x), ML_NUM_RANGE);
	ck_assert(x == 42);
	ck_assert_str_eq(ml_num_strerror(ML_NUM_RANGE), "out of range");
}
END_TEST

START_TEST(test_size_arg)
{
	size_t v = 42;

	ck_assert_int_eq(ml_parse_size_arg("", 0, 9, &v), ML_NUM_EMPTY);
	ck_assert_int_eq(ml_parse_size_arg(" 3", 0, 9, &v), ML_NUM_SYNTAX);
	ck_assert_int_eq(ml_parse_size_arg("0x3", 0, 9, &v), ML_NUM_SYNTAX);
	ck_assert_int_eq(ml_parse_size_arg("+3", 0, 9, &v), ML_NUM_SYNTAX);
	ck_assert_int_eq(ml_parse_size_arg("3.0", 0, 9, &v), ML_NUM_SYNTAX);
	ck_assert_int_eq(ml_parse_size_arg("99999999999999999999999", 0, SIZE_MAX, &v),
	    ML_NUM_SYNTAX);
	ck_assert_int_eq(ml_parse_size_arg("0", 1, 9, &v), ML_NUM_RANGE);
	ck_assert_int_eq(ml_parse_size_arg("10", 1, 9, &v), ML_NUM_RANGE);
	ck_assert(v == 42);
	ck_assert_int_eq(ml_parse_size_arg("09", 1, 9, &v), ML_NUM_OK);
	ck_assert(v == 9);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("numarg");
	TCase *tc = tcase_create("numarg");

	tcase_add_test(tc, test_double_arg_grammar);
	tcase_add_test(tc, test_double_arg_range);
	tcase_add_test(tc, test_size_arg);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
