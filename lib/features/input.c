/*
 * input.c - the feature checks' input: every row's features and the
 * stream's own kNN graph, read through the stream layer (a reader the
 * caller opened), and the list cells the feature tools write.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "features/features.h"

/* ---- the feature tools' input: features and an optional graph, all rows */

size_t
ml_feat_columns(const ml_reader *r, const char *prefix, size_t *col)
{
	size_t j, m = 0, plen = strlen(prefix);
	const char *name;

	for (j = 0; j < ml_reader_ncols(r); j++) {
		name = ml_reader_colname(r, j);
		if (strncmp(name, prefix, plen) == 0 && name[plen] != '\0' &&
		    strcmp(name, "knn") != 0 && strcmp(name, "knn_dist") != 0) {
			if (col)
				col[m] = j;
			m++;
		}
	}
	return m;
}

/* Splits a ','-joined field; returns the number of tokens, 0 for an empty field. */
static size_t
count_tokens(const char *s, size_t n)
{
	size_t i, c = 1;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		c += s[i] == ',';
	return c;
}

/* What ml_feat_read keeps while it reads: the columns, and where each graph row was. */
struct feat_read {
	ml_reader *r;
	size_t *fcol, kcol, dcol;
	size_t xcap, gcap, lcap, w;     /* w: neighbours per row, from the first row */
	unsigned long *line;
	const char **file;
};

/* The current row's features into f->x (a missing one is NaN, remembered in f->nan_err). */
static int
read_features(ml_feat *f, struct feat_read *R, ml_err *e)
{
	size_t n = f->n, d, len;
	const char *s;
	double v;
	int code;

	if (ml_grow(&f->x, &R->xcap, (n + 1) * f->dim, sizeof *f->x) < 0)
		return ml_err_oom(e);
	for (d = 0; d < f->dim; d++) {
		s = ml_reader_field(R->r, R->fcol[d], &len);
		code = ml_parse_double(s, len, &v);
		if (code == ML_NUM_EMPTY || code == ML_NUM_NAN) {
			v = NAN;
			if (!f->has_nan)
				ml_reader_errf(R->r, &f->nan_err, R->fcol[d],
				               "missing feature value (the kNN graph needs every feature)");
			f->has_nan = 1;
		} else if (code != ML_NUM_OK)
			return ml_reader_errf(R->r, e, R->fcol[d], code == ML_NUM_INF ?
			                      "feature value is not finite" : "feature value is not a number");
		f->x[n * f->dim + d] = v;
	}
	return 0;
}

/* Room for one more graph row of R->w neighbours and its position. */
static int
graph_room(ml_feat *f, struct feat_read *R, ml_err *e)
{
	size_t n = f->n, old = R->gcap;
	void *p;

	if (R->gcap < (n + 1) * R->w) {
		if (ml_grow(&f->g.nbr, &R->gcap, (n + 1) * R->w, sizeof *f->g.nbr) < 0)
			return ml_err_oom(e);
		if (!(p = realloc(f->g.dist, R->gcap * sizeof *f->g.dist))) {
			R->gcap = old;
			return ml_err_oom(e);
		}
		f->g.dist = p;
	}
	if (R->lcap < n + 1) {
		if (ml_grow(&R->line, &R->lcap, n + 1, sizeof *R->line) < 0)
			return ml_err_oom(e);
		if (!(p = realloc(R->file, R->lcap * sizeof *R->file)))
			return ml_err_oom(e);
		R->file = p;
	}
	return 0;
}

/* The current row's neighbours and distances (columns knn, knn_dist) into f->g. */
static int
read_graph_row(ml_feat *f, struct feat_read *R, ml_err *e)
{
	ml_reader *r = R->r;
	size_t n = f->n, len, dlen, nt, c, w;
	const char *s = ml_reader_field(r, R->kcol, &len), *ds = ml_reader_field(r, R->dcol, &dlen);
	double v;

	nt = count_tokens(s, len);
	if (n == 0)
		R->w = nt;
	w = R->w;
	if (nt == 0 || nt != w)
		return ml_reader_errf(r, e, R->kcol, nt == 0 ? "empty neighbour list" :
		                      "a different number of neighbours than the first row");
	if (count_tokens(ds, dlen) != w)
		return ml_reader_errf(r, e, R->dcol, "not as many distances as neighbours in knn");
	if (graph_room(f, R, e) < 0)
		return -1;
	for (c = 0; c < w; c++) {
		const char *end = memchr(s, ',', len), *dend = memchr(ds, ',', dlen);
		size_t tl = end ? (size_t)(end - s) : len, dl = dend ? (size_t)(dend - ds) : dlen;
		if (ml_parse_size(s, tl, &f->g.nbr[n * w + c]) < 0)
			return ml_errf(e, ml_reader_file(r), ml_reader_line(r), "knn", s, tl,
			               "not a row number");
		if (ml_parse_double(ds, dl, &v) != ML_NUM_OK || v < 0.0)
			return ml_errf(e, ml_reader_file(r), ml_reader_line(r), "knn_dist", ds, dl,
			               "not a distance (a finite number >= 0)");
		f->g.dist[n * w + c] = v;
		s += tl + 1, len -= tl + (end != NULL);
		ds += dl + 1, dlen -= dl + (dend != NULL);
	}
	R->line[n] = ml_reader_line(r);
	R->file[n] = ml_reader_file(r);
	return 0;
}

