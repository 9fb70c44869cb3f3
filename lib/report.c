/*
 * report.c - mlreport's audit: the label check's issue summary and most
 * severe examples (Datalab's report, SPEC 5.12) and cleanlab's dataset
 * health tables (SPEC 4), rendered as text, JSON or an HTML page.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mlaudit.h"

/* ------------------------------------------------------- the second pass */

static size_t
find_col(const ml_reader *r, const char *name)
{
	size_t j;

	for (j = 0; j < ml_reader_ncols(r); j++)
		if (strcmp(ml_reader_colname(r, j), name) == 0)
			return j;
	return (size_t)-1;
}

/* Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), as JSON needs. */
static int
utf8_valid(const char *s, size_t n)
{
	static const unsigned long least[4] = { 0, 0x80, 0x800, 0x10000 };
	const unsigned char *u = (const unsigned char *)s, *end = u + n;
	unsigned long cp;
	int k, j;

	while (u < end) {
		if (*u < 0x80) {
			u++;
			continue;
		}
		k = (*u & 0xe0) == 0xc0 ? 1 : (*u & 0xf0) == 0xe0 ? 2 : (*u & 0xf8) == 0xf0 ? 3 : 0;
		if (k == 0 || end - u <= k)
			return 0;
		cp = *u++ & (0x3fu >> k);
		for (j = 0; j < k; j++, u++) {
			if ((*u & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (*u & 0x3f);
		}
		if (cp < least[k] || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return 0;
	}
	return 1;
}

/* Reads an issue_classes field ("-face,+nsfw") into the ML_REP_WRONG bits. */
static int
parse_issue_classes(const ml_audit *a, const ml_reader *r, size_t col,
    unsigned char *cls, ml_err *e)
{
	size_t n, i, j, c;
	const char *s = ml_reader_field(r, col, &n);

	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && s[j] != ','; j++)
			;
		if (j - i < 2 || (s[i] != '-' && s[i] != '+') ||
		    (c = ml_cols_lookup(&a->cols, s + i + 1, j - i - 1)) == (size_t)-1)
			return ml_reader_errf(r, e, col,
			    "not a list of -CLASS / +CLASS (a class judged wrong)");
		/* "-c" only for a given class, "+c" only for one not given. */
		if ((s[i] == '-') != ((cls[c] & ML_REP_GIVEN) != 0))
			return ml_reader_errf(r, e, col, s[i] == '-' ?
			    "names a class to remove that is not given" :
			    "names a class to add that is already given");
		cls[c] |= ML_REP_WRONG;
	}
	return 0;
}

int
ml_rep_build(ml_rep *rep, const ml_audit *a, ml_reader *r, const ml_rep_opts *o, ml_err *e)
{
	size_t n = a->n, k = a->k, i, c, m = 0, len, idcol, scol = (size_t)-1,
	    icol = (size_t)-1, ccol = (size_t)-1, *rows = NULL, *perm = NULL;
	unsigned char *y = NULL, *cls = NULL;
	double *p = NULL, *s = NULL, x;
	ml_rep_example *ex = NULL;
	const char *f;
	int dups, rc, flagged, ret = -1;

	memset(rep, 0, sizeof *rep);
	rep->n = n;
	rep->k = k;
	if (o->idcol) {
		if ((idcol = find_col(r, o->idcol)) == (size_t)-1)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no '%s' column (named by --id)", o->idcol);
	} else
		idcol = find_col(r, "id");
	if (!o->recompute) {
		scol = find_col(r, "label_score");
		icol = find_col(r, "is_label_issue");
		ccol = find_col(r, "issue_classes");
		if (icol == (size_t)-1)
			ccol = (size_t)-1;
	}
	if (!(rep->names = calloc(k ? k : 1, sizeof *rep->names)) ||
	    !(rep->scores = malloc((n ? n : 1) * sizeof *rep->scores)) ||
	    !(rep->common = malloc((k ? 2 * k : 1) * sizeof *rep->common)) ||
	    !(rep->ranking = malloc((k ? k : 1) * sizeof *rep->ranking)) ||
	    !(ex = malloc((n ? n : 1) * sizeof *ex)) ||
	    !(rows = malloc((n ? n : 1) * sizeof *rows)) ||
	    !(y = malloc(k ? k : 1)) || !(p = malloc((k ? k : 1) * sizeof *p)) ||
	    !(s = malloc((k ? k : 1) * sizeof *s)))
		goto oom;
	for (c = 0; c < k; c++)
		if (!(rep->names[c] = strdup(a->cols.names[c])))
			goto oom;
	if (idcol != (size_t)-1 && !(rep->idname = strdup(ml_reader_colname(r, idcol))))
		goto oom;

	if (ml_reader_rewind(r, e) < 0)
		goto out;
	for (i = 0; (rc = ml_reader_next(r, e)) > 0; i++) {
		if (i >= n) {
			i = n + 1;      /* more rows than the first reading */
			break;
		}
		if (ml_cols_labels(&a->cols, r, y, &dups, e) < 0 ||
		    ml_cols_probs(&a->cols, r, p, e) < 0)
			goto out;
		if (scol != (size_t)-1) {
			f = ml_reader_field(r, scol, &len);
			if (ml_parse_double(f, len, &x) != ML_NUM_OK || !(x >= 0.0 && x <= 1.0)) {
				ml_reader_errf(r, e, scol, "not a label score in [0, 1]");
				goto out;
			}
			rep->scores[i] = x;
		} else {
			for (c = 0; c < k; c++)
				s[c] = ml_class_score(o->method, y[c], p[c],
				    o->adjust ? a->res[c].thr : NULL);
			rep->scores[i] = ml_aggregate(&o->agg, s, k);
		}
		if (icol != (size_t)-1) {
			f = ml_reader_field(r, icol, &len);
			if (len != 1 || (f[0] != '0' && f[0] != '1')) {
				ml_reader_errf(r, e, icol, "not 0 or 1");
				goto out;
			}
			flagged = f[0] == '1';
		} else
			flagged = a->issue[i] != 0;
		if (!flagged)
			continue;
		if (!(cls = malloc(k ? k : 1)))
			goto oom;
		ex[m].row = i;
		ex[m].score = rep->scores[i];
		ex[m].cls = cls;
		ex[m].id = NULL;
		m++;
		for (c = 0; c < k; c++) {
			cls[c] = (y[c] ? ML_REP_GIVEN : 0) | (p[c] > 0.5 ? ML_REP_PREDICTED : 0);
			if (ccol == (size_t)-1 && ML_BIT(a->flags, i * k + c))
				cls[c] |= ML_REP_WRONG;
		}
		if (ccol != (size_t)-1 && parse_issue_classes(a, r, ccol, cls, e) < 0)
			goto out;
		if (idcol != (size_t)-1) {
			f = ml_reader_field(r, idcol, &len);
			if (o->utf8_ids && !utf8_valid(f, len)) {
				ml_reader_errf(r, e, idcol, "not valid UTF-8, cannot be written as JSON");
				goto out;
			}
			if (!(ex[m - 1].id = malloc(len + 1)))
				goto oom;
			memcpy(ex[m - 1].id, f, len);
			ex[m - 1].id[len] = '\0';
		}
	}
	if (rc < 0)
		goto out;
	if (i != n) {
		ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its two readings");
		goto out;
	}

	/* The flagged rows ranked by label_score (numpy argsort over them). */
	if (!(perm = malloc((m ? m : 1) * sizeof *perm)) ||
	    !(rep->ex = malloc((m ? m : 1) * sizeof *rep->ex)))
		goto oom;
	for (i = 0; i < m; i++)
		rows[i] = ex[i].row;
	ml_argsort_subset(rep->scores, rows, m, perm);
	for (i = 0; i < m; i++)
		rep->ex[i] = ex[perm[i]];
	rep->nissues = m;
	m = 0;

	rep->score = n ? ml_pairwise_sum(rep->scores, n) / (double)n : NAN;
	rep->health = 1.0 - (double)a->def_nissues / (double)n;
	if (ml_common_issues(k, a->def_given, a->def_added, n, rep->common) < 0 ||
	    ml_class_ranking(k, rep->common, n, rep->ranking) < 0)
		goto oom;
	ret = 0;
	goto out;
oom:
	ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
out:
	/* Examples not (yet) moved into rep->ex. */
	for (i = 0; i < m; i++) {
		free(ex[i].cls);
		free(ex[i].id);
	}
	free(ex);
	free(rows);
	free(perm);
	free(y);
	free(p);
	free(s);
	if (ret < 0)
		ml_rep_free(rep);
	return ret;
}

void
ml_rep_free(ml_rep *rep)
{
	size_t i;

	if (rep->names)
		for (i = 0; i < rep->k; i++)
			free(rep->names[i]);
	if (rep->ex)
		for (i = 0; i < rep->nissues; i++) {
			free(rep->ex[i].cls);
			free(rep->ex[i].id);
		}
	free(rep->names);
	free(rep->idname);
	free(rep->scores);
	free(rep->common);
	free(rep->ranking);
	free(rep->ex);
	memset(rep, 0, sizeof *rep);
}

/* ---------------------------------------------------------- text helpers */

/* A growing string. */
struct buf {
	char  *s;
	size_t len, cap;
	int    oom;
};

static void
bputn(struct buf *b, const char *s, size_t n)
{
	char *t;

	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		if (!(t = realloc(b->s, cap))) {
			b->oom = 1;
			return;
		}
		b->s = t;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
bputs(struct buf *b, const char *s)
{
	bputn(b, s, strlen(s));
}

static void
bpad(struct buf *b, char c, size_t n)
{
	while (n-- > 0)
		bputn(b, &c, 1);
}

static void __attribute__((format(printf, 2, 3)))
bprintf(struct buf *b, const char *fmt, ...)
{
	char small[256], *big;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		bputn(b, small, (size_t)n);
		return;
	}
	if (!(big = malloc((size_t)n + 1))) {
		b->oom = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	bputn(b, big, (size_t)n);
	free(big);
}

static int
bdone(struct buf *b, char **out, size_t *len)
{
	if (!b->oom && !b->s)
		bputn(b, "", 0);
	if (b->oom) {
		free(b->s);
		return -1;
	}
	*out = b->s;
	*len = b->len;
	return 0;
}

/* Display width of UTF-8 text: one column per code point. */
static size_t
width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

/* ----------------------------------------------- pandas tables (5.12.4) */

enum { COL_STR, COL_NUM };

struct table {
	size_t nrows, ncols;
	const char **head;      /* ncols */
	int *kind;              /* ncols: COL_STR / COL_NUM */
	char **cell;            /* nrows * ncols, row-major */
	char **index;           /* nrows, or NULL: no index column */
	int oom;
};

static int
table_init(struct table *t, size_t nrows, size_t ncols, int with_index)
{
	memset(t, 0, sizeof *t);
	t->nrows = nrows;
	t->ncols = ncols;
	t->head = calloc(ncols, sizeof *t->head);
	t->kind = calloc(ncols, sizeof *t->kind);
	t->cell = calloc(nrows * ncols + 1, sizeof *t->cell);
	if (with_index)
		t->index = calloc(nrows + 1, sizeof *t->index);
	if (!t->head || !t->kind || !t->cell || (with_index && !t->index))
		t->oom = 1;
	return t->oom ? -1 : 0;
}

static void
table_free(struct table *t)
{
	size_t i;

	if (t->cell)
		for (i = 0; i < t->nrows * t->ncols; i++)
			free(t->cell[i]);
	if (t->index)
		for (i = 0; i < t->nrows; i++)
			free(t->index[i]);
	free(t->head);
	free(t->kind);
	free(t->cell);
	free(t->index);
}

static char * __attribute__((format(printf, 1, 2)))
xprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(s = malloc((size_t)n + 1)))
		return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

static void
set_cell(struct table *t, size_t i, size_t j, char *s)
{
	if (!s)
		t->oom = 1;
	t->cell[i * t->ncols + j] = s;
}

/* With the index shown, every cell gets one leading space. */
static const char *
lead(const struct table *t)
{
	return t->index ? " " : "";
}

static void
col_str(struct table *t, size_t j, size_t i, const char *s)
{
	set_cell(t, i, j, xprintf("%s%s", lead(t), s));
}

static void
col_long(struct table *t, size_t j, size_t i, long v)
{
	set_cell(t, i, j, xprintf("%s%ld", lead(t), v));
}

static void
col_bool(struct table *t, size_t j, size_t i, int v)
{
	set_cell(t, i, j, xprintf("%s%s", lead(t), v ? "True" : "False"));
}

/*
 * A float column as pandas prints it: "% .6f" (index shown) or "%.6f",
 * "% .6e" / "%.6e" when some 0 < |v| < 1e-6; fixed-point cells lose
 * trailing zeros together, and a bare "." gets one back.
 */
static void
col_float(struct table *t, size_t j, const double *v)
{
	size_t i, n = t->nrows;
	int sci = 0, trim;
	char *s;

	for (i = 0; i < n; i++)
		if (v[i] != 0.0 && fabs(v[i]) < 1e-6)
			sci = 1;
	for (i = 0; i < n; i++) {
		if (isnan(v[i]))
			s = xprintf("%sNaN", lead(t));
		else if (sci)
			s = xprintf(t->index ? "% .6e" : "%.6e", v[i]);
		else
			s = xprintf(t->index ? "% .6f" : "%.6f", v[i]);
		set_cell(t, i, j, s);
	}
	if (sci || t->oom || n == 0)
		return;
	for (;;) {
		trim = 1;
		for (i = 0; i < n && trim; i++) {
			s = t->cell[i * t->ncols + j];
			trim = strchr(s, '.') && s[strlen(s) - 1] == '0';
		}
		if (!trim)
			break;
		for (i = 0; i < n; i++) {
			s = t->cell[i * t->ncols + j];
			s[strlen(s) - 1] = '\0';
		}
	}
	for (i = 0; i < n; i++) {
		s = t->cell[i * t->ncols + j];
		if (s[strlen(s) - 1] == '.' && !(t->cell[i * t->ncols + j] = xprintf("%s0", s)))
			t->oom = 1;
		if (t->cell[i * t->ncols + j] != s)
			free(s);
	}
}

static void
table_render(const struct table *t, struct buf *b)
{
	size_t i, j, w, iw = 0, *cw;
	const char *h;

	if (!(cw = calloc(t->ncols + 1, sizeof *cw))) {
		b->oom = 1;
		return;
	}
	for (j = 0; j < t->ncols; j++) {
		cw[j] = width(t->head[j]) + (t->kind[j] == COL_NUM);
		for (i = 0; i < t->nrows; i++)
			if ((w = width(t->cell[i * t->ncols + j])) > cw[j])
				cw[j] = w;
	}
	if (t->index)
		for (i = 0; i < t->nrows; i++)
			if ((w = width(t->index[i])) > iw)
				iw = w;
	/* Header: numeric columns' names get one leading space. */
	if (t->index)
		bpad(b, ' ', iw);
	for (j = 0; j < t->ncols; j++) {
		h = t->head[j];
		if (j > 0 || t->index)
			bputs(b, " ");
		bpad(b, ' ', cw[j] - width(h) - (t->kind[j] == COL_NUM));
		if (t->kind[j] == COL_NUM)
			bputs(b, " ");
		bputs(b, h);
	}
	bputs(b, "\n");
	for (i = 0; i < t->nrows; i++) {
		if (t->index) {
			bputs(b, t->index[i]);
			bpad(b, ' ', iw - width(t->index[i]));
		}
		for (j = 0; j < t->ncols; j++) {
			const char *s = t->cell[i * t->ncols + j];
			if (j > 0 || t->index)
				bputs(b, " ");
			bpad(b, ' ', cw[j] - width(s));
			bputs(b, s);
		}
		bputs(b, "\n");
	}
	free(cw);
}

/* "[a, b]" of the classes whose bit is set in ex->cls; sign: "-"/"+" for wrong ones. */
static char *
class_list(const ml_rep *rep, const ml_rep_example *x, int bit, int signs)
{
	struct buf b = { NULL, 0, 0, 0 };
	size_t c;
	int first = 1;
	char *s;
	size_t len;

	bputs(&b, "[");
	for (c = 0; c < rep->k; c++) {
		if (!(x->cls[c] & bit))
			continue;
		if (!first)
			bputs(&b, ", ");
		first = 0;
		if (signs)
			bputs(&b, (x->cls[c] & ML_REP_GIVEN) ? "-" : "+");
		bputs(&b, rep->names[c]);
	}
	bputs(&b, "]");
	if (bdone(&b, &s, &len) < 0)
		return NULL;
	return s;
}

static char *
example_id(const ml_rep_example *x)
{
	return x->id ? xprintf("%s", x->id) : xprintf("%zu", x->row);
}

/* ------------------------------------------------------------ the tables */

static int
examples_table(const ml_rep *rep, size_t top, struct table *t)
{
	size_t i, m = top < rep->nissues ? top : rep->nissues;
	double *v;

	if (table_init(t, m, 4, 1) < 0 || !(v = malloc((m ? m : 1) * sizeof *v)))
		return -1;
	t->head[0] = "label_score";
	t->head[1] = "given_label";
	t->head[2] = "predicted_label";
	t->head[3] = "issue_classes";
	t->kind[0] = COL_NUM;
	for (i = 0; i < m; i++) {
		const ml_rep_example *x = &rep->ex[i];
		char *s;
		v[i] = x->score;
		if (!(t->index[i] = example_id(x)))
			t->oom = 1;
		s = class_list(rep, x, ML_REP_GIVEN, 0);
		set_cell(t, i, 1, s ? xprintf(" %s", s) : NULL);
		free(s);
		s = class_list(rep, x, ML_REP_PREDICTED, 0);
		set_cell(t, i, 2, s ? xprintf(" %s", s) : NULL);
		free(s);
		s = class_list(rep, x, ML_REP_WRONG, 1);
		set_cell(t, i, 3, s ? xprintf(" %s", s) : NULL);
		free(s);
	}
	col_float(t, 0, v);
	free(v);
	return t->oom ? -1 : 0;
}

static int
ranking_table(const ml_rep *rep, struct table *t)
{
	static const char *const head[] = { "Class Name", "Class Index", "Label Issues",
	    "Inverse Label Issues", "Label Noise", "Inverse Label Noise", "Label Quality Score" };
	size_t i, j, k = rep->k;
	double *v;

	if (table_init(t, k, 7, 1) < 0 || !(v = malloc((k ? k : 1) * 3 * sizeof *v)))
		return -1;
	for (j = 0; j < 7; j++) {
		t->head[j] = head[j];
		t->kind[j] = j ? COL_NUM : COL_STR;
	}
	for (i = 0; i < k; i++) {
		const ml_class_rank *r = &rep->ranking[i];
		if (!(t->index[i] = xprintf("%zu", i)))
			t->oom = 1;
		col_str(t, 0, i, rep->names[r->cls]);
		col_long(t, 1, i, (long)r->cls);
		col_long(t, 2, i, r->label_issues);
		col_long(t, 3, i, r->inverse_label_issues);
		v[i] = r->label_noise;
		v[k + i] = r->inverse_label_noise;
		v[2 * k + i] = r->quality;
	}
	col_float(t, 4, v);
	col_float(t, 5, v + k);
	col_float(t, 6, v + 2 * k);
	free(v);
	return t->oom ? -1 : 0;
}

static int
common_table(const ml_rep *rep, struct table *t)
{
	static const char *const head[] = { "Class Name", "Class Index", "In Given Label",
	    "In Suggested Label", "Num Examples", "Issue Probability" };
	size_t i, j, m = 2 * rep->k;
	double *v;

	if (table_init(t, m, 6, 1) < 0 || !(v = malloc((m ? m : 1) * sizeof *v)))
		return -1;
	for (j = 0; j < 6; j++) {
		t->head[j] = head[j];
		t->kind[j] = j ? COL_NUM : COL_STR;
	}
	for (i = 0; i < m; i++) {
		const ml_common_row *r = &rep->common[i];
		if (!(t->index[i] = xprintf("%zu", i)))
			t->oom = 1;
		col_str(t, 0, i, rep->names[r->cls]);
		col_long(t, 1, i, (long)r->cls);
		col_bool(t, 2, i, r->in_given);
		col_bool(t, 3, i, !r->in_given);
		col_long(t, 4, i, (long)r->num);
		v[i] = r->prob;
	}
	col_float(t, 5, v);
	free(v);
	return t->oom ? -1 : 0;
}

static int
summary_table(const ml_rep *rep, struct table *t)
{
	double v = rep->score;

	if (table_init(t, 1, 3, 0) < 0)
		return -1;
	t->head[0] = "issue_type";
	t->head[1] = "score";
	t->head[2] = "num_issues";
	t->kind[1] = t->kind[2] = COL_NUM;
	col_str(t, 0, 0, "label");
	col_float(t, 1, &v);
	col_long(t, 2, 0, (long)rep->nissues);
	return t->oom ? -1 : 0;
}

/* ------------------------------------------------------------------ text */

#define BOLD(c) ((c) ? "\033[1m" : "")
#define RED(c) ((c) ? "\033[1;31m" : "")
#define GREEN(c) ((c) ? "\033[1;32m" : "")
#define OFF(c) ((c) ? "\033[0m" : "")

/* " name " centred in 60 columns of '-' (left pad floor, right pad ceil). */
static void
title(struct buf *b, const char *name, int colour)
{
	size_t w = width(name) + 2, pad = w < 60 ? 60 - w : 0;

	bputs(b, BOLD(colour));
	bpad(b, '-', pad / 2);
	bprintf(b, " %s ", name);
	bpad(b, '-', pad - pad / 2);
	bputs(b, OFF(colour));
	bputs(b, "\n");
}

static void
put_table(struct buf *b, struct table *t, int ok)
{
	if (ok == 0 && !t->oom)
		table_render(t, b);
	else
		b->oom = 1;
	table_free(t);
}

int
ml_rep_text(const ml_rep *rep, size_t top, int colour, char **out, size_t *len)
{
	struct buf b = { NULL, 0, 0, 0 };
	struct table t;

	bprintf(&b, "Dataset Information: num_examples: %zu, num_classes: %zu\n\n", rep->n, rep->k);
	bputs(&b, "Here is a summary of various issues found in your data:\n\n");
	put_table(&b, &t, summary_table(rep, &t));
	bputs(&b, "\n(Note: A lower score indicates a more severe issue across all examples in "
	    "the dataset.)\n\n");
	bputs(&b, "Learn about each issue: https://docs.cleanlab.ai/stable/cleanlab/datalab/"
	    "guide/issue_type_description.html\n");
	bputs(&b, "See which examples in your dataset exhibit each issue via: "
	    "`mlfilter --annotate`\n\n");
	bputs(&b, "Data indices corresponding to top examples of each issue are shown below.\n\n\n");

	title(&b, "label issues", colour);
	bputs(&b, "\nAbout this issue:\n\tExamples whose given label(s) are estimated to be "
	    "potentially incorrect\n    (e.g. due to annotation error) are flagged as having "
	    "label issues.\n    \n\n");
	bprintf(&b, "Number of examples with this issue: %zu\n", rep->nissues);
	bprintf(&b, "Overall dataset quality in terms of this issue: %.4f\n\n", rep->score);
	if (rep->nissues == 0 || top == 0) {
		bputs(&b, rep->nissues ? "(--top 0: no examples shown)\n" :
		    "No example has a label issue.\n");
	} else {
		bputs(&b, "Examples representing most severe instances of this issue:\n");
		put_table(&b, &t, examples_table(rep, top, &t));
	}

	bputs(&b, "\n\n");
	title(&b, "multilabel health summary", colour);
	bprintf(&b, "\nOverall multilabel health score: %.4f\n\n", rep->health);
	bputs(&b, "Overall Class Quality and Noise across your dataset (below)\n");
	bpad(&b, '-', 60);
	bputs(&b, " \n\n");
	put_table(&b, &t, ranking_table(rep, &t));
	bputs(&b, "\nCommon multilabel issues are\n");
	bpad(&b, '-', 83);
	bputs(&b, "\n\n");
	put_table(&b, &t, common_table(rep, &t));
	bprintf(&b, "\n%sAudit complete. %zu issues found in the dataset.%s\n",
	    rep->nissues ? RED(colour) : GREEN(colour), rep->nissues, OFF(colour));
	return bdone(&b, out, len);
}

/* ------------------------------------------------------------------ JSON */

/*
 * The document is built with jansson and written by dump(): jansson's
 * own encoder prints reals with "%.17g" (0.1 as 0.10000000000000001);
 * here they get Python's repr, the shortest digits that read back to the
 * same double.  Objects keep their insertion order (jansson >= 2.8).
 */
static int
is_scalar(const json_t *v)
{
	return !json_is_object(v) && !json_is_array(v);
}

/* A JSON string as jansson writes it (UTF-8 kept, control bytes escaped). */
static void
json_str(struct buf *b, const char *s)
{
	const char *run = s;

	bputs(b, "\"");
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		bputn(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"': bputs(b, "\\\""); break;
		case '\\': bputs(b, "\\\\"); break;
		case '\b': bputs(b, "\\b"); break;
		case '\f': bputs(b, "\\f"); break;
		case '\n': bputs(b, "\\n"); break;
		case '\r': bputs(b, "\\r"); break;
		case '\t': bputs(b, "\\t"); break;
		default: bprintf(b, "\\u%04x", c); break;
		}
	}
	bputn(b, run, (size_t)(s - run));
	bputs(b, "\"");
}

