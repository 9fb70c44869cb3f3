/*
 * input.c - the feature tools' stream: every row's features and the
 * stream's own kNN graph, read through the stream layer, and the output pass.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "features/features.h"

/* ---- the feature tools' input: features and an optional graph, all rows */

static int
grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t c = *cap ? *cap : 1024;
	void *q;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (!(q = realloc(*p, c * elem)))
		return -1;
	*p = q;
	*cap = c;
	return 0;
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

int
ml_feat_read(ml_feat *f, ml_reader *r, const char *prefix, int flags, ml_err *e)
{
	size_t ncols = ml_reader_ncols(r), plen = strlen(prefix), i, d, c;
	size_t *fcol = NULL, xcap = 0, gcap = 0, lcap = 0, w = 0;
	size_t kcol = SIZE_MAX, dcol = SIZE_MAX;
	unsigned long *line = NULL;
	const char **file = NULL;
	int rc;

	memset(f, 0, sizeof *f);
	if (!(fcol = malloc((ncols + 1) * sizeof *fcol)))
		return ml_err_oom(e);
	for (i = 0; i < ncols; i++) {
		const char *name = ml_reader_colname(r, i);
		if (strcmp(name, "knn") == 0)
			kcol = i;
		else if (strcmp(name, "knn_dist") == 0)
			dcol = i;
		else if (strncmp(name, prefix, plen) == 0 && name[plen] != '\0')
			fcol[f->dim++] = i;
	}
	if (flags & ML_FEAT_KNN) {
		if ((kcol == SIZE_MAX) != (dcol == SIZE_MAX)) {
			rc = ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			             "the graph needs both columns knn and knn_dist");
			goto out;
		}
		f->has_knn = kcol != SIZE_MAX;
	}
	if (f->dim == 0 && ((flags & ML_FEAT_X) || !f->has_knn)) {
		rc = ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		             "no feature columns (%s<name>)%s", prefix,
		             (flags & ML_FEAT_X) ? "" : " and no knn, knn_dist columns");
		goto out;
	}
	while ((rc = ml_reader_next(r, e)) > 0) {
		size_t n = f->n, len, dlen, nt;
		const char *s, *ds;

		if (grow((void **)&f->x, &xcap, (n + 1) * f->dim, sizeof *f->x) < 0)
			goto oom;
		for (d = 0; d < f->dim; d++) {
			double v;
			int code;
			s = ml_reader_field(r, fcol[d], &len);
			code = ml_parse_double(s, len, &v);
			if (code == ML_NUM_EMPTY || code == ML_NUM_NAN) {
				v = NAN;
				if (!f->has_nan)
					ml_reader_errf(r, &f->nan_err, fcol[d],
					               "missing feature value (the kNN graph needs every feature)");
				f->has_nan = 1;
			} else if (code != ML_NUM_OK) {
				rc = ml_reader_errf(r, e, fcol[d], code == ML_NUM_INF ?
				                    "feature value is not finite" : "feature value is not a number");
				goto out;
			}
			f->x[n * f->dim + d] = v;
		}
		if (f->has_knn) {
			s = ml_reader_field(r, kcol, &len);
			ds = ml_reader_field(r, dcol, &dlen);
			nt = count_tokens(s, len);
			if (n == 0)
				w = nt;
			if (nt == 0 || nt != w) {
				rc = ml_reader_errf(r, e, kcol, nt == 0 ? "empty neighbour list" :
				                    "a different number of neighbours than the first row");
				goto out;
			}
			if (count_tokens(ds, dlen) != w) {
				rc = ml_reader_errf(r, e, dcol, "not as many distances as neighbours in knn");
				goto out;
			}
			if (gcap < (n + 1) * w) {
				size_t old = gcap;
				void *p;
				if (grow((void **)&f->g.nbr, &gcap, (n + 1) * w, sizeof *f->g.nbr) < 0)
					goto oom;
				if (!(p = realloc(f->g.dist, gcap * sizeof *f->g.dist))) {
					gcap = old;
					goto oom;
				}
				f->g.dist = p;
			}
			if (lcap < n + 1) {
				void *p;
				if (grow((void **)&line, &lcap, n + 1, sizeof *line) < 0)
					goto oom;
				if (!(p = realloc(file, lcap * sizeof *file)))
					goto oom;
				file = p;
			}
			for (c = 0; c < w; c++) {
				const char *end = memchr(s, ',', len), *dend = memchr(ds, ',', dlen);
				size_t tl = end ? (size_t)(end - s) : len, dl = dend ? (size_t)(dend - ds) : dlen;
				double v;
				if (ml_parse_size(s, tl, &f->g.nbr[n * w + c]) < 0) {
					rc = ml_errf(e, ml_reader_file(r), ml_reader_line(r), "knn", s, tl,
					             "not a row number");
					goto out;
				}
				if (ml_parse_double(ds, dl, &v) != ML_NUM_OK || v < 0.0) {
					rc = ml_errf(e, ml_reader_file(r), ml_reader_line(r), "knn_dist", ds, dl,
					             "not a distance (a finite number >= 0)");
					goto out;
				}
				f->g.dist[n * w + c] = v;
				s += tl + 1, len -= tl + (end != NULL);
				ds += dl + 1, dlen -= dl + (dend != NULL);
			}
			line[n] = ml_reader_line(r);
			file[n] = ml_reader_file(r);
		}
		f->n++;
	}
	if (rc < 0)
		goto out;
	if (f->n == 0) {
		rc = ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
		goto out;
	}
	if (f->has_knn) {
		f->g.n = f->n;
		f->g.k = w;
		for (i = 0; i < f->n * w; i++)
			if (f->g.nbr[i] >= f->n) {
				char v[32];
				snprintf(v, sizeof v, "%zu", f->g.nbr[i]);
				rc = ml_errf(e, file[i / w], line[i / w], "knn", v, strlen(v),
				             "neighbour is not a row (there are %zu rows)", f->n);
				goto out;
			}
	}
	rc = 0;
	goto out;
