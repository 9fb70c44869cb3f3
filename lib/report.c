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

/* The id of a flagged row: field idcol of a raw TAB line. */
static int
line_id(const ml_reader *r, const char *s, size_t n, size_t idcol, const ml_rep_opts *o,
    char **id, ml_err *e)
{
	const char *end = s + n, *t;
	size_t j;

	for (j = 0; j < idcol; j++) {
		if (!(t = memchr(s, '\t', (size_t)(end - s))))
			return ml_errf(e, ml_reader_file(r), ml_reader_line(r), NULL, NULL, 0,
			    "the input changed between its two readings");
		s = t + 1;
	}
	if ((t = memchr(s, '\t', (size_t)(end - s))))
		end = t;
	if (o->utf8_ids && !utf8_valid(s, (size_t)(end - s)))
		return -2;      /* told by the caller, with the row's file and line */
	if (!(*id = strndup(s, (size_t)(end - s))))
		return ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
	return 0;
}

/*
 * The second pass when the first kept every label_score and the label
 * bits: the flagged rows come from the audit, and only their ids are read
 * again, from raw lines in TAB mode.
 */
static int
ids_pass(ml_rep *rep, const ml_audit *a, ml_reader *r, const ml_rep_opts *o, size_t idcol,
    ml_rep_example *ex, size_t *pm, ml_err *e)
{
	size_t n = a->n, i, j, m = 0, len;
	const char *s;
	int rc;

	memcpy(rep->scores, a->score, n * sizeof *rep->scores);
	for (i = 0; i < n; i++)
		if (a->issue[i]) {
			ex[m].row = i;
			ex[m].score = a->score[i];
			ex[m].cls = NULL;
			ex[m].id = NULL;
			m++;
		}
	*pm = m;
	rep->given_bits = a->given_bits;
	rep->pred_bits = a->pred_bits;
	rep->wrong_bits = a->flags;
	if (idcol == (size_t)-1 || m == 0)
		return 0;
	if (o->lines) {
		if (ml_reader_rewind_lines(r, e) < 0)
			return -1;
		for (i = j = 0; j < m && (rc = ml_reader_next_line(r, &s, &len, e)) > 0; i++)
			if (i == ex[j].row && (rc = line_id(r, s, len, idcol, o, &ex[j++].id, e)) < 0)
				break;
		if (rc != -2)
			goto done;
		/* An id that JSON cannot hold: find its row again for the file and line. */
		if (ml_reader_rewind(r, e) < 0)
			return -1;
		for (i = 0; i < ex[j - 1].row; i++)
			if (ml_reader_next(r, e) <= 0)
				return -1;
		if (ml_reader_next(r, e) <= 0)
			return -1;
		return ml_reader_errf(r, e, idcol, "not valid UTF-8, cannot be written as JSON");
	} else {
		if (ml_reader_rewind(r, e) < 0)
			return -1;
		for (i = j = 0; j < m && (rc = ml_reader_next(r, e)) > 0; i++) {
			if (i != ex[j].row)
				continue;
			s = ml_reader_field(r, idcol, &len);
			if (o->utf8_ids && !utf8_valid(s, len))
				return ml_reader_errf(r, e, idcol,
				    "not valid UTF-8, cannot be written as JSON");
			if (!(ex[j++].id = strndup(s, len)))
				return ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
		}
	}
done:
	if (rc < 0)
		return -1;
	if (j < m)
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its two readings");
	return 0;
}

