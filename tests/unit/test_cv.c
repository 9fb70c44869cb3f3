/*
 * test_cv.c - mlcv's library (lib/cv): iterative stratification, the kNN
 * and logistic-regression models, the log loss and the model choice.
 * kNN cases are worked out by hand in one dimension, where standardising
 * changes no neighbour order and no weight ratio.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* A multi-label set with common and rare classes (counts from 3 to ~250 of 600). */
static unsigned char *
random_labels(size_t n, size_t k, uint32_t seed)
{
	unsigned char *y = calloc(n * k, 1);
	ml_mt19937 rng;
	size_t i, c;

	ml_mt_seed(&rng, seed);
	for (i = 0; i < n; i++)
		for (c = 0; c < k; c++) {
			/* class c has probability 0.4 / 2^c: the last classes are rare. */
			uint32_t u = ml_mt_next(&rng);
			y[i * k + c] = (double)u / 4294967296.0 < 0.4 / (double)(1u << c);
		}
	return y;
}

START_TEST(stratify_every_class_in_every_fold)
{
	const size_t n = 600, k = 9, nf = 5;
	unsigned char *y = random_labels(n, k, 7);
	size_t *fold = malloc(n * sizeof *fold), count[9] = { 0 }, in[5][9], size[5] = { 0 };
	size_t i, c, f, checked = 0;
	ml_err e;

	memset(in, 0, sizeof in);
	ck_assert_int_eq(ml_cv_stratify(y, n, k, nf, 0, fold, &e), 0);
	for (i = 0; i < n; i++) {
		ck_assert_uint_lt(fold[i], nf);
		size[fold[i]]++;
		for (c = 0; c < k; c++) {
			count[c] += y[i * k + c];
			in[fold[i]][c] += y[i * k + c];
		}
	}
	for (c = 0; c < k; c++) {
		if (count[c] < nf)
			continue;
		checked++;
		for (f = 0; f < nf; f++)
			ck_assert_msg(in[f][c] > 0, "class %zu (%zu rows) missing from fold %zu",
			    c, count[c], f);
		/* Stratified: each fold holds about a fifth of the class. */
		for (f = 0; f < nf; f++)
			ck_assert_msg(in[f][c] * nf + nf >= count[c] && in[f][c] * nf <= count[c] + 2 * nf,
			    "class %zu: %zu of %zu rows in fold %zu", c, in[f][c], count[c], f);
	}
	ck_assert_uint_ge(checked, 6);
	for (f = 0; f < nf; f++)
		ck_assert_msg(size[f] >= n / nf - 3 && size[f] <= n / nf + 3, "fold %zu: %zu rows", f,
		    size[f]);
	free(y);
	free(fold);
}
END_TEST

/* A class whose rows all come with rarer classes still reaches every fold. */
START_TEST(stratify_class_shared_with_rare_ones)
{
	/* Class 0 has 5 rows; rows 0-3 also carry class 1 (4 rows, fewer than the folds). */
	static const unsigned char y[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
	size_t fold[10], i, seen = 0;
	ml_err e;

	ck_assert_int_eq(ml_cv_stratify(y, 10, 2, 5, 3, fold, &e), 0);
	for (i = 0; i < 5; i++)
		seen |= (size_t)1 << fold[i];
	ck_assert_uint_eq(seen, 31);
}
END_TEST

START_TEST(stratify_deterministic)
{
	const size_t n = 300, k = 6;
	unsigned char *y = random_labels(n, k, 11);
	size_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), i, differ = 0;
	ml_err e;

	ck_assert_int_eq(ml_cv_stratify(y, n, k, 4, 42, a, &e), 0);
	ck_assert_int_eq(ml_cv_stratify(y, n, k, 4, 42, b, &e), 0);
	ck_assert_mem_eq(a, b, n * sizeof *a);
	ck_assert_int_eq(ml_cv_stratify(y, n, k, 4, 43, b, &e), 0);
	for (i = 0; i < n; i++)
		differ += a[i] != b[i];
	ck_assert_uint_gt(differ, n / 2);
	free(y);
	free(a);
	free(b);
}
END_TEST

