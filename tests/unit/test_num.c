/*
 * test_num.c - unit tests of lib/num.c: the strict number grammar, bit
 * equality with strtod, and Python's repr(float) spelling.
 */
#include <check.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"
#define REPRREF_SEED 12345
#include "../reprref.h"

static int
same_bits(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

static int
parse(const char *s, double *x)
{
	return ml_parse_double(s, strlen(s), x);
}

/* ml_parse_double must give strtod's bits; s is in the grammar. */
static void
check_like_strtod(const char *s)
{
	double want = strtod(s, NULL), got = 0;
	int rc = parse(s, &got);

	/*
	 * Check marks every passed assertion with a write to its pipe: test
	 * first so that millions of passes cost no system calls.
	 */
	if (isinf(want)) {
		if (rc != ML_NUM_INF)
			ck_abort_msg("'%.60s': %d, want ML_NUM_INF", s, rc);
		return;
	}
	if (rc != ML_NUM_OK || !same_bits(want, got))
		ck_abort_msg("'%.60s': %d %a, strtod %a", s, rc, got, want);
}

static const struct {
	const char *s;
	int rc;
	double x;
} grammar[] = {
	{ "0", ML_NUM_OK, 0.0 },
	{ ".5", ML_NUM_OK, 0.5 },
	{ "5.", ML_NUM_OK, 5.0 },
	{ "5e-1", ML_NUM_OK, 0.5 },
	{ "5E-1", ML_NUM_OK, 0.5 },
	{ "5.e-1", ML_NUM_OK, 0.5 },
	{ ".5e+0", ML_NUM_OK, 0.5 },
	{ "+0.5", ML_NUM_OK, 0.5 },
	{ "-0.5", ML_NUM_OK, -0.5 },
	{ "00.50", ML_NUM_OK, 0.5 },
	{ "1", ML_NUM_OK, 1.0 },
	{ "1.0", ML_NUM_OK, 1.0 },
	{ "1e0", ML_NUM_OK, 1.0 },
	{ "0.9632", ML_NUM_OK, 0.9632 },
	{ "3.4e-05", ML_NUM_OK, 3.4e-05 },
	{ "1.0000001", ML_NUM_OK, 1.0000001 },
	{ "1e-400", ML_NUM_OK, 0.0 },
	{ "0e999999999999999999999", ML_NUM_OK, 0.0 },
	{ "1e-99999999999999999999", ML_NUM_OK, 0.0 },
	{ "", ML_NUM_EMPTY, 0 },
	{ " 0.5", ML_NUM_SYNTAX, 0 },
	{ "0.5 ", ML_NUM_SYNTAX, 0 },
	{ "0.5\n", ML_NUM_SYNTAX, 0 },
	{ "\t0.5", ML_NUM_SYNTAX, 0 },
	{ "0x1p-3", ML_NUM_SYNTAX, 0 },
	{ "0x10", ML_NUM_SYNTAX, 0 },
	{ "1e", ML_NUM_SYNTAX, 0 },
	{ "1e+", ML_NUM_SYNTAX, 0 },
	{ "1e-", ML_NUM_SYNTAX, 0 },
	{ "1e5.", ML_NUM_SYNTAX, 0 },
	{ "1e5e5", ML_NUM_SYNTAX, 0 },
	{ "1e 5", ML_NUM_SYNTAX, 0 },
	{ "e5", ML_NUM_SYNTAX, 0 },
	{ ".e5", ML_NUM_SYNTAX, 0 },
	{ ".", ML_NUM_SYNTAX, 0 },
	{ "-", ML_NUM_SYNTAX, 0 },
	{ "+", ML_NUM_SYNTAX, 0 },
	{ "-.", ML_NUM_SYNTAX, 0 },
	{ "+-1", ML_NUM_SYNTAX, 0 },
	{ "--1", ML_NUM_SYNTAX, 0 },
	{ "1..2", ML_NUM_SYNTAX, 0 },
	{ "1.2.3", ML_NUM_SYNTAX, 0 },
	{ "1,5", ML_NUM_SYNTAX, 0 },
	{ "0,5", ML_NUM_SYNTAX, 0 },
	{ "1_000", ML_NUM_SYNTAX, 0 },
	{ "abc", ML_NUM_SYNTAX, 0 },
	{ "na", ML_NUM_SYNTAX, 0 },
	{ "nanx", ML_NUM_SYNTAX, 0 },
	{ "infinit", ML_NUM_SYNTAX, 0 },
	{ "in", ML_NUM_SYNTAX, 0 },
	{ "1nan", ML_NUM_SYNTAX, 0 },
	{ "0.5%", ML_NUM_SYNTAX, 0 },
	{ "\xef\xbc\x91", ML_NUM_SYNTAX, 0 },	/* fullwidth digit one */
	{ "nan", ML_NUM_NAN, 0 },
	{ "NaN", ML_NUM_NAN, 0 },
	{ "NAN", ML_NUM_NAN, 0 },
	{ "-nan", ML_NUM_NAN, 0 },
	{ "+nan", ML_NUM_NAN, 0 },
	{ "nan(0x7ff)", ML_NUM_NAN, 0 },
	{ "inf", ML_NUM_INF, 0 },
	{ "INF", ML_NUM_INF, 0 },
	{ "-inf", ML_NUM_INF, 0 },
	{ "+Inf", ML_NUM_INF, 0 },
	{ "Infinity", ML_NUM_INF, 0 },
	{ "-infinity", ML_NUM_INF, 0 },
	{ "1e400", ML_NUM_INF, 0 },
	{ "-1e400", ML_NUM_INF, 0 },
	{ "1.7976931348623159e308", ML_NUM_INF, 0 },
	{ "1e99999999999999999999", ML_NUM_INF, 0 },
};

START_TEST(test_grammar)
{
	size_t i;
	double x;
	int rc;

	for (i = 0; i < sizeof(grammar) / sizeof(grammar[0]); i++) {
		x = 42;
		rc = parse(grammar[i].s, &x);
		ck_assert_msg(rc == grammar[i].rc, "'%s': %d, want %d",
		    grammar[i].s, rc, grammar[i].rc);
		if (rc == ML_NUM_OK)
			ck_assert_msg(same_bits(x, grammar[i].x), "'%s': %a",
			    grammar[i].s, x);
		if (rc == ML_NUM_OK || rc == ML_NUM_INF)
			check_like_strtod(grammar[i].s);
	}
	ck_assert_int_eq(parse("-0", &x), ML_NUM_OK);
	ck_assert(x == 0 && signbit(x));
	ck_assert_int_eq(parse("-0.0e5", &x), ML_NUM_OK);
	ck_assert(x == 0 && signbit(x));
	ck_assert_int_eq(parse("-1e-400", &x), ML_NUM_OK);
	ck_assert(x == 0 && signbit(x));
	ck_assert_int_eq(parse("-1e400", &x), ML_NUM_INF);
	ck_assert(isinf(x) && x < 0);
}
END_TEST

/* The field is s[0..n): nothing after it may be read. */
START_TEST(test_not_terminated)
{
	const char *row = "0.25\t0.75e1\t1e400x";
	size_t sz;
	double x;

	ck_assert_int_eq(ml_parse_double(row, 4, &x), ML_NUM_OK);
	ck_assert(x == 0.25);
	ck_assert_int_eq(ml_parse_double(row + 5, 6, &x), ML_NUM_OK);
	ck_assert(x == 7.5);
	ck_assert_int_eq(ml_parse_double(row + 5, 5, &x), ML_NUM_SYNTAX);
	ck_assert_int_eq(ml_parse_double(row + 12, 5, &x), ML_NUM_INF);
	ck_assert_int_eq(ml_parse_double(row, 0, &x), ML_NUM_EMPTY);
	ck_assert_int_eq(ml_parse_size("12\t3", 2, &sz), 0);
	ck_assert_uint_eq(sz, 12);
}
END_TEST

static const char *hard[] = {
	"0.1", "0.2", "0.3", "0.30000000000000004", "0.7", "1.1",
	"9007199254740992", "9007199254740993", "9007199254740994",
	"9007199254740995", "9007199254740993.0000000000000000001",
	"18014398509481985", "18014398509481987",
	"4.9406564584124654e-324", "5e-324", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "2.4703282292062327208828439643e-324",
	"1e-323", "2.2250738585072011e-308", "2.2250738585072012e-308",
	"2.2250738585072014e-308", "2.225073858507201136057409796709131975934819546351645648e-308",
	"1.7976931348623157e308", "1.7976931348623158e308",
	"1.797693134862315807937289714053e308",
	"1.7976931348623158079372897140530341507993413271003782693617377898044e308",
	"1.797693134862315708145274237317043567981e308",
	"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
	"8.98846567431158e307", "1e23", "1e22", "1e-22", "9.5e-5",
	"1448997445238699", "123456789012345678", "1234567890123456789",
	"12345678901234567890", "0.000000000000000000000000000000000000001",
	"3.4e-05", "0.9632", "0.041825", "1e-7", "1e16", "1e17",
	"2.5e-310", "0.19999999999999996", "0.41999999999999993",
	"4.35679716e-315", "7.038531e-26", "9214843084008499",
	"30078505129381147446200", "1777820000000000000001",
	"0.3932922657273", "2.109808898695963e16", "1.0000000000000002",
	"0.99999999999999994", "0.999999999999999944488848768742172978818416595458984375",
	"0.99999999999999994448884876874217297881841659545898437500000000000000001",
	"0.999999999999999944488848768742172978818416595458984374999999999999999",
	"0.500000000000000166533453693773481063544750213623046875",
	"3.518437208883201171875e13", "62.5364939768271845828",
	"8.10109172351e-10", "1.50000000000000011102230246251565404236316680908203125",
	"9007199254740991.4999999999999999999999999999999995",
	"6.631236846766476e-316", "3.2378839133029012e-308",
	"2.2250738585072009e-308", "2.2250738585072010e-308",
};

START_TEST(test_hard)
{
	size_t i;

	for (i = 0; i < sizeof(hard) / sizeof(hard[0]); i++)
		check_like_strtod(hard[i]);
}
END_TEST

/* The exact decimal value of the midpoint of x and the next double. */
static void
midpoint_digits(double x, char *buf, size_t cap, int prec)
{
	long double mid = ((long double)x + nextafter(x, INFINITY)) / 2;

	snprintf(buf, cap, "%.*Le", prec, mid);
}

START_TEST(test_long)
{
	static char s[1 << 20];
	double xs[] = { 1.0, 0.1, 5e-324, 2.2250738585072009e-308,
	    1.7976931348623157e308 / 2, 0.3, 123.456, 1e-300 };
	size_t i, n;
	char *e;

	/* 800-digit exact midpoints, and a hair above and below them. */
	for (i = 0; i < sizeof(xs) / sizeof(xs[0]); i++) {
		midpoint_digits(xs[i], s, sizeof(s), 800);
		check_like_strtod(s);
		e = strchr(s, 'e');
		memmove(e + 1, e, strlen(e) + 1);
		*e = '1';
		check_like_strtod(s);
		midpoint_digits(xs[i], s, sizeof(s), 800);
		e = strchr(s, 'e');
		n = (size_t)(e - s);
		while (s[n - 1] == '0')
			s[--n] = '9';
		s[n - 1]--;
		check_like_strtod(s);
	}

	/* 800 digits, the last one deciding the rounding. */
	memset(s, '0', 900);
	memcpy(s, "0.", 2);
	s[2] = '1';
	strcpy(s + 802, "1");
	check_like_strtod(s);
	memcpy(s, "9007199254740993", 16);
	s[16] = '.';
	check_like_strtod(s);

	/* A field of a million digits needs no heap and no big stack. */
	memset(s, '7', sizeof(s) - 1);
	s[1] = '.';
	s[sizeof(s) - 1] = '\0';
	check_like_strtod(s);
	memset(s, '0', sizeof(s) - 1);
	s[1] = '.';
	s[sizeof(s) - 2] = '3';
	check_like_strtod(s);
	s[0] = '1';
	s[sizeof(s) - 2] = '0';
	check_like_strtod(s);
}
END_TEST

/* A random string of the grammar, NUL terminated. */
static size_t
random_decimal(char *s)
{
	size_t n = 0, nd, i, dot;
	uint64_t r = rng();

	if (r & 1)
		s[n++] = r & 2 ? '-' : '+';
	r >>= 2;
	nd = 1 + r % (r & 0x100 ? 40 : 20);
	dot = (r >> 10) % (nd + 2);
	for (i = 0; i < nd; i++) {
		if (i == dot)
			s[n++] = '.';
		switch (rng() % 4) {
		case 0:
			s[n++] = '0';
			break;
		case 1:
			s[n++] = '9';
			break;
		default:
			s[n++] = (char)('0' + rng() % 10);
		}
	}
	if (r & 0x400)
		n += (size_t)sprintf(s + n, "e%d", (int)((r >> 12) % 700) - 350);
	s[n] = '\0';
	return n;
}

START_TEST(test_random_strtod)
{
	char s[128];
	long i;
	double x;
	int p;

	for (i = 0; i < 3000000; i++) {
		switch (i % 5) {
		case 0:
			sprintf(s, "%.17g", random_double());
			break;
		case 1:
			p = 1 + (int)(rng() % 17);
			sprintf(s, "%.*g", p, random_double());
			break;
		case 2:
			random_decimal(s);
			break;
		case 3:
			x = (double)(rng() >> 11) / 9007199254740992.0;
			sprintf(s, "%.*g", 1 + (int)(rng() % 17), x);
			break;
		default:
			midpoint_digits(fabs(random_double()), s, sizeof(s),
			    16 + (int)(rng() % 12));
		}
		check_like_strtod(s);
	}
}
END_TEST

/* Every power of two, and the neighbours of every power of ten. */
START_TEST(test_families)
{
	char s[64];
	int e, p;
	double x;

	for (e = -1074; e <= 1023; e++) {
		x = ldexp(1.0, e);
		for (p = 1; p <= 17; p++) {
			snprintf(s, sizeof(s), "%.*e", p - 1, x);
			check_like_strtod(s);
		}
	}
	for (e = -330; e <= 310; e++) {
		snprintf(s, sizeof(s), "1e%d", e);
		check_like_strtod(s);
		snprintf(s, sizeof(s), "9.999999999999999999e%d", e);
		check_like_strtod(s);
		snprintf(s, sizeof(s), "1.000000000000000001e%d", e);
		check_like_strtod(s);
	}
}
END_TEST

START_TEST(test_strerror)
{
	ck_assert_str_eq(ml_num_strerror(ML_NUM_EMPTY), "empty");
	ck_assert_str_eq(ml_num_strerror(ML_NUM_SYNTAX), "not a number");
	ck_assert_str_eq(ml_num_strerror(ML_NUM_NAN), "NaN");
	ck_assert_str_eq(ml_num_strerror(ML_NUM_INF), "not finite");
}
END_TEST

START_TEST(test_size)
{
	size_t v;
	char big[64];

	ck_assert_int_eq(ml_parse_size("0", 1, &v), 0);
	ck_assert_uint_eq(v, 0);
	ck_assert_int_eq(ml_parse_size("01", 2, &v), 0);
	ck_assert_uint_eq(v, 1);
	ck_assert_int_eq(ml_parse_size("1234567", 7, &v), 0);
	ck_assert_uint_eq(v, 1234567);
	ck_assert_int_eq(ml_parse_size("", 0, &v), -1);
	ck_assert_int_eq(ml_parse_size("-1", 2, &v), -1);
	ck_assert_int_eq(ml_parse_size("+1", 2, &v), -1);
	ck_assert_int_eq(ml_parse_size(" 1", 2, &v), -1);
	ck_assert_int_eq(ml_parse_size("1 ", 2, &v), -1);
	ck_assert_int_eq(ml_parse_size("1.0", 3, &v), -1);
	ck_assert_int_eq(ml_parse_size("1e3", 3, &v), -1);
	snprintf(big, sizeof(big), "%zu", (size_t)SIZE_MAX);
	ck_assert_int_eq(ml_parse_size(big, strlen(big), &v), 0);
	ck_assert(v == SIZE_MAX);
	big[strlen(big) - 1]++;
	ck_assert_int_eq(ml_parse_size(big, strlen(big), &v), -1);
	snprintf(big, sizeof(big), "%zu0", (size_t)SIZE_MAX);
	ck_assert_int_eq(ml_parse_size(big, strlen(big), &v), -1);
}
END_TEST

static const struct {
	double x;
	const char *repr;
} spellings[] = {
	{ 0.1, "0.1" }, { 1.0, "1.0" }, { 1e-05, "1e-05" }, { 0.0001, "0.0001" },
	{ 1e16, "1e+16" }, { 123456789012345678.0, "1.2345678901234568e+17" },
	{ 0.30000000000000004, "0.30000000000000004" }, { 5e-324, "5e-324" },
	{ 1.7976931348623157e+308, "1.7976931348623157e+308" },
	{ 0.19999999999999996, "0.19999999999999996" },
	{ 0.41999999999999993, "0.41999999999999993" },
	{ 0.0, "0.0" }, { -0.0, "-0.0" }, { 0.5, "0.5" }, { -1.5, "-1.5" },
	{ 2.0, "2.0" }, { 10.0, "10.0" }, { 100.0, "100.0" }, { 1e15, "1000000000000000.0" },
	{ 1234567890123456.0, "1234567890123456.0" }, { 9999999999999998.0, "9999999999999998.0" },
	{ 1.5e16, "1.5e+16" }, { 2.5e-310, "2.5e-310" }, { 0.00012, "0.00012" },
	{ 1.2e-05, "1.2e-05" }, { 1e22, "1e+22" }, { 1e23, "1e+23" }, { 1e100, "1e+100" },
	{ 1e-100, "1e-100" }, { 2.2250738585072014e-308, "2.2250738585072014e-308" },
	{ 0.9632, "0.9632" }, { 0.041825, "0.041825" }, { 3.4e-05, "3.4e-05" },
	{ 1.0000001, "1.0000001" }, { 5.960464477539063e-08, "5.960464477539063e-08" },
	{ 9007199254740993.0, "9007199254740992.0" }, { 123.456, "123.456" },
	{ 1.0 / 3, "0.3333333333333333" }, { 2.0 / 3, "0.6666666666666666" },
	{ 100.0 / 3, "33.333333333333336" }, { 4.35e-3, "0.00435" },
	{ -1e-07, "-1e-07" }, { 12345678.9, "12345678.9" }, { 0.7, "0.7" },
};

START_TEST(test_spellings)
{
	char buf[ML_NUM_BUFSZ];
	size_t i, n;

	for (i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++) {
		n = ml_format_double(spellings[i].x, buf);
		ck_assert_str_eq(buf, spellings[i].repr);
		ck_assert_uint_eq(n, strlen(buf));
	}
	ck_assert_uint_eq(ml_format_double(INFINITY, buf), 3);
	ck_assert_str_eq(buf, "inf");
	ml_format_double(-INFINITY, buf);
	ck_assert_str_eq(buf, "-inf");
	ml_format_double(NAN, buf);
	ck_assert_str_eq(buf, "nan");
	ml_format_double(-NAN, buf);
	ck_assert_str_eq(buf, "nan");
}
END_TEST


static void
check_format(double x)
{
	char buf[ML_NUM_BUFSZ], dig[32], want[64];
	int sci;

	if (x == 0)
		return;		/* spelled out in test_spellings */
	ml_format_double(x, buf);
	if (brute_shortest(fabs(x), dig, &sci) < 0)
		ck_abort_msg("no precision reads back %a", x);
	python_spelling(signbit(x) != 0, dig, sci, want);
	if (strcmp(buf, want) != 0)
		ck_abort_msg("%a: '%s', want '%s'", x, buf, want);
}

START_TEST(test_format_brute)
{
	long i;
	int e;
	double x;

	for (e = -1074; e <= 1023; e++) {
		x = ldexp(1.0, e);
		check_format(x);
		check_format(nextafter(x, 0));
		check_format(nextafter(x, INFINITY));
	}
	for (e = -323; e <= 308; e++) {
		x = pow(10, e);
		check_format(x);
		check_format(nextafter(x, 0));
		check_format(nextafter(x, INFINITY));
	}
	for (i = 1; i < 20000; i++) {
		check_format((double)i);
		check_format((double)i / 10000);
		check_format(ldexp((double)i, -1074));
	}
	for (i = 0; i < 80000; i++) {
		check_format(random_double());
		check_format((double)(rng() >> 11) / 9007199254740992.0);
	}
}
END_TEST

START_TEST(test_format_roundtrip)
{
	char buf[ML_NUM_BUFSZ];
	double x, y;
	size_t n;
	long i;

	for (i = 0; i < 3000000; i++) {
		x = i & 1 ? random_double() :
		    (double)(rng() >> 11) / 9007199254740992.0;
		n = ml_format_double(x, buf);
		y = strtod(buf, NULL);
		if (n != strlen(buf) || !same_bits(x, y))
			ck_abort_msg("%a -> '%s' -> %a", x, buf, y);
		if (ml_parse_double(buf, n, &y) != ML_NUM_OK || !same_bits(x, y))
			ck_abort_msg("%a -> '%s' -> %a (ml_parse_double)", x, buf, y);
	}
}
END_TEST

/*
 * A locale with a decimal comma must change nothing, not even in the
 * strtod slow path (LOCPATH may point to a locale built for the test).
 */
START_TEST(test_locale)
{
	const char *locs[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8" };
	char buf[ML_NUM_BUFSZ];
	size_t i;
	double x;

	for (i = 0; i < sizeof(locs) / sizeof(locs[0]); i++)
		if (setlocale(LC_ALL, locs[i]) != NULL)
			break;
	if (i == sizeof(locs) / sizeof(locs[0]))
		return;	/* no such locale here: nothing to check */
	for (i = 0; i < sizeof(hard) / sizeof(hard[0]); i++) {
		double want;

		setlocale(LC_ALL, "C");
		want = strtod(hard[i], NULL);
		setlocale(LC_ALL, locs[0]);
		if (ml_parse_double(hard[i], strlen(hard[i]), &x) == ML_NUM_OK)
			ck_assert_msg(same_bits(x, want), "'%s' under %s",
			    hard[i], setlocale(LC_NUMERIC, NULL));
	}
	ck_assert_int_eq(parse("1,5", &x), ML_NUM_SYNTAX);
	ml_format_double(0.5, buf);
	ck_assert_str_eq(buf, "0.5");
	setlocale(LC_ALL, "C");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("num");
	TCase *tc = tcase_create("num");

	/* Generous: a hang guard, not a speed test (ASan, busy CI machines). */
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_grammar);
	tcase_add_test(tc, test_not_terminated);
	tcase_add_test(tc, test_hard);
	tcase_add_test(tc, test_long);
	tcase_add_test(tc, test_random_strtod);
	tcase_add_test(tc, test_families);
	tcase_add_test(tc, test_strerror);
	tcase_add_test(tc, test_size);
	tcase_add_test(tc, test_spellings);
	tcase_add_test(tc, test_format_brute);
	tcase_add_test(tc, test_format_roundtrip);
	tcase_add_test(tc, test_locale);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
