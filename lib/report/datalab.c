/*
 * datalab.c - the text of cleanlab's Datalab.report() (SPEC 5.12): pandas
 * DataFrame.to_string tables (the one table renderer of mlaudit, also
 * behind mlreport's own tables), the summary block and one section per
 * check, byte for byte.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

char **
ml_dl_cells(const ml_dl_col *c, const size_t *rows, size_t nrows, int index)
{
	char **cell = calloc(nrows + 1, sizeof *cell), tmp[64];
	size_t r, i;
	int sci = 0;

	if (!cell)
		return NULL;
	if (c->type == ML_DL_FLOAT)
		for (r = 0; r < nrows; r++) {
			double v = c->f[rows[r]];
			if (v != 0.0 && v > -1e-6 && v < 1e-6)
				sci = 1;
		}
	for (r = 0; r < nrows; r++) {
		size_t j = rows[r];
		switch (c->type) {
		case ML_DL_BOOL:
			snprintf(tmp, sizeof tmp, "%s%s", index ? " " : "", c->b[j] ? "True" : "False");
			break;
		case ML_DL_INT:
			snprintf(tmp, sizeof tmp, "%s%ld", index ? " " : "", c->i[j]);
			break;
		case ML_DL_FLOAT:
			if (c->f[j] != c->f[j])
				snprintf(tmp, sizeof tmp, "%sNaN", index ? " " : "");
			else
				snprintf(tmp, sizeof tmp, sci ? (index ? "% .6e" : "%.6e") :
				         (index ? "% .6f" : "%.6f"), c->f[j]);
			break;
		default:
			cell[r] = malloc(strlen(c->s[j]) + 2);
			if (cell[r])
				sprintf(cell[r], "%s%s", index ? " " : "", c->s[j]);
			continue;
		}
		cell[r] = strdup(tmp);
	}
	for (r = 0; r < nrows; r++)
		if (!cell[r])
			goto oom;
	if (c->type == ML_DL_FLOAT && !sci && nrows > 0) {
		/*
		 * Drop trailing zeros common to every number (NaN cells are left
		 * out, as pandas' _trim_zeros_float does), then "1." becomes "1.0".
		 */
		for (;;) {
			int all = 1, any = 0;
			for (r = 0; r < nrows && all; r++) {
				size_t n = strlen(cell[r]);
				if (!strchr(cell[r], '.'))
					continue;
				any = 1;
				all = cell[r][n - 1] == '0';
			}
			if (!any || !all)
				break;
			for (r = 0; r < nrows; r++)
				if (strchr(cell[r], '.'))
					cell[r][strlen(cell[r]) - 1] = '\0';
		}
		for (r = 0; r < nrows; r++) {
			size_t n = strlen(cell[r]);
			if (n > 0 && cell[r][n - 1] == '.') {
				char *p = realloc(cell[r], n + 2);
				if (!p)
					goto oom;
				cell[r] = p;
				strcpy(cell[r] + n, "0");
			}
		}
	}
	return cell;
oom:
	for (i = 0; i < nrows; i++)
		free(cell[i]);
	free(cell);
	return NULL;
}

