/*
 * test_cols.c - the roles of the columns (cols.c): p_ columns in header
 * order are the classes, the label list or else the y_ columns matched by
 * name, class indices and names in a list, duplicates, and the errors of
 * DESIGN.md ("Labels source", "Numbers").
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"
#include "check_main.h"

static char path[64];
static char *files[1] = { path };

/* A reader on s, positioned on its first data row. */
static ml_reader *
reader(const char *s)
{
	FILE *f;
	ml_err e;
	ml_reader *r;

	snprintf(path, sizeof path, "/tmp/test_cols.%ld", (long)getpid());
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fputs(s, f);
	fclose(f);
	ck_assert_ptr_nonnull(r = ml_reader_open(files, 1, '\t', 0, &e));
	ck_assert_int_eq(ml_reader_next(r, &e), 1);
	return r;
}

static void
done(ml_reader *r, ml_cols *c)
{
	ml_cols_free(c);
	ml_reader_close(r);
	unlink(path);
}

/* The p_ columns' order is the class order, wherever they are. */
START_TEST(p_order_and_labels)
{
	ml_reader *r = reader("p_face\tid\tlabels\tp_car\tp_dog\nx\tr1\tdog,0\t0.5\t0.25\n");
	ml_cols c;
	ml_err e;
	unsigned char y[3];
	double p[3];
	int dups = 0;

	ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_P | ML_COLS_NEED_LABELS, &e), 0);
	ck_assert_uint_eq(c.k, 3);
	ck_assert_str_eq(c.names[0], "face");
	ck_assert_str_eq(c.names[1], "car");
	ck_assert_str_eq(c.names[2], "dog");
	ck_assert_uint_eq(c.pcol[0], 0);
	ck_assert_uint_eq(c.pcol[1], 3);
	ck_assert_uint_eq(c.pcol[2], 4);
	ck_assert_uint_eq(c.labcol, 2);
	ck_assert_uint_eq(ml_cols_lookup(&c, "dog", 3), 2);
	ck_assert_uint_eq(ml_cols_lookup(&c, "cat", 3), (size_t)-1);
	/* "dog,0": a name and an index. */
	ck_assert_int_eq(ml_cols_labels(&c, r, y, &dups, &e), 0);
	ck_assert(y[0] == 1 && y[1] == 0 && y[2] == 1 && !dups);
	/* p_face is 'x': not a number, named with its column. */
	ck_assert_int_eq(ml_cols_probs(&c, r, p, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, ":2: column 'p_face': "));
	ck_assert_ptr_nonnull(strstr(e.msg, ": 'x'"));
	done(r, &c);
}
END_TEST

/* Without a label list the y_ columns are matched to the classes by name. */
START_TEST(y_columns)
{
	ml_reader *r = reader("y_b\tp_a\tp_b\ty_a\n1\t0.5\t1\t0\n");
	ml_cols c;
	ml_err e;
	unsigned char y[2];
	double p[2];
	int dups = 0;

	ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_P | ML_COLS_NEED_LABELS, &e), 0);
	ck_assert_uint_eq(c.labcol, (size_t)-1);
	ck_assert_ptr_nonnull(c.ycol);
	ck_assert_uint_eq(c.ycol[0], 3);
	ck_assert_uint_eq(c.ycol[1], 0);
	ck_assert_int_eq(ml_cols_labels(&c, r, y, &dups, &e), 0);
	ck_assert(y[0] == 0 && y[1] == 1);
	ck_assert_int_eq(ml_cols_probs(&c, r, p, &e), 0);
	ck_assert(p[0] == 0.5 && p[1] == 1.0);
	done(r, &c);

	/* A class without its y_ column, and a y_ column without its class. */
	r = reader("p_a\tp_b\ty_a\n0.5\t0.5\t1\n");
	ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_LABELS, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, "y_b"));
	ml_cols_free(&c);               /* the caller frees after an error too */
	ml_reader_close(r);
	r = reader("p_a\ty_a\ty_z\n0.5\t1\t0\n");
	ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_LABELS, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, "y_z"));
	ml_cols_free(&c);
	ml_reader_close(r);
	unlink(path);
}
END_TEST

/* -l NAME picks the list; duplicates collapse and are reported; bad tokens. */
START_TEST(list_tokens)
{
	static const struct { const char *list; const char *msg; } bad[] = {
		{ "3", "class index out of range" },
		{ "-1", "negative class index" },
		{ "1.0", "class index is not an integer" },
		{ "1,,2", "empty class in the label list" },
		{ "cat", "unknown class name" },
	};
	ml_reader *r = reader("tags\tp_a\tp_b\tp_c\n01,1,c\t0\t0\t0\n");
	ml_cols c;
	ml_err e;
	unsigned char y[3];
	int dups = 0;

	ck_assert_int_eq(ml_cols_find(&c, r, "tags", ML_COLS_NEED_LABELS, &e), 0);
	ck_assert_uint_eq(c.labcol, 0);
	/* "01" is class 1, named twice with "1". */
	ck_assert_int_eq(ml_cols_labels(&c, r, y, &dups, &e), 0);
	ck_assert(y[0] == 0 && y[1] == 1 && y[2] == 1 && dups);
	done(r, &c);

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char s[128], want[128];
		snprintf(s, sizeof s, "labels\tp_a\tp_b\tp_c\n%s\t0\t0\t0\n", bad[i].list);
		r = reader(s);
		ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_LABELS, &e), 0);
		ck_assert_int_eq(ml_cols_labels(&c, r, y, &dups, &e), -1);
		snprintf(want, sizeof want, ":2: column 'labels': %s", bad[i].msg);
		ck_assert_ptr_nonnull(strstr(e.msg, want));
		snprintf(want, sizeof want, ": '%s'", bad[i].list);
		ck_assert_ptr_nonnull(strstr(e.msg, want));
		done(r, &c);
	}
}
END_TEST

/* Missing roles: no p_ columns, no labels at all. */
START_TEST(missing_columns)
{
	ml_reader *r = reader("id\tlabels\nr1\t0\n");
	ml_cols c;
	ml_err e;

	ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_P, &e), -1);
	ml_cols_free(&c);
	ml_reader_close(r);
	r = reader("id\tp_a\nr1\t0.5\n");
	ck_assert_int_eq(ml_cols_find(&c, r, NULL, ML_COLS_NEED_LABELS, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, ":1: no 'labels' column"));
	ml_cols_free(&c);
	ml_reader_close(r);
	unlink(path);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("cols");
	TCase *t = tcase_create("cols");

	tcase_add_test(t, p_order_and_labels);
	tcase_add_test(t, y_columns);
	tcase_add_test(t, list_tokens);
	tcase_add_test(t, missing_columns);
	suite_add_tcase(s, t);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
