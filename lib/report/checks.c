/*
 * checks.c - Datalab's whole audit for mlreport: each check of the table
 * (checks/) run on the stream's features or graph, or taken from the
 * columns the feature tools wrote (given.c), beside the label check; the
 * ids and label lists of the rows the report shows (labels.c).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/dlcheck.h"

/* Appends a line to *text (a malloc'ed string or NULL); kept as it was when out of memory. */
static void
add_line(char **text, const char *prefix, const char *name, const char *msg)
{
	ml_buf b = { *text, *text ? strlen(*text) : 0, *text ? strlen(*text) + 1 : 0, 0, NULL, NULL };

	ml_buf_printf(&b, "%s%s: %s\n", prefix, name, msg);
	*text = b.oom ? *text : b.s;
}

/* Records a failed check: Datalab prints the error and goes on without it. */
static void
dl_failed(ml_rep_dl *d, const char *name, const char *msg)
{
	add_line(&d->errors, "Error in ", name, msg);
	if (d->nfailed < ML_DL_MAXCHECKS) {
		d->failed[d->nfailed] = name;
		d->failed_why[d->nfailed++] = strdup(msg);
	}
}

char *
ml_rep_dl_not_run(const ml_rep_dl *d, const char *prefix, int *oom)
{
	ml_buf b = ML_BUF_INIT;
	unsigned char done[ML_DL_MAXCHECKS] = { 0 };
	size_t i, j;
	const char *why;

	if (d->nfailed == 0)
		return NULL;
	for (i = 0; i < d->nfailed; i++) {
		if (done[i])
			continue;
		why = d->failed_why[i] ? d->failed_why[i] : "out of memory";
		ml_buf_printf(&b, "%s%s", prefix, d->failed[i]);
		for (j = i + 1; j < d->nfailed; j++)
			if (!done[j] && d->failed_why[j] && strcmp(d->failed_why[j], why) == 0) {
				ml_buf_printf(&b, ", %s", d->failed[j]);
				done[j] = 1;
			}
		ml_buf_printf(&b, ": %s\n", why);
	}
	if (b.oom)
		*oom = 1;
	return ml_buf_done(&b, NULL);
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

/*
 * Appends check name: given (g->s read from the stream), it takes over
 * g's arrays and its summary is computed; else with new arrays to fill.
 */
static ml_dl_check *
dl_take(ml_rep_dl *d, struct dl_store *st, const char *name, struct dl_given *g, int *oom)
{
	ml_dl_check *k = dl_add(d, st, name, g->f, g->s, oom);
	int given = g->s != NULL;

	g->f = NULL;
	g->s = NULL;
	if (k && given)
		dl_given_summary(k, d->n);
	return k;
}

int
ml_rep_has_features(const ml_reader *r, const char *prefix, int issues)
{
	struct dl_given g[ML_NCHECKS];

	if (ml_feat_columns(r, prefix, NULL) > 0 || ml_reader_find(r, "", "knn") != SIZE_MAX ||
	    ml_reader_find(r, "", "knn_dist") != SIZE_MAX)
		return 1;
	return issues && dl_given_cols(r, g) > 0;
}

/* One run of ml_rep_features. */
struct dl_run {
	ml_rep_dl *d;
	struct dl_store *st;
	struct dl_given g[ML_NCHECKS];
	ml_feat f;
	int have_graph;         /* f.g is the graph the checks run on */
	ml_err ce;              /* why there is no graph */
	ml_check_result res;    /* the run of a check */
	double *scratch_s;      /* n: scores of a check run only for its summary */
	unsigned char *scratch_f;
	int oom;
};

/*
 * Runs table entry c on the features or graph into check k (its arrays,
 * or the scratch ones when only the summary is wanted); a failed run is
 * left out.  0, or -1 when it failed.
 */
static int
run_check(struct dl_run *R, const ml_check *c, ml_dl_check *k, int scratch)
{
	double opt[ML_CHECK_MAXOPTS];

	ml_check_result_free(&R->res);
	memset(&R->res, 0, sizeof R->res);
	R->res.score = scratch ? R->scratch_s : (double *)k->score;
	R->res.flag = scratch ? R->scratch_f : (unsigned char *)k->flag;
	ml_check_defaults(c, opt);
	if (c->run(opt, ML_METRIC_AUTO, &R->f, &R->res, &R->ce) < 0) {
		dl_failed(R->d, c->name, R->ce.msg);
		R->d->nchecks--;
		return -1;
	}
	if (!scratch)
		k->num_issues = R->res.num_issues;
	k->summary_score = R->res.summary_score;
	k->null_all = R->res.null_all;
	k->null_some = R->res.null_some;
	return 0;
}

/* null: the stream's columns, else from the features. */
static int
add_null(struct dl_run *R)
{
	ml_dl_check *k;

	if (R->g[ML_CHECK_NULL].s)
		return dl_take(R->d, R->st, "null", &R->g[ML_CHECK_NULL], &R->oom) ? 0 : -1;
	if (R->f.dim == 0)
		return 0;
	if (!(k = dl_add(R->d, R->st, "null", NULL, NULL, &R->oom)))
		return -1;
	run_check(R, &ml_checks[ML_CHECK_NULL], k, 0);
	return 0;
}

/* label: the label report's scores and flags; with lists, the given and predicted ones. */
static int
add_label(struct dl_run *R, const ml_rep *rep, int lists, size_t top, size_t *idx,
    unsigned char *want)
{
	struct dl_store *st = R->st;
	size_t i, m, n = R->d->n;
	ml_dl_check *k;

	if (!(k = dl_add(R->d, st, "label", NULL, NULL, &R->oom)))
		return -1;
	memcpy((double *)k->score, rep->scores, n * sizeof(double));
	for (i = 0; i < rep->nissues; i++)
		((unsigned char *)k->flag)[rep->ex[i].row] = 1;
	k->num_issues = rep->nissues;
	k->summary_score = rep->score;
	if (!lists)
		return 0;
	if (!(st->given = calloc(n, sizeof *st->given)) ||
	    !(st->predicted = calloc(n, sizeof *st->predicted)))
		return R->oom = 1, -1;
	st->label_extra[0] = (ml_dl_col){ "given_label", ML_DL_TEXT, NULL, NULL, NULL,
	    (const char *const *)st->given };
	st->label_extra[1] = (ml_dl_col){ "predicted_label", ML_DL_TEXT, NULL, NULL, NULL,
	    (const char *const *)st->predicted };
	k->extra = st->label_extra;
	k->nextra = 2;
	k->names = R->d->id;
	m = top < n ? top : n;
	ml_argsort_prefix(k->score, n, idx, m);
	for (i = 0; i < m; i++)
		want[idx[i]] |= 2;
	return 0;
}

/*
 * The kNN graph of outlier, near_duplicate and non_iid: the stream's own
 * (knn, knn_dist), else built from the features.  A given check needs it
 * too: near_duplicate for distance_to_nearest_neighbor, non_iid for its
 * p-value.  Without it, the checks that would run on it fail.
 */
static int
graph(struct dl_run *R, const char *prefix)
{
	size_t j, n = R->d->n;
	int have = R->f.has_knn || R->f.dim > 0;

	if (!have && !R->g[ML_CHECK_DUP].s && !R->g[ML_CHECK_NONIID].s)
		return 0;
	if (!R->f.has_knn && R->f.has_nan)
		R->ce = R->f.nan_err;
	else if (!have)
		snprintf(R->ce.msg, sizeof R->ce.msg, "the stream has neither the features (%s<name>) "
		    "nor the kNN graph (knn, knn_dist)", prefix);
	else if (ml_feat_graph(&R->f, ml_check_input_default.k, ML_METRIC_AUTO, ml_threads, &R->ce) == 0)
		R->have_graph = 1;
	for (j = ML_CHECK_OUTLIER; !R->have_graph && j < ML_NCHECKS; j++)
		if (!R->g[j].s)
			dl_failed(R->d, ml_checks[j].name, R->ce.msg);
	if (R->have_graph && (!(R->scratch_f = malloc(n + 1)) ||
	    !(R->scratch_s = malloc((n + 1) * sizeof *R->scratch_s))))
		return R->oom = 1, -1;
	return 0;
}

/* near_duplicate's columns: its sets (run or given) and, with the graph, the nearest distance. */
static int
dup_extra(struct dl_run *R, ml_dl_check *k, int given)
{
	struct dl_store *st = R->st;
	size_t i, n = R->d->n;

	if (!given) {
		if (!(st->sets = calloc(n, sizeof *st->sets)))
			return R->oom = 1, -1;
		for (i = 0; i < n; i++)
			if (!(st->sets[i] = ml_dl_list(R->res.set + R->res.off[i],
			    R->res.off[i + 1] - R->res.off[i])))
				return R->oom = 1, -1;
	}
	st->dup_extra[0] = (ml_dl_col){ "near_duplicate_sets", ML_DL_TEXT, NULL, NULL, NULL,
	    (const char *const *)st->sets };
	k->extra = st->dup_extra;
	k->nextra = 1;
	if (!R->have_graph)
		return 0;
	if (!(st->nn_dist = malloc(n * sizeof *st->nn_dist)))
		return R->oom = 1, -1;
	for (i = 0; i < n; i++)
		st->nn_dist[i] = R->f.g.dist[i * R->f.g.k];
	st->dup_extra[1] = (ml_dl_col){ "distance_to_nearest_neighbor", ML_DL_FLOAT, NULL, NULL,
	    st->nn_dist, NULL };
	k->nextra = 2;
	return 0;
}

/*
 * A graph check: given, or run with its defaults on the graph.  non_iid's
 * score is its p-value, computed on the graph even when it is given (NaN,
 * with a warning, without the graph).
 */
static int
add_graph_check(struct dl_run *R, size_t j)
{
	const ml_check *c = &ml_checks[j];
	int given = R->g[j].s != NULL;
	char num[ML_NUM_BUFSZ];
	ml_dl_check *k;

	if (!given && !R->have_graph)
		return 0;
	if (!(k = dl_take(R->d, R->st, c->name, &R->g[j], &R->oom)))
		return -1;
	if (j == ML_CHECK_NONIID && !R->have_graph) {
		k->summary_score = NAN;
		char *msg = ml_strdupf("the p-value (the check's score) needs the kNN graph: %s",
		    R->ce.msg);

		if (!msg)
			return R->oom = 1, -1;
		add_line(&R->d->warnings, "", "non_iid", msg);
		free(msg);
	} else if ((!given || j == ML_CHECK_NONIID) &&
	    run_check(R, c, k, given) < 0)
		return 0;
	if (j == ML_CHECK_DUP)
		return dup_extra(R, k, given);
	if (j == ML_CHECK_NONIID) {
		ml_format_double(k->summary_score, num);
		snprintf(R->st->additional, sizeof R->st->additional, "\np-value: %s", num);
		k->additional = R->st->additional;
	}
	return 0;
}

/*
 * The rows whose ids the report needs: every flagged row of the feature
 * checks (the JSON lists them by id) and the example rows of every check,
 * which are named by id as the label section's are.
 */
static void
want_ids(ml_rep_dl *d, size_t top, size_t *idx, unsigned char *want)
{
	size_t i, j, n = d->n, m = top < n ? top : n;

	for (j = 0; j < d->nchecks; j++) {
		if (strcmp(d->check[j].name, "label") == 0)
			continue;
		for (i = 0; i < n; i++)
			want[i] |= d->check[j].flag[i] != 0;
		d->check[j].names = d->id;
		ml_argsort_prefix(d->check[j].score, n, idx, m);
		for (i = 0; i < m; i++)
			want[idx[i]] |= 1;
	}
}

/* The features and graph of r (stream: only when it has them), and the rows' number. */
static int
read_input(struct dl_run *R, const ml_rep *rep, ml_reader *r, const char *prefix, int stream,
    ml_err *e)
{
	if (stream && dl_given_find(r, R->g, e) < 0)
		return -1;
	if (!stream || ml_rep_has_features(r, prefix, 0)) {
		if (ml_reader_rewind(r, e) < 0 ||
		    ml_feat_read(&R->f, r, prefix, (stream ? 0 : ML_FEAT_X) | ML_FEAT_KNN, e) < 0)
			return -1;
		R->d->n = R->f.n;
	} else
		R->d->n = rep->n;
	if (rep && rep->n != R->d->n)
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its readings");
	return 0;
}

int
ml_rep_features(ml_rep_dl *d, const ml_rep *rep, const ml_audit *a, ml_reader *r,
    const char *labname, const char *idcol, const char *prefix, size_t top, int stream, ml_err *e)
{
	struct dl_run R;
	unsigned char *want = NULL;
	size_t j, n, *idx = NULL;
	int ret = -1, ng;

	memset(d, 0, sizeof *d);
	memset(&R, 0, sizeof R);
	R.d = d;
	d->num_classes = -1;
	for (j = 0; j < ML_NCHECKS; j++)
		R.g[j] = (struct dl_given){ SIZE_MAX, SIZE_MAX, SIZE_MAX, NULL, NULL };
	if (!(R.st = calloc(1, sizeof *R.st)))
		return ml_err_oom(e);
	d->priv = R.st;
	if (read_input(&R, rep, r, prefix, stream, e) < 0)
		goto out;
	n = d->n;
	for (j = 0, ng = 0; j < ML_NCHECKS; j++)
		ng += R.g[j].score != SIZE_MAX;
	if (ng > 0 && dl_given_read(R.g, R.st, r, n, e) < 0)
		goto out;
	if (!(d->id = calloc(n, sizeof *d->id)) || !(want = calloc(n, 1)) ||
	    !(idx = malloc(n * sizeof *idx)))
		goto oom;
	/* Datalab's execution order: null, label, outlier, near_duplicate, non_iid. */
	if (add_null(&R) < 0 || (rep && add_label(&R, rep, !stream, top, idx, want) < 0) ||
	    graph(&R, prefix) < 0)
		goto oom;
	for (j = ML_CHECK_OUTLIER; j < ML_NCHECKS; j++)
		if (add_graph_check(&R, j) < 0)
			goto oom;
	want_ids(d, top, idx, want);
	if (dl_label_pass(d, R.st, a, r, labname, idcol, want, rep != NULL && !stream, e) < 0)
		goto out;
	ret = 0;
	goto out;
oom:
	ret = ml_err_oom(e);
out:
	for (j = 0; j < ML_NCHECKS; j++) {
		free(R.g[j].s);
		free(R.g[j].f);
	}
	ml_check_result_free(&R.res);
	ml_feat_free(&R.f);
	free(want);
	free(idx);
	free(R.scratch_f);
	free(R.scratch_s);
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
	free(d->warnings);
	for (i = 0; i < d->nfailed; i++)
		free(d->failed_why[i]);
	memset(d, 0, sizeof *d);
}

int
ml_rep_dl_text(const ml_rep_dl *d, size_t top, char **out, size_t *len)
{
	ml_buf b = ML_BUF_INIT;
	char *s = ml_dl_report(d->check, d->nchecks, d->n, d->num_classes, top, ML_DL_MLAUDIT_REFS);
	int oom = 0;

	if (!s)
		return -1;
	ml_buf_puts(&b, s);
	free(s);
	if ((s = ml_rep_dl_not_run(d, "    ", &oom))) {
		ml_buf_puts(&b, "\nChecks that did not run (the audit is incomplete):\n");
		ml_buf_puts(&b, s);
		free(s);
	}
	if (oom)
		b.oom = 1;
	return (*out = ml_buf_done(&b, len)) ? 0 : -1;
}