oom:
	rc = ml_err_oom(e);
out:
	free(fcol);
	free(line);
	free(file);
	if (rc < 0)
		ml_feat_free(f);
	return rc;
}

int
ml_feat_graph(ml_feat *f, size_t k, int metric, int threads, ml_err *e)
{
	if (f->has_knn)
		return 0;
	if (f->dim == 0)
		return ml_errmsg(e, "no feature columns to build the kNN graph from");
	if (f->has_nan) {
		*e = f->nan_err;
		return -1;
	}
	if (metric == ML_METRIC_AUTO)
		metric = ml_metric_default(f->dim);
	if (ml_knn_build(&f->g, f->x, f->n, f->dim, k, metric, threads, e) < 0)
		return -1;
	f->built_metric = metric;
	return ml_knn_fix_duplicates(&f->g, f->x, f->dim, e);
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

	if (grow((void **)&f->buf, &f->bufcap, n * (ML_NUM_BUFSZ + 1) + 1, 1) < 0)
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

int
ml_feat_emit(ml_reader *r, const char *const *names, size_t nnew, ml_cell_fn cb, void *arg,
             const char *out, int delim, ml_err *e)
{
	ml_layout L;
	ml_writer *w;
	int n;

	if (ml_reader_rewind(r, e) < 0)
		return -1;
	if (ml_layout_init(&L, r, names, nnew, SIZE_MAX, NULL, e) < 0)
		return -1;
	if (!(w = ml_writer_open(out, delim, e))) {
		ml_layout_free(&L);
		return -1;
	}
	ml_layout_header(&L, r, names, w);
	while ((n = ml_reader_next(r, e)) > 0)
		if (ml_layout_row(&L, r, cb, arg, w) < 0 || ml_writer_failed(w))
			break;
	ml_layout_free(&L);
	if (n < 0) {
		ml_writer_abort(w);
		return -1;
	}
	return ml_writer_commit(w, e);
}

/* The output of ml_feat_check: the scores, the flags, then the check's own columns. */
struct check {
	ml_reader *r;
	ml_feat *f;
	double *score;
	unsigned char *flag;
	ml_extra_fn extra;
	void *arg;
};

static int
check_cell(void *arg, size_t j, ml_writer *w)
{
	struct check *c = arg;
	size_t i = ml_reader_rows(c->r) - 1;

	if (j == 0)
		return ml_writer_double(w, c->score[i]);
	if (j == 1)
		return ml_writer_field(w, c->flag[i] ? "1" : "0", 1);
	return c->extra(c->arg, c->f, i, j - 2, w);
}

int
ml_feat_check(char **files, int nfiles, int delim, const char *prefix, size_t k, int metric,
              const char *const *names, size_t nnames, ml_check_fn check, ml_extra_fn extra,
              void *arg, const char *out, ml_err *e)
{
	ml_feat f;
	struct check c = { NULL, &f, NULL, NULL, extra, arg };
	int rc = -1;

	if (!(c.r = ml_reader_open(files, nfiles, delim, ML_READ_REWIND, e)))
		return -1;
	if (ml_feat_read(&f, c.r, prefix, ML_FEAT_KNN, e) < 0)
		goto out;
	if (ml_feat_graph(&f, k, metric, 0, e) < 0)
		goto free;
	if (!(c.score = malloc(f.n * sizeof *c.score + 1)) || !(c.flag = malloc(f.n + 1))) {
		ml_err_oom(e);
		goto free;
	}
	if (check(arg, &f, c.score, c.flag, e) == 0)
		rc = ml_feat_emit(c.r, names, nnames, check_cell, &c, out, delim, e);
free:
	free(c.score);
	free(c.flag);
	ml_feat_free(&f);
out:
	ml_reader_close(c.r);
	return rc;
}