static void
dump(const json_t *v, struct buf *b, int depth)
{
	char num[ML_NUM_BUFSZ], *s;
	const char *key;
	json_t *x;
	size_t i, n;
	int inline_ = 1;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (json_object_size(v) == 0) {
			bputs(b, "{}");
			break;
		}
		bputs(b, "{");
		i = 0;
		json_object_foreach((json_t *)v, key, x) {
			bputs(b, i++ ? ",\n" : "\n");
			bpad(b, ' ', 2 * (size_t)(depth + 1));
			json_str(b, key);
			bputs(b, ": ");
			dump(x, b, depth + 1);
		}
		bputs(b, "\n");
		bpad(b, ' ', 2 * (size_t)depth);
		bputs(b, "}");
		break;
	case JSON_ARRAY:
		n = json_array_size(v);
		for (i = 0; i < n; i++)
			inline_ &= is_scalar(json_array_get(v, i));
		bputs(b, "[");
		for (i = 0; i < n; i++) {
			if (inline_) {
				bputs(b, i ? ", " : "");
			} else {
				bputs(b, i ? ",\n" : "\n");
				bpad(b, ' ', 2 * (size_t)(depth + 1));
			}
			dump(json_array_get(v, i), b, depth + 1);
		}
		if (!inline_ && n) {
			bputs(b, "\n");
			bpad(b, ' ', 2 * (size_t)depth);
		}
		bputs(b, "]");
		break;
	case JSON_REAL:
		ml_format_double(json_real_value(v), num);
		bputs(b, num);
		break;
	case JSON_STRING:
		json_str(b, json_string_value(v));
		break;
	case JSON_INTEGER:
		bprintf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		break;
	default:
		if (!(s = json_dumps(v, JSON_ENCODE_ANY))) {
			b->oom = 1;
			return;
		}
		bputs(b, s);
		free(s);
		break;
	}
}

