/*
 * test_spill.c - the column spill (spill.c: rows in, one class's column
 * out, across the spill's chunks) and the output layout (layout.c: new
 * columns appended, replacing a same-named input column in place, inserted
 * at a position, input columns dropped).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"
#include "check_main.h"

/*
 * k classes, n rows: they come back column by column, in row order, bit for
 * bit, with the last chunk in memory or (finish) written out too.
 */
static void
check_spill(size_t k, size_t n, int finish)
{
	double *p = malloc(k * sizeof *p), *col = malloc(n * sizeof *col);
	unsigned char *y = malloc(k), *ycol = malloc(n);
	ml_spill *s;
	ml_err e;
	size_t i, c;

	ck_assert(p && col && y && ycol);
	ck_assert_ptr_nonnull(s = ml_spill_open(k, &e));
	for (i = 0; i < n; i++) {
		for (c = 0; c < k; c++) {
			p[c] = (double)(i * k + c) / (double)(n * k);   /* distinct, exact in a double */
			y[c] = (unsigned char)((i + c) % 3 == 0);
		}
		ck_assert_int_eq(ml_spill_add(s, y, p, &e), 0);
	}
	ck_assert_uint_eq(ml_spill_rows(s), n);
	if (finish)
		ck_assert_int_eq(ml_spill_finish(s, &e), 0);
	for (c = k; c-- > 0;) {         /* any class order */
		size_t bad = 0;
		ck_assert_int_eq(ml_spill_column(s, c, col, ycol, &e), 0);
		for (i = 0; i < n; i++)
			bad += col[i] != (double)(i * k + c) / (double)(n * k) ||
			    ycol[i] != ((i + c) % 3 == 0);
		ck_assert_msg(bad == 0, "k %zu n %zu class %zu: %zu rows differ", k, n, c, bad);
	}
	ml_spill_close(s);
	free(p);
	free(col);
	free(y);
	free(ycol);
}

/*
 * Rows far beyond one chunk (4 MiB: 155,344 rows of 3 classes; 2048 rows
 * of 1000 classes), one chunk, and none; finished or not.
 */
START_TEST(spill_columns)
{
	check_spill(3, 400003, 0);
	check_spill(3, 400003, 1);
	check_spill(1000, 5003, 0);
	check_spill(1000, 5003, 1);
	check_spill(1000, 2048, 1);
	check_spill(3, 100, 1);
	check_spill(3, 0, 1);
}
END_TEST

static char path[64];
static char *files[1] = { path };

static ml_reader *
reader(const char *text)
{
	FILE *f;
	ml_err e;
	ml_reader *r;

	snprintf(path, sizeof path, "/tmp/test_spill.%ld", (long)getpid());
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fputs(text, f);
	fclose(f);
	ck_assert_ptr_nonnull(r = ml_reader_open(files, 1, '\t', 0, &e));
	return r;
}

/* The layout as a string: input column numbers, new columns as -1, -2, ... */
static void
shape(const ml_layout *L, char *buf)
{
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < L->nout; i++)
		sprintf(buf + strlen(buf), "%s%ld", i ? " " : "", L->src[i]);
}

START_TEST(layout_shapes)
{
	static const char *const two[] = { "label_score", "s_a" };
	static const unsigned char drop_b[4] = { 0, 0, 1, 0 };
	ml_reader *r = reader("id\tlabel_score\tb\tc\n1\t0.5\tx\ty\n");
	ml_layout L;
	ml_err e;
	char got[128];

	/* Appended at the end; label_score replaces input column 1 in place. */
	ck_assert_int_eq(ml_layout_init(&L, r, two, 2, SIZE_MAX, NULL, &e), 0);
	shape(&L, got);
	ck_assert_str_eq(got, "0 -1 2 3 -2");
	ck_assert(!ml_layout_appends(&L, r));
	ml_layout_free(&L);
	/* Inserted at column 2 (s_a only: label_score still replaces in place), b dropped. */
	ck_assert_int_eq(ml_layout_init(&L, r, two, 2, 2, drop_b, &e), 0);
	shape(&L, got);
	ck_assert_str_eq(got, "0 -1 -2 3");
	ml_layout_free(&L);
	/* Only new names: a pure append. */
	ck_assert_int_eq(ml_layout_init(&L, r, two + 1, 1, SIZE_MAX, NULL, &e), 0);
	shape(&L, got);
	ck_assert_str_eq(got, "0 1 2 3 -1");
	ck_assert(ml_layout_appends(&L, r));
	ml_layout_free(&L);
	ml_reader_close(r);
	unlink(path);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("spill");
	TCase *tc = tcase_create("stream");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, spill_columns);
	tcase_add_test(tc, layout_shapes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
