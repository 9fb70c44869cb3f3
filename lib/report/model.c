/*
 * model.c - the report's second pass: every label_score, the flagged rows'
 * ids, labels and issue classes, and cleanlab's dataset health tables (SPEC 4).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

enum { GIVEN, PREDICTED, WRONG };
#define NONE ((size_t)-1)

/* The second pass over every row: its columns and scratch. */
struct pass {
	const ml_audit *a;
	const ml_rep_opts *o;
	ml_reader *r;
	size_t idcol, scol, icol, ccol; /* id, label_score, is_label_issue, issue_classes, or NONE */
	unsigned char *y;
	double *p, *s;
	size_t cap[3];                  /* words of rep->own[] */
};

static int
changed(const ml_reader *r, unsigned long line, ml_err *e)
{
	return ml_errf(e, ml_reader_file(r), line, NULL, NULL, 0,
	    "the input changed between its two readings");
}

static int
not_utf8(const ml_reader *r, size_t col, ml_err *e)
{
	return ml_reader_errf(r, e, col, "not valid UTF-8, cannot be written as JSON");
}

/* Reads an issue_classes field ("-face,+nsfw") into bit row `row` of the wrong bits. */
static int
parse_issue_classes(const ml_rep *rep, const ml_audit *a, const ml_reader *r, size_t col,
    size_t row, ml_err *e)
{
	size_t n, i, j, c;
	const char *s = ml_reader_field(r, col, &n);

	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && s[j] != ','; j++)
			;
		if (j - i < 2 || (s[i] != '-' && s[i] != '+') ||
		    (c = ml_cols_lookup(&a->cols, s + i + 1, j - i - 1)) == NONE)
			return ml_reader_errf(r, e, col,
			    "not a list of -CLASS / +CLASS (a class judged wrong)");
		/* "-c" only for a given class, "+c" only for one not given. */
		if ((s[i] == '-') != (ML_BIT(rep->own[GIVEN], row * rep->k + c) != 0))
			return ml_reader_errf(r, e, col, s[i] == '-' ?
			    "names a class to remove that is not given" :
			    "names a class to add that is already given");
		rep->own[WRONG][(row * rep->k + c) >> 6] |= (uint64_t)1 << ((row * rep->k + c) & 63);
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
			return changed(r, ml_reader_line(r), e);
		s = t + 1;
	}
	if ((t = memchr(s, '\t', (size_t)(end - s))))
		end = t;
	if (o->utf8_ids && !ml_utf8_valid(s, (size_t)(end - s)))
		return -2;      /* told by the caller, with the row's file and line */
	if (!(*id = strndup(s, (size_t)(end - s))))
		return ml_err_oom(e);
	return 0;
}

/* The id of flagged row ex (the current row of r): field idcol. */
static int
field_id(const ml_reader *r, size_t idcol, const ml_rep_opts *o, ml_rep_example *ex, ml_err *e)
{
	size_t len;
	const char *s = ml_reader_field(r, idcol, &len);

	if (o->utf8_ids && !ml_utf8_valid(s, len))
		return not_utf8(r, idcol, e);
	if (!(ex->id = strndup(s, len)))
		return ml_err_oom(e);
	return 0;
}

/* The ids of ex[0..m-1] from raw TAB lines; an id JSON cannot hold is told at its row. */
static int
ids_from_lines(ml_reader *r, const ml_rep_opts *o, size_t idcol, ml_rep_example *ex, size_t m,
    ml_err *e)
{
	size_t i, j, len;
	const char *s;
	int rc = 0;

	if (ml_reader_rewind_lines(r, e) < 0)
		return -1;
	for (i = j = 0; j < m && (rc = ml_reader_next_line(r, &s, &len, e)) > 0; i++)
		if (i == ex[j].row && (rc = line_id(r, s, len, idcol, o, &ex[j++].id, e)) < 0)
			break;
	if (rc == -2) {
		/* Find the row again for its file and line. */
		if (ml_reader_rewind(r, e) < 0)
			return -1;
		for (i = 0; i <= ex[j - 1].row; i++)
			if (ml_reader_next(r, e) <= 0)
				return -1;
		return not_utf8(r, idcol, e);
	}
	if (rc < 0)
		return -1;
	return j < m ? changed(r, 0, e) : 0;
}