/* Sets key to a new reference; a NULL value (out of memory) marks the object. */
static void
put(json_t *o, const char *key, json_t *v, int *oom)
{
	if (!v || json_object_set_new(o, key, v) < 0)
		*oom = 1;
}

static json_t *
json_classes(const ml_rep *rep, const ml_rep_example *x, int bit, int signs, int *oom)
{
	json_t *a = json_array(), *s;
	size_t c;
	char *t;

	if (!a) {
		*oom = 1;
		return NULL;
	}
	for (c = 0; c < rep->k; c++) {
		if (!(x->cls[c] & bit))
			continue;
		t = signs ? xprintf("%c%s", (x->cls[c] & ML_REP_GIVEN) ? '-' : '+', rep->names[c]) :
		    NULL;
		s = json_string(signs ? (t ? t : "") : rep->names[c]);
		if ((signs && !t) || !s || json_array_append_new(a, s) < 0)
			*oom = 1;
		free(t);
	}
	return a;
}

int
ml_rep_json(const ml_rep *rep, char **out, size_t *len)
{
	struct buf b = { NULL, 0, 0, 0 };
	json_t *doc = json_object(), *a, *o;
	size_t i, c;
	int oom = doc == NULL;

	if (oom)
		return -1;
	put(doc, "num_examples", json_integer((json_int_t)rep->n), &oom);
	put(doc, "num_classes", json_integer((json_int_t)rep->k), &oom);
	if ((a = json_array()))
		for (c = 0; c < rep->k; c++)
			if (json_array_append_new(a, json_string(rep->names[c])) < 0)
				oom = 1;
	put(doc, "class_names", a, &oom);

	if ((a = json_array()) && (o = json_object())) {
		put(o, "issue_type", json_string("label"), &oom);
		put(o, "score", json_real(rep->score), &oom);
		put(o, "num_issues", json_integer((json_int_t)rep->nissues), &oom);
		if (json_array_append_new(a, o) < 0)
			oom = 1;
	}
	put(doc, "issue_summary", a, &oom);
	put(doc, "overall_multilabel_health_score", json_real(rep->health), &oom);

	if ((a = json_array()))
		for (i = 0; i < rep->k; i++) {
			const ml_class_rank *r = &rep->ranking[i];
			if (!(o = json_object()) || json_array_append_new(a, o) < 0) {
				oom = 1;
				break;
			}
			put(o, "Class Name", json_string(rep->names[r->cls]), &oom);
			put(o, "Class Index", json_integer((json_int_t)r->cls), &oom);
			put(o, "Label Issues", json_integer(r->label_issues), &oom);
			put(o, "Inverse Label Issues", json_integer(r->inverse_label_issues), &oom);
			put(o, "Label Noise", json_real(r->label_noise), &oom);
			put(o, "Inverse Label Noise", json_real(r->inverse_label_noise), &oom);
			put(o, "Label Quality Score", json_real(r->quality), &oom);
		}
	put(doc, "classes_by_multilabel_quality", a, &oom);

	if ((a = json_array()))
		for (i = 0; i < 2 * rep->k; i++) {
			const ml_common_row *r = &rep->common[i];
			if (!(o = json_object()) || json_array_append_new(a, o) < 0) {
				oom = 1;
				break;
			}
			put(o, "Class Name", json_string(rep->names[r->cls]), &oom);
			put(o, "Class Index", json_integer((json_int_t)r->cls), &oom);
			put(o, "In Given Label", json_boolean(r->in_given), &oom);
			put(o, "In Suggested Label", json_boolean(!r->in_given), &oom);
			put(o, "Num Examples", json_integer((json_int_t)r->num), &oom);
			put(o, "Issue Probability", json_real(r->prob), &oom);
		}
	put(doc, "common_multilabel_issues", a, &oom);

	/*
	 * label_issues can hold millions of entries: each one is built, written
	 * and freed in turn rather than kept in the document.
	 */
	if (!oom) {
		const char *key;
		json_t *x;
		bputs(&b, "{");
		i = 0;
		json_object_foreach(doc, key, x) {
			bputs(&b, i++ ? ",\n  " : "\n  ");
			json_str(&b, key);
			bputs(&b, ": ");
			dump(x, &b, 1);
		}
		bputs(&b, rep->nissues ? ",\n  \"label_issues\": [" : ",\n  \"label_issues\": []");
		for (i = 0; i < rep->nissues && !oom && !b.oom; i++) {
			const ml_rep_example *ex = &rep->ex[i];
			if (!(o = json_object())) {
				oom = 1;
				break;
			}
			put(o, "id", ex->id ? json_string(ex->id) : json_integer((json_int_t)ex->row),
			    &oom);
			put(o, "given_label", json_classes(rep, ex, ML_REP_GIVEN, 0, &oom), &oom);
			put(o, "predicted_label", json_classes(rep, ex, ML_REP_PREDICTED, 0, &oom),
			    &oom);
			put(o, "issue_classes", json_classes(rep, ex, ML_REP_WRONG, 1, &oom), &oom);
			put(o, "label_score", json_real(ex->score), &oom);
			bputs(&b, i ? ",\n    " : "\n    ");
			dump(o, &b, 2);
			json_decref(o);
		}
		bputs(&b, rep->nissues ? "\n  ]\n}\n" : "\n}\n");
	}
	json_decref(doc);
	if (oom) {
		free(b.s);
		return -1;
	}
	return bdone(&b, out, len);
}

