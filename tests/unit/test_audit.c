/*
 * test_audit.c - the whole-stream audit (label/audit.c, ml_audit_run) on
 * cleanlab's tutorial data: the issue mask, the per-class flags, the
 * thresholds and the confident joints are cleanlab's own numbers, copied
 * from the conformance case tests/conformance/quickstart (run from the
 * project root, as make check does).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"

#define CASE "tests/conformance/quickstart/"

/* Column `name` of the TSV file at path, as doubles, one per data row; *n rows. */
static double *
column(const char *path, const char *name, size_t *n)
{
	char line[4096], *tok, *save;
	size_t col = (size_t)-1, i, cap = 64;
	double *v = malloc(cap * sizeof *v);
	FILE *f = fopen(path, "r");

	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
	line[strcspn(line, "\n")] = '\0';
	for (i = 0, tok = strtok_r(line, "\t", &save); tok; tok = strtok_r(NULL, "\t", &save), i++)
		if (strcmp(tok, name) == 0)
			col = i;
	ck_assert_uint_ne(col, (size_t)-1);
	for (*n = 0; fgets(line, sizeof line, f); (*n)++) {
		line[strcspn(line, "\n")] = '\0';
		for (i = 0, tok = strtok_r(line, "\t", &save); i < col; i++)
			tok = strtok_r(NULL, "\t", &save);
		ck_assert_ptr_nonnull(tok);
		if (*n == cap)
			v = realloc(v, (cap *= 2) * sizeof *v);
		v[*n] = strtod(tok, NULL);
	}
	fclose(f);
	return v;
}

static void
run(ml_audit *a, int filter)
{
	static char *files[1] = { CASE "input.tsv" };
	ml_audit_opts o;
	ml_reader *r;
	ml_err e;

	memset(&o, 0, sizeof o);
	o.filter = filter;
	o.frac_noise = 1.0;
	o.min_examples_per_class = 1;
	o.rank_method = -1;
	ck_assert_ptr_nonnull(r = ml_reader_open(files, 1, '\t', ML_READ_REWIND, &e));
	ck_assert_msg(ml_audit_run(a, r, NULL, &o, &e) == 0, "%s", e.msg);
	ml_reader_close(r);
}

/* find_label_issues' mask and the per-class flags, every row. */
START_TEST(mask_and_class_flags)
{
	static const char *filters[] = { "prune_by_noise_rate", "prune_by_class", "both",
	    "confident_learning", "predicted_neq_given" };
	size_t f, i, n, m, c;

	for (f = 0; f < sizeof filters / sizeof *filters; f++) {
		ml_audit a;
		double *want = column(CASE "expected_issues.tsv", filters[f], &n);
		run(&a, ml_filter_parse(filters[f]));
		ck_assert_uint_eq(a.n, n);
		ck_assert_uint_eq(a.k, 3);
		for (i = m = 0; i < n; i++) {
			ck_assert_msg(a.issue[i] == (want[i] != 0), "%s row %zu", filters[f], i);
			m += a.issue[i];
		}
		ck_assert_uint_eq(a.nissues, m);
		if (f == 0) {   /* issue_cC: find_multilabel_issues_per_class, default options */
			for (c = 0; c < a.k; c++) {
				char name[32];
				double *cls;
				snprintf(name, sizeof name, "issue_c%zu", c);
				cls = column(CASE "expected_issues.tsv", name, &n);
				for (i = 0; i < n; i++)
					ck_assert_msg(ML_BIT(a.flags, i * a.k + c) == (cls[i] != 0),
					    "class %zu row %zu", c, i);
				free(cls);
			}
		}
		free(want);
		ml_audit_free(&a);
	}
}
END_TEST

/* Thresholds (1e-12) and the raw and calibrated joints (exact) of every class. */
START_TEST(thresholds_and_joints)
{
	static const char *cells[8] = { "n00", "n01", "n10", "n11",
	    "raw_n00", "raw_n01", "raw_n10", "raw_n11" };
	double *want[8], *t0, *t1;
	size_t n, c, j;
	ml_audit a;

	run(&a, ML_PRUNE_BY_NOISE_RATE);
	for (j = 0; j < 8; j++)
		want[j] = column(CASE "expected_joint.tsv", cells[j], &n);
	t0 = column(CASE "expected_joint.tsv", "thr0", &n);
	t1 = column(CASE "expected_joint.tsv", "thr1", &n);
	ck_assert_uint_eq(n, a.k);
	for (c = 0; c < a.k; c++) {
		ck_assert_double_eq_tol(a.res[c].thr[0], t0[c], 1e-12);
		ck_assert_double_eq_tol(a.res[c].thr[1], t1[c], 1e-12);
		for (j = 0; j < 4; j++) {
			ck_assert_int_eq(a.res[c].cal[j / 2][j % 2], (long)want[j][c]);
			ck_assert_int_eq(a.res[c].raw[j / 2][j % 2], (long)want[4 + j][c]);
		}
	}
	for (j = 0; j < 8; j++)
		free(want[j]);
	free(t0);
	free(t1);
	ml_audit_free(&a);
}
END_TEST

/* A usage error only known once the header is read: -2, not -1. */
START_TEST(num_to_remove_needs_k_counts)
{
	static char *files[1] = { CASE "input.tsv" };
	ml_audit_opts o;
	ml_audit a;
	ml_reader *r;
	ml_err e;

	memset(&o, 0, sizeof o);
	o.filter = ML_PRUNE_BY_NOISE_RATE;
	o.frac_noise = 1.0;
	o.min_examples_per_class = 1;
	o.rank_method = -1;
	o.num_to_remove = "1,2";
	ck_assert_ptr_nonnull(r = ml_reader_open(files, 1, '\t', ML_READ_REWIND, &e));
	ck_assert_int_eq(ml_audit_run(&a, r, NULL, &o, &e), -2);
	ml_audit_free(&a);              /* the caller frees after an error too */
	ml_reader_close(r);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("audit");
	TCase *tc = tcase_create("quickstart");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, mask_and_class_flags);
	tcase_add_test(tc, thresholds_and_joints);
	tcase_add_test(tc, num_to_remove_needs_k_counts);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