START_TEST(stratify_errors)
{
	unsigned char y[4] = { 1, 0, 1, 0 };
	size_t fold[4];
	ml_err e;

	ck_assert_int_eq(ml_cv_stratify(y, 2, 2, 1, 0, fold, &e), -1);
	ck_assert_str_eq(e.msg, "1 folds: cross-validation needs at least 2");
	ck_assert_int_eq(ml_cv_stratify(y, 2, 2, 3, 0, fold, &e), -1);
	ck_assert_str_eq(e.msg, "2 rows: fewer than the 3 folds");
}
END_TEST

/*
 * x = 0, 1, 3, 10; class 0 given to rows 0 and 2, class 1 to rows 1 and 3;
 * folds 0, 1, 1, 0; k = 2.  Row 0 (x = 0) has neighbours x = 1 (d 1) and
 * x = 3 (d 3): weights 1 and 1/3, class 0 fraction (1/3)/(4/3) = 1/4, and
 * with the rule of succession (2 * 1/4 + 1) / 4 = 0.375.  Row 3 (x = 10):
 * x = 3 (d 7), x = 1 (d 9): class 0 (1/7)/(1/7 + 1/9) = 9/16 -> 0.53125.
 * Row 1 (x = 1): x = 0 (d 1), x = 10 (d 9): 9/10 -> 0.7.  Row 2 (x = 3):
 * x = 0 (d 3), x = 10 (d 7): 7/10 -> 0.6.  Class 1 is the complement.
 */
START_TEST(knn_by_hand)
{
	static const double x[] = { 0, 1, 3, 10 }, want[] = { 0.375, 0.7, 0.6, 0.53125 };
	static const unsigned char y[] = { 1, 0, 0, 1, 1, 0, 0, 1 };
	static const size_t fold[] = { 0, 1, 1, 0 };
	ml_cv_params par = { ML_CV_KNN, 2, 1, 1 };
	ml_cv_result res;
	double p[8];
	size_t i;
	ml_err e;

	ck_assert_int_eq(ml_cv_predict(x, 4, 1, y, 2, fold, 2, &par, p, &res, &e), 0);
	ck_assert_int_eq(res.model, ML_CV_KNN);
	for (i = 0; i < 4; i++) {
		ck_assert_double_eq_tol(p[i * 2], want[i], 1e-12);
		ck_assert_double_eq_tol(p[i * 2 + 1], 1 - want[i], 1e-12);
	}
	ck_assert(isnan(res.log_loss[ML_CV_LOGREG]));
	ck_assert_double_eq(res.log_loss[ML_CV_KNN], ml_cv_log_loss(p, y, 4, 2));
}
END_TEST

/* A training row at distance 0 takes all the weight (scikit-learn's rule). */
START_TEST(knn_exact_match)
{
	static const double x[] = { 0, 0, 5, 6 };
	static const unsigned char y[] = { 1, 0, 0, 1, 1, 0, 0, 1 };
	static const size_t fold[] = { 0, 1, 0, 1 };
	ml_cv_params par = { ML_CV_KNN, 2, 1, 2 };
	ml_cv_result res;
	double p[8];
	ml_err e;

	ck_assert_int_eq(ml_cv_predict(x, 4, 1, y, 2, fold, 2, &par, p, &res, &e), 0);
	/* Row 0 matches row 1 exactly: class 0 fraction 0 -> (0 + 1) / 4. */
	ck_assert_double_eq(p[0], 0.25);
	ck_assert_double_eq(p[1], 0.75);
}
END_TEST