/* ------------------------------------------------------------------ HTML */

static void
esc(struct buf *b, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': bputs(b, "&amp;"); break;
		case '<': bputs(b, "&lt;"); break;
		case '>': bputs(b, "&gt;"); break;
		case '"': bputs(b, "&quot;"); break;
		case '\'': bputs(b, "&#39;"); break;
		default: bputn(b, s, 1); break;
		}
}

/* A class name as a chart label: at most 20 characters (the tooltip has it whole). */
static void
esc_label(struct buf *b, const char *s)
{
	size_t n = 0, cut;
	char *t;

	if (width(s) <= 20) {
		esc(b, s);
		return;
	}
	/* Cut after 19 code points, at a character boundary. */
	for (cut = 0; s[cut] && n <= 19; cut++)
		n += ((unsigned char)s[cut] & 0xC0) != 0x80;
	cut--;
	if (!(t = strndup(s, cut))) {
		b->oom = 1;
		return;
	}
	esc(b, t);
	bputs(b, "\xe2\x80\xa6");     /* an ellipsis */
	free(t);
}

/* A table as HTML; numeric columns right-aligned. */
static void
html_table(struct buf *b, struct table *t, int ok, const char *cls)
{
	size_t i, j;
	const char *s;

	if (ok < 0 || t->oom) {
		b->oom = 1;
		table_free(t);
		return;
	}
	bprintf(b, "<table class=\"%s\">\n<thead><tr>", cls);
	if (t->index)
		bputs(b, "<th></th>");
	for (j = 0; j < t->ncols; j++) {
		bputs(b, t->kind[j] == COL_NUM ? "<th class=\"num\">" : "<th>");
		esc(b, t->head[j]);
		bputs(b, "</th>");
	}
	bputs(b, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < t->nrows; i++) {
		bputs(b, "<tr>");
		if (t->index) {
			bputs(b, "<th>");
			esc(b, t->index[i]);
			bputs(b, "</th>");
		}
		for (j = 0; j < t->ncols; j++) {
			s = t->cell[i * t->ncols + j];
			while (*s == ' ')
				s++;
			bputs(b, t->kind[j] == COL_NUM ? "<td class=\"num\">" : "<td>");
			esc(b, s);
			bputs(b, "</td>");
		}
		bputs(b, "</tr>\n");
	}
	bputs(b, "</tbody>\n</table>\n");
	table_free(t);
}

