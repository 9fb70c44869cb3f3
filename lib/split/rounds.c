/*
 * rounds.c - the end of a round: once every part is in, its results are
 * worked out from the merged data and the summary becomes the next state.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"
#include "split/internal.h"

#define THR_LB    2e-6          /* as cl.c: CONFIDENT_THRESHOLDS_LOWER_BOUND */
#define THR_EMPTY 2.0

/* ------------------------------------------------------------- rounds */

/* mlfilter and mlreport: a filter's rounds and cleanlab's checks of find_label_issues. */
static int
is_filter(const ml_split *s)
{
	return strcmp(s->tool, "mlscore") != 0;
}

static int
is_prune(int f)
{
	return f == ML_PRUNE_BY_NOISE_RATE || f == ML_PRUNE_BY_CLASS || f == ML_BOTH;
}

/* cleanlab's checks of the whole label matrix, once it is counted. */
static int
check_counts(const ml_split *s, ml_err *e)
{
	size_t c, all = 0, none = 0;

	if (s->n == 0)
		return ml_errmsg(e, "no data rows (in any part)");
	for (c = 0; c < s->k; c++) {
		all += s->n1[c] == s->n;
		none += s->n1[c] == 0;
	}
	if (!is_filter(s)) {
		if (none == s->k)
			return ml_errmsg(e, ML_NOT_MULTILABEL, "no example has any class");
		if (all == s->k)
			return ml_errmsg(e, ML_NOT_MULTILABEL, "every example has every class");
		return 0;
	}
	/* mlreport scores every row: no class at all is cleanlab's error there too. */
	if (strcmp(s->tool, "mlreport") == 0 && none == s->k)
		return ml_errmsg(e, ML_NOT_MULTILABEL, "no example has any class");
	for (c = 0; c < s->k; c++) {
		if (s->n1[c] == s->n)
			return ml_errmsg(e, "class '%s': given to every example: cleanlab requires "
			    "both labels in each class's one-vs-rest problem (Labels must contain at "
			    "least 2 classes.)", s->names[c]);
		if (s->ntr && !is_prune(s->filter))
			return ml_errmsg(e, "class '%s': num_to_remove_per_class does not work with "
			    "filter %s", s->names[c], ml_filter_name(s->filter));
		if (s->filter == ML_PREDICTED_NEQ_GIVEN && s->n1[c] == 0)
			return ml_errmsg(e, "class '%s': given to no example: predicted_neq_given "
			    "requires both labels in each class's one-vs-rest problem (Labels must "
			    "contain at least 2 classes.)", s->names[c]);
	}
	return 0;
}

/* The prune counts of every class and side, from the joint (SPEC 3.2.5, 3.2.6). */
static int
set_cuts(ml_split *s)
{
	ml_cl_opts o = { s->filter, s->frac_noise, s->min_examples, -1, NULL };
	long C[2][2], cal[2][2], remove[2], keep[2], want;
	size_t c, count[2];
	int k, sel, any = 0;

	for (c = 0; c < s->k; c++) {
		memcpy(C, s->raw + 4 * c, sizeof C);
		count[0] = s->n - s->n1[c];
		count[1] = s->n1[c];
		ml_cl_calibrate((const long (*)[2])C, count, cal);
		o.num_to_remove = s->ntr ? s->ntr[c] : -1;
		ml_cl_prune_counts((const long (*)[2])cal, count, &o, remove, keep);
		for (k = 0; k < 2; k++) {
			if ((long)count[k] <= s->min_examples || count[k] <= 1)
				continue;
			for (sel = 0; sel < 2; sel++) {
				if ((sel == ML_SEL_NOISE && s->filter == ML_PRUNE_BY_CLASS) ||
				    (sel == ML_SEL_CLASS && s->filter == ML_PRUNE_BY_NOISE_RATE))
					continue;
				want = sel == ML_SEL_NOISE ? remove[k] : (long)count[k] - keep[k];
				if (want <= 0)
					continue;
				SP_CUT(s, c, sel, k)->want = (uint64_t)want < count[k] ? (uint64_t)want : count[k];
				any = 1;
			}
		}
	}
	return any;
}

/* The tied rows flagged: numpy's argsort of the whole side, its first `want`. */
static int
cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return (a > b) - (a < b);
}