char *
ml_dl_layout(const char *const *head, const int *numeric, size_t ncols, char *const *cell,
             const char *const *index, size_t nrows)
{
	ml_buf b = ML_BUF_INIT;
	size_t *w = calloc(ncols + 1, sizeof *w), iw = 0, c, r, n;

	if (!w)
		return NULL;
	for (c = 0; c < ncols; c++) {
		w[c] = ml_utf8_width(head[c]) + (numeric[c] != 0);
		for (r = 0; r < nrows; r++)
			if ((n = ml_utf8_width(cell[r * ncols + c])) > w[c])
				w[c] = n;
	}
	if (index)
		for (r = 0; r < nrows; r++)
			if ((n = ml_utf8_width(index[r])) > iw)
				iw = n;
	/* Header: the index column's header is empty; numeric names get one leading space. */
	if (index)
		ml_buf_pad(&b, ' ', iw);
	for (c = 0; c < ncols; c++) {
		if (index || c > 0)
			ml_buf_put(&b, " ", 1);
		ml_buf_pad(&b, ' ', w[c] - ml_utf8_width(head[c]) - (numeric[c] != 0));
		if (numeric[c])
			ml_buf_put(&b, " ", 1);
		ml_buf_puts(&b, head[c]);
	}
	for (r = 0; r < nrows; r++) {
		ml_buf_put(&b, "\n", 1);
		if (index) {
			ml_buf_puts(&b, index[r]);
			ml_buf_pad(&b, ' ', iw - ml_utf8_width(index[r]));
		}
		for (c = 0; c < ncols; c++) {
			const char *s = cell[r * ncols + c];
			if (index || c > 0)
				ml_buf_put(&b, " ", 1);
			ml_buf_pad(&b, ' ', w[c] - ml_utf8_width(s));
			ml_buf_puts(&b, s);
		}
	}
	free(w);
	return ml_buf_done(&b, NULL);
}

static char *table(const ml_dl_col *cols, size_t ncols, const size_t *rows, size_t nrows,
                   int index, char *const *names);
static char *named_table(const ml_dl_col *cols, size_t ncols, const size_t *rows, size_t nrows,
                         int index, char *const *names);

char *
ml_dl_table(const ml_dl_col *cols, size_t ncols, const size_t *rows, size_t nrows, int index)
{
	return named_table(cols, ncols, rows, nrows, index, NULL);
}

/* ml_dl_table with the index naming row i names[i] (when names and names[i] are not NULL). */
static char *
named_table(const ml_dl_col *cols, size_t ncols, const size_t *rows, size_t nrows, int index,
            char *const *names)
{
	if (nrows == 0) {
		/* pandas prints an empty frame as its columns and index (num_examples = 0). */
		ml_buf b = ML_BUF_INIT;
		size_t c;
		ml_buf_puts(&b, "Empty DataFrame\nColumns: [");
		for (c = 0; c < ncols; c++)
			ml_buf_printf(&b, "%s%s", c ? ", " : "", cols[c].name);
		ml_buf_puts(&b, "]\nIndex: []");
		return ml_buf_done(&b, NULL);
	}
	return table(cols, ncols, rows, nrows, index, names);
}

static char *
table(const ml_dl_col *cols, size_t ncols, const size_t *rows, size_t nrows, int index,
      char *const *names)
{
	const char **head = calloc(ncols + 1, sizeof *head);
	int *numeric = calloc(ncols + 1, sizeof *numeric), oom = !head || !numeric;
	char **cell = calloc(nrows * ncols + 1, sizeof *cell), **col, **ix = NULL, idx[32], *out = NULL;
	size_t c, r;

	if (index && (ix = calloc(nrows + 1, sizeof *ix)))
		for (r = 0; r < nrows; r++) {
			snprintf(idx, sizeof idx, "%zu", rows[r]);
			if (!(ix[r] = strdup(names && names[rows[r]] ? names[rows[r]] : idx)))
				oom = 1;
		}
	if (!cell || (index && !ix))
		oom = 1;
	for (c = 0; c < ncols && !oom; c++) {
		head[c] = cols[c].name;
		numeric[c] = cols[c].type != ML_DL_TEXT;
		if (!(col = ml_dl_cells(&cols[c], rows, nrows, index))) {
			oom = 1;
			break;
		}
		for (r = 0; r < nrows; r++)
			cell[r * ncols + c] = col[r];
		free(col);
	}
	if (!oom)
		out = ml_dl_layout(head, numeric, ncols, cell, (const char *const *)ix, nrows);
	if (cell)
		for (r = 0; r < nrows * ncols; r++)
			free(cell[r]);
	if (ix)
		for (r = 0; r < nrows; r++)
			free(ix[r]);
	free(cell);
	free(ix);
	free(head);
	free(numeric);
	return out;
}

