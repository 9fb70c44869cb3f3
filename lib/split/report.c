/*
 * report.c - mlreport's finish round: each part judges and scores its rows
 * with the finished state and keeps what the report shows: the pieces of
 * the label_scores' numpy sum (its mean), their histogram, and the flagged
 * rows with their ids and label bits.  Nothing in it grows with the rows
 * that are not flagged.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"
#include "split/internal.h"

/* The part's scratch while it reads its rows. */
struct scan {
	ml_split *s;
	const ml_cols *cols;
	ml_reader *r;
	size_t idcol;           /* or SIZE_MAX: none */
	unsigned char *y, *flag;
	double *p, *cs;         /* probabilities, class scores */
	double *scores;         /* the part's label_scores, in row order */
	size_t nscores, cap;
};

/* The id column: --id COL (which must exist), else "id" when there is one. */
static int
find_id(struct scan *sc, ml_err *e)
{
	ml_split *s = sc->s;

	sc->idcol = ml_reader_find(sc->r, "", s->idcol ? s->idcol : "id");
	if (sc->idcol == SIZE_MAX && s->idcol)
		return ml_errf(e, ml_reader_file(sc->r), 1, NULL, NULL, 0,
		    "no '%s' column (named by --id)", s->idcol);
	if (sc->idcol != SIZE_MAX &&
	    !(s->rp->idname = strdup(ml_reader_colname(sc->r, sc->idcol))))
		return ml_err_oom(e);
	return 0;
}

/* The current row, flagged, as the next issue (global row `row`). */
static int
add_issue(struct scan *sc, uint64_t row, double score, ml_err *e)
{
	ml_split_report *rp = sc->s->rp;
	size_t k = sc->s->k, c, b, len;
	ml_split_issue *x;
	const char *f;

	if (ml_grow(&rp->issue, &rp->cap, rp->nissue + 1, sizeof *rp->issue) < 0)
		return ml_err_oom(e);
	x = &rp->issue[rp->nissue];
	memset(x, 0, sizeof *x);
	if (!(x->bits = calloc(3 * ((k + 63) / 64) + 1, sizeof *x->bits)))
		return ml_err_oom(e);
	rp->nissue++;
	x->row = row;
	x->score = score;
	for (c = 0; c < k; c++) {
		b = c;
		x->bits[b >> 6] |= (uint64_t)(sc->y[c] != 0) << (b & 63);
		b = k + c;
		x->bits[b >> 6] |= (uint64_t)(sc->p[c] > 0.5) << (b & 63);
		b = 2 * k + c;
		x->bits[b >> 6] |= (uint64_t)(sc->flag[c] != 0) << (b & 63);
	}
	if (sc->idcol != SIZE_MAX) {
		f = ml_reader_field(sc->r, sc->idcol, &len);
		if (!(x->id = strndup(f, len)))
			return ml_err_oom(e);
	}
	return 0;
}

/* Every row: judged, scored (cleanlab's label_score with the report's options). */
static int
scan_rows(struct scan *sc, ml_split_rows *j, uint64_t first, ml_err *e)
{
	ml_split *s = sc->s;
	size_t c;
	double score;
	int more, dups, flagged;

	while ((more = ml_reader_next(sc->r, e)) > 0) {
		if (ml_cols_labels(sc->cols, sc->r, sc->y, &dups, e) < 0 ||
		    ml_cols_probs(sc->cols, sc->r, sc->p, e) < 0)
			return -1;
		ml_split_rows_judge(j, sc->y, sc->p, sc->flag);
		for (flagged = 0, c = 0; c < s->k; c++) {
			flagged |= sc->flag[c];
			sc->cs[c] = ml_class_score(s->method, sc->y[c], sc->p[c],
			    s->adjust ? s->thr + 2 * c : NULL);
		}
		score = ml_aggregate(&s->agg, sc->cs, s->k);
		if (ml_grow(&sc->scores, &sc->cap, sc->nscores + 1, sizeof *sc->scores) < 0)
			return ml_err_oom(e);
		sc->scores[sc->nscores++] = score;
		s->rp->hist[ml_split_bin(score)]++;
		if (flagged && add_issue(sc, first + j->rows - 1, score, e) < 0)
			return -1;
	}
	return more;
}

