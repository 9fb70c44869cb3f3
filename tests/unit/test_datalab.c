/*
 * test_datalab.c - lib/datalab.c renders Datalab.report() byte for byte:
 * the features_* fixtures' per-row values, summary and info go in, their
 * expected_report.txt must come out.  Run from the project root (or set
 * MLAUDIT_CONFORMANCE to the conformance directory).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"

/* A TSV file: header and cells, all strings. */
struct tsv {
	size_t rows, cols;
	char **hdr, ***cell;
};

static size_t
split(char *line, char ***out)
{
	size_t n = 1, i;
	char *s;

	line[strcspn(line, "\n")] = '\0';
	for (s = line; *s; s++)
		n += *s == '\t';
	*out = malloc(n * sizeof **out);
	for (i = 0, s = line; i < n; i++) {
		char *t = strchr(s, '\t');
		if (t)
			*t = '\0';
		(*out)[i] = strdup(s);
		s = t ? t + 1 : s + strlen(s);
	}
	return n;
}

static int
load(const char *dir, const char *name, struct tsv *t)
{
	char path[2048], *line = NULL;
	size_t cap = 0;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (!(f = fopen(path, "r")))
		return -1;
	memset(t, 0, sizeof *t);
	if (getline(&line, &cap, f) > 0)
		t->cols = split(line, &t->hdr);
	while (getline(&line, &cap, f) > 0) {
		t->cell = realloc(t->cell, (t->rows + 1) * sizeof *t->cell);
		split(line, &t->cell[t->rows++]);
	}
	free(line);
	fclose(f);
	return 0;
}

static void
tsv_free(struct tsv *t)
{
	size_t r, j;

	for (r = 0; r < t->rows; r++) {
		for (j = 0; j < t->cols; j++)
			free(t->cell[r][j]);
		free(t->cell[r]);
	}
	for (j = 0; j < t->cols; j++)
		free(t->hdr[j]);
	free(t->cell);
	free(t->hdr);
}

static const char *
cell(const struct tsv *t, size_t r, const char *col)
{
	size_t j;

	for (j = 0; j < t->cols; j++)
		if (strcmp(t->hdr[j], col) == 0)
			return t->cell[r][j];
	return NULL;
}

static const char *
info(const struct tsv *t, const char *type, const char *key)
{
	size_t r;

	for (r = 0; r < t->rows; r++)
		if (strcmp(t->cell[r][0], type) == 0 && strcmp(t->cell[r][1], key) == 0)
			return t->cell[r][2];
	return NULL;
}

static char *
slurp(const char *dir, const char *name)
{
	char path[2048], *s;
	long n;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (!(f = fopen(path, "rb")))
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = malloc((size_t)n + 1);
	if (fread(s, 1, (size_t)n, f) != (size_t)n)
		n = 0;
	s[n] = '\0';
	fclose(f);
	return s;
}