/* The ids of ex[0..m-1] from parsed rows. */
static int
ids_from_rows(ml_reader *r, const ml_rep_opts *o, size_t idcol, ml_rep_example *ex, size_t m,
    ml_err *e)
{
	size_t i, j;
	int rc = 0;

	if (ml_reader_rewind(r, e) < 0)
		return -1;
	for (i = j = 0; j < m && (rc = ml_reader_next(r, e)) > 0; i++)
		if (i == ex[j].row && field_id(r, idcol, o, &ex[j++], e) < 0)
			return -1;
	if (rc < 0)
		return -1;
	return j < m ? changed(r, 0, e) : 0;
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
	size_t i, m = 0;

	memcpy(rep->scores, a->score, a->n * sizeof *rep->scores);
	for (i = 0; i < a->n; i++)
		if (a->issue[i]) {
			ex[m].row = ex[m].bits = i;
			ex[m].score = a->score[i];
			ex[m].id = NULL;
			m++;
		}
	*pm = m;
	rep->given_bits = a->given_bits;
	rep->pred_bits = a->pred_bits;
	rep->wrong_bits = a->flags;
	if (idcol == NONE || m == 0)
		return 0;
	return o->lines ? ids_from_lines(r, o, idcol, ex, m, e) : ids_from_rows(r, o, idcol, ex, m, e);
}

/* Row i's label_score: the input's column, or computed with the report's options. */
static int
row_score(struct pass *ps, ml_rep *rep, size_t i, ml_err *e)
{
	const ml_audit *a = ps->a;
	const char *f;
	size_t len, c;
	double x;

	if (ps->scol == NONE) {
		for (c = 0; c < a->k; c++)
			ps->s[c] = ml_class_score(ps->o->method, ps->y[c], ps->p[c],
			    ps->o->adjust ? a->res[c].thr : NULL);
		rep->scores[i] = ml_aggregate(&ps->o->agg, ps->s, a->k);
		return 0;
	}
	f = ml_reader_field(ps->r, ps->scol, &len);
	if (ml_parse_double(f, len, &x) != ML_NUM_OK || !(x >= 0.0 && x <= 1.0))
		return ml_reader_errf(ps->r, e, ps->scol, "not a label score in [0, 1]");
	rep->scores[i] = x;
	return 0;
}

/* Whether row i is flagged: the input's is_label_issue, or the audit's; -1: bad field. */
static int
row_flagged(const struct pass *ps, size_t i, ml_err *e)
{
	const char *f;
	size_t len;

	if (ps->icol == NONE)
		return ps->a->issue[i] != 0;
	f = ml_reader_field(ps->r, ps->icol, &len);
	if (len != 1 || (f[0] != '0' && f[0] != '1'))
		return ml_reader_errf(ps->r, e, ps->icol, "not 0 or 1");
	return f[0] == '1';
}