/* Every neighbour of the graph read is a row; the first that is not is the error. */
static int
graph_check(ml_feat *f, const struct feat_read *R, ml_err *e)
{
	size_t i, w = R->w;
	char v[32];

	f->g.n = f->n;
	f->g.k = w;
	for (i = 0; i < f->n * w; i++)
		if (f->g.nbr[i] >= f->n) {
			snprintf(v, sizeof v, "%zu", f->g.nbr[i]);
			return ml_errf(e, R->file[i / w], R->line[i / w], "knn", v, strlen(v),
			               "neighbour is not a row (there are %zu rows)", f->n);
		}
	return 0;
}

int
ml_feat_read(ml_feat *f, ml_reader *r, const char *prefix, int flags, ml_err *e)
{
	struct feat_read R;
	int rc;

	memset(f, 0, sizeof *f);
	memset(&R, 0, sizeof R);
	R.r = r;
	if (ml_cols_csv_header(r, e) < 0)
		return -1;
	R.kcol = ml_reader_find(r, "", "knn");
	R.dcol = ml_reader_find(r, "", "knn_dist");
	if (!(R.fcol = malloc((ml_reader_ncols(r) + 1) * sizeof *R.fcol)))
		return ml_err_oom(e);
	f->dim = ml_feat_columns(r, prefix, R.fcol);
	if (flags & ML_FEAT_KNN) {
		if ((R.kcol == SIZE_MAX) != (R.dcol == SIZE_MAX)) {
			rc = ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			             "the graph needs both columns knn and knn_dist");
			goto out;
		}
		f->has_knn = R.kcol != SIZE_MAX;
	}
	if (f->dim == 0 && ((flags & ML_FEAT_X) || !f->has_knn)) {
		rc = ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		             "no feature columns (%s<name>)%s", prefix,
		             (flags & ML_FEAT_X) ? "" : " and no knn, knn_dist columns");
		goto out;
	}
	while ((rc = ml_reader_next(r, e)) > 0) {
		if (read_features(f, &R, e) < 0 || (f->has_knn && read_graph_row(f, &R, e) < 0)) {
			rc = -1;
			goto out;
		}
		f->n++;
	}
	if (rc < 0)
		goto out;
	if (f->n == 0)
		rc = ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
	else if (f->has_knn)
		rc = graph_check(f, &R, e);
out:
	free(R.fcol);
	free(R.line);
	free(R.file);
	if (rc < 0)
		ml_feat_free(f);
	return rc;
}

int
ml_feat_graph(ml_feat *f, size_t k, int metric, int threads, ml_err *e)
{
	if (f->has_knn)
		return 0;
	return ml_feat_graph_rows(f, k, metric, threads, 0, f->n, e);
}

int
ml_feat_graph_rows(ml_feat *f, size_t k, int metric, int threads, size_t first, size_t end,
                   ml_err *e)
{
	if (f->dim == 0)
		return ml_errmsg(e, "no feature columns to build the kNN graph from");
	if (f->has_nan) {
		*e = f->nan_err;
		return -1;
	}
	if (metric == ML_METRIC_AUTO)
		metric = ml_metric_default(f->dim);
	if (ml_knn_build_rows(&f->g, f->x, f->n, f->dim, k, first, end, metric, threads, e) < 0)
		return -1;
	f->built_metric = metric;
	return ml_knn_fix_duplicates_rows(&f->g, f->x, f->n, f->dim, first, e);
}

void
ml_feat_free(ml_feat *f)
{
	free(f->x);
	free(f->buf);
	ml_knn_free(&f->g);
	f->x = NULL;
	f->buf = NULL;
	f->bufcap = 0;
}

int
ml_feat_write_list(ml_feat *f, ml_writer *w, const size_t *idx, const double *d, size_t n)
{
	size_t i, o = 0;

	if (ml_grow(&f->buf, &f->bufcap, n * (ML_NUM_BUFSZ + 1) + 1, 1) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (i)
			f->buf[o++] = ',';
		if (d)
			o += ml_format_double(d[i], f->buf + o);
		else
			o += (size_t)snprintf(f->buf + o, ML_NUM_BUFSZ, "%zu", idx[i]);
	}
	return ml_writer_field(w, f->buf, o);
}