char *
ml_dl_list(const size_t *v, size_t n)
{
	ml_buf b = ML_BUF_INIT;
	size_t i;

	ml_buf_put(&b, "[", 1);
	for (i = 0; i < n && i < 100; i++)
		ml_buf_printf(&b, "%s%zu", i ? ", " : "", v[i]);
	if (n > 100)
		ml_buf_puts(&b, ", ...");
	ml_buf_put(&b, "]", 1);
	return ml_buf_done(&b, NULL);
}

const char *
ml_dl_description(const char *name)
{
	if (strcmp(name, "label") == 0)
		return "Examples whose given label(s) are estimated to be potentially incorrect\n"
		       "    (e.g. due to annotation error) are flagged as having label issues.\n    ";
	if (strcmp(name, "outlier") == 0)
		return "Examples that are very different from the rest of the dataset\n"
		       "    (i.e. potentially out-of-distribution or rare/anomalous instances).\n    ";
	if (strcmp(name, "near_duplicate") == 0)
		return "A (near) duplicate issue refers to two or more examples in\n"
		       "    a dataset that are extremely similar to each other, relative\n"
		       "    to the rest of the dataset.  The examples flagged with this issue\n"
		       "    may be exactly duplicated, or lie atypically close together when\n"
		       "    represented as vectors (i.e. feature embeddings).\n    ";
	if (strcmp(name, "non_iid") == 0)
		return "Whether the dataset exhibits statistically significant\n"
		       "    violations of the IID assumption like:\n"
		       "    changepoints or shift, drift, autocorrelation, etc.\n"
		       "    The specific violation considered is whether the\n"
		       "    examples are ordered such that almost adjacent examples\n"
		       "    tend to have more similar feature values.\n    ";
	if (strcmp(name, "null") == 0)
		return "Examples identified with the null issue correspond to rows that have "
		       "null/missing values across all feature columns (i.e. the entire row is "
		       "missing values).\n        ";
	return "";
}

void
ml_dl_examples(const ml_dl_check *k, size_t n, ml_dl_col *cols, char *fl, char *sc,
               size_t *order)
{
	size_t c;

	ml_argsort(k->score, n, order);
	snprintf(fl, ML_DL_NAMESZ, "is_%s_issue", k->name);
	snprintf(sc, ML_DL_NAMESZ, "%s_score", k->name);
	cols[0] = (ml_dl_col){ fl, ML_DL_BOOL, k->flag, NULL, NULL, NULL };
	cols[1] = (ml_dl_col){ sc, ML_DL_FLOAT, NULL, NULL, k->score, NULL };
	for (c = 0; c < k->nextra; c++)
		cols[c + 2] = k->extra[c];
}

char *
ml_dl_section(const ml_dl_check *k, size_t n, size_t num_examples)
{
	ml_buf b = ML_BUF_INIT;
	char title[128], *table = NULL, fl[ML_DL_NAMESZ], sc[ML_DL_NAMESZ];
	size_t len, left, *order = NULL, m = num_examples < n ? num_examples : n;
	ml_dl_col *cols = NULL;

	snprintf(title, sizeof title, " %s issues ", k->name);
	len = strlen(title);
	left = len < 60 ? (60 - len) / 2 : 0;
	ml_buf_pad(&b, '-', left);
	ml_buf_puts(&b, title);
	ml_buf_pad(&b, '-', len < 60 ? 60 - len - left : 0);
	ml_buf_puts(&b, "\n\nAbout this issue:\n\t");
	ml_buf_puts(&b, ml_dl_description(k->name));
	ml_buf_puts(&b, "\n\n");
	ml_buf_printf(&b, "Number of examples with this issue: %zu\n"
	        "Overall dataset quality in terms of this issue: %.4f\n\n"
	        "Examples representing most severe instances of this issue:\n",
	        k->num_issues, k->summary_score);
	order = malloc((n + 1) * sizeof *order);
	cols = malloc((k->nextra + 2) * sizeof *cols);
	if (!order || !cols) {
		b.oom = 1;
		goto out;
	}
	ml_dl_examples(k, n, cols, fl, sc, order);
	if (!(table = named_table(cols, k->nextra + 2, order, m, 1, k->names))) {
		b.oom = 1;
		goto out;
	}
	ml_buf_puts(&b, table);
	if (k->additional) {
		ml_buf_puts(&b, "\n\nAdditional Information: ");
		ml_buf_puts(&b, k->additional);
	}
	if (k->null_all)
		ml_buf_printf(&b, "\n\nFound %zu examples with null values in all features. These examples "
		        "should be removed from the dataset before running other issue managers.",
		        k->null_all);
	if (k->null_some)
		ml_buf_printf(&b, "\n\nFound %zu examples with null values in some features. Please address "
		        "these issues before running other issue managers.", k->null_some);
out:
	free(order);
	free(cols);
	free(table);
	return ml_buf_done(&b, NULL);
}

