/*
 * merge.c - summaries put together: a state checked against the run that
 * reads it, and a part's summary merged into another of the same round.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"
#include "split/internal.h"

/* -------------------------------------------------------------- merge */

int
ml_split_check_state(const ml_split *s, const char *tool, const char *options, size_t k,
                     char *const *names, size_t parts, const char *path, ml_err *e)
{
	size_t c;

	if (strcmp(s->tool, tool) != 0)
		return ml_errf(e, path, 0, NULL, NULL, 0, "a summary of %s, not %s", s->tool, tool);
	if (strcmp(s->options, options) != 0)
		return ml_errf(e, path, 0, NULL, NULL, 0,
		    "made with other options (%s), not these (%s)", s->options, options);
	for (c = 0; c < k && c < s->k && strcmp(s->names[c], names[c]) == 0; c++)
		;
	if (k != s->k || c < k)
		return ml_errf(e, path, 0, NULL, NULL, 0,
		    "its classes differ from the p_ columns of the input");
	if (parts != s->parts)
		return ml_errf(e, path, 0, NULL, NULL, 0, "made for %zu parts, not %zu", s->parts,
		    parts);
	if (!s->is_state || !ml_split_complete(s))
		return ml_errf(e, path, 0, NULL, NULL, 0,
		    "a part's summary, not a state: merge every part's summary with mlmerge first");
	return 0;
}

/* Keeps the lowest keys of the sorted lists a and b, until want rows are covered. */
static int
merge_cand(ml_split_cut *a, const ml_split_cut *b)
{
	ml_split_key *m = malloc((a->ncand + b->ncand + 1) * sizeof *m);
	size_t i = 0, j = 0, n = 0;
	uint64_t cum = 0;

	if (!m)
		return -1;
	while ((i < a->ncand || j < b->ncand) && cum < a->want) {
		if (j == b->ncand || (i < a->ncand && a->cand[i].key < b->cand[j].key))
			m[n] = a->cand[i++];
		else if (i == a->ncand || b->cand[j].key < a->cand[i].key)
			m[n] = b->cand[j++];
		else {
			m[n] = a->cand[i++];
			m[n].count += b->cand[j++].count;
		}
		cum += m[n++].count;
	}
	free(a->cand);
	a->cand = m;
	a->ncand = n;
	return 0;
}

int
ml_split_merge(ml_split *a, const ml_split *b, const char *bpath, ml_err *e)
{
	ml_buf pa = ML_BUF_INIT, pb = ML_BUF_INIT;
	size_t c, i, P;
	int same;

	if (a->is_state || b->is_state)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "a state, not a part's summary: the parts read it with --state");
	if (strcmp(a->tool, b->tool) != 0 || strcmp(a->options, b->options) != 0)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "made by another tool or with other options than the first summary");
	for (c = 0; c < a->k && c < b->k && strcmp(a->names[c], b->names[c]) == 0; c++)
		;
	if (a->k != b->k || c < a->k)
		return ml_errf(e, bpath, 0, NULL, NULL, 0, "its classes differ from the first summary's");
	if (a->parts != b->parts || a->round != b->round)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "%zu parts, round %s: the first summary has %zu parts, round %s", b->parts,
		    ml_split_round_name(b->round), a->parts, ml_split_round_name(a->round));
	sp_prior_text(a, &pa);
	sp_prior_text(b, &pb);
	same = !pa.oom && !pb.oom && pa.len == pb.len && (pa.len == 0 || memcmp(pa.s, pb.s, pa.len) == 0);
	free(pa.s);
	free(pb.s);
	if (!same)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "made from another state than the first summary (earlier rounds differ)");
	for (P = 0; P < a->parts; P++) {
		if (!b->have[P])
			continue;
		if (a->have[P])
			return ml_errf(e, bpath, 0, NULL, NULL, 0, "part %zu is in two summaries", P + 1);
		a->have[P] = 1;
		a->pn[P] = b->pn[P];
		memcpy(a->pn1 + P * a->k, b->pn1 + P * a->k, a->k * sizeof *a->pn1);
	}
	for (c = 0; a->side && c < 2 * a->k; c++) {
		ml_split_side *x = &a->side[c];
		const ml_split_side *y = &b->side[c];
		if (y->folded) {
			if (x->folded)
				return ml_errf(e, bpath, 0, NULL, NULL, 0, "part 1's sums are in two summaries");
			x->folded = y->folded;
			x->acc = y->acc;
		}
		if (ml_grow(&x->it, &x->cap, x->n + y->n + 1, sizeof *x->it) < 0)
			return ml_err_oom(e);
		if (y->n)
			memcpy(x->it + x->n, y->it, y->n * sizeof *y->it);
		x->n += y->n;
		if (ml_split_side_normalize(x, c % 2 ? a->n1[c / 2] : a->n - a->n1[c / 2]) < 0)
			return ml_err_oom(e);
	}
	for (i = 0; a->cj && i < 4 * a->k; i++)
		a->cj[i] += b->cj[i];
	for (i = 0; a->round == ML_ROUND_PRUNE && i < 4 * a->k; i++)
		if (a->cut[i].want && merge_cand(&a->cut[i], &b->cut[i]) < 0)
			return ml_err_oom(e);
	if (sp_report_merge(a, (ml_split *)b, bpath, e) < 0)
		return -1;
	for (i = 0; a->round == ML_ROUND_TIES && i < 4 * a->k; i++) {
		ml_split_cut *x = &a->cut[i];
		for (P = 0; x->keys && P < a->parts; P++)
			if (b->have[P]) {
				x->keys[P] = b->cut[i].keys[P];
				x->nkeys[P] = b->cut[i].nkeys[P];
				b->cut[i].keys[P] = NULL;
			}
	}
	return 0;
}
