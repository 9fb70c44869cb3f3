/*
 * parsed.c - a chunk's rows as the parallel engine's workers parse them
 * (labels, probabilities and a few numbers a row), kept for the merge that
 * takes them in input order: mlscore --adjust's spill and the audit's
 * first pass.
 */
#include <stdlib.h>

#include "label/label.h"

ml_parsed *
ml_parsed_new(size_t k, size_t nsc)
{
	ml_parsed *P = calloc(1, sizeof *P);

	if (P) {
		P->k = k;
		P->nsc = nsc;
	}
	return P;
}

void
ml_parsed_reset(void *arg, void *part)
{
	(void)arg;
	((ml_parsed *)part)->n = 0;
}

void
ml_parsed_free(void *part)
{
	ml_parsed *P = part;

	if (!P)
		return;
	free(P->y);
	free(P->p);
	free(P->sc);
	free(P);
}

int
ml_parsed_row(ml_parsed *P, const ml_cols *cols, const ml_reader *r, ml_err *e)
{
	size_t k = P->k;
	int dups = 0;

	if (P->n == P->cap) {
		size_t cap = P->cap ? 2 * P->cap : 256;
		void *y = realloc(P->y, cap * k), *p = NULL, *sc = NULL;
		if (y)
			P->y = y;
		if (y && (p = realloc(P->p, cap * k * sizeof *P->p)))
			P->p = p;
		if (p && (sc = realloc(P->sc, (cap * P->nsc + 1) * sizeof *P->sc)))
			P->sc = sc;
		if (!sc)
			return ml_err_oom(e);
		P->cap = cap;
	}
	if (ml_cols_labels(cols, r, P->y + P->n * k, &dups, e) < 0 ||
	    ml_cols_probs(cols, r, P->p + P->n * k, e) < 0)
		return -1;
	return 0;
}
