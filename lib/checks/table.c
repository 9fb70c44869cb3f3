/*
 * table.c - the table of Datalab's checks: every check's options and their
 * defaults (cleanlab's, declared here and nowhere else), its columns, and
 * the functions that run the feature checks on a prepared input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/checks.h"

const ml_check_input ml_check_input_default = { "f_", 10, ML_METRIC_AUTO, 0 };

/* null (SPEC 5.9): the fraction of present feature values of every row. */
static int
run_null(const double *opt, int metric, ml_feat *f, ml_check_result *res, ml_err *e)
{
	size_t i;
	int all;

	(void)opt;
	(void)metric;
	if (f->dim == 0)
		return ml_errmsg(e, "features must be provided to check for null values.");
	for (i = 0; i < f->n; i++) {
		res->score[i] = ml_null_score(f->x + i * f->dim, f->dim, &all);
		res->flag[i] = (unsigned char)all;
		if (all)
			res->null_all++;
		else if (res->score[i] < 1.0)
			res->null_some++;
	}
	res->num_issues = res->null_all;
	res->summary_score = ml_pairwise_sum(res->score, f->n) / (double)f->n;
	return 0;
}

/* outlier (SPEC 5.6); the precision fix uses the metric given, the graph's or cleanlab's rule. */
static int
run_outlier(const double *opt, int metric, ml_feat *f, ml_check_result *res, ml_err *e)
{
	res->metric = metric ? metric : f->built_metric ? f->built_metric :
	    f->dim ? ml_metric_default(f->dim) : ML_METRIC_AUTO;
	/* A scaling factor of 0: the median rule (cleanlab's None). */
	if (ml_outlier(&f->g, res->metric, opt[ML_OUTLIER_T], opt[ML_OUTLIER_THRESHOLD], 0.0,
	    res->score, res->flag, &res->info.outlier, e) < 0)
		return -1;
	res->num_issues = res->info.outlier.num_issues;
	res->summary_score = res->info.outlier.average_ood_score;
	return 0;
}

/* near_duplicate (SPEC 5.7), with its sets. */
static int
run_dup(const double *opt, int metric, ml_feat *f, ml_check_result *res, ml_err *e)
{
	(void)metric;
	if (ml_near_duplicate(&f->g, opt[ML_DUP_THRESHOLD], res->score, res->flag, &res->off,
	    &res->set, &res->info.dup, e) < 0)
		return -1;
	res->num_issues = res->info.dup.num_issues;
	res->summary_score = res->info.dup.average_score;
	return 0;
}

/* non_iid (SPEC 5.8): its score is the permutation test's p-value. */
static int
run_noniid(const double *opt, int metric, ml_feat *f, ml_check_result *res, ml_err *e)
{
	(void)metric;
	if (ml_noniid(&f->g, (size_t)opt[ML_NONIID_PERMUTATIONS], (uint32_t)opt[ML_NONIID_SEED],
	    opt[ML_NONIID_SIGNIFICANCE], res->score, res->flag, NULL, &res->info.noniid, e) < 0)
		return -1;
	res->num_issues = res->info.noniid.num_issues;
	res->summary_score = res->info.noniid.p_value;
	return 0;
}

const ml_check ml_checks[ML_NCHECKS] = {
	[ML_CHECK_NULL] = { "null", ML_NEEDS_FEATURES, { "null_score", "is_null_issue", NULL },
	    { { 0, NULL, NULL, 0, NULL } }, run_null },
	/* Its options and defaults are the label audit's (lib/label). */
	[ML_CHECK_LABEL] = { "label", ML_NEEDS_PROBS, { "label_score", "is_label_issue", NULL },
	    { { 0, NULL, NULL, 0, NULL } }, NULL },
	[ML_CHECK_OUTLIER] = { "outlier", ML_NEEDS_GRAPH,
	    { "outlier_score", "is_outlier_issue", NULL }, {
		[ML_OUTLIER_T] = { 't', "t", "T", 1.0, "score temperature" },
		[ML_OUTLIER_THRESHOLD] = { 0, "threshold", "TH", 0.37037, "in [0,1]" },
	    }, run_outlier },
	[ML_CHECK_DUP] = { "near_duplicate", ML_NEEDS_GRAPH,
	    { "near_duplicate_score", "is_near_duplicate_issue", "near_duplicate_set" }, {
		[ML_DUP_THRESHOLD] = { 0, "threshold", "TH", 0.13,
		    "radius as a fraction of the median" },
	    }, run_dup },
	[ML_CHECK_NONIID] = { "non_iid", ML_NEEDS_GRAPH, { "non_iid_score", "is_non_iid_issue", NULL }, {
		[ML_NONIID_PERMUTATIONS] = { 0, "num-permutations", "R", 25,
		    "permutations of the test, >= 2" },
		[ML_NONIID_SEED] = { 0, "seed", "S", 0, "numpy seed of the permutations" },
		[ML_NONIID_SIGNIFICANCE] = { 0, "significance", "A", 0.05, "flag a row when p < A" },
	    }, run_noniid },
};

void
ml_check_defaults(const ml_check *c, double *opt)
{
	size_t j;

	for (j = 0; j < ML_CHECK_MAXOPTS && c->opt[j].name; j++)
		opt[j] = c->opt[j].def;
}

size_t
ml_check_ncolumns(const ml_check *c)
{
	size_t j;

	for (j = 0; j < ML_CHECK_MAXCOLS && c->columns[j]; j++)
		;
	return j;
}

void
ml_check_result_free(ml_check_result *res)
{
	free(res->off);
	free(res->set);
	res->off = res->set = NULL;
}

/* One help line: the option, padded to the help column, the text and its default. */
static void
help_line(ml_buf *b, int short_name, const char *name, const char *arg, const char *text,
    const char *def)
{
	size_t start = b->len;

	if (short_name)
		ml_buf_printf(b, "  -%c %s", short_name, arg);
	else
		ml_buf_printf(b, "      --%s %s", name, arg);
	do
		ml_buf_puts(b, " ");
	while (b->len - start < 25);
	ml_buf_printf(b, " %s (default %s)\n", text, def);
}

char *
ml_check_help(const char *head, const char *khelp, const ml_check *c, const char *tail)
{
	ml_buf b = ML_BUF_INIT;
	char num[ML_NUM_BUFSZ];
	size_t j;

	ml_buf_puts(&b, head);
	if (khelp) {
		snprintf(num, sizeof num, "%zu", ml_check_input_default.k);
		help_line(&b, 'k', NULL, "K", khelp, num);
	}
	for (j = 0; c && j < ML_CHECK_MAXOPTS && c->opt[j].name; j++) {
		ml_format_double(c->opt[j].def, num);
		/* Whole numbers as the user types them: 25, not 25.0. */
		if (strcmp(num + strlen(num) - 2, ".0") == 0)
			num[strlen(num) - 2] = '\0';
		help_line(&b, c->opt[j].short_name, c->opt[j].name, c->opt[j].arg, c->opt[j].help, num);
	}
	ml_buf_puts(&b, tail);
	return ml_buf_done(&b, NULL);
}
