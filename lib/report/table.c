/*
 * table.c - a pandas table being filled: cells, then the Datalab layout (5.12.4).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/internal.h"

#include "report/report.h"

/* ----------------------------------------------- pandas tables (5.12.4) */

int
rt_init(rt_table *t, size_t nrows, size_t ncols, int with_index)
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

void
rt_free(rt_table *t)
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

void
rt_set(rt_table *t, size_t i, size_t j, char *s)
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
rt_put_cells(rt_table *t, size_t j, size_t i0, const ml_dl_col *c, size_t n)
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
		rt_set(t, i0 + i, j, cells[i]);
	free(cells);
	free(rows);
}

void
rt_col_str(rt_table *t, size_t j, size_t i, const char *s)
{
	ml_dl_col c = { NULL, ML_DL_TEXT, NULL, NULL, NULL, &s };

	rt_put_cells(t, j, i, &c, 1);
}

void
rt_col_long(rt_table *t, size_t j, size_t i, long v)
{
	ml_dl_col c = { NULL, ML_DL_INT, NULL, &v, NULL, NULL };

	rt_put_cells(t, j, i, &c, 1);
}

void
rt_col_bool(rt_table *t, size_t j, size_t i, int v)
{
	unsigned char b = v != 0;
	ml_dl_col c = { NULL, ML_DL_BOOL, &b, NULL, NULL, NULL };

	rt_put_cells(t, j, i, &c, 1);
}

/* A float column: all its rows at once, as pandas formats them together. */
void
rt_col_float(rt_table *t, size_t j, const double *v)
{
	ml_dl_col c = { NULL, ML_DL_FLOAT, NULL, NULL, v, NULL };

	rt_put_cells(t, j, 0, &c, t->nrows);
}

void
rt_render(const rt_table *t, ml_buf *b)
{
	char *s = ml_dl_layout(t->head, t->kind, t->ncols, t->cell, (const char *const *)t->index,
	    t->nrows);

	if (!s) {
		b->oom = 1;
		return;
	}
	ml_buf_puts(b, s);
	ml_buf_puts(b, "\n");
	free(s);
}

char *
rt_class_list(const ml_rep *rep, const ml_rep_example *x, const uint64_t *map, int signs)
{
	static const ml_list_style style = { "[", ", ", "]", NULL };
	ml_buf b = ML_BUF_INIT;

	ml_class_list(&b, &style, rep->names, rep->k, map, signs ? rep->given_bits : NULL, x->bits);
	return ml_buf_done(&b, NULL);
}

char *
rt_example_id(const ml_rep_example *x)
{
	return x->id ? ml_strdupf("%s", x->id) : ml_strdupf("%zu", x->row);
}

/* ------------------------------------------------------------ the tables */

int
rt_examples_table(const ml_rep *rep, size_t top, rt_table *t)
{
	const uint64_t *map[3] = { rep->given_bits, rep->pred_bits, rep->wrong_bits };
	size_t i, j, m = top < rep->nissues ? top : rep->nissues;
	double *v;

	if (rt_init(t, m, 4, 1) < 0 || !(v = malloc((m ? m : 1) * sizeof *v)))
		return -1;
	t->head[0] = "label_score";
	t->head[1] = "given_label";
	t->head[2] = "predicted_label";
	t->head[3] = "issue_classes";
	t->kind[0] = COL_NUM;
	for (i = 0; i < m; i++) {
		const ml_rep_example *x = &rep->ex[i];
		v[i] = x->score;
		if (!(t->index[i] = rt_example_id(x)))
			t->oom = 1;
		/* given_label, predicted_label, issue_classes (signed) */
		for (j = 0; j < 3; j++) {
			char *s = rt_class_list(rep, x, map[j], j == 2);
			if (s)
				rt_col_str(t, j + 1, i, s);
			else
				t->oom = 1;
			free(s);
		}
	}
	rt_col_float(t, 0, v);
	free(v);
	return t->oom ? -1 : 0;
}

