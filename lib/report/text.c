/*
 * text.c - the report as text, in Datalab's layout (SPEC 5.12).
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

/* ------------------------------------------------------------------ text */

#define BOLD(c) ((c) ? "\033[1m" : "")
#define RED(c) ((c) ? "\033[1;31m" : "")
#define GREEN(c) ((c) ? "\033[1;32m" : "")
#define OFF(c) ((c) ? "\033[0m" : "")

/* " name " centred in 60 columns of '-' (left pad floor, right pad ceil). */
static void
title(ml_buf *b, const char *name, int colour)
{
	size_t w = ml_utf8_width(name) + 2, pad = w < 60 ? 60 - w : 0;

	ml_buf_puts(b, BOLD(colour));
	ml_buf_pad(b, '-', pad / 2);
	ml_buf_printf(b, " %s ", name);
	ml_buf_pad(b, '-', pad - pad / 2);
	ml_buf_puts(b, OFF(colour));
	ml_buf_puts(b, "\n");
}

static void
put_table(ml_buf *b, rt_table *t, int ok)
{
	if (ok == 0 && !t->oom)
		rt_render(t, b);
	else
		b->oom = 1;
	rt_free(t);
}


/* The label check's section: its summary and the most severe examples, no final newline. */
static void
label_section(ml_buf *b, const ml_rep *rep, size_t top, int colour)
{
	rt_table t;

	title(b, "label issues", colour);
	ml_buf_puts(b, "\nAbout this issue:\n\tExamples whose given label(s) are estimated to be "
	    "potentially incorrect\n    (e.g. due to annotation error) are flagged as having "
	    "label issues.\n    \n\n");
	ml_buf_printf(b, "Number of examples with this issue: %zu\n", rep->nissues);
	ml_buf_printf(b, "Overall dataset quality in terms of this issue: %.4f\n\n", rep->score);
	if (rep->nissues == 0 || top == 0) {
		ml_buf_puts(b, rep->nissues ? "(--top 0: no examples shown)\n" :
		    "No example has a label issue.\n");
	} else {
		ml_buf_puts(b, "Examples representing most severe instances of this issue:\n");
		put_table(b, &t, rt_examples_table(rep, top, &t));
	}
}

/* Another check's section, as Datalab prints it (the title in bold with colour). */
static void
check_section(ml_buf *b, const ml_dl_check *k, size_t n, size_t top, int colour)
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
		ml_buf_put(b, nl + 1, (size_t)(ex - nl - 1));
		ml_buf_puts(b, "(--top 0: no examples shown)");
		ml_buf_puts(b, end + strlen("Index: []"));
	} else
		ml_buf_puts(b, nl + 1);
	ml_buf_puts(b, "\n");
	free(s);
}

int
ml_rep_text(const ml_rep *rep, const ml_rep_dl *d, size_t top, int colour, char **out,
    size_t *len)
{
	ml_buf b = ML_BUF_INIT;
	rt_table t;
	size_t i, total = rt_issues_total(rep, d), *order = rt_check_order(d), m = d ? d->nchecks : 1;
	int first = 1;

	if (!order)
		return -1;
	ml_buf_printf(&b, "Dataset Information: num_examples: %zu, num_classes: %zu\n", rep->n, rep->k);
	for (i = 0; i < rep->ndropped; i++)
		ml_buf_printf(&b, "%s%s", i ? ", " : "Classes left out (--drop-class): ", rep->dropped[i]);
	ml_buf_puts(&b, rep->ndropped ? "\n\n" : "\n");
	ml_buf_puts(&b, "Here is a summary of various issues found in your data:\n\n");
	put_table(&b, &t, rt_summary_table(rep, d, &t));
	ml_buf_puts(&b, "\n(Note: A lower score indicates a more severe issue across all examples in "
	    "the dataset.)\n\n");
	ml_buf_puts(&b, d ? "Learn about each issue: mlreport(1), ISSUE TYPES\n" :
	    "Learn about each issue: mlreport(1)\n");
	ml_buf_puts(&b, d ? "See which examples in your dataset exhibit each issue via: "
	    "`mlfilter --annotate`, `mlnull`, `mloutlier`, `mldups`, `mlnoniid`\n\n" :
	    "See which examples in your dataset exhibit each issue via: `mlfilter --annotate`\n\n");
	ml_buf_puts(&b, "Data indices corresponding to top examples of each issue are shown below.\n\n\n");

	/* The label section always; the others when they found issues. */
	for (i = 0; i < m; i++) {
		const ml_dl_check *k = d ? &d->check[order[i]] : NULL;
		if (k && strcmp(k->name, "label") != 0 && k->num_issues == 0)
			continue;
		if (!first)
			ml_buf_puts(&b, "\n\n");
		first = 0;
		if (!k || strcmp(k->name, "label") == 0)
			label_section(&b, rep, top, colour);
		else
			check_section(&b, k, rep->n, top, colour);
	}
	free(order);

	ml_buf_puts(&b, "\n\n");
	title(&b, "multilabel health summary", colour);
	ml_buf_printf(&b, "\nOverall multilabel health score: %.4f\n\n", rep->health);
	ml_buf_puts(&b, "Overall Class Quality and Noise across your dataset (below)\n");
	ml_buf_pad(&b, '-', 60);
	ml_buf_puts(&b, " \n\n");
	put_table(&b, &t, rt_ranking_table(rep, &t));
	ml_buf_puts(&b, "\nCommon multilabel issues are\n");
	ml_buf_pad(&b, '-', 83);
	ml_buf_puts(&b, "\n\n");
	put_table(&b, &t, rt_common_table(rep, &t));
	ml_buf_printf(&b, "\n%sAudit complete. %zu issues found in the dataset.%s\n",
	    total ? RED(colour) : GREEN(colour), total, OFF(colour));
	if (d) {
		int oom = 0;
		char *s = ml_rep_dl_not_run(d, "    ", &oom);
		if (s)
			ml_buf_printf(&b, "\nChecks that did not run (the audit is incomplete):\n%s", s);
		free(s);
		if (oom)
			b.oom = 1;
	}
	return (*out = ml_buf_done(&b, len)) ? 0 : -1;
}