char *
ml_dl_report(const ml_dl_check *checks, size_t nchecks, size_t n, long num_classes,
             size_t num_examples, const char *refs)
{
	ml_buf b = ML_BUF_INIT;
	double *neg = NULL;
	size_t *order = NULL, *rows = NULL, total = 0, shown = 0, i;
	const char **types = NULL;
	long *counts = NULL;
	char *table = NULL, *sec;

	for (i = 0; i < nchecks; i++)
		total += checks[i].num_issues;
	if (nchecks == 0) {
		ml_buf_puts(&b, "Please specify some `issue_types` in datalab.find_issues() to see a report.\n");
		return ml_buf_done(&b, NULL);
	}
	if (total == 0) {
		ml_buf_puts(&b, "No issues found in the data. Good job!\n\nTry re-running Datalab.report() "
		      "with `show_summary_score = True` and `show_all_issues = True`.\n");
		return ml_buf_done(&b, NULL);
	}
	neg = malloc(nchecks * sizeof *neg);
	order = malloc(nchecks * sizeof *order);
	rows = malloc(nchecks * sizeof *rows);
	types = malloc(nchecks * sizeof *types);
	counts = malloc(nchecks * sizeof *counts);
	if (!neg || !order || !rows || !types || !counts) {
		b.oom = 1;
		goto out;
	}
	/* The summary sorted by num_issues descending, pandas' way. */
	for (i = 0; i < nchecks; i++) {
		neg[i] = (double)checks[i].num_issues;
		types[i] = checks[i].name;
		counts[i] = (long)checks[i].num_issues;
	}
	ml_argsort_desc(neg, nchecks, order);
	for (i = 0; i < nchecks; i++)
		if (checks[order[i]].num_issues > 0)
			rows[shown++] = order[i];
	ml_buf_printf(&b, "Dataset Information: num_examples: %zu", n);
	if (num_classes >= 0)
		ml_buf_printf(&b, ", num_classes: %ld", num_classes);
	ml_buf_puts(&b, "\n\nHere is a summary of various issues found in your data:\n\n");
	{
		ml_dl_col cols[2] = {
			{ "issue_type", ML_DL_TEXT, NULL, NULL, NULL, types },
			{ "num_issues", ML_DL_INT, NULL, counts, NULL, NULL }
		};
		if (!(table = ml_dl_table(cols, 2, rows, shown, 0))) {
			b.oom = 1;
			goto out;
		}
	}
	ml_buf_puts(&b, table);
	ml_buf_puts(&b, "\n\n");
	ml_buf_puts(&b, refs);
	ml_buf_puts(&b, "\nData indices corresponding to top examples of each issue are shown below.\n\n\n");
	for (i = 0; i < shown; i++) {
		if (i)
			ml_buf_puts(&b, "\n\n\n");
		if (!(sec = ml_dl_section(&checks[rows[i]], n, num_examples))) {
			b.oom = 1;
			goto out;
		}
		ml_buf_puts(&b, sec);
		free(sec);
	}
	ml_buf_puts(&b, "\n");
out:
	free(neg);
	free(order);
	free(rows);
	free(types);
	free(counts);
	free(table);
	return ml_buf_done(&b, NULL);
}
