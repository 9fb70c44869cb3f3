/*
 * test_split.c - the split audit's sums: a side cut into parts anywhere,
 * its pieces merged in any order and grouping, sums bit for bit as numpy's
 * np.sum of the whole side (ml_pairwise_sum), across 8192-value blocks.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static uint64_t rng = 88172645463325252ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Values of mixed magnitudes, so that the order of the additions shows. */
static double
value(void)
{
	static const double scale[] = { 1e-3, 1e-1, 1.0, 7.0, 1e3, 3e5 };

	return (double)(next_rand() % 1000003) / 1000003.0 * scale[next_rand() % 6];
}

/* Moves b's pieces into a, as ml_split_merge does. */
static void
merge_side(ml_split_side *a, ml_split_side *b, uint64_t total)
{
	if (b->folded) {
		ck_assert_uint_eq(a->folded, 0);
		a->folded = b->folded;
		a->acc = b->acc;
	}
	ck_assert_int_eq(ml_grow(&a->it, &a->cap, a->n + b->n + 1, sizeof *a->it), 0);
	if (b->n)
		memcpy(a->it + a->n, b->it, b->n * sizeof *b->it);
	a->n += b->n;
	free(b->it);
	memset(b, 0, sizeof *b);
	ck_assert_int_eq(ml_split_side_normalize(a, total), 0);
}

/* Merges sides[lo..hi) in a random binary grouping into sides[lo]. */
static void
merge_tree(ml_split_side *sides, size_t lo, size_t hi, uint64_t total)
{
	size_t mid;

	if (hi - lo < 2)
		return;
	mid = lo + 1 + next_rand() % (hi - lo - 1);
	merge_tree(sides, lo, mid, total);
	merge_tree(sides, mid, hi, total);
	/* Either order: the merge does not care which holds the first rows. */
	if (next_rand() % 2) {
		merge_side(&sides[lo], &sides[mid], total);
	} else {
		merge_side(&sides[mid], &sides[lo], total);
		sides[lo] = sides[mid];
		memset(&sides[mid], 0, sizeof sides[mid]);
	}
}

static void
check_split(size_t n, size_t parts, int tree)
{
	double *v = malloc((n + 1) * sizeof *v), want, got;
	size_t *cut = malloc((parts + 1) * sizeof *cut), i, p;
	ml_split_side *sides = calloc(parts, sizeof *sides);

	for (i = 0; i < n; i++)
		v[i] = value();
	want = ml_pairwise_sum(v, n);
	/* Random boundaries, empty parts allowed. */
	cut[0] = 0;
	cut[parts] = n;
	for (p = 1; p < parts; p++)
		cut[p] = n ? next_rand() % (n + 1) : 0;
	for (p = 1; p < parts; p++)
		for (i = p + 1; i < parts; i++)
			if (cut[i] < cut[p]) {
				size_t t = cut[i];
				cut[i] = cut[p];
				cut[p] = t;
			}
	for (p = 0; p < parts; p++) {
		ck_assert_int_eq(ml_split_side_part(&sides[p], v + cut[p], cut[p], cut[p + 1] - cut[p],
		    n), 0);
		ck_assert_int_eq(ml_split_side_normalize(&sides[p], n), 0);
	}
	if (tree) {
		merge_tree(sides, 0, parts, n);
	} else {
		/* One merge, the parts in a random order. */
		for (p = parts - 1; p > 0; p--) {
			size_t j = next_rand() % (p + 1);
			ml_split_side t = sides[p];
			sides[p] = sides[j];
			sides[j] = t;
		}
		for (p = 1; p < parts; p++)
			merge_side(&sides[0], &sides[p], n);
	}
	ck_assert_msg(ml_split_side_total(&sides[0], n, &got), "n %zu, %zu parts: incomplete", n, parts);
	ck_assert_msg(memcmp(&got, &want, sizeof got) == 0, "n %zu, %zu parts: %.17g, numpy %.17g",
	    n, parts, got, want);
	for (p = 0; p < parts; p++)
		free(sides[p].it);
	free(sides);
	free(cut);
	free(v);
}

START_TEST(test_sum_any_cut)
{
	static const size_t sizes[] = { 0, 1, 7, 8, 9, 127, 128, 129, 1000, 8191, 8192, 8193,
	    16384, 20000, 50001 };
	static const size_t nparts[] = { 1, 2, 3, 7, 16 };
	size_t i, j, rep;

	for (i = 0; i < sizeof sizes / sizeof *sizes; i++)
		for (j = 0; j < sizeof nparts / sizeof *nparts; j++)
			for (rep = 0; rep < 3; rep++)
				check_split(sizes[i], nparts[j], (int)(rep % 2));
}
END_TEST

