/*
 * data.c - mlcv's input: every row's features, given labels and (with
 * --folds-from) fold, read through the stream layer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cv/cv.h"

#define NONE ((size_t)-1)

/* The distinct class tokens of the label lists, sorted (classes from the labels). */
struct tokens {
	char  **s;
	size_t  n, cap;
	int     all_index;      /* every token is [0-9]+ */
	size_t  max_index;
};

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
token_add(struct tokens *t, const char *s, size_t n)
{
	size_t lo = 0, hi = t->n, i, v;
	char *copy;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int d = strncmp(t->s[mid], s, n);
		if (d == 0 && t->s[mid][n] != '\0')
			d = 1;
		if (d == 0)
			return 0;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i < n || ml_parse_size(s, n, &v) < 0)
		t->all_index = 0;
	else if (v > t->max_index)
		t->max_index = v;
	if (ml_grow(&t->s, &t->cap, t->n + 1, sizeof *t->s) < 0 || !(copy = malloc(n + 1)))
		return -1;
	memcpy(copy, s, n);
	copy[n] = '\0';
	memmove(t->s + lo + 1, t->s + lo, (t->n - lo) * sizeof *t->s);
	t->s[lo] = copy;
	t->n++;
	return 0;
}

/* The classes named by the label lists of all rows (the rows are checked later). */
static int
classes_from_lists(ml_cv_data *d, ml_reader *r, size_t labcol, ml_err *e)
{
	struct tokens t = { NULL, 0, 0, 1, 0 };
	size_t i, len;
	int rc;

	while ((rc = ml_reader_next(r, e)) > 0) {
		const char *s = ml_reader_field(r, labcol, &len), *end = s + len, *c;
		for (; s < end; s = c + 1) {
			if (!(c = memchr(s, ',', (size_t)(end - s))))
				c = end;
			if (c > s && token_add(&t, s, (size_t)(c - s)) < 0) {
				rc = ml_err_oom(e);
				break;
			}
		}
	}
	if (rc == 0 && t.n > 0 && t.all_index && t.max_index < ((size_t)1 << 24)) {
		d->k = t.max_index + 1;
		if (!(d->names = calloc(d->k, sizeof *d->names)))
			rc = ml_err_oom(e);
		for (i = 0; rc == 0 && i < d->k; i++)
			if (!(d->names[i] = ml_strdupf("%zu", i)))
				rc = ml_err_oom(e);
	} else if (rc == 0 && t.n > 0) {
		qsort(t.s, t.n, sizeof *t.s, cmp_str);
		d->names = t.s;
		d->k = t.n;
		t.s = NULL;
		t.n = 0;
	}
	for (i = 0; i < t.n; i++)
		free(t.s[i]);
	free(t.s);
	if (rc == 0 && ml_reader_rows(r) == 0)
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
	return rc < 0 ? -1 : ml_reader_rewind(r, e);
}

/* One row's y_ columns, 0 or 1 each. */
static int
onehot(const ml_reader *r, const size_t *ycol, size_t k, unsigned char *y, ml_err *e)
{
	size_t c, n;

	for (c = 0; c < k; c++) {
		const char *s = ml_reader_field(r, ycol[c], &n);
		if (n != 1 || (s[0] != '0' && s[0] != '1'))
			return ml_reader_errf(r, e, ycol[c], "one-hot value must be 0 or 1");
		y[c] = (unsigned char)(s[0] - '0');
	}
	return 0;
}

static int
features(const ml_reader *r, const size_t *fcol, size_t dim, double *x, ml_err *e)
{
	size_t j, len;

	for (j = 0; j < dim; j++) {
		const char *s = ml_reader_field(r, fcol[j], &len);
		int code = ml_parse_double(s, len, &x[j]);
		if (code == ML_NUM_EMPTY || code == ML_NUM_NAN)
			return ml_reader_errf(r, e, fcol[j], "missing feature value");
		if (code == ML_NUM_INF)
			return ml_reader_errf(r, e, fcol[j], "feature value is not finite");
		if (code != ML_NUM_OK)
			return ml_reader_errf(r, e, fcol[j], "feature value is not a number");
	}
	return 0;
}

/* Finds the y_ columns: all of them (no -c), else one per named class and no other. */
static int
find_y(ml_cv_data *d, const ml_reader *r, size_t **ycol, ml_err *e)
{
	size_t ncols = ml_reader_ncols(r), i, c, ny = 0;

	for (i = 0; i < ncols; i++)
		ny += strncmp(ml_reader_colname(r, i), "y_", 2) == 0;
	if (ny == 0)
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "no 'labels' column and no y_<class> columns (name another label column with -l)");
	if (!d->names) {
		if (!(d->names = calloc(ny, sizeof *d->names)))
			return ml_err_oom(e);
		for (i = 0; i < ncols; i++) {
			const char *s = ml_reader_colname(r, i);
			if (strncmp(s, "y_", 2) == 0 && !(d->names[d->k++] = ml_strdupf("%s", s + 2)))
				return ml_err_oom(e);
		}
	}
	if (!(*ycol = malloc(d->k * sizeof **ycol + 1)))
		return ml_err_oom(e);
	for (c = 0; c < d->k; c++)
		if (((*ycol)[c] = ml_reader_find(r, "y_", d->names[c])) == NONE)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no column 'y_%s' for class '%s' (named by -c)", d->names[c], d->names[c]);
	for (i = 0; i < ncols; i++) {
		const char *s = ml_reader_colname(r, i);
		if (strncmp(s, "y_", 2) == 0 && ny > d->k)
			for (c = 0; c < d->k && (*ycol)[c] != i; c++)
				;
		if (strncmp(s, "y_", 2) == 0 && ny > d->k && c == d->k)
			return ml_errf(e, ml_reader_file(r), 1, s, NULL, 0, "class not named by -c");
	}
	return 0;
}