int
ml_split_report_part(ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, ml_err *e)
{
	struct scan sc;
	ml_split_rows j;
	size_t k1 = s->k + 1, P;
	uint64_t first = 0;
	int rc = -1;

	memset(&sc, 0, sizeof sc);
	memset(&j, 0, sizeof j);
	sc.s = s;
	sc.cols = cols;
	sc.r = r;
	if (s->round != ML_ROUND_FINISH || !s->is_state)
		return ml_errmsg(e, "the state is for round %s: mlreport's report summary needs "
		    "the finished state", ml_split_round_name(s->round));
	if (!(s->rp = calloc(1, sizeof *s->rp)) || !(sc.y = malloc(k1)) ||
	    !(sc.flag = malloc(k1)) || !(sc.p = malloc(k1 * sizeof *sc.p)) ||
	    !(sc.cs = malloc(k1 * sizeof *sc.cs))) {
		ml_err_oom(e);
		goto out;
	}
	for (P = 0; P < part; P++)
		first += s->pn[P];
	if (find_id(&sc, e) < 0 || ml_split_rows_init(&j, s, part, e) < 0 ||
	    scan_rows(&sc, &j, first, e) < 0 || ml_split_rows_end(&j, part, e) < 0)
		goto out;
	if (ml_split_side_part(&s->rp->score, sc.scores, first, sc.nscores, s->n) < 0 ||
	    ml_split_side_normalize(&s->rp->score, s->n) < 0) {
		ml_err_oom(e);
		goto out;
	}
	for (P = 0; P < s->parts; P++)
		s->have[P] = P == part;
	s->is_state = 0;
	rc = 0;
out:
	ml_split_rows_free(&j);
	free(sc.y);
	free(sc.flag);
	free(sc.p);
	free(sc.cs);
	free(sc.scores);
	return rc;
}

static int
by_row(const void *x, const void *y)
{
	const ml_split_issue *a = x, *b = y;

	return (a->row > b->row) - (a->row < b->row);
}

int
sp_report_merge(ml_split *a, ml_split *b, const char *bpath, ml_err *e)
{
	ml_split_report *x = a->rp, *y = b->rp;
	size_t i;

	if (!x || !y)
		return 0;
	if ((x->idname == NULL) != (y->idname == NULL) ||
	    (x->idname && strcmp(x->idname, y->idname) != 0))
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "its id column differs from the first summary's");
	for (i = 0; i < ML_SPLIT_BINS; i++)
		x->hist[i] += y->hist[i];
	if (y->score.folded) {
		if (x->score.folded)
			return ml_errf(e, bpath, 0, NULL, NULL, 0, "part 1's scores are in two summaries");
		x->score.folded = y->score.folded;
		x->score.acc = y->score.acc;
	}
	if (ml_grow(&x->score.it, &x->score.cap, x->score.n + y->score.n + 1, sizeof *x->score.it) < 0 ||
	    ml_grow(&x->issue, &x->cap, x->nissue + y->nissue + 1, sizeof *x->issue) < 0)
		return ml_err_oom(e);
	if (y->score.n)
		memcpy(x->score.it + x->score.n, y->score.it, y->score.n * sizeof *y->score.it);
	x->score.n += y->score.n;
	if (ml_split_side_normalize(&x->score, a->n) < 0)
		return ml_err_oom(e);
	/* The flagged rows move over; the parts hold disjoint row ranges. */
	if (y->nissue)
		memcpy(x->issue + x->nissue, y->issue, y->nissue * sizeof *y->issue);
	x->nissue += y->nissue;
	y->nissue = 0;
	if (x->nissue)
		qsort(x->issue, x->nissue, sizeof *x->issue, by_row);
	return 0;
}

void
sp_report_free(ml_split *s)
{
	size_t i;

	if (!s->rp)
		return;
	for (i = 0; i < s->rp->nissue; i++) {
		free(s->rp->issue[i].id);
		free(s->rp->issue[i].bits);
	}
	free(s->rp->issue);
	free(s->rp->score.it);
	free(s->rp->idname);
	free(s->rp);
	s->rp = NULL;
}