/* Flagged row i becomes example m, with bit row m in rep->own[]. */
static int
add_example(struct pass *ps, ml_rep *rep, ml_rep_example *x, size_t i, size_t m, ml_err *e)
{
	size_t k = rep->k, c, b, old, j;

	x->id = NULL;
	for (j = 0; j < 3; j++) {
		old = ps->cap[j];
		if (ml_grow(&rep->own[j], &ps->cap[j], ((m + 1) * k + 63) / 64 + 1,
		    sizeof *rep->own[j]) < 0)
			return ml_err_oom(e);
		memset(rep->own[j] + old, 0, (ps->cap[j] - old) * sizeof *rep->own[j]);
	}
	x->row = i;
	x->bits = m;
	x->score = rep->scores[i];
	for (c = 0, b = m * k; c < k; c++, b++) {
		rep->own[GIVEN][b >> 6] |= (uint64_t)(ps->y[c] != 0) << (b & 63);
		rep->own[PREDICTED][b >> 6] |= (uint64_t)(ps->p[c] > 0.5) << (b & 63);
		if (ps->ccol == NONE)
			rep->own[WRONG][b >> 6] |= (uint64_t)ML_BIT(ps->a->flags, i * k + c) << (b & 63);
	}
	if (ps->ccol != NONE && parse_issue_classes(rep, ps->a, ps->r, ps->ccol, m, e) < 0)
		return -1;
	return ps->idcol != NONE ? field_id(ps->r, ps->idcol, ps->o, x, e) : 0;
}

/*
 * The second pass over every row: the scores (read or computed), the
 * flagged rows (read or the audit's) with their classes and ids.
 */
