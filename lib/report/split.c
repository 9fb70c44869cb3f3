/*
 * split.c - the report model from a split audit's report state: what
 * ml_rep_build computes over the whole stream, from the merged summaries.
 * The flagged rows are all there (ascending), so their order, the health
 * score and the class tables are the single run's; the mean and the
 * histogram of label_score come merged exactly.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

enum { GIVEN, PREDICTED, WRONG };

/* The flagged rows' bits into rep->own[], their per-class counts (cleanlab's defaults). */
static int
copy_bits(ml_rep *rep, const ml_split_report *rp, size_t *given, size_t *added)
{
	size_t k = rep->k, m = rp->nissue, words = (m * k + 63) / 64 + 1, i, j, c, b;

	for (j = 0; j < 3; j++)
		if (!(rep->own[j] = calloc(words, sizeof *rep->own[j])))
			return -1;
	for (i = 0; i < m; i++)
		for (j = 0; j < 3; j++)
			for (c = 0; c < k; c++) {
				if (!ML_BIT(rp->issue[i].bits, j * k + c))
					continue;
				b = i * k + c;
				rep->own[j][b >> 6] |= (uint64_t)1 << (b & 63);
				if (j == WRONG && ML_BIT(rp->issue[i].bits, c))
					given[c]++;
				else if (j == WRONG)
					added[c]++;
			}
	rep->given_bits = rep->own[GIVEN];
	rep->pred_bits = rep->own[PREDICTED];
	rep->wrong_bits = rep->own[WRONG];
	return 0;
}

/* The flagged rows ranked by label_score: numpy's argsort over them, in row order. */
static int
rank(ml_rep *rep, const ml_split_report *rp, int utf8_ids, ml_err *e)
{
	size_t m = rp->nissue, i, *map = malloc((m + 1) * sizeof *map),
	    *perm = malloc((m + 1) * sizeof *perm);
	double *sc = malloc((m + 1) * sizeof *sc);
	int rc = -1;

	if (!map || !perm || !sc || !(rep->ex = calloc(m + 1, sizeof *rep->ex))) {
		ml_err_oom(e);
		goto out;
	}
	for (i = 0; i < m; i++) {
		map[i] = i;
		sc[i] = rp->issue[i].score;
	}
	ml_argsort_subset(sc, map, m, perm);
	for (i = 0; i < m; i++) {
		const ml_split_issue *x = &rp->issue[perm[i]];
		rep->ex[i].row = (size_t)x->row;
		rep->ex[i].score = x->score;
		rep->ex[i].bits = perm[i];
		if (x->id && utf8_ids && !ml_utf8_valid(x->id, strlen(x->id))) {
			ml_errmsg(e, "row %llu: column '%s': not valid UTF-8, cannot be written as "
			    "JSON", (unsigned long long)x->row + 1, rep->idname);
			goto out;
		}
		if (x->id && !(rep->ex[i].id = strdup(x->id))) {
			ml_err_oom(e);
			goto out;
		}
	}
	rc = 0;
out:
	rep->nissues = rep->ex ? m : 0;
	free(map);
	free(perm);
	free(sc);
	return rc;
}

int
ml_rep_from_split(ml_rep *rep, const ml_split *s, int utf8_ids, ml_err *e)
{
	const ml_split_report *rp = s->rp;
	size_t k1 = s->k + 1, c, *given = NULL, *added = NULL;
	int rc = -1;

	memset(rep, 0, sizeof *rep);
	if (s->round != ML_ROUND_REPORT || !rp)
		return ml_errmsg(e, "a state for round %s, not the report state (merge the parts' "
		    "report summaries first)", ml_split_round_name(s->round));
	rep->n = s->n;
	rep->k = s->k;
	if (!(rep->names = calloc(k1, sizeof *rep->names)) ||
	    !(rep->common = malloc(2 * k1 * sizeof *rep->common)) ||
	    !(rep->ranking = malloc(k1 * sizeof *rep->ranking)) ||
	    !(given = calloc(k1, sizeof *given)) || !(added = calloc(k1, sizeof *added)) ||
	    (rp->idname && !(rep->idname = strdup(rp->idname))))
		goto oom;
	for (c = 0; c < s->k; c++)
		if (!(rep->names[c] = strdup(s->names[c])))
			goto oom;
	for (c = 0; c < ML_SPLIT_BINS; c++)
		rep->hist[c] = (size_t)rp->hist[c];
	rep->score = rep->n ? rp->sum / (double)rep->n : NAN;
	if (copy_bits(rep, rp, given, added) < 0)
		goto oom;
	if (rank(rep, rp, utf8_ids, e) < 0)
		goto out;
	/* mlreport splits with cleanlab's default filter: its flags are the health score's. */
	rep->health = 1.0 - (double)rep->nissues / (double)rep->n;
	if (ml_common_issues(rep->k, given, added, rep->n, rep->common) < 0 ||
	    ml_class_ranking(rep->k, rep->common, rep->n, rep->ranking) < 0)
		goto oom;
	rc = 0;
	goto out;
oom:
	ml_err_oom(e);
out:
	free(given);
	free(added);
	if (rc < 0)
		ml_rep_free(rep);
	return rc;
}
