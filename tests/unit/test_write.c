/*
 * test_write.c - the output stream (write.c): fields and rows, CSV's
 * minimal RFC 4180 quoting, numbers that read back to the same double,
 * and -o FILE written to a temporary file renamed on commit (or removed
 * on abort).  Expected bytes follow from DESIGN.md's stream contract.
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mlaudit.h"
#include "check_main.h"

static char dir[64];

static void
make_dir(void)
{
	snprintf(dir, sizeof dir, "/tmp/test_write.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

/* The directory's entries, sorted, joined with ' '. */
static void
entries(char *out, size_t cap)
{
	struct dirent **d;
	int n = scandir(dir, &d, NULL, alphasort);

	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (d[i]->d_name[0] != '.' && strlen(out) + strlen(d[i]->d_name) + 2 < cap) {
			if (out[0])
				strcat(out, " ");
			strcat(out, d[i]->d_name);
		}
		free(d[i]);
	}
	free(d);
}

static void
slurp(const char *path, char *out, size_t cap)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	ck_assert_ptr_nonnull(f);
	n = fread(out, 1, cap - 1, f);
	out[n] = '\0';
	fclose(f);
}

static void
remove_dir(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* Writes rows of fields to FILE with delimiter delim; returns the bytes. */
static void
write_rows(int delim, const char *const *fields, size_t n, size_t per_row, char *out, size_t cap)
{
	char path[128];
	ml_err e;
	ml_writer *w;

	make_dir();
	snprintf(path, sizeof path, "%s/out", dir);
	ck_assert_ptr_nonnull(w = ml_writer_open(path, delim, &e));
	for (size_t i = 0; i < n; i++) {
		ck_assert_int_eq(ml_writer_str(w, fields[i]), 0);
		if ((i + 1) % per_row == 0)
			ck_assert_int_eq(ml_writer_endrow(w), 0);
	}
	ck_assert_int_eq(ml_writer_commit(w, &e), 0);
	slurp(path, out, cap);
	remove_dir();
}

/* TSV: fields joined with TAB, rows ended with LF, nothing quoted. */
START_TEST(tsv_fields)
{
	static const char *const f[] = { "id", "a,b", "say \"hi\"", "", "x", "y" };
	char got[256];

	write_rows('\t', f, 6, 3, got, sizeof got);
	ck_assert_str_eq(got, "id\ta,b\tsay \"hi\"\n\tx\ty\n");
}
END_TEST

/* CSV: only fields with a comma, quote, CR or LF are quoted; quotes doubled. */
START_TEST(csv_quoting)
{
	static const char *const f[] = { "plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "" };
	char got[256];

	write_rows(',', f, 6, 6, got, sizeof got);
	ck_assert_str_eq(got, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\n");
}
END_TEST

/* Numbers: Python's repr, which reads back to the same double. */
START_TEST(numbers)
{
	static const double x[] = { 0.1, 1.0, 0.8200000000000001, 1e-05, 0.0, -0.0, 1e300, 5e-324 };
	static const char *const want =
	    "0.1\t1.0\t0.8200000000000001\t1e-05\t0.0\t-0.0\t1e+300\t5e-324\t-7\n";
	char path[128], got[256];
	ml_err e;
	ml_writer *w;

	make_dir();
	snprintf(path, sizeof path, "%s/out", dir);
	ck_assert_ptr_nonnull(w = ml_writer_open(path, '\t', &e));
	for (size_t i = 0; i < sizeof x / sizeof x[0]; i++)
		ck_assert_int_eq(ml_writer_double(w, x[i]), 0);
	ck_assert_int_eq(ml_writer_long(w, -7), 0);
	ck_assert_int_eq(ml_writer_endrow(w), 0);
	ck_assert_uint_eq(ml_writer_offset(w), strlen(want));
	ck_assert_int_eq(ml_writer_commit(w, &e), 0);
	slurp(path, got, sizeof got);
	ck_assert_str_eq(got, want);
	/* Each reads back to the same double. */
	{
		char *s = got;
		for (size_t i = 0; i < sizeof x / sizeof x[0]; i++) {
			size_t n = strcspn(s, "\t");
			double y;
			ck_assert_int_eq(ml_parse_double(s, n, &y), ML_NUM_OK);
			ck_assert(memcmp(&x[i], &y, sizeof y) == 0);
			s += n + 1;
		}
	}
	remove_dir();
}
END_TEST

/*
 * -o FILE: until commit the old FILE is untouched and the rows are in a
 * temporary file beside it; commit renames it into place (with the mode a
 * new file gets); abort removes it and leaves FILE.
 */
START_TEST(commit_and_abort)
{
	char path[128], got[256], ls[256];
	ml_err e;
	ml_writer *w;
	FILE *f;

	make_dir();
	snprintf(path, sizeof path, "%s/out", dir);
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fputs("old\n", f);
	fclose(f);

	ck_assert_ptr_nonnull(w = ml_writer_open(path, '\t', &e));
	ck_assert_int_eq(ml_writer_str(w, "new"), 0);
	ck_assert_int_eq(ml_writer_endrow(w), 0);
	ck_assert_int_eq(ml_writer_flush(w, &e), 0);
	slurp(path, got, sizeof got);
	ck_assert_str_eq(got, "old\n");
	entries(ls, sizeof ls);
	ck_assert_uint_eq(strlen(ls), strlen("out out.tmp.XXXXXX"));
	ck_assert(strncmp(ls, "out out.tmp.", 12) == 0);
	ml_writer_abort(w);
	entries(ls, sizeof ls);
	ck_assert_str_eq(ls, "out");
	slurp(path, got, sizeof got);
	ck_assert_str_eq(got, "old\n");

	ck_assert_ptr_nonnull(w = ml_writer_open(path, '\t', &e));
	ck_assert_int_eq(ml_writer_str(w, "new"), 0);
	ck_assert_int_eq(ml_writer_endrow(w), 0);
	ck_assert_int_eq(ml_writer_commit(w, &e), 0);
	entries(ls, sizeof ls);
	ck_assert_str_eq(ls, "out");
	slurp(path, got, sizeof got);
	ck_assert_str_eq(got, "new\n");
	{
		struct stat st;
		mode_t um = umask(0);
		umask(um);
		ck_assert_int_eq(stat(path, &st), 0);
		ck_assert_uint_eq(st.st_mode & 0777, 0666 & ~um);
	}
	remove_dir();

	/* A directory that does not exist: named, "cannot create". */
	ck_assert_ptr_null(ml_writer_open("/nonexistent/dir/out", '\t', &e));
	ck_assert_str_eq(e.msg, "/nonexistent/dir/out: cannot create: No such file or directory");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("write");
	TCase *t = tcase_create("write");

	tcase_add_test(t, tsv_fields);
	tcase_add_test(t, csv_quoting);
	tcase_add_test(t, numbers);
	tcase_add_test(t, commit_and_abort);
	suite_add_tcase(s, t);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