/* A "nice" axis step (1, 2 or 5 times a power of ten) for about 5 ticks up to max. */
static double
nice_step(double max, int integer)
{
	double raw = max / 5, p, f;

	if (!(raw > 0))
		return 1;
	p = pow(10, floor(log10(raw)));
	f = raw / p;
	p *= f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
	if (integer && p < 1)
		p = 1;
	return p;
}

/* Trims "%.6g" output; numbers on axes. */
static void
axis_num(struct buf *b, double v)
{
	bprintf(b, "%g", fabs(v) < 1e-12 ? 0.0 : v);
}

#define HIST_BINS 20

/* Histogram of all label scores, the flagged rows stacked in red. */
static void
chart_scores(struct buf *b, const ml_rep *rep)
{
	size_t all[HIST_BINS] = { 0 }, bad[HIST_BINS] = { 0 }, i, max = 0;
	const double W = 760, H = 300, L = 60, R = 20, T = 20, B = 50;
	double pw = W - L - R, ph = H - T - B, bw = pw / HIST_BINS, step, top, v;
	int j;

	for (i = 0; i < rep->n; i++) {
		double s = rep->scores[i];
		j = s >= 1 ? HIST_BINS - 1 : s <= 0 || s != s ? 0 : (int)(s * HIST_BINS);
		all[j]++;
	}
	for (i = 0; i < rep->nissues; i++) {
		double s = rep->ex[i].score;
		j = s >= 1 ? HIST_BINS - 1 : s <= 0 || s != s ? 0 : (int)(s * HIST_BINS);
		bad[j]++;
	}
	for (j = 0; j < HIST_BINS; j++)
		if (all[j] > max)
			max = all[j];
	step = nice_step((double)(max ? max : 1), 1);
	top = ceil((double)(max ? max : 1) / step) * step;

	bprintf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-scores\" class=\"chart\" "
	    "width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" role=\"img\">\n", W, H, W, H);
	bputs(b, "<title>Distribution of label scores</title>\n");
	/* y grid and ticks */
	for (v = 0; v <= top + 1e-9; v += step) {
		double y = T + ph - v / top * ph;
		bprintf(b, "<line x1=\"%g\" y1=\"%.1f\" x2=\"%g\" y2=\"%.1f\" class=\"grid\"/>", L, y,
		    L + pw, y);
		bprintf(b, "<text x=\"%g\" y=\"%.1f\" class=\"ytick\">", L - 6, y + 4);
		axis_num(b, v);
		bputs(b, "</text>\n");
	}
	for (j = 0; j < HIST_BINS; j++) {
		double x = L + j * bw, hall = (double)all[j] / top * ph,
		    hbad = (double)bad[j] / top * ph;
		if (all[j] > bad[j])
			bprintf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			    "class=\"ok\"><title>%.2f-%.2f: %zu not flagged</title></rect>\n", x + 1,
			    T + ph - hall, bw - 2, hall - hbad, j / 20.0, (j + 1) / 20.0,
			    all[j] - bad[j]);
		if (bad[j])
			bprintf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			    "class=\"bad\"><title>%.2f-%.2f: %zu flagged</title></rect>\n", x + 1,
			    T + ph - hbad, bw - 2, hbad, j / 20.0, (j + 1) / 20.0, bad[j]);
	}
	for (j = 0; j <= HIST_BINS; j += 4) {
		double x = L + j * bw;
		bprintf(b, "<line x1=\"%.1f\" y1=\"%g\" x2=\"%.1f\" y2=\"%g\" class=\"axis\"/>", x,
		    T + ph, x, T + ph + 5);
		bprintf(b, "<text x=\"%.1f\" y=\"%g\" class=\"xtick\">%.1f</text>\n", x, T + ph + 20,
		    j / 20.0);
	}
	bprintf(b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" class=\"axis\"/>\n", L, T + ph,
	    L + pw, T + ph);
	bprintf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">label_score (lower = more likely "
	    "wrong)</text>\n", L + pw / 2, H - 8);
	bprintf(b, "<text x=\"14\" y=\"%g\" class=\"label\" transform=\"rotate(-90 14 %g)\">"
	    "examples</text>\n", T + ph / 2, T + ph / 2);
	bprintf(b, "<rect x=\"%g\" y=\"%g\" width=\"12\" height=\"12\" class=\"ok\"/>"
	    "<text x=\"%g\" y=\"%g\" class=\"legend\">not flagged</text>\n",
	    L + pw - 230, T, L + pw - 214, T + 10);
	bprintf(b, "<rect x=\"%g\" y=\"%g\" width=\"12\" height=\"12\" class=\"bad\"/>"
	    "<text x=\"%g\" y=\"%g\" class=\"legend\">label issue</text>\n",
	    L + pw - 120, T, L + pw - 104, T + 10);
	bputs(b, "</svg>\n");
}

