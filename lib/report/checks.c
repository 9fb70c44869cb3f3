/*
 * checks.c - Datalab's whole audit: the feature checks run or taken from the
 * stream beside the label check.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/internal.h"

#include "mlaudit.h"

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
join_item(ml_buf *b, int *first, const char *s, size_t len)
{
	if (!*first)
		ml_buf_puts(b, ", ");
	*first = 0;
	ml_buf_put(b, s, len);
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
	ml_buf b;

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
		ml_buf_puts(&b, "[");
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
		ml_buf_puts(&b, "]");
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
			ml_buf_puts(&b, "[");
			first = 1;
			for (c = 0, npred = 0; c < k; c++)
				if (pbits[i * k + c]) {
					s = c < V.n ? V.v[c] : "None";
					join_item(&b, &first, s, strlen(s));
					npred++;
				}
			ml_buf_puts(&b, "]");
			if (b.oom)
				goto oom;
			st->predicted[i] = b.s;
		}
	}
	ret = 0;
	goto out;
oom:
	ret = ml_err_oom(e);
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
	ml_buf b = { d->errors, d->errors ? strlen(d->errors) : 0,
	    d->errors ? strlen(d->errors) + 1 : 0, 0, NULL, NULL };

	ml_buf_printf(&b, "Error in %s: %s\n", name, msg);
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
		g[i].score = ml_reader_find(r, "", sc);
		g[i].flag = ml_reader_find(r, "", fl);
		g[i].set = i == G_DUP ? ml_reader_find(r, "", "near_duplicate_set") : SIZE_MAX;
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
	rc = ml_err_oom(e);
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
		return ml_err_oom(e);
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
	ret = ml_err_oom(e);
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
	ml_buf b = ML_BUF_INIT;
	char *s = ml_dl_report(d->check, d->nchecks, d->n, d->num_classes, top, ML_DL_MLAUDIT_REFS);

	if (!s)
		return -1;
	ml_buf_puts(&b, s);
	free(s);
	return (*out = ml_buf_done(&b, len)) ? 0 : -1;
}
