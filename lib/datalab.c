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

#include "mlaudit.h"

/* A growing string; on out of memory it stays failed and returns NULL at the end. */
struct buf {
	char *s;
	size_t len, cap;
	int oom;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		char *p;
		while (cap < b->len + n + 1)
			cap *= 2;
		if (!(p = realloc(b->s, cap))) {
			b->oom = 1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void
pad(struct buf *b, char c, size_t n)
{
	while (n--)
		put(b, &c, 1);
}

static void __attribute__((format(printf, 2, 3)))
bprintf(struct buf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n > 0)
		put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static char *
done(struct buf *b)
{
	if (b->oom) {
		free(b->s);
		return NULL;
	}
	if (!b->s)
		put(b, "", 0);
	return b->s;
}

/* Display width of UTF-8 text, as Python's len(): one column per code point. */
static size_t
width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

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
	struct buf b = { NULL, 0, 0, 0 };
	size_t *w = calloc(ncols + 1, sizeof *w), iw = 0, c, r, n;

	if (!w)
		return NULL;
	for (c = 0; c < ncols; c++) {
		w[c] = width(head[c]) + (numeric[c] != 0);
		for (r = 0; r < nrows; r++)
			if ((n = width(cell[r * ncols + c])) > w[c])
				w[c] = n;
	}
	if (index)
		for (r = 0; r < nrows; r++)
			if ((n = width(index[r])) > iw)
				iw = n;
	/* Header: the index column's header is empty; numeric names get one leading space. */
	if (index)
		pad(&b, ' ', iw);
	for (c = 0; c < ncols; c++) {
		if (index || c > 0)
			put(&b, " ", 1);
		pad(&b, ' ', w[c] - width(head[c]) - (numeric[c] != 0));
		if (numeric[c])
			put(&b, " ", 1);
		puts_(&b, head[c]);
	}
	for (r = 0; r < nrows; r++) {
		put(&b, "\n", 1);
		if (index) {
			puts_(&b, index[r]);
			pad(&b, ' ', iw - width(index[r]));
		}
		for (c = 0; c < ncols; c++) {
			const char *s = cell[r * ncols + c];
			if (index || c > 0)
				put(&b, " ", 1);
			pad(&b, ' ', w[c] - width(s));
			puts_(&b, s);
		}
	}
	free(w);
	return done(&b);
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
		struct buf b = { NULL, 0, 0, 0 };
		size_t c;
		puts_(&b, "Empty DataFrame\nColumns: [");
		for (c = 0; c < ncols; c++)
			bprintf(&b, "%s%s", c ? ", " : "", cols[c].name);
		puts_(&b, "]\nIndex: []");
		return done(&b);
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
	struct buf b = { NULL, 0, 0, 0 };
	size_t i;

	put(&b, "[", 1);
	for (i = 0; i < n && i < 100; i++)
		bprintf(&b, "%s%zu", i ? ", " : "", v[i]);
	if (n > 100)
		puts_(&b, ", ...");
	put(&b, "]", 1);
	return done(&b);
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
	struct buf b = { NULL, 0, 0, 0 };
	char title[128], *table = NULL, fl[ML_DL_NAMESZ], sc[ML_DL_NAMESZ];
	size_t len, left, *order = NULL, m = num_examples < n ? num_examples : n;
	ml_dl_col *cols = NULL;

	snprintf(title, sizeof title, " %s issues ", k->name);
	len = strlen(title);
	left = len < 60 ? (60 - len) / 2 : 0;
	pad(&b, '-', left);
	puts_(&b, title);
	pad(&b, '-', len < 60 ? 60 - len - left : 0);
	puts_(&b, "\n\nAbout this issue:\n\t");
	puts_(&b, ml_dl_description(k->name));
	puts_(&b, "\n\n");
	bprintf(&b, "Number of examples with this issue: %zu\n"
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
	puts_(&b, table);
	if (k->additional) {
		puts_(&b, "\n\nAdditional Information: ");
		puts_(&b, k->additional);
	}
	if (k->null_all)
		bprintf(&b, "\n\nFound %zu examples with null values in all features. These examples "
		        "should be removed from the dataset before running other issue managers.",
		        k->null_all);
	if (k->null_some)
		bprintf(&b, "\n\nFound %zu examples with null values in some features. Please address "
		        "these issues before running other issue managers.", k->null_some);
out:
	free(order);
	free(cols);
	free(table);
	return done(&b);
}

char *
ml_dl_report(const ml_dl_check *checks, size_t nchecks, size_t n, long num_classes,
             size_t num_examples, const char *refs)
{
	struct buf b = { NULL, 0, 0, 0 };
	double *neg = NULL;
	size_t *order = NULL, *rows = NULL, total = 0, shown = 0, i;
	const char **types = NULL;
	long *counts = NULL;
	char *table = NULL, *sec;

	for (i = 0; i < nchecks; i++)
		total += checks[i].num_issues;
	if (nchecks == 0) {
		puts_(&b, "Please specify some `issue_types` in datalab.find_issues() to see a report.\n");
		return done(&b);
	}
	if (total == 0) {
		puts_(&b, "No issues found in the data. Good job!\n\nTry re-running Datalab.report() "
		      "with `show_summary_score = True` and `show_all_issues = True`.\n");
		return done(&b);
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
	bprintf(&b, "Dataset Information: num_examples: %zu", n);
	if (num_classes >= 0)
		bprintf(&b, ", num_classes: %ld", num_classes);
	puts_(&b, "\n\nHere is a summary of various issues found in your data:\n\n");
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
	puts_(&b, table);
	puts_(&b, "\n\n");
	puts_(&b, refs);
	puts_(&b, "\nData indices corresponding to top examples of each issue are shown below.\n\n\n");
	for (i = 0; i < shown; i++) {
		if (i)
			puts_(&b, "\n\n\n");
		if (!(sec = ml_dl_section(&checks[rows[i]], n, num_examples))) {
			b.oom = 1;
			goto out;
		}
		puts_(&b, sec);
		free(sec);
	}
	puts_(&b, "\n");
out:
	free(neg);
	free(order);
	free(rows);
	free(types);
	free(counts);
	free(table);
	return done(&b);
}