/* Two Gaussian-free lines: class 0 when x0 > 0; class 1 given to every training row of fold 1. */
START_TEST(logreg_separates_and_constant_class)
{
	enum { N = 40 };
	double x[N * 2], p[N * 2];
	unsigned char y[N * 2];
	size_t fold[N], i;
	ml_cv_params par = { ML_CV_LOGREG, 5, 1, 2 };
	ml_cv_result res;
	ml_err e;

	for (i = 0; i < N; i++) {
		x[i * 2] = (double)i - 19.5;
		x[i * 2 + 1] = (double)(i % 7);
		y[i * 2] = x[i * 2] > 0;
		fold[i] = i % 2;
		/* Class 1: rows of fold 0 all have it, rows of fold 1 have it on odd x1. */
		y[i * 2 + 1] = fold[i] == 0 || (i % 7) % 2;
	}
	ck_assert_int_eq(ml_cv_predict(x, N, 2, y, 2, fold, 2, &par, p, &res, &e), 0);
	for (i = 0; i < N; i++) {
		ck_assert(p[i * 2] > 0 && p[i * 2] < 1);
		if (fabs(x[i * 2]) > 5)
			ck_assert_msg((p[i * 2] > 0.5) == y[i * 2], "row %zu: p %g", i, p[i * 2]);
		/* Fold 1 is predicted from fold 0, where class 1 is constant. */
		if (fold[i] == 1)
			ck_assert_double_eq(p[i * 2 + 1], 1);
	}
}
END_TEST

/* Four boxes in a checkerboard: no line separates them, the neighbours do. */
START_TEST(auto_picks_knn_on_boxes)
{
	enum { N = 200 };
	double x[N * 2], p[N * 2];
	unsigned char y[N * 2];
	size_t fold[N], i;
	ml_cv_params par = { ML_CV_AUTO, 10, 1, 0 };
	ml_cv_result res;
	ml_mt19937 rng;
	ml_err e;

	ml_mt_seed(&rng, 5);
	for (i = 0; i < N; i++) {
		x[i * 2] = ml_mt_next(&rng) / 4294967296.0 * 2 - 1;
		x[i * 2 + 1] = ml_mt_next(&rng) / 4294967296.0 * 2 - 1;
		y[i * 2] = (x[i * 2] > 0) == (x[i * 2 + 1] > 0);
		y[i * 2 + 1] = !y[i * 2];
	}
	ck_assert_int_eq(ml_cv_stratify(y, N, 2, 5, 0, fold, &e), 0);
	ck_assert_int_eq(ml_cv_predict(x, N, 2, y, 2, fold, 5, &par, p, &res, &e), 0);
	ck_assert_int_eq(res.model, ML_CV_KNN);
	ck_assert(res.log_loss[ML_CV_KNN] < res.log_loss[ML_CV_LOGREG]);
	/* A linear model cannot do better than chance here: about log 2. */
	ck_assert(res.log_loss[ML_CV_LOGREG] > 0.6);
}
END_TEST

START_TEST(log_loss_by_hand)
{
	static const double p[] = { 0.5, 0.25, 0, 1 };
	static const unsigned char y[] = { 1, 0, 0, 1 };

	/* (log 2 - log 0.75 + 2 * -log(1 - 1e-15)) / 4 */
	ck_assert_double_eq_tol(ml_cv_log_loss(p, y, 2, 2), (log(2) - log(0.75)) / 4, 1e-14);
	ck_assert_int_eq(ml_cv_model_parse("logreg"), ML_CV_LOGREG);
	ck_assert_int_eq(ml_cv_model_parse("svm"), -1);
	ck_assert_str_eq(ml_cv_model_name(ML_CV_KNN), "knn");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("cv");
	TCase *tc = tcase_create("cv");

	tcase_add_test(tc, stratify_every_class_in_every_fold);
	tcase_add_test(tc, stratify_class_shared_with_rare_ones);
	tcase_add_test(tc, stratify_deterministic);
	tcase_add_test(tc, stratify_errors);
	tcase_add_test(tc, knn_by_hand);
	tcase_add_test(tc, knn_exact_match);
	tcase_add_test(tc, logreg_separates_and_constant_class);
	tcase_add_test(tc, auto_picks_knn_on_boxes);
	tcase_add_test(tc, log_loss_by_hand);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