static int
break_ties(ml_split *s, ml_split_cut *ct, uint64_t total, ml_err *e)
{
	uint64_t n = 0, i, P;
	double *keys;
	size_t *idx;

	for (P = 0; P < s->parts; P++)
		n += ct->nkeys[P];
	if (n != total || n < ct->want)
		return ml_errmsg(e, "summaries disagree on a side's rows");
	if (!(keys = malloc((n + 1) * sizeof *keys)) || !(idx = malloc((n + 1) * sizeof *idx))) {
		free(keys);
		return ml_err_oom(e);
	}
	for (n = 0, P = 0; P < s->parts; P++) {
		memcpy(keys + n, ct->keys[P], ct->nkeys[P] * sizeof *keys);
		n += ct->nkeys[P];
	}
	ml_argsort_prefix(keys, n, idx, ct->want);
	ct->ntie = 0;
	free(ct->tie);
	if (!(ct->tie = malloc((ct->want + 1) * sizeof *ct->tie))) {
		free(keys);
		free(idx);
		return ml_err_oom(e);
	}
	for (i = 0; i < ct->want; i++)
		if (keys[idx[i]] == ct->v)
			ct->tie[ct->ntie++] = idx[i];
	free(keys);
	free(idx);
	qsort(ct->tie, ct->ntie, sizeof *ct->tie, cmp_u64);
	return 0;
}

int
ml_split_advance(ml_split *s, ml_err *e)
{
	size_t c, i, P;
	uint64_t cum;
	int next = ML_ROUND_FINISH;

	if (s->is_state || !ml_split_complete(s))
		return 0;
	switch (s->round) {
	case ML_ROUND_COUNT:
		if (!(s->n1 = calloc(s->k + 1, sizeof *s->n1)))
			return ml_err_oom(e);
		for (P = 0, s->n = 0; P < s->parts; P++) {
			s->n += s->pn[P];
			for (c = 0; c < s->k; c++)
				s->n1[c] += s->pn1[P * s->k + c];
		}
		if (check_counts(s, e) < 0)
			return -1;
		if (is_filter(s) ? s->filter != ML_PREDICTED_NEQ_GIVEN : s->adjust)
			next = ML_ROUND_SUMS;
		break;
	case ML_ROUND_SUMS:
		if (!(s->thr = calloc(2 * s->k + 1, sizeof *s->thr)))
			return ml_err_oom(e);
		for (i = 0; i < 2 * s->k; i++) {
			uint64_t nk = i % 2 ? s->n1[i / 2] : s->n - s->n1[i / 2];
			double sum;
			if (!ml_split_side_total(&s->side[i], nk, &sum))
				return ml_errmsg(e, "the sums of class '%s' are incomplete",
				    s->names[i / 2]);
			s->thr[i] = nk ? sum / (double)nk : THR_EMPTY;
			if (s->thr[i] < THR_LB)
				s->thr[i] = THR_LB;
		}
		if (is_filter(s) && is_prune(s->filter))
			next = ML_ROUND_JOINT;
		break;
	case ML_ROUND_JOINT:
		if (!(s->raw = calloc(4 * s->k + 1, sizeof *s->raw)))
			return ml_err_oom(e);
		memcpy(s->raw, s->cj, 4 * s->k * sizeof *s->raw);
		for (c = 0; c < s->k; c++) {
			if (s->raw[4 * c] < 1)
				s->raw[4 * c] = 1;
			if (s->raw[4 * c + 3] < 1)
				s->raw[4 * c + 3] = 1;
		}
		if (set_cuts(s))
			next = ML_ROUND_PRUNE;
		break;
	case ML_ROUND_PRUNE:
		for (i = 0; i < 4 * s->k; i++) {
			ml_split_cut *ct = &s->cut[i];
			if (!ct->want)
				continue;
			for (cum = 0, c = 0; c < ct->ncand && cum + ct->cand[c].count < ct->want; c++)
				cum += ct->cand[c].count;
			if (c == ct->ncand)
				return ml_errmsg(e, "summaries disagree on a side's rows");
			ct->v = ct->cand[c].key;
			ct->less = cum;
			ct->eq = ct->cand[c].count;
			if (ct->less + ct->eq > ct->want)
				next = ML_ROUND_TIES;
		}
		break;
	case ML_ROUND_TIES:
		for (i = 0; i < 4 * s->k; i++)
			if (s->cut[i].keys && break_ties(s, &s->cut[i],
			    i % 2 ? s->n1[i / 4] : s->n - s->n1[i / 4], e) < 0)
				return -1;
		break;
	case ML_ROUND_FINISH:   /* mlreport's report summaries: the mean's sum is complete */
		if (!s->rp || !ml_split_side_total(&s->rp->score, s->n, &s->rp->sum))
			return ml_errmsg(e, "the label scores are incomplete");
		next = ML_ROUND_REPORT;
		break;
	}
	sp_free_data(s);
	s->is_state = 1;
	s->round = next;
	return 1;
}