/* Per class: annotated but judged wrong vs missing (common_multilabel_issues). */
static void
chart_issues(struct buf *b, const ml_rep *rep)
{
	size_t k = rep->k, c, i, max = 1, *given, *added;
	const double W = 760, L = 170, R = 60, T = 40, B = 40, rowh = 40;
	double pw = W - L - R, H = T + B + rowh * (double)k, step, top, v;

	if (!(given = calloc(k + 1, sizeof *given)) || !(added = calloc(k + 1, sizeof *added))) {
		free(given);
		b->oom = 1;
		return;
	}
	for (i = 0; i < 2 * k; i++) {
		const ml_common_row *r = &rep->common[i];
		*(r->in_given ? &given[r->cls] : &added[r->cls]) = r->num;
		if (r->num > max)
			max = r->num;
	}
	step = nice_step((double)max, 1);
	top = ceil((double)max / step) * step;
	bprintf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-issues\" class=\"chart\" "
	    "width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" role=\"img\">\n", W, H, W, H);
	bputs(b, "<title>Label issues per class</title>\n");
	for (v = 0; v <= top + 1e-9; v += step) {
		double x = L + v / top * pw;
		bprintf(b, "<line x1=\"%.1f\" y1=\"%g\" x2=\"%.1f\" y2=\"%g\" class=\"grid\"/>", x, T,
		    x, H - B);
		bprintf(b, "<text x=\"%.1f\" y=\"%g\" class=\"xtick\">", x, H - B + 18);
		axis_num(b, v);
		bputs(b, "</text>\n");
	}
	for (c = 0; c < k; c++) {
		double y = T + rowh * (double)c, wg = (double)given[c] / top * pw,
		    wa = (double)added[c] / top * pw;
		bprintf(b, "<text x=\"%g\" y=\"%.1f\" class=\"cname\">", L - 8, y + rowh / 2 + 4);
		esc_label(b, rep->names[c]);
		bputs(b, "</text>\n");
		bprintf(b, "<rect x=\"%g\" y=\"%.1f\" width=\"%.1f\" height=\"14\" class=\"bad\">"
		    "<title>", L, y + 5, wg);
		esc(b, rep->names[c]);
		bprintf(b, ": %zu given but wrong</title></rect>", given[c]);
		bprintf(b, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\">%zu</text>\n", L + wg + 4, y + 16,
		    given[c]);
		bprintf(b, "<rect x=\"%g\" y=\"%.1f\" width=\"%.1f\" height=\"14\" class=\"miss\">"
		    "<title>", L, y + 21, wa);
		esc(b, rep->names[c]);
		bprintf(b, ": %zu missing</title></rect>", added[c]);
		bprintf(b, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\">%zu</text>\n", L + wa + 4, y + 32,
		    added[c]);
	}
	bprintf(b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" class=\"axis\"/>\n", L, T, L,
	    H - B);
	bprintf(b, "<rect x=\"%g\" y=\"10\" width=\"12\" height=\"12\" class=\"bad\"/>"
	    "<text x=\"%g\" y=\"20\" class=\"legend\">given but judged wrong</text>\n", L, L + 16);
	bprintf(b, "<rect x=\"%g\" y=\"10\" width=\"12\" height=\"12\" class=\"miss\"/>"
	    "<text x=\"%g\" y=\"20\" class=\"legend\">missing (should be added)</text>\n", L + 200,
	    L + 216);
	bprintf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">examples</text>\n", L + pw / 2, H - 6);
	bputs(b, "</svg>\n");
	free(given);
	free(added);
}