/* The row's fold number from the --folds-from column. */
static int
read_fold(ml_cv_data *d, const ml_reader *r, size_t foldcol, ml_err *e)
{
	size_t len, i, *f = &d->fold[d->n];
	const char *s = ml_reader_field(r, foldcol, &len);

	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (len == 0 || i < len || ml_parse_size(s, len, f) < 0 || *f >= ((size_t)1 << 20))
		return ml_reader_errf(r, e, foldcol, "fold is not a fold number (0, 1, 2, ...)");
	if (*f + 1 > d->nfolds)
		d->nfolds = *f + 1;
	return 0;
}

int
ml_cv_read(ml_cv_data *d, ml_reader *r, const ml_cv_input *in, ml_err *e)
{
	size_t ncols = ml_reader_ncols(r), c;
	size_t *fcol = NULL, *ycol = NULL, foldcol = NONE, xcap = 0, ycap = 0, fcap = 0;
	ml_cols cols;
	int rc = -1, n;

	memset(d, 0, sizeof *d);
	memset(&cols, 0, sizeof cols);
	cols.labcol = ml_reader_find(r, "", in->labname ? in->labname : "labels");
	if (in->labname && cols.labcol == NONE) {
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "no column '%s' (named by -l)", in->labname);
		goto out;
	}
	if (!(fcol = malloc((ncols + 1) * sizeof *fcol)))
		goto oom;
	d->dim = ml_feat_columns(r, in->prefix, fcol);
	if (d->dim == 0) {
		if (ml_cols_csv_header(r, e) == 0)
			ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "no feature columns (%s<name>)",
			    in->prefix);
		goto out;
	}
	if (in->folds_from && (foldcol = ml_reader_find(r, "", in->folds_from)) == NONE) {
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "no column '%s' (named by --folds-from)",
		    in->folds_from);
		goto out;
	}
	if (in->classes) {
		if (!(d->names = calloc(in->nclasses + 1, sizeof *d->names)))
			goto oom;
		for (d->k = 0; d->k < in->nclasses; d->k++)
			if (!(d->names[d->k] = ml_strdupf("%s", in->classes[d->k])))
				goto oom;
	}
	if (cols.labcol == NONE) {
		if (find_y(d, r, &ycol, e) < 0)
			goto out;
	} else {
		if (!in->classes && classes_from_lists(d, r, cols.labcol, e) < 0)
			goto out;
		if (d->k == 0) {
			ml_errf(e, ml_reader_file(r), 0, ml_reader_colname(r, cols.labcol), NULL, 0,
			    "no row has a class: no classes to learn (name them with -c)");
			goto out;
		}
		if (ml_cols_set_names(&cols, d->names, d->k, e) < 0)
			goto out;
		cols.labcol = ml_reader_find(r, "", in->labname ? in->labname : "labels");
		cols.labname = ml_reader_colname(r, cols.labcol);
	}
	if (d->k < 2) {
		ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "only one class ('%s'): one-vs-rest needs at least 2 (name them with -c)",
		    d->names[0]);
		goto out;
	}
	if (!(d->count = calloc(d->k, sizeof *d->count)))
		goto oom;
	while ((n = ml_reader_next(r, e)) > 0) {
		unsigned char *y;
		if (ml_grow(&d->x, &xcap, (d->n + 1) * d->dim, sizeof *d->x) < 0 ||
		    ml_grow(&d->y, &ycap, (d->n + 1) * d->k, 1) < 0 ||
		    (foldcol != NONE && ml_grow(&d->fold, &fcap, d->n + 1, sizeof *d->fold) < 0))
			goto oom;
		y = d->y + d->n * d->k;
		if (features(r, fcol, d->dim, d->x + d->n * d->dim, e) < 0)
			goto out;
		if (ycol ? onehot(r, ycol, d->k, y, e) < 0 : ml_cols_labels(&cols, r, y, &d->dups, e) < 0)
			goto out;
		if (foldcol != NONE && read_fold(d, r, foldcol, e) < 0)
			goto out;
		for (c = 0; c < d->k; c++)
			d->count[c] += y[c];
		d->n++;
	}
	if (n < 0)
		goto out;
	if (d->n == 0) {
		ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
		goto out;
	}
	for (c = 0; c < d->k; c++)
		if (d->count[c] == d->n) {
			ml_errmsg(e, "class '%s' is given to every row: its one-vs-rest model has "
			    "nothing to learn", d->names[c]);
			goto out;
		}
	rc = ml_reader_rewind(r, e);
	goto out;
oom:
	ml_err_oom(e);
out:
	/* cols points into d->names and the header; only its own arrays are freed. */
	ml_cols_free(&cols);
	free(fcol);
	free(ycol);
	if (rc < 0)
		ml_cv_data_free(d);
	return rc;
}

void
ml_cv_data_free(ml_cv_data *d)
{
	size_t c;

	if (d->names)
		for (c = 0; c < d->k; c++)
			free(d->names[c]);
	free(d->names);
	free(d->x);
	free(d->y);
	free(d->count);
	free(d->fold);
	memset(d, 0, sizeof *d);
}