/* The tree's pieces stay few: a part ships O(blocks + leaf edges), not its values. */
START_TEST(test_sum_pieces_small)
{
	size_t n = 100000, i;
	double *v = malloc(n * sizeof *v);
	ml_split_side sd;

	for (i = 0; i < n; i++)
		v[i] = value();
	memset(&sd, 0, sizeof sd);
	/* Rows 12345..87654 of 100000: about 9 whole blocks and two edges. */
	ck_assert_int_eq(ml_split_side_part(&sd, v + 12345, 12345, 75310, n), 0);
	ck_assert_int_eq(ml_split_side_normalize(&sd, n), 0);
	ck_assert_uint_le(sd.n, 9 + 2 * (127 + 13));
	free(sd.it);
	free(v);
}
END_TEST

/* Summary text round-trips, and a version or a header it does not know is refused. */
START_TEST(test_summary_text)
{
	char *names[] = { "a", "b" };
	ml_split s, t;
	ml_buf b = ML_BUF_INIT, c = ML_BUF_INIT;
	ml_err e;
	unsigned long line = 0;
	size_t used;
	char *text, *bad;

	ck_assert_int_eq(ml_split_init(&s, "mlscore", "adjust=1\tlabels=-", 2, names, 3, &e), 0);
	s.have[1] = 1;
	s.pn[1] = 10;
	s.pn1[2] = 4;
	ml_split_text(&s, &b);
	text = strdup(b.s);
	ck_assert_int_eq(ml_split_parse(&t, text, strlen(text), "x", &line, &used, &e), 0);
	ck_assert_uint_eq(used, b.len);
	ml_split_text(&t, &c);
	ck_assert_str_eq(b.s, c.s);
	ml_split_free(&t);
	free(text);
	bad = strdup(b.s);
	bad[strlen(ML_SPLIT_MAGIC) + 1] = '1';
	line = 0;
	ck_assert_int_lt(ml_split_parse(&t, bad, strlen(bad), "x", &line, &used, &e), 0);
	ck_assert_ptr_nonnull(strstr(e.msg, "version 1"));
	ml_split_free(&t);
	free(bad);
	bad = strndup(b.s, b.len - 4);
	line = 0;
	ck_assert_int_lt(ml_split_parse(&t, bad, strlen(bad), "x", &line, &used, &e), 0);
	ck_assert_ptr_nonnull(strstr(e.msg, "cut short"));
	ml_split_free(&t);
	free(bad);
	free(b.s);
	free(c.s);
	ml_split_free(&s);
}
END_TEST

/*
 * mlreport's report data round-trips (an id with TAB and backslash), and
 * two parts' report summaries merge into one in row order.
 */
START_TEST(test_report_text)
{
	static const char head[] = "mlaudit-summary\t2\ntool\tmlreport\noptions\tfilter=prune_by_noise_rate"
	    "\tid=-\nclasses\t2\ta\tb\nparts\t2\nround\tfinish\ncount\t3\t1\t2\n";
	static const char hist[] = "hist\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
	ml_split s, t;
	ml_buf b = ML_BUF_INIT;
	ml_err e;
	unsigned long line = 0;
	size_t used;
	char *one = ml_strdupf("%spart\t2\t1\t1\t0\nscore\traw\t2\t0.5\n%sidname\tid\n"
	    "issue\t2\t0.5\t0\t1\t0,1\ta\\tb\\\\c\nend\n", head, hist);
	char *two = ml_strdupf("%spart\t1\t2\t0\t2\nscore\traw\t0\t0.25\t1\n%sidname\tid\n"
	    "issue\t0\t0.25\t1\t\t1\tx\nend\n", head, hist);

	char *want = strdup(one);

	ck_assert_int_eq(ml_split_parse(&s, one, strlen(one), "one", &line, &used, &e), 0);
	ck_assert_uint_eq(s.rp->nissue, 1);
	ck_assert_str_eq(s.rp->issue[0].id, "a\tb\\c");
	ml_split_text(&s, &b);
	ck_assert_str_eq(b.s, want);
	line = 0;
	ck_assert_int_eq(ml_split_parse(&t, two, strlen(two), "two", &line, &used, &e), 0);
	ck_assert_int_eq(ml_split_merge(&s, &t, "two", &e), 0);
	ck_assert_uint_eq(s.rp->nissue, 2);
	ck_assert_uint_eq(s.rp->issue[0].row, 0);
	ck_assert_uint_eq(s.rp->hist[10], 2);
	ck_assert_int_eq(ml_split_advance(&s, &e), 1);
	ck_assert_int_eq(s.round, ML_ROUND_REPORT);
	ck_assert(s.rp->sum == 0.0 + (0.25 + 1.0 + 0.5));
	ml_split_free(&t);
	ml_split_free(&s);
	free(b.s);
	free(one);
	free(two);
	free(want);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("split");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int nf;

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_sum_any_cut);
	tcase_add_test(tc, test_sum_pieces_small);
	tcase_add_test(tc, test_summary_text);
	tcase_add_test(tc, test_report_text);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	nf = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nf == 0 ? 0 : 1;
}