/* Renders one case's report from its expected values and compares. */
static void
check_case(const char *casename)
{
	const char *root = getenv("MLAUDIT_CONFORMANCE");
	char dir[1024], flagcol[64], scorecol[64], additional[64];
	struct tsv iss, sum, inf;
	ml_dl_check checks[8];
	ml_dl_col extra[2];
	unsigned char *flags[8];
	double *scores[8], *dist = NULL;
	char **sets = NULL, *got, *want;
	size_t n, c, r, nchecks;

	snprintf(dir, sizeof dir, "%s/%s", root ? root : "tests/conformance", casename);
	ck_assert_msg(load(dir, "expected_feature_issues.tsv", &iss) == 0, "no fixture in %s", dir);
	ck_assert_int_eq(load(dir, "expected_feature_summary.tsv", &sum), 0);
	ck_assert_int_eq(load(dir, "expected_feature_info.tsv", &inf), 0);
	n = iss.rows;
	nchecks = sum.rows;
	for (c = 0; c < nchecks; c++) {
		ml_dl_check *k = &checks[c];
		memset(k, 0, sizeof *k);
		k->name = sum.cell[c][0];
		k->summary_score = strtod(sum.cell[c][1], NULL);
		k->num_issues = strtoul(sum.cell[c][2], NULL, 10);
		snprintf(flagcol, sizeof flagcol, "is_%s_issue", k->name);
		snprintf(scorecol, sizeof scorecol, "%s_score", k->name);
		flags[c] = malloc(n);
		scores[c] = malloc(n * sizeof *scores[c]);
		for (r = 0; r < n; r++) {
			flags[c][r] = (unsigned char)atoi(cell(&iss, r, flagcol));
			scores[c][r] = strtod(cell(&iss, r, scorecol), NULL);
		}
		k->flag = flags[c];
		k->score = scores[c];
		if (strcmp(k->name, "near_duplicate") == 0) {
			sets = malloc(n * sizeof *sets);
			dist = malloc(n * sizeof *dist);
			for (r = 0; r < n; r++) {
				size_t v[512], m = 0;
				const char *s = cell(&iss, r, "near_duplicate_set");
				char *end;
				while (*s) {
					v[m++] = strtoul(s, &end, 10);
					s = *end ? end + 1 : end;
				}
				sets[r] = ml_dl_list(v, m);
				dist[r] = strtod(cell(&iss, r, "distance_to_nearest_neighbor"), NULL);
			}
			extra[0] = (ml_dl_col){ "near_duplicate_sets", ML_DL_TEXT, NULL, NULL, NULL,
			                        (const char *const *)sets };
			extra[1] = (ml_dl_col){ "distance_to_nearest_neighbor", ML_DL_FLOAT, NULL, NULL,
			                        dist, NULL };
			k->extra = extra;
			k->nextra = 2;
		}
		if (strcmp(k->name, "non_iid") == 0) {
			snprintf(additional, sizeof additional, "\np-value: %s", info(&inf, "non_iid", "p-value"));
			k->additional = additional;
		}
		if (strcmp(k->name, "null") == 0)
			for (r = 0; r < n; r++) {
				if (flags[c][r])
					k->null_all++;
				else if (scores[c][r] < 1.0)
					k->null_some++;
			}
	}
	got = ml_dl_report(checks, nchecks, n, strtol(info(&inf, "statistics", "num_classes"), NULL, 10), 5,
	    ML_DL_CLEANLAB_REFS);
	want = slurp(dir, "expected_report.txt");
	ck_assert_ptr_nonnull(got);
	ck_assert_ptr_nonnull(want);
	if (strcmp(got, want) != 0) {
		size_t i = 0;
		while (got[i] && got[i] == want[i])
			i++;
		ck_abort_msg("%s: report differs at byte %zu:\n--- got ---\n%.300s\n--- want ---\n%.300s",
		             casename, i, got + (i > 100 ? i - 100 : 0), want + (i > 100 ? i - 100 : 0));
	}
	free(got);
	free(want);
	for (c = 0; c < nchecks; c++) {
		free(flags[c]);
		free(scores[c]);
	}
	if (sets)
		for (r = 0; r < n; r++)
			free(sets[r]);
	free(sets);
	free(dist);
	tsv_free(&iss);
	tsv_free(&sum);
	tsv_free(&inf);
}

START_TEST(report_quickstart) { check_case("features_quickstart"); }
END_TEST
START_TEST(report_cosine) { check_case("features_cosine"); }
END_TEST
START_TEST(report_noniid) { check_case("features_noniid"); }
END_TEST
START_TEST(report_nulls) { check_case("features_nulls"); }
END_TEST