unsigned
ml_rep_class(const ml_rep *rep, const ml_rep_example *x, size_t c)
{
	size_t b = x->row * rep->k + c;

	if (x->cls)
		return x->cls[c];
	return (ML_BIT(rep->given_bits, b) ? ML_REP_GIVEN : 0) |
	    (ML_BIT(rep->pred_bits, b) ? ML_REP_PREDICTED : 0) |
	    (ML_BIT(rep->wrong_bits, b) ? ML_REP_WRONG : 0);
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

	if (a->score && a->given_bits && a->pred_bits && !o->adjust && scol == (size_t)-1 &&
	    icol == (size_t)-1) {
		if (ids_pass(rep, a, r, o, idcol, ex, &m, e) < 0)
			goto out;
		goto ranked;
	}
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

ranked:
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

/* A growing string; with w set, written out to w every 64 KiB. */
struct buf {
	char  *s;
	size_t len, cap;
	int    oom;
	ml_writer *w;
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
	if (b->w && b->len >= 65536) {
		ml_writer_raw(b->w, b->s, b->len);      /* a failed write shows at commit */
		b->len = 0;
	}
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

/*
 * The cells are formatted, and the table laid out, by datalab.c's pandas
 * renderer (ml_dl_cells, ml_dl_layout), the one behind Datalab's report
 * too; the HTML report reads the same cells.
 */

/* Cells i0.. of column j from the values of c (rows 0..n-1 of its arrays). */
static void
put_cells(struct table *t, size_t j, size_t i0, const ml_dl_col *c, size_t n)
{
	size_t *rows = malloc((n ? n : 1) * sizeof *rows), i;
	char **cells = NULL;

	for (i = 0; rows && i < n; i++)
		rows[i] = i;
	if (!rows || !(cells = ml_dl_cells(c, rows, n, t->index != NULL))) {
		t->oom = 1;
		free(rows);
		return;
	}
	for (i = 0; i < n; i++)
		set_cell(t, i0 + i, j, cells[i]);
	free(cells);
	free(rows);
}

static void
col_str(struct table *t, size_t j, size_t i, const char *s)
{
	ml_dl_col c = { NULL, ML_DL_TEXT, NULL, NULL, NULL, &s };

	put_cells(t, j, i, &c, 1);
}

static void
col_long(struct table *t, size_t j, size_t i, long v)
{
	ml_dl_col c = { NULL, ML_DL_INT, NULL, &v, NULL, NULL };

	put_cells(t, j, i, &c, 1);
}

static void
col_bool(struct table *t, size_t j, size_t i, int v)
{
	unsigned char b = v != 0;
	ml_dl_col c = { NULL, ML_DL_BOOL, &b, NULL, NULL, NULL };

	put_cells(t, j, i, &c, 1);
}

/* A float column: all its rows at once, as pandas formats them together. */
static void
col_float(struct table *t, size_t j, const double *v)
{
	ml_dl_col c = { NULL, ML_DL_FLOAT, NULL, NULL, v, NULL };

	put_cells(t, j, 0, &c, t->nrows);
}

static void
table_render(const struct table *t, struct buf *b)
{
	char *s = ml_dl_layout(t->head, t->kind, t->ncols, t->cell, (const char *const *)t->index,
	    t->nrows);

	if (!s) {
		b->oom = 1;
		return;
	}
	bputs(b, s);
	bputs(b, "\n");
	free(s);
}

/* "[a, b]" of the classes whose bit is set in ex->cls; sign: "-"/"+" for wrong ones. */
static char *
class_list(const ml_rep *rep, const ml_rep_example *x, int bit, int signs)
{
	struct buf b = { NULL, 0, 0, 0, NULL };
	size_t c;
	int first = 1;
	char *s;
	size_t len;

	bputs(&b, "[");
	for (c = 0; c < rep->k; c++) {
		unsigned bits = ml_rep_class(rep, x, c);
		if (!(bits & (unsigned)bit))
			continue;
		if (!first)
			bputs(&b, ", ");
		first = 0;
		if (signs)
			bputs(&b, (bits & ML_REP_GIVEN) ? "-" : "+");
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
	static const int bit[3] = { ML_REP_GIVEN, ML_REP_PREDICTED, ML_REP_WRONG };
	size_t i, j, m = top < rep->nissues ? top : rep->nissues;
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
		v[i] = x->score;
		if (!(t->index[i] = example_id(x)))
			t->oom = 1;
		/* given_label, predicted_label, issue_classes (signed) */
		for (j = 0; j < 3; j++) {
			char *s = class_list(rep, x, bit[j], bit[j] == ML_REP_WRONG);
			if (s)
				col_str(t, j + 1, i, s);
			else
				t->oom = 1;
			free(s);
		}
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

/*
 * The checks' order in the report: num_issues descending, ties in execution
 * order (Datalab's sort_values); without d, the label check alone.
 */
static size_t *
check_order(const ml_rep_dl *d)
{
	size_t i, n = d ? d->nchecks : 1, *order = malloc((n + 1) * sizeof *order);
	double *v = malloc((n + 1) * sizeof *v);

	if (order && v && d) {
		for (i = 0; i < n; i++)
			v[i] = (double)d->check[i].num_issues;
		ml_argsort_desc(v, n, order);
	} else if (order)
		order[0] = 0;
	free(v);
	if (!v) {
		free(order);
		return NULL;
	}
	return order;
}

/* issue_type, score, num_issues of every check (d), or of the label check alone. */
static int
summary_table(const ml_rep *rep, const ml_rep_dl *d, struct table *t)
{
	size_t i, m = d ? d->nchecks : 1, *order = check_order(d);
	double *v = malloc((m + 1) * sizeof *v);

	if (table_init(t, m, 3, 0) < 0 || !order || !v) {
		free(order);
		free(v);
		return -1;
	}
	t->head[0] = "issue_type";
	t->head[1] = "score";
	t->head[2] = "num_issues";
	t->kind[1] = t->kind[2] = COL_NUM;
	for (i = 0; i < m; i++) {
		const ml_dl_check *k = d ? &d->check[order[i]] : NULL;
		col_str(t, 0, i, k ? k->name : "label");
		v[i] = k ? k->summary_score : rep->score;
		col_long(t, 2, i, (long)(k ? k->num_issues : rep->nissues));
	}
	col_float(t, 1, v);
	free(order);
	free(v);
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

/* Audit complete's count: every check's issues (Datalab's sum), or the label check's. */
static size_t
issues_total(const ml_rep *rep, const ml_rep_dl *d)
{
	size_t i, total = rep->nissues;

	for (i = 0; d && i < d->nchecks; i++)
		if (strcmp(d->check[i].name, "label") != 0)
			total += d->check[i].num_issues;
	return total;
}

/* The label check's section: its summary and the most severe examples, no final newline. */
static void
label_section(struct buf *b, const ml_rep *rep, size_t top, int colour)
{
	struct table t;

	title(b, "label issues", colour);
	bputs(b, "\nAbout this issue:\n\tExamples whose given label(s) are estimated to be "
	    "potentially incorrect\n    (e.g. due to annotation error) are flagged as having "
	    "label issues.\n    \n\n");
	bprintf(b, "Number of examples with this issue: %zu\n", rep->nissues);
	bprintf(b, "Overall dataset quality in terms of this issue: %.4f\n\n", rep->score);
	if (rep->nissues == 0 || top == 0) {
		bputs(b, rep->nissues ? "(--top 0: no examples shown)\n" :
		    "No example has a label issue.\n");
	} else {
		bputs(b, "Examples representing most severe instances of this issue:\n");
		put_table(b, &t, examples_table(rep, top, &t));
	}
}

/* Another check's section, as Datalab prints it (the title in bold with colour). */
static void
check_section(struct buf *b, const ml_dl_check *k, size_t n, size_t top, int colour)
{
	char *s = ml_dl_section(k, n, top), *nl, *ex, *end, name[64];

	if (!s) {
		b->oom = 1;
		return;
	}
	nl = strchr(s, '\n');
	snprintf(name, sizeof name, "%s issues", k->name);
	title(b, name, colour);
	/* No rows: pandas' "Empty DataFrame ... Index: []" gives way to a note. */
	if (top == 0 && (ex = strstr(s, "Examples representing most severe")) &&
	    (end = strstr(ex, "Index: []"))) {
		bputn(b, nl + 1, (size_t)(ex - nl - 1));
		bputs(b, "(--top 0: no examples shown)");
		bputs(b, end + strlen("Index: []"));
	} else
		bputs(b, nl + 1);
	bputs(b, "\n");
	free(s);
}

int
ml_rep_text(const ml_rep *rep, const ml_rep_dl *d, size_t top, int colour, char **out,
    size_t *len)
{
	struct buf b = { NULL, 0, 0, 0, NULL };
	struct table t;
	size_t i, total = issues_total(rep, d), *order = check_order(d), m = d ? d->nchecks : 1;
	int first = 1;

	if (!order)
		return -1;
	bprintf(&b, "Dataset Information: num_examples: %zu, num_classes: %zu\n\n", rep->n, rep->k);
	bputs(&b, "Here is a summary of various issues found in your data:\n\n");
	put_table(&b, &t, summary_table(rep, d, &t));
	bputs(&b, "\n(Note: A lower score indicates a more severe issue across all examples in "
	    "the dataset.)\n\n");
	bputs(&b, d ? "Learn about each issue: mlreport(1), ISSUE TYPES\n" :
	    "Learn about each issue: mlreport(1)\n");
	bputs(&b, d ? "See which examples in your dataset exhibit each issue via: "
	    "`mlfilter --annotate`, `mlnull`, `mloutlier`, `mldups`, `mlnoniid`\n\n" :
	    "See which examples in your dataset exhibit each issue via: `mlfilter --annotate`\n\n");
	bputs(&b, "Data indices corresponding to top examples of each issue are shown below.\n\n\n");

	/* The label section always; the others when they found issues. */
	for (i = 0; i < m; i++) {
		const ml_dl_check *k = d ? &d->check[order[i]] : NULL;
		if (k && strcmp(k->name, "label") != 0 && k->num_issues == 0)
			continue;
		if (!first)
			bputs(&b, "\n\n");
		first = 0;
		if (!k || strcmp(k->name, "label") == 0)
			label_section(&b, rep, top, colour);
		else
			check_section(&b, k, rep->n, top, colour);
	}
	free(order);

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
	    total ? RED(colour) : GREEN(colour), total, OFF(colour));
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

/* A JSON string as jansson writes it (UTF-8 kept, control bytes escaped), after pre. */
static void
json_str_pre(struct buf *b, const char *pre, const char *s)
{
	const char *run = s;

	bputs(b, "\"");
	bputs(b, pre);
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
json_str(struct buf *b, const char *s)
{
	json_str_pre(b, "", s);
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

/* "[3, 17]" (ml_dl_list) as a JSON list of integers. */
static json_t *
json_list(const char *s)
{
	json_t *a = json_array();
	char *end;

	while (a && *s) {
		if (*s >= '0' && *s <= '9') {
			if (json_array_append_new(a, json_integer((json_int_t)strtoll(s, &end, 10))) < 0) {
				json_decref(a);
				return NULL;
			}
			s = end;
		} else
			s++;
	}
	return a;
}

/* Each feature check's flagged rows, most severe first: "<name>_issues": [{id, score, ...}]. */
static void
json_feature_issues(json_t *doc, const ml_rep_dl *d, int *oom)
{
	const ml_dl_check *k;
	json_t *a, *o;
	size_t j, i, x, m, *rows, *perm, n = d->n;
	char key[64];

	if (!(rows = malloc((n ? n : 1) * sizeof *rows)) ||
	    !(perm = malloc((n ? n : 1) * sizeof *perm))) {
		free(rows);
		*oom = 1;
		return;
	}
	for (j = 0; j < d->nchecks; j++) {
		k = &d->check[j];
		if (strcmp(k->name, "label") == 0)
			continue;
		for (i = m = 0; i < n; i++)
			if (k->flag[i])
				rows[m++] = i;
		ml_argsort_subset(k->score, rows, m, perm);
		if (!(a = json_array())) {
			*oom = 1;
			break;
		}
		for (i = 0; i < m; i++) {
			size_t row = rows[perm[i]];
			if (!(o = json_object()) || json_array_append_new(a, o) < 0) {
				*oom = 1;
				break;
			}
			put(o, "id", d->id[row] ? json_string(d->id[row]) : json_integer((json_int_t)row),
			    oom);
			snprintf(key, sizeof key, "%s_score", k->name);
			put(o, key, json_real(k->score[row]), oom);
			for (x = 0; x < k->nextra; x++)
				put(o, k->extra[x].name, k->extra[x].type == ML_DL_FLOAT ?
				    json_real(k->extra[x].f[row]) : json_list(k->extra[x].s[row]), oom);
		}
		snprintf(key, sizeof key, "%s_issues", k->name);
		put(doc, key, a, oom);
	}
	free(rows);
	free(perm);
}

/* The first set bit of map in [from, end), or end. */
static size_t
next_bit(const uint64_t *map, size_t from, size_t end)
{
	uint64_t w;

	while (from < end) {
		if ((w = map[from >> 6] >> (from & 63)) != 0) {
			from += (size_t)__builtin_ctzll(w);
			return from < end ? from : end;
		}
		from = (from | 63) + 1;
	}
	return end;
}

/* A JSON list of the classes with bit set, as dump() writes it. */
static void
json_class_list(struct buf *b, const ml_rep *rep, const ml_rep_example *x, int bit, int signs)
{
	size_t c, base = x->row * rep->k, end = base + rep->k, i;
	const uint64_t *map;
	int first = 1;
	unsigned bits;

	bputs(b, "[");
	if (!x->cls) {
		/* Straight from the bitmaps: rows of hundreds of classes have few set. */
		map = bit == ML_REP_GIVEN ? rep->given_bits : bit == ML_REP_PREDICTED ?
		    rep->pred_bits : rep->wrong_bits;
		for (i = next_bit(map, base, end); i < end; i = next_bit(map, i + 1, end)) {
			c = i - base;
			bputs(b, first ? "" : ", ");
			first = 0;
			json_str_pre(b, !signs ? "" : ML_BIT(rep->given_bits, i) ? "-" : "+",
			    rep->names[c]);
		}
		bputs(b, "]");
		return;
	}
	for (c = 0; c < rep->k; c++) {
		bits = ml_rep_class(rep, x, c);
		if (!(bits & (unsigned)bit))
			continue;
		bputs(b, first ? "" : ", ");
		first = 0;
		json_str_pre(b, signs ? ((bits & ML_REP_GIVEN) ? "-" : "+") : "", rep->names[c]);
	}
	bputs(b, "]");
}

/* One label_issues entry, written directly (as dump() would write its object at depth 2). */
static void
json_label_issue(struct buf *b, const ml_rep *rep, const ml_rep_example *ex)
{
	char num[ML_NUM_BUFSZ];

	bputs(b, "{\n      \"id\": ");
	if (ex->id)
		json_str(b, ex->id);
	else
		bprintf(b, "%zu", ex->row);
	bputs(b, ",\n      \"given_label\": ");
	json_class_list(b, rep, ex, ML_REP_GIVEN, 0);
	bputs(b, ",\n      \"predicted_label\": ");
	json_class_list(b, rep, ex, ML_REP_PREDICTED, 0);
	bputs(b, ",\n      \"issue_classes\": ");
	json_class_list(b, rep, ex, ML_REP_WRONG, 1);
	bputs(b, ",\n      \"label_score\": ");
	ml_format_double(ex->score, num);
	bputs(b, num);
	bputs(b, "\n    }");
}

static int json_doc(const ml_rep *rep, const ml_rep_dl *d, struct buf *b);

int
ml_rep_json(const ml_rep *rep, const ml_rep_dl *d, char **out, size_t *len)
{
	struct buf b = { NULL, 0, 0, 0, NULL };

	if (json_doc(rep, d, &b) < 0) {
		free(b.s);
		return -1;
	}
	return bdone(&b, out, len);
}

int
ml_rep_json_write(const ml_rep *rep, const ml_rep_dl *d, ml_writer *w)
{
	struct buf b = { NULL, 0, 0, 0, w };
	int rc = json_doc(rep, d, &b);

	if (rc == 0 && b.len)
		ml_writer_raw(w, b.s, b.len);
	free(b.s);
	return rc;
}

static int
json_doc(const ml_rep *rep, const ml_rep_dl *d, struct buf *bp)
{
#define b (*bp)
	json_t *doc = json_object(), *a, *o;
	size_t i, c;
	int oom = doc == NULL;

	if (oom)
		return -1;
	put(doc, "num_examples", json_integer((json_int_t)(rep ? rep->n : d->n)), &oom);
	if (rep || d->num_classes >= 0)
		put(doc, "num_classes", json_integer(rep ? (json_int_t)rep->k :
		    (json_int_t)d->num_classes), &oom);
	if (rep && (a = json_array()))
		for (c = 0; c < rep->k; c++)
			if (json_array_append_new(a, json_string(rep->names[c])) < 0)
				oom = 1;
	if (rep)
		put(doc, "class_names", a, &oom);

	if ((a = json_array()) && !d && (o = json_object())) {
		put(o, "issue_type", json_string("label"), &oom);
		put(o, "score", json_real(rep->score), &oom);
		put(o, "num_issues", json_integer((json_int_t)rep->nissues), &oom);
		if (json_array_append_new(a, o) < 0)
			oom = 1;
	}
	for (i = 0; a && d && i < d->nchecks; i++) {
		if (!(o = json_object()) || json_array_append_new(a, o) < 0) {
			oom = 1;
			break;
		}
		put(o, "issue_type", json_string(d->check[i].name), &oom);
		/* NaN: a given non_iid check's p-value that the stream cannot give */
		put(o, "score", isnan(d->check[i].summary_score) ? json_null() :
		    json_real(d->check[i].summary_score), &oom);
		put(o, "num_issues", json_integer((json_int_t)d->check[i].num_issues), &oom);
	}
	put(doc, "issue_summary", a, &oom);
	if (!rep) {
		json_feature_issues(doc, d, &oom);
		if (!oom) {
			dump(doc, &b, 0);
			bputs(&b, "\n");
		}
		json_decref(doc);
		return oom || b.oom ? -1 : 0;
	}
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
	if (d)
		json_feature_issues(doc, d, &oom);

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
		for (i = 0; i < rep->nissues && !b.oom; i++) {
			bputs(&b, i ? ",\n    " : "\n    ");
			json_label_issue(&b, rep, &rep->ex[i]);
		}
		bputs(&b, rep->nissues ? "\n  ]\n}\n" : "\n}\n");
	}
	json_decref(doc);
	return oom || b.oom ? -1 : 0;
#undef b
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

/* The most severe top rows of a check, as in its text section (ml_dl_examples). */
static int
check_table(const ml_dl_check *k, size_t n, size_t top, struct table *t, char *fl, char *sc)
{
	size_t m = top < n ? top : n, *order = malloc((n + 1) * sizeof *order), i, j;
	ml_dl_col *cols = malloc((k->nextra + 2) * sizeof *cols);
	char **cells;

	if (!order || !cols || table_init(t, m, k->nextra + 2, 1) < 0) {
		free(order);
		free(cols);
		return -1;
	}
	ml_dl_examples(k, n, cols, fl, sc, order);
	for (j = 0; j < t->ncols; j++) {
		t->head[j] = cols[j].name;
		t->kind[j] = cols[j].type == ML_DL_TEXT ? COL_STR : COL_NUM;
		if (!(cells = ml_dl_cells(&cols[j], order, m, 1))) {
			t->oom = 1;
			break;
		}
		for (i = 0; i < m; i++)
			set_cell(t, i, j, cells[i]);
		free(cells);
	}
	for (i = 0; i < m; i++)
		if (!(t->index[i] = k->names && k->names[order[i]] ? xprintf("%s", k->names[order[i]]) :
		    xprintf("%zu", order[i])))
			t->oom = 1;
	free(order);
	free(cols);
	return t->oom ? -1 : 0;
}

/* The other checks with issues, most issues first: their text and examples. */
static void
html_checks(struct buf *b, const ml_rep_dl *d, size_t top)
{
	size_t i, *order = check_order(d);
	struct table t;
	char fl[ML_DL_NAMESZ], sc[ML_DL_NAMESZ];

	if (!order) {
		b->oom = 1;
		return;
	}
	for (i = 0; i < d->nchecks; i++) {
		const ml_dl_check *k = &d->check[order[i]];
		if (strcmp(k->name, "label") == 0 || k->num_issues == 0)
			continue;
		bputs(b, "<h2>");
		esc(b, k->name);
		bputs(b, " issues</h2>\n<p>");
		esc(b, ml_dl_description(k->name));
		bprintf(b, " Number of examples with this issue: <span class=\"big\">%zu</span>. "
		    "Overall dataset quality in terms of this issue: %.4f.", k->num_issues,
		    k->summary_score);
		if (top) {
			bprintf(b, " The %zu most severe:</p>\n", top < d->n ? top : d->n);
			html_table(b, &t, check_table(k, d->n, top, &t, fl, sc), "examples");
		} else
			bputs(b, "</p>\n");
	}
	free(order);
}

int
ml_rep_html(const ml_rep *rep, const ml_rep_dl *d, size_t top, char **out, size_t *len)
{
	struct buf b = { NULL, 0, 0, 0, NULL };
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
	html_table(&b, &t, summary_table(rep, d, &t), "summary");
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

	if (d)
		html_checks(&b, d, top);
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
	    "</body>\n</html>\n", issues_total(rep, d), ML_VERSION);
	return bdone(&b, out, len);
}

/* ------------------------------------------------- Datalab's whole audit */

/* The storage behind a ml_rep_dl's checks. */
struct dl_store {
	unsigned char *flag[ML_DL_MAXCHECKS];
	double *score[ML_DL_MAXCHECKS];
	char **given, **predicted;      /* n: the label table's rows (others NULL) */
	char **sets;                    /* n: near_duplicate_sets */
	double *nn_dist;                /* n: distance_to_nearest_neighbor */
	ml_dl_col label_extra[2], dup_extra[2];
	char additional[64];
};

/* The distinct label values V (SPEC 5.1), in a growing array. */
struct values {
	char **v;
	size_t n, cap;
	int numeric;            /* every value is a decimal integer */
};

static int
values_add(struct values *V, const char *s, size_t len)
{
	size_t i;
	char **p;

	for (i = 0; i < V->n; i++)
		if (strlen(V->v[i]) == len && memcmp(V->v[i], s, len) == 0)
			return 0;
	if (V->n == V->cap) {
		V->cap = V->cap ? 2 * V->cap : 16;
		if (!(p = realloc(V->v, V->cap * sizeof *p)))
			return -1;
		V->v = p;
	}
	if (!(V->v[V->n] = strndup(s, len)))
		return -1;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			V->numeric = 0;
	V->n++;
	return 0;
}

static int numeric_values;

/* sorted(V): numeric order for integers (leading zeros ignored), else code point order. */
static int
value_cmp(const void *pa, const void *pb)
{
	const char *a = *(char *const *)pa, *b = *(char *const *)pb;
	size_t la, lb;

	if (!numeric_values)
		return strcmp(a, b);
	while (*a == '0' && a[1])
		a++;
	while (*b == '0' && b[1])
		b++;
	la = strlen(a);
	lb = strlen(b);
	return la != lb ? (la < lb ? -1 : 1) : strcmp(a, b);
}

static void
join_item(struct buf *b, int *first, const char *s, size_t len)
{
	if (!*first)
		bputs(b, ", ");
	*first = 0;
	bputn(b, s, len);
}

/*
 * The label pass: V (num_classes), and for the rows marked in want the
 * given and predicted label lists as Datalab prints them (given: the row's
 * values in their order; predicted: V[c] for p_c > 0.5, None past V) and
 * the ids.
 */
static int
label_pass(ml_rep_dl *d, struct dl_store *st, const ml_audit *a, ml_reader *r,
    const char *labname, const char *idcol, const unsigned char *want, int want_labels, ml_err *e)
{
	struct values V = { NULL, 0, 0, 1 };
	size_t n = d->n, ncols = ml_reader_ncols(r), labcol = (size_t)-1, icol = (size_t)-1,
	    i, j, c, len, k = a ? a->k : 0, *pred = NULL, npred;
	unsigned char *y = NULL, *pbits = NULL;
	double *p = NULL;
	const char *s, *t, *end;
	int rc, dups, first, ret = -1;
	struct buf b;

	if (!labname)
		labname = "labels";
	for (j = 0; j < ncols; j++) {
		if (!a && strcmp(ml_reader_colname(r, j), labname) == 0)
			labcol = j;
		if (strcmp(ml_reader_colname(r, j), idcol ? idcol : "id") == 0)
			icol = j;
	}
	if (a)
		labcol = a->cols.labcol;
	if (idcol && icol == (size_t)-1)
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "no '%s' column (named by --id)", idcol);
	if ((k && (!(y = malloc(k)) || !(p = malloc(k * sizeof *p)))) ||
	    (want_labels && !(pbits = calloc(n * (k ? k : 1), 1))))
		goto oom;
	if (ml_reader_rewind(r, e) < 0)
		goto out;
	for (i = 0; (rc = ml_reader_next(r, e)) > 0 && i < n; i++) {
		memset(&b, 0, sizeof b);
		bputs(&b, "[");
		first = 1;
		if (labcol != (size_t)-1) {
			s = ml_reader_field(r, labcol, &len);
			for (t = s; len > 0 && t <= s + len; t = end + 1) {
				if (!(end = memchr(t, ',', (size_t)(s + len - t))))
					end = s + len;
				if (values_add(&V, t, (size_t)(end - t)) < 0)
					goto oom;
				join_item(&b, &first, t, (size_t)(end - t));
			}
		} else if (a) {
			if (ml_cols_labels(&a->cols, r, y, &dups, e) < 0)
				goto out;
			for (c = 0; c < k; c++)
				if (y[c]) {
					if (values_add(&V, a->cols.names[c], strlen(a->cols.names[c])) < 0)
						goto oom;
					join_item(&b, &first, a->cols.names[c], strlen(a->cols.names[c]));
				}
		}
		bputs(&b, "]");
		if (want_labels && st->given[i] == NULL && want[i] & 2) {
			if (b.oom)
				goto oom;
			st->given[i] = b.s;
			b.s = NULL;
			if (ml_cols_probs(&a->cols, r, p, e) < 0)
				goto out;
			for (c = 0; c < k; c++)
				pbits[i * k + c] = p[c] > 0.5;
		}
		free(b.s);
		if (want[i] && icol != (size_t)-1) {
			s = ml_reader_field(r, icol, &len);
			if (!(d->id[i] = strndup(s, len)))
				goto oom;
		}
	}
	if (rc < 0)
		goto out;
	numeric_values = V.numeric;
	qsort(V.v, V.n, sizeof *V.v, value_cmp);
	d->num_classes = V.n ? (long)V.n : -1;
	if (want_labels) {
		if (!(pred = malloc((k ? k : 1) * sizeof *pred)))
			goto oom;
		for (i = 0; i < n; i++) {
			if (!st->given[i])
				continue;
			memset(&b, 0, sizeof b);
			bputs(&b, "[");
			first = 1;
			for (c = 0, npred = 0; c < k; c++)
				if (pbits[i * k + c]) {
					s = c < V.n ? V.v[c] : "None";
					join_item(&b, &first, s, strlen(s));
					npred++;
				}
			bputs(&b, "]");
			if (b.oom)
				goto oom;
			st->predicted[i] = b.s;
		}
	}
	ret = 0;
	goto out;
oom:
	ret = ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
out:
	for (i = 0; i < V.n; i++)
		free(V.v[i]);
	free(V.v);
	free(y);
	free(p);
	free(pbits);
	free(pred);
	return ret;
}

/* Records a failed check: Datalab prints the error and goes on without it. */
static void
dl_failed(ml_rep_dl *d, const char *name, const char *msg)
{
	struct buf b = { d->errors, d->errors ? strlen(d->errors) : 0,
	    d->errors ? strlen(d->errors) + 1 : 0, 0, NULL };

	bprintf(&b, "Error in %s: %s\n", name, msg);
	d->errors = b.oom ? d->errors : b.s;
}

/*
 * Appends a check in the next slot, with flag and score (n each) when
 * given (the slot takes them over), else with new arrays.
 */
static ml_dl_check *
dl_add(ml_rep_dl *d, struct dl_store *st, const char *name, unsigned char *flag, double *score,
    int *oom)
{
	ml_dl_check *k = &d->check[d->nchecks];
	size_t n = d->n;

	memset(k, 0, sizeof *k);
	k->name = name;
	free(st->flag[d->nchecks]);     /* a check that failed left its arrays here */
	free(st->score[d->nchecks]);
	st->flag[d->nchecks] = flag ? flag : calloc(n + 1, 1);
	st->score[d->nchecks] = score ? score : malloc((n + 1) * sizeof(double));
	if (!st->flag[d->nchecks] || !st->score[d->nchecks]) {
		*oom = 1;
		return NULL;
	}
	k->flag = st->flag[d->nchecks];
	k->score = st->score[d->nchecks];
	d->nchecks++;
	return k;
}

/* The feature checks whose columns mlnull, mloutlier, mldups and mlnoniid write. */
enum { G_NULL, G_OUTLIER, G_DUP, G_NONIID, NGIVEN };
static const char *const given_name[NGIVEN] = { "null", "outlier", "near_duplicate", "non_iid" };

/* The stream's columns of a check: <name>_score, is_<name>_issue (near_duplicate_set). */
struct given {
	size_t score, flag, set;        /* column numbers, or SIZE_MAX */
	double *s;                      /* n: the scores read */
	unsigned char *f;               /* n: the flags read */
};

/* The checks' columns in the header of r (SIZE_MAX: absent); the number of them present. */
static int
given_cols(const ml_reader *r, struct given *g)
{
	char sc[64], fl[64];
	int i, found = 0;

	for (i = 0; i < NGIVEN; i++) {
		snprintf(sc, sizeof sc, "%s_score", given_name[i]);
		snprintf(fl, sizeof fl, "is_%s_issue", given_name[i]);
		g[i].score = find_col(r, sc);
		g[i].flag = find_col(r, fl);
		g[i].set = i == G_DUP ? find_col(r, "near_duplicate_set") : SIZE_MAX;
		found += (g[i].score != SIZE_MAX) + (g[i].flag != SIZE_MAX) + (g[i].set != SIZE_MAX);
	}
	return found;
}

/*
 * The checks given in the stream: a check is given when both of its
 * columns are there (and near_duplicate_set for near_duplicate); one
 * without the other is an error.  Returns how many checks are given.
 */
static int
given_find(const ml_reader *r, struct given *g, ml_err *e)
{
	char sc[64], fl[64];
	int i, ng = 0;

	given_cols(r, g);
	for (i = 0; i < NGIVEN; i++) {
		snprintf(sc, sizeof sc, "%s_score", given_name[i]);
		snprintf(fl, sizeof fl, "is_%s_issue", given_name[i]);
		if ((g[i].score == SIZE_MAX) != (g[i].flag == SIZE_MAX) ||
		    (i == G_DUP && g[i].score != SIZE_MAX && g[i].set == SIZE_MAX))
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "column '%s' without "
			    "column '%s': the %s check needs %s", g[i].score == SIZE_MAX ? fl : sc,
			    g[i].score == SIZE_MAX ? sc : g[i].flag == SIZE_MAX ? fl :
			    "near_duplicate_set", given_name[i], i == G_DUP ?
			    "near_duplicate_score, is_near_duplicate_issue and near_duplicate_set "
			    "(mldups writes them)" : "both");
		ng += g[i].score != SIZE_MAX;
	}
	return ng;
}

/* A flag as the tools write it (0, 1) or pandas does (False, True); -1 if neither. */
static int
parse_flag(const char *s, size_t len)
{
	if ((len == 1 && *s == '1') || (len == 4 && memcmp(s, "True", 4) == 0))
		return 1;
	if ((len == 1 && *s == '0') || (len == 5 && memcmp(s, "False", 5) == 0))
		return 0;
	return -1;
}

/*
 * Reads the given checks' columns of the n rows of r; the near_duplicate
 * sets (row numbers below n joined with ',') as Datalab prints them into
 * st->sets.
 */
static int
given_read(struct given *g, struct dl_store *st, ml_reader *r, size_t n, ml_err *e)
{
	size_t i = 0, j, len, t, tl, *v = NULL, nv;
	const char *s, *end;
	double x;
	int rc = -1, c;

	for (j = 0; j < NGIVEN; j++)
		if (g[j].score != SIZE_MAX &&
		    (!(g[j].s = malloc((n + 1) * sizeof *g[j].s)) || !(g[j].f = malloc(n + 1))))
			goto oom;
	if (g[G_DUP].score != SIZE_MAX && (!(st->sets = calloc(n + 1, sizeof *st->sets)) ||
	    !(v = malloc((n + 1) * sizeof *v))))
		goto oom;
	if (ml_reader_rewind(r, e) < 0)
		goto out;
	for (i = 0; (rc = ml_reader_next(r, e)) > 0; i++) {
		if (i == n)
			break;
		for (j = 0; j < NGIVEN; j++) {
			if (g[j].score == SIZE_MAX)
				continue;
			s = ml_reader_field(r, g[j].score, &len);
			if ((c = ml_parse_double(s, len, &x)) != ML_NUM_OK || !(x >= 0.0 && x <= 1.0))
				goto bad_score;
			g[j].s[i] = x;
			s = ml_reader_field(r, g[j].flag, &len);
			if ((c = parse_flag(s, len)) < 0)
				goto bad_flag;
			g[j].f[i] = (unsigned char)c;
		}
		if (g[G_DUP].score == SIZE_MAX)
			continue;
		s = ml_reader_field(r, g[G_DUP].set, &len);
		for (nv = 0, t = 0; t < len; t += tl + 1) {
			end = memchr(s + t, ',', len - t);
			tl = end ? (size_t)(end - (s + t)) : len - t;
			if (nv == n || ml_parse_size(s + t, tl, &v[nv]) < 0 || v[nv] >= n) {
				rc = ml_errf(e, ml_reader_file(r), ml_reader_line(r), "near_duplicate_set",
				    s + t, tl, nv == n ? "more row numbers than rows" :
				    "not a row number of the input");
				goto out;
			}
			nv++;
			if (!end)
				break;
		}
		if (len && s[len - 1] == ',') {
			rc = ml_errf(e, ml_reader_file(r), ml_reader_line(r), "near_duplicate_set", s,
			    len, "empty row number");
			goto out;
		}
		if (!(st->sets[i] = ml_dl_list(v, nv)))
			goto oom;
	}
	if (rc > 0 || (rc == 0 && i != n))      /* a row more, or fewer, than before */
		rc = ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its readings");
	goto out;
bad_score:
	rc = ml_reader_errf(r, e, g[j].score, c != ML_NUM_OK ? ml_num_strerror(c) :
	    "not a score in [0, 1]");
	goto out;
bad_flag:
	rc = ml_reader_errf(r, e, g[j].flag, "not a flag (0 or 1)");
	goto out;
oom:
	rc = ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
out:
	free(v);
	return rc < 0 ? -1 : 0;
}

/* Summary of a given check: count of flags, mean of scores (Datalab's, but non_iid's). */
static void
given_summary(ml_dl_check *k, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		k->num_issues += k->flag[i];
		if (k->flag[i])
			k->null_all++;
		else if (k->score[i] < 1.0)
			k->null_some++;
	}
	k->summary_score = ml_pairwise_sum(k->score, n) / (double)n;
	if (strcmp(k->name, "null") != 0)
		k->null_all = k->null_some = 0;
}

/*
 * Appends check name: given (g->s read from the stream), it takes over
 * g's arrays and its summary is computed; else with new arrays to fill.
 */
static ml_dl_check *
dl_take(ml_rep_dl *d, struct dl_store *st, const char *name, struct given *g, int *oom)
{
	ml_dl_check *k = dl_add(d, st, name, g->f, g->s, oom);
	int given = g->s != NULL;

	g->f = NULL;
	g->s = NULL;
	if (k && given)
		given_summary(k, d->n);
	return k;
}

int
ml_rep_has_features(const ml_reader *r, const char *prefix, int issues)
{
	struct given g[NGIVEN];
	size_t j, plen = strlen(prefix);
	const char *name;

	for (j = 0; j < ml_reader_ncols(r); j++) {
		name = ml_reader_colname(r, j);
		if ((strncmp(name, prefix, plen) == 0 && name[plen] != '\0') ||
		    strcmp(name, "knn") == 0 || strcmp(name, "knn_dist") == 0)
			return 1;
	}
	return issues && given_cols(r, g) > 0;
}

int
ml_rep_features(ml_rep_dl *d, const ml_rep *rep, const ml_audit *a, ml_reader *r,
    const char *labname, const char *idcol, const char *prefix, size_t top, int stream, ml_err *e)
{
	struct dl_store *st;
	struct given g[NGIVEN];
	ml_feat f;
	ml_dl_check *k;
	ml_err ce;
	unsigned char *want = NULL, *fl, *scratch_f = NULL;
	double *sc, *scratch_s = NULL;
	size_t n, i, j, m, *idx = NULL, *off = NULL, *set = NULL;
	int oom = 0, ret = -1, all, have_graph = 0, metric, ng = 0, feat = 0, graph, want_graph;
	char num[ML_NUM_BUFSZ];

	memset(d, 0, sizeof *d);
	memset(&f, 0, sizeof f);
	d->num_classes = -1;
	if (!(st = calloc(1, sizeof *st)))
		return ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
	d->priv = st;
	for (i = 0; i < NGIVEN; i++)
		g[i] = (struct given){ SIZE_MAX, SIZE_MAX, SIZE_MAX, NULL, NULL };
	if (stream && (ng = given_find(r, g, e)) < 0)
		return -1;
	feat = !stream || ml_rep_has_features(r, prefix, 0);
	if (feat) {
		if (ml_reader_rewind(r, e) < 0 ||
		    ml_feat_read(&f, r, prefix, (stream ? 0 : ML_FEAT_X) | ML_FEAT_KNN, e) < 0)
			return -1;
		n = f.n;
	} else
		n = rep->n;
	d->n = n;
	if (rep && rep->n != n) {
		ml_feat_free(&f);
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its readings");
	}
	if (ng > 0 && given_read(g, st, r, n, e) < 0)
		goto out;
	if (!(d->id = calloc(n, sizeof *d->id)) || !(want = calloc(n, 1)) ||
	    !(idx = malloc(n * sizeof *idx)))
		goto oom;

	/* null: the stream's columns, else from the features */
	if (g[G_NULL].s) {
		if (!dl_take(d, st, "null", &g[G_NULL], &oom))
			goto oom;
	} else if (f.dim > 0) {
		if (!(k = dl_add(d, st, "null", NULL, NULL, &oom)))
			goto oom;
		fl = (unsigned char *)k->flag;
		sc = (double *)k->score;
		for (i = 0; i < n; i++) {
			sc[i] = ml_null_score(f.x + i * f.dim, f.dim, &all);
			fl[i] = (unsigned char)all;
			if (all)
				k->null_all++;
			else if (sc[i] < 1.0)
				k->null_some++;
		}
		k->num_issues = k->null_all;
		k->summary_score = ml_pairwise_sum(sc, n) / (double)n;
	}

	/* label: the label report's scores and flags, the given and predicted lists */
	if (rep) {
		if (!(k = dl_add(d, st, "label", NULL, NULL, &oom)))
			goto oom;
		fl = (unsigned char *)k->flag;
		memcpy((double *)k->score, rep->scores, n * sizeof(double));
		for (i = 0; i < rep->nissues; i++)
			fl[rep->ex[i].row] = 1;
		k->num_issues = rep->nissues;
		k->summary_score = rep->score;
		if (!stream) {
			if (!(st->given = calloc(n, sizeof *st->given)) ||
			    !(st->predicted = calloc(n, sizeof *st->predicted)))
				goto oom;
			st->label_extra[0] = (ml_dl_col){ "given_label", ML_DL_TEXT, NULL, NULL, NULL,
			    (const char *const *)st->given };
			st->label_extra[1] = (ml_dl_col){ "predicted_label", ML_DL_TEXT, NULL, NULL,
			    NULL, (const char *const *)st->predicted };
			k->extra = st->label_extra;
			k->nextra = 2;
			m = top < n ? top : n;
			ml_argsort_prefix(k->score, n, idx, m);
			for (i = 0; i < m; i++)
				want[idx[i]] |= 2;
		}
	}

	/*
	 * outlier, near_duplicate, non_iid on one kNN graph: the stream's own
	 * (knn, knn_dist), else k = 10 from the features.  A given check needs
	 * it too: near_duplicate for distance_to_nearest_neighbor, non_iid for
	 * its p-value.
	 */
	graph = f.has_knn || f.dim > 0;
	want_graph = graph || g[G_DUP].s || g[G_NONIID].s;
	if (!want_graph)
		;
	else if (!f.has_knn && f.has_nan)
		ce = f.nan_err;
	else if (!graph)
		snprintf(ce.msg, sizeof ce.msg, "the stream has neither the features (%s<name>) nor "
		    "the kNN graph (knn, knn_dist)", prefix);
	else if (ml_feat_graph(&f, 10, ML_METRIC_AUTO, 0, &ce) == 0)
		have_graph = 1;
	for (j = G_OUTLIER; want_graph && !have_graph && j < NGIVEN; j++)
		if (!g[j].s)
			dl_failed(d, given_name[j], ce.msg);
	metric = f.built_metric ? f.built_metric : f.dim ? ml_metric_default(f.dim) : ML_METRIC_AUTO;
	if (have_graph && (!(scratch_f = malloc(n + 1)) ||
	    !(scratch_s = malloc((n + 1) * sizeof *scratch_s))))
		goto oom;
	if (g[G_OUTLIER].s) {
		if (!dl_take(d, st, "outlier", &g[G_OUTLIER], &oom))
			goto oom;
	} else if (have_graph) {
		ml_outlier_info oi;

		if (!(k = dl_add(d, st, "outlier", NULL, NULL, &oom)))
			goto oom;
		if (ml_outlier(&f.g, metric, 1.0, -1.0, 0.0, (double *)k->score,
		    (unsigned char *)k->flag, &oi, &ce) < 0) {
			dl_failed(d, "outlier", ce.msg);
			d->nchecks--;
		} else {
			k->num_issues = oi.num_issues;
			k->summary_score = oi.average_ood_score;
		}
	}
	if (g[G_DUP].s || have_graph) {
		ml_dup_info di;
		int given = g[G_DUP].s != NULL;

		if (!(k = dl_take(d, st, "near_duplicate", &g[G_DUP], &oom)))
			goto oom;
		if (given)
			;               /* its sets were read with it */
		else if (ml_near_duplicate(&f.g, 0.13, (double *)k->score, (unsigned char *)k->flag,
		    &off, &set, &di, &ce) < 0) {
			dl_failed(d, "near_duplicate", ce.msg);
			d->nchecks--;
			k = NULL;
		} else {
			k->num_issues = di.num_issues;
			k->summary_score = di.average_score;
			if (!(st->sets = calloc(n, sizeof *st->sets)))
				goto oom;
			for (i = 0; i < n; i++)
				if (!(st->sets[i] = ml_dl_list(set + off[i], off[i + 1] - off[i])))
					goto oom;
		}
		if (k) {
			st->dup_extra[0] = (ml_dl_col){ "near_duplicate_sets", ML_DL_TEXT, NULL, NULL,
			    NULL, (const char *const *)st->sets };
			k->extra = st->dup_extra;
			k->nextra = 1;
		}
		if (k && have_graph) {
			if (!(st->nn_dist = malloc(n * sizeof *st->nn_dist)))
				goto oom;
			for (i = 0; i < n; i++)
				st->nn_dist[i] = f.g.dist[i * f.g.k];
			st->dup_extra[1] = (ml_dl_col){ "distance_to_nearest_neighbor", ML_DL_FLOAT,
			    NULL, NULL, st->nn_dist, NULL };
			k->nextra = 2;
		}
	}
	if (g[G_NONIID].s || have_graph) {
		ml_noniid_info ni;
		int given = g[G_NONIID].s != NULL;

		if (!(k = dl_take(d, st, "non_iid", &g[G_NONIID], &oom)))
			goto oom;
		/* The p-value of the given scores: cleanlab's defaults on the same graph. */
		if (!have_graph) {
			k->summary_score = NAN;
			ml_warn("non_iid: the p-value (the check's score) needs the kNN graph: %s",
			    ce.msg);
		} else if (ml_noniid(&f.g, 25, 0, 0.05, given ? scratch_s : (double *)k->score,
		    given ? scratch_f : (unsigned char *)k->flag, NULL, &ni, &ce) < 0) {
			dl_failed(d, "non_iid", ce.msg);
			d->nchecks--;
			k = NULL;
		} else {
			if (!given)
				k->num_issues = ni.num_issues;
			k->summary_score = ni.p_value;
		}
		if (k) {
			ml_format_double(k->summary_score, num);
			snprintf(st->additional, sizeof st->additional, "\np-value: %s", num);
			k->additional = st->additional;
		}
	}
	/*
	 * The JSON lists every flagged row of the feature checks by id; the
	 * plain report names its example rows by id too, as its label section does.
	 */
	for (j = 0; j < d->nchecks; j++) {
		if (strcmp(d->check[j].name, "label") == 0)
			continue;
		for (i = 0; i < n; i++)
			want[i] |= d->check[j].flag[i] != 0;
		if (!stream)
			continue;
		d->check[j].names = d->id;
		m = top < n ? top : n;
		ml_argsort_prefix(d->check[j].score, n, idx, m);
		for (i = 0; i < m; i++)
			want[idx[i]] |= 1;
	}
	if (label_pass(d, st, a, r, labname, idcol, want, rep != NULL && !stream, e) < 0)
		goto out;
	ret = 0;
	goto out;
oom:
	ret = ml_errf(e, NULL, 0, NULL, NULL, 0, "out of memory");
out:
	for (j = 0; j < NGIVEN; j++) {
		free(g[j].s);
		free(g[j].f);
	}
	ml_feat_free(&f);
	free(want);
	free(idx);
	free(off);
	free(set);
	free(scratch_f);
	free(scratch_s);
	return ret;
}

void
ml_rep_dl_free(ml_rep_dl *d)
{
	struct dl_store *st = d->priv;
	size_t i;

	if (st) {
		for (i = 0; i < ML_DL_MAXCHECKS; i++) {
			free(st->flag[i]);
			free(st->score[i]);
		}
		for (i = 0; i < d->n; i++) {
			if (st->given)
				free(st->given[i]);
			if (st->predicted)
				free(st->predicted[i]);
			if (st->sets)
				free(st->sets[i]);
		}
		free(st->given);
		free(st->predicted);
		free(st->sets);
		free(st->nn_dist);
		free(st);
	}
	if (d->id)
		for (i = 0; i < d->n; i++)
			free(d->id[i]);
	free(d->id);
	free(d->errors);
	memset(d, 0, sizeof *d);
}

int
ml_rep_dl_text(const ml_rep_dl *d, size_t top, char **out, size_t *len)
{
	struct buf b = { NULL, 0, 0, 0, NULL };
	char *s = ml_dl_report(d->check, d->nchecks, d->n, d->num_classes, top, ML_DL_MLAUDIT_REFS);

	if (!s)
		return -1;
	bputs(&b, s);
	free(s);
	return bdone(&b, out, len);
}