/* Label Quality Score per class, worst first; the axis starts at a round value below the worst. */
static void
chart_quality(struct buf *b, const ml_rep *rep)
{
	size_t k = rep->k, i;
	const double W = 760, L = 170, R = 80, T = 20, B = 40, rowh = 28;
	double pw = W - L - R, H = T + B + rowh * (double)k, lo = 1, v, step;

	for (i = 0; i < k; i++)
		if (rep->ranking[i].quality < lo)
			lo = rep->ranking[i].quality;
	lo = floor(lo * 10) / 10;
	if (lo > 0.9)
		lo = 0.9;
	if (lo < 0)
		lo = 0;
	step = nice_step(1 - lo, 0);
	bprintf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-quality\" class=\"chart\" "
	    "width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" role=\"img\">\n", W, H, W, H);
	bputs(b, "<title>Label quality score per class</title>\n");
	for (v = lo; v <= 1 + 1e-9; v += step) {
		double x = L + (v - lo) / (1 - lo) * pw;
		bprintf(b, "<line x1=\"%.1f\" y1=\"%g\" x2=\"%.1f\" y2=\"%g\" class=\"grid\"/>", x, T,
		    x, H - B);
		bprintf(b, "<text x=\"%.1f\" y=\"%g\" class=\"xtick\">", x, H - B + 18);
		axis_num(b, floor(v * 1e6 + 0.5) / 1e6);
		bputs(b, "</text>\n");
	}
	for (i = 0; i < k; i++) {
		const ml_class_rank *r = &rep->ranking[i];
		double y = T + rowh * (double)i, q = r->quality < lo ? lo : r->quality,
		    w = (q - lo) / (1 - lo) * pw;
		bprintf(b, "<text x=\"%g\" y=\"%.1f\" class=\"cname\">", L - 8, y + rowh / 2 + 4);
		esc_label(b, rep->names[r->cls]);
		bputs(b, "</text>\n");
		bprintf(b, "<rect x=\"%g\" y=\"%.1f\" width=\"%.1f\" height=\"18\" class=\"qual\">"
		    "<title>", L, y + 5, w);
		esc(b, rep->names[r->cls]);
		bprintf(b, ": %.4f</title></rect>", r->quality);
		bprintf(b, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\">%.4f</text>\n", L + w + 4, y + 18,
		    r->quality);
	}
	bprintf(b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" class=\"axis\"/>\n", L, T, L,
	    H - B);
	bprintf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">Label Quality Score "
	    "(1 - Label Noise)</text>\n", L + pw / 2, H - 6);
	bputs(b, "</svg>\n");
}