int
rt_ranking_table(const ml_rep *rep, rt_table *t)
{
	static const char *const head[] = { "Class Name", "Class Index", "Label Issues",
	    "Inverse Label Issues", "Label Noise", "Inverse Label Noise", "Label Quality Score" };
	size_t i, j, k = rep->k;
	double *v;

	if (rt_init(t, k, 7, 1) < 0 || !(v = malloc((k ? k : 1) * 3 * sizeof *v)))
		return -1;
	for (j = 0; j < 7; j++) {
		t->head[j] = head[j];
		t->kind[j] = j ? COL_NUM : COL_STR;
	}
	for (i = 0; i < k; i++) {
		const ml_class_rank *r = &rep->ranking[i];
		if (!(t->index[i] = ml_strdupf("%zu", i)))
			t->oom = 1;
		rt_col_str(t, 0, i, rep->names[r->cls]);
		rt_col_long(t, 1, i, (long)r->cls);
		rt_col_long(t, 2, i, r->label_issues);
		rt_col_long(t, 3, i, r->inverse_label_issues);
		v[i] = r->label_noise;
		v[k + i] = r->inverse_label_noise;
		v[2 * k + i] = r->quality;
	}
	rt_col_float(t, 4, v);
	rt_col_float(t, 5, v + k);
	rt_col_float(t, 6, v + 2 * k);
	free(v);
	return t->oom ? -1 : 0;
}

int
rt_common_table(const ml_rep *rep, rt_table *t)
{
	static const char *const head[] = { "Class Name", "Class Index", "In Given Label",
	    "In Suggested Label", "Num Examples", "Issue Probability" };
	size_t i, j, m = 2 * rep->k;
	double *v;

	if (rt_init(t, m, 6, 1) < 0 || !(v = malloc((m ? m : 1) * sizeof *v)))
		return -1;
	for (j = 0; j < 6; j++) {
		t->head[j] = head[j];
		t->kind[j] = j ? COL_NUM : COL_STR;
	}
	for (i = 0; i < m; i++) {
		const ml_common_row *r = &rep->common[i];
		if (!(t->index[i] = ml_strdupf("%zu", i)))
			t->oom = 1;
		rt_col_str(t, 0, i, rep->names[r->cls]);
		rt_col_long(t, 1, i, (long)r->cls);
		rt_col_bool(t, 2, i, r->in_given);
		rt_col_bool(t, 3, i, !r->in_given);
		rt_col_long(t, 4, i, (long)r->num);
		v[i] = r->prob;
	}
	rt_col_float(t, 5, v);
	free(v);
	return t->oom ? -1 : 0;
}

/*
 * The checks' order in the report: num_issues descending, ties in execution
 * order (Datalab's sort_values); without d, the label check alone.
 */
size_t *
rt_check_order(const ml_rep_dl *d)
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
int
rt_summary_table(const ml_rep *rep, const ml_rep_dl *d, rt_table *t)
{
	size_t i, m = d ? d->nchecks : 1, *order = rt_check_order(d);
	double *v = malloc((m + 1) * sizeof *v);

	if (rt_init(t, m, 3, 0) < 0 || !order || !v) {
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
		rt_col_str(t, 0, i, k ? k->name : "label");
		v[i] = k ? k->summary_score : rep->score;
		rt_col_long(t, 2, i, (long)(k ? k->num_issues : rep->nissues));
	}
	rt_col_float(t, 1, v);
	free(order);
	free(v);
	return t->oom ? -1 : 0;
}

/* Audit complete's count: every check's issues (Datalab's sum), or the label check's. */
size_t
rt_issues_total(const ml_rep *rep, const ml_rep_dl *d)
{
	size_t i, total = rep->nissues;

	for (i = 0; d && i < d->nchecks; i++)
		if (strcmp(d->check[i].name, "label") != 0)
			total += d->check[i].num_issues;
	return total;
}