START_TEST(table_float_trimming)
{
	static const double f[3] = { 0.5, 0.25, 1.0 };
	static const size_t rows2[2] = { 0, 2 }, rows3[3] = { 0, 1, 2 };
	ml_dl_col col = { "x", ML_DL_FLOAT, NULL, NULL, f, NULL };
	char *t;

	t = ml_dl_table(&col, 1, rows2, 2, 0);
	ck_assert_str_eq(t, "  x\n0.5\n1.0");
	free(t);
	t = ml_dl_table(&col, 1, rows3, 3, 1);
	ck_assert_str_eq(t, "      x\n0  0.50\n1  0.25\n2  1.00");
	free(t);
}
END_TEST

START_TEST(table_scientific)
{
	static const double f[2] = { 0.0, 1.1102230246251565e-16 };
	static const size_t rows[2] = { 1, 0 };
	ml_dl_col col = { "d", ML_DL_FLOAT, NULL, NULL, f, NULL };
	char *t = ml_dl_table(&col, 1, rows, 2, 1);

	ck_assert_str_eq(t, "              d\n1  1.110223e-16\n0  0.000000e+00");
	free(t);
}
END_TEST

START_TEST(list_cells)
{
	static const size_t v[3] = { 87, 162, 3 };
	char *s = ml_dl_list(v, 2), *e = ml_dl_list(v, 0);

	ck_assert_str_eq(s, "[87, 162]");
	ck_assert_str_eq(e, "[]");
	free(s);
	free(e);
}
END_TEST

START_TEST(no_issues)
{
	static const unsigned char fl[2] = { 0, 0 };
	static const double sc[2] = { 1, 1 };
	ml_dl_check k = { "null", 1.0, 0, fl, sc, NULL, 0, NULL, 0, 0, NULL };
	char *s = ml_dl_report(&k, 1, 2, -1, 5, ML_DL_CLEANLAB_REFS);

	ck_assert_str_eq(s, "No issues found in the data. Good job!\n\nTry re-running Datalab.report() "
	                 "with `show_summary_score = True` and `show_all_issues = True`.\n");
	free(s);
}
END_TEST

/* A section's example rows named by an id column; a row without a name keeps its number. */
START_TEST(section_names)
{
	static const unsigned char fl[3] = { 1, 0, 0 };
	static const double sc[3] = { 0.25, 0.5, 1.0 };
	static char a[] = "alpha", c[] = "c";
	char *const names[3] = { a, NULL, c };
	ml_dl_check k = { "outlier", 0.5833, 1, fl, sc, NULL, 0, NULL, 0, 0, names };
	char *s = ml_dl_section(&k, 3, 5), *t = strstr(s, "instances of this issue:\n");

	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t, "instances of this issue:\n"
	                 "       is_outlier_issue  outlier_score\n"
	                 "alpha              True           0.25\n"
	                 "1                 False           0.50\n"
	                 "c                 False           1.00");
	free(s);
}
END_TEST

/*
 * The pandas table rules of SPEC 5.12.4, hand-checked: the one renderer
 * (ml_dl_cells and ml_dl_layout) behind mlreport's text tables (lib/report.c)
 * and Datalab's report.  (report.c's JSON needs jansson, which the unit tests
 * do not link: its reals are pinned by tests/cli/mlreport-json-reals.t.)
 * These were tests/unit/test_report.c.
 */
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
	Suite *s = suite_create("datalab");
	TCase *t = tcase_create("datalab");

	tcase_add_test(t, report_quickstart);
	tcase_add_test(t, report_cosine);
	tcase_add_test(t, report_noniid);
	tcase_add_test(t, report_nulls);
	tcase_add_test(t, table_float_trimming);
	tcase_add_test(t, table_scientific);
	tcase_add_test(t, list_cells);
	tcase_add_test(t, no_issues);
	tcase_add_test(t, section_names);
	tcase_add_test(t, summary_without_index);
	tcase_add_test(t, bool_and_object_with_index);
	tcase_add_test(t, float_rules);
	tcase_add_test(t, layout_code_points);
	tcase_add_test(t, empty_frame);
	suite_add_tcase(s, t);
	return run_suite(s);
}