static const char css[] =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
    "margin:2em auto;max-width:1100px;padding:0 1em;color:#222;background:#fff}\n"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;"
    "border-bottom:1px solid #ddd;padding-bottom:.2em}\n"
    ".lead{color:#555}.big{font-size:1.3em;font-weight:600}\n"
    ".cards{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}\n"
    ".card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:10em}\n"
    ".card .v{font-size:1.5em;font-weight:600}.card .k{color:#666;font-size:.9em}\n"
    "table{border-collapse:collapse;margin:.5em 0;font-size:.92em}\n"
    "th,td{border-bottom:1px solid #e4e4e4;padding:.25em .7em;text-align:left}\n"
    "thead th{background:#f4f4f4}.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "tbody th{font-weight:normal;color:#555}\n"
    "svg.chart{display:block;margin:.5em 0;max-width:100%;height:auto}\n"
    "svg .grid{stroke:#e6e6e6;stroke-width:1}svg .axis{stroke:#444;stroke-width:1}\n"
    "svg .ok{fill:#7a9cc6}svg .bad{fill:#d9534f}svg .miss{fill:#f0ad4e}"
    "svg .qual{fill:#5cb85c}\n"
    "svg text{font-family:inherit;font-size:12px;fill:#333}\n"
    "svg .ytick{text-anchor:end}svg .xtick{text-anchor:middle}"
    "svg .cname{text-anchor:end;font-size:13px}\n"
    "svg .label{text-anchor:middle;font-size:13px;fill:#555}svg .val{font-size:11px}\n"
    "footer{margin-top:2em;color:#666;font-size:.9em}\n";

int
ml_rep_html(const ml_rep *rep, size_t top, char **out, size_t *len)
{
	struct buf b = { NULL, 0, 0, 0 };
	struct table t;

	bputs(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	    "<title>mlaudit label audit</title>\n<style>\n");
	bputs(&b, css);
	bputs(&b, "</style>\n</head>\n<body>\n<h1>Multi-label label audit</h1>\n");
	bprintf(&b, "<p class=\"lead\">Dataset Information: num_examples: %zu, num_classes: %zu "
	    "(", rep->n, rep->k);
	{
		size_t c;
		for (c = 0; c < rep->k; c++) {
			if (c)
				bputs(&b, ", ");
			esc(&b, rep->names[c]);
		}
	}
	bputs(&b, ")</p>\n<div class=\"cards\">\n");
	bprintf(&b, "<div class=\"card\"><div class=\"v\">%zu</div><div class=\"k\">examples with "
	    "label issues</div></div>\n", rep->nissues);
	bprintf(&b, "<div class=\"card\"><div class=\"v\">%.4f</div><div class=\"k\">label check "
	    "score (mean label_score)</div></div>\n", rep->score);
	bprintf(&b, "<div class=\"card\"><div class=\"v\">%.4f</div><div class=\"k\">overall "
	    "multilabel health score</div></div>\n</div>\n", rep->health);

	bputs(&b, "<h2>Summary of issues</h2>\n");
	html_table(&b, &t, summary_table(rep, &t), "summary");
	bputs(&b, "<p class=\"lead\">A lower score indicates a more severe issue across all "
	    "examples in the dataset.</p>\n");

	bputs(&b, "<h2>Distribution of label scores</h2>\n");
	chart_scores(&b, rep);

	bputs(&b, "<h2>Label issues</h2>\n<p>Examples whose given label(s) are estimated to be "
	    "potentially incorrect (e.g. due to annotation error). ");
	bprintf(&b, "Number of examples with this issue: <span class=\"big\">%zu</span>.", rep->nissues);
	if (rep->nissues && top) {
		bprintf(&b, " The %zu most severe:</p>\n", top < rep->nissues ? top : rep->nissues);
		html_table(&b, &t, examples_table(rep, top, &t), "examples");
	} else
		bputs(&b, "</p>\n");

	bputs(&b, "<h2>Label issues per class</h2>\n");
	chart_issues(&b, rep);
	bputs(&b, "<h2>Class label quality</h2>\n");
	chart_quality(&b, rep);

	bputs(&b, "<h2>Classes by multilabel quality</h2>\n");
	html_table(&b, &t, ranking_table(rep, &t), "ranking");
	bputs(&b, "<h2>Common multilabel issues</h2>\n");
	html_table(&b, &t, common_table(rep, &t), "common");

	bprintf(&b, "<footer>Audit complete. %zu issues found in the dataset. "
	    "Generated by mlaudit %s (cleanlab 2.9.0's algorithms).</footer>\n"
	    "</body>\n</html>\n", rep->nissues, ML_VERSION);
	return bdone(&b, out, len);
}