static int
rows_pass(struct pass *ps, ml_rep *rep, ml_rep_example *ex, size_t *pm, ml_err *e)
{
	const ml_audit *a = ps->a;
	size_t i, n = a->n;
	size_t m;
	int rc, dups, flagged;

	if (ml_reader_rewind(ps->r, e) < 0)
		return -1;
	for (i = 0; (rc = ml_reader_next(ps->r, e)) > 0; i++) {
		if (i >= n)
			return changed(ps->r, 0, e);    /* more rows than the first reading */
		if (ml_cols_labels(&a->cols, ps->r, ps->y, &dups, e) < 0 ||
		    ml_cols_probs(&a->cols, ps->r, ps->p, e) < 0 || row_score(ps, rep, i, e) < 0 ||
		    (flagged = row_flagged(ps, i, e)) < 0)
			return -1;
		if (!flagged)
			continue;
		m = (*pm)++;
		if (add_example(ps, rep, &ex[m], i, m, e) < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (i != n)
		return changed(ps->r, 0, e);
	rep->given_bits = rep->own[GIVEN];
	rep->pred_bits = rep->own[PREDICTED];
	rep->wrong_bits = rep->own[WRONG];
	return 0;
}

/* The columns of the second pass: --id (or id), and the input's own label columns. */
static int
find_columns(struct pass *ps, ml_err *e)
{
	ml_reader *r = ps->r;

	ps->scol = ps->icol = ps->ccol = NONE;
	if (ps->o->idcol) {
		if ((ps->idcol = ml_reader_find(r, "", ps->o->idcol)) == NONE)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no '%s' column (named by --id)", ps->o->idcol);
	} else
		ps->idcol = ml_reader_find(r, "", "id");
	if (!ps->o->recompute) {
		ps->scol = ml_reader_find(r, "", "label_score");
		ps->icol = ml_reader_find(r, "", "is_label_issue");
		if (ps->icol != NONE)
			ps->ccol = ml_reader_find(r, "", "issue_classes");
	}
	return 0;
}

/* rep's arrays, its class names and id column's name, and the pass's scratch. */
static int
alloc_model(ml_rep *rep, struct pass *ps, ml_rep_example **ex)
{
	size_t n = rep->n, k = rep->k, c, n1 = n ? n : 1, k1 = k ? k : 1;

	if (!(rep->names = calloc(k1, sizeof *rep->names)) ||
	    !(rep->scores = malloc(n1 * sizeof *rep->scores)) ||
	    !(rep->common = malloc(2 * k1 * sizeof *rep->common)) ||
	    !(rep->ranking = malloc(k1 * sizeof *rep->ranking)) ||
	    !(*ex = malloc(n1 * sizeof **ex)) || !(ps->y = malloc(k1)) ||
	    !(ps->p = malloc(k1 * sizeof *ps->p)) || !(ps->s = malloc(k1 * sizeof *ps->s)))
		return -1;
	for (c = 0; c < k; c++)
		if (!(rep->names[c] = strdup(ps->a->cols.names[c])))
			return -1;
	if (ps->idcol != NONE && !(rep->idname = strdup(ml_reader_colname(ps->r, ps->idcol))))
		return -1;
	return 0;
}

/* The flagged rows ex[0..m-1] ranked by label_score (numpy argsort over them) into rep->ex. */
static int
rank_examples(ml_rep *rep, const ml_rep_example *ex, size_t m)
{
	size_t i, *rows = malloc((m ? m : 1) * sizeof *rows), *perm = malloc((m ? m : 1) * sizeof *perm);

	if (rows && perm && (rep->ex = malloc((m ? m : 1) * sizeof *rep->ex))) {
		for (i = 0; i < m; i++)
			rows[i] = ex[i].row;
		ml_argsort_subset(rep->scores, rows, m, perm);
		for (i = 0; i < m; i++)
			rep->ex[i] = ex[perm[i]];
		rep->nissues = m;
	}
	free(rows);
	free(perm);
	return rep->ex ? 0 : -1;
}

/* The issue summary score, the health score and cleanlab's two class tables. */
static int
summarise(ml_rep *rep, const ml_audit *a)
{
	size_t n = rep->n, i;

	for (i = 0; i < n; i++)
		rep->hist[ml_split_bin(rep->scores[i])]++;
	rep->score = n ? ml_pairwise_sum(rep->scores, n) / (double)n : NAN;
	rep->health = 1.0 - (double)a->def_nissues / (double)n;
	if (ml_common_issues(rep->k, a->def_given, a->def_added, n, rep->common) < 0 ||
	    ml_class_ranking(rep->k, rep->common, n, rep->ranking) < 0)
		return -1;
	return 0;
}

int
ml_rep_build(ml_rep *rep, const ml_audit *a, ml_reader *r, const ml_rep_opts *o, ml_err *e)
{
	struct pass ps;
	ml_rep_example *ex = NULL;
	size_t i, m = 0;
	int rc = -1;

	memset(rep, 0, sizeof *rep);
	memset(&ps, 0, sizeof ps);
	ps.a = a;
	ps.o = o;
	ps.r = r;
	rep->n = a->n;
	rep->k = a->k;
	rep->dropped = a->cols.dropped;
	rep->ndropped = a->cols.ndropped;
	if (find_columns(&ps, e) < 0)
		goto out;
	if (alloc_model(rep, &ps, &ex) < 0) {
		ml_err_oom(e);
		goto out;
	}
	if (a->score && a->given_bits && a->pred_bits && !o->adjust && ps.scol == NONE &&
	    ps.icol == NONE)
		rc = ids_pass(rep, a, r, o, ps.idcol, ex, &m, e);
	else
		rc = rows_pass(&ps, rep, ex, &m, e);
	if (rc == 0) {
		if ((rc = rank_examples(rep, ex, m)) == 0) {
			m = 0;  /* the examples now belong to rep->ex */
			rc = summarise(rep, a);
		}
		if (rc < 0)
			ml_err_oom(e);
	}
out:
	for (i = 0; i < m; i++)
		free(ex[i].id);
	free(ex);
	free(ps.y);
	free(ps.p);
	free(ps.s);
	if (rc < 0)
		ml_rep_free(rep);
	return rc;
}

void
ml_rep_free(ml_rep *rep)
{
	size_t i;

	if (rep->names)
		for (i = 0; i < rep->k; i++)
			free(rep->names[i]);
	if (rep->ex)
		for (i = 0; i < rep->nissues; i++)
			free(rep->ex[i].id);
	for (i = 0; i < 3; i++)
		free(rep->own[i]);
	free(rep->names);
	free(rep->idname);
	free(rep->scores);
	free(rep->common);
	free(rep->ranking);
	free(rep->ex);
	memset(rep, 0, sizeof *rep);
}
