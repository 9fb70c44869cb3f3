/*
 * folds.c - iterative stratification of multi-label data into folds
 * (Sechidis, Tsoumakas & Vlahavas, "On the stratification of multi-label
 * data", ECML PKDD 2011, algorithm 1), made deterministic, plus a repair
 * pass that puts every class with enough rows into every fold.
 */
#include <stdlib.h>
#include <string.h>

#include "cv/cv.h"

#define NONE ((size_t)-1)

/* The fold that wants class c most, then the most rows, then the lowest number. */
static size_t
pick_fold(const double *want, const double *want_rows, size_t k, size_t nfolds, size_t c)
{
	size_t f, best = 0;

	for (f = 1; f < nfolds; f++) {
		double a = c == NONE ? 0 : want[f * k + c], b = c == NONE ? 0 : want[best * k + c];
		if (a > b || (a == b && want_rows[f] > want_rows[best]))
			best = f;
	}
	return best;
}

/* Moves rows so that every class with >= nfolds rows is in every fold, where possible. */
static void
repair(const unsigned char *y, size_t n, size_t k, size_t nfolds, const size_t *perm,
       const size_t *count, size_t *cnt, size_t *fold)
{
	size_t c, f, j, m;

	for (c = 0; c < k; c++) {
		if (count[c] < nfolds)
			continue;
		for (f = 0; f < nfolds; f++) {
			size_t best = NONE, g;
			if (cnt[f * k + c] > 0)
				continue;
			/* The first row, in permutation order, of the fold richest in c that can spare it. */
			for (j = 0; j < n; j++) {
				size_t i = perm[j];
				if (!y[i * k + c] || cnt[fold[i] * k + c] < 2)
					continue;
				g = fold[i];
				for (m = 0; m < k; m++)
					if (y[i * k + m] && count[m] >= nfolds && cnt[g * k + m] < 2)
						break;
				if (m < k)
					continue;
				if (best == NONE || cnt[g * k + c] > cnt[fold[best] * k + c])
					best = i;
			}
			if (best == NONE)
				continue;
			g = fold[best];
			for (m = 0; m < k; m++)
				if (y[best * k + m]) {
					cnt[g * k + m]--;
					cnt[f * k + m]++;
				}
			fold[best] = f;
		}
	}
}

int
ml_cv_stratify(const unsigned char *y, size_t n, size_t k, size_t nfolds, uint32_t seed,
               size_t *fold, ml_err *e)
{
	size_t *perm = NULL, *count = NULL, *left = NULL, *cnt = NULL, i, j, c, f;
	double *want = NULL, *want_rows = NULL;
	ml_mt19937 rng;
	int rc = -1;

	if (nfolds < 2)
		return ml_errmsg(e, "%zu folds: cross-validation needs at least 2", nfolds);
	if (n < nfolds)
		return ml_errmsg(e, "%zu rows: fewer than the %zu folds", n, nfolds);
	if (!(perm = malloc(n * sizeof *perm)) || !(count = calloc(k + 1, sizeof *count)) ||
	    !(left = calloc(k + 1, sizeof *left)) || !(cnt = calloc(nfolds * k + 1, sizeof *cnt)) ||
	    !(want = malloc((nfolds * k + 1) * sizeof *want)) ||
	    !(want_rows = malloc(nfolds * sizeof *want_rows))) {
		ml_err_oom(e);
		goto out;
	}
	ml_mt_seed(&rng, seed);
	ml_mt_permutation(&rng, perm, n);
	for (i = 0; i < n; i++) {
		fold[i] = NONE;
		for (c = 0; c < k; c++)
			count[c] += y[i * k + c];
	}
	memcpy(left, count, k * sizeof *left);
	for (f = 0; f < nfolds; f++) {
		want_rows[f] = (double)n / (double)nfolds;
		for (c = 0; c < k; c++)
			want[f * k + c] = (double)count[c] / (double)nfolds;
	}
	for (;;) {
		/* The class with the fewest rows still to place (ties: the lowest class). */
		size_t rare = NONE;
		for (c = 0; c < k; c++)
			if (left[c] > 0 && (rare == NONE || left[c] < left[rare]))
				rare = c;
		if (rare == NONE)
			break;
		for (j = 0; j < n; j++) {
			i = perm[j];
			if (fold[i] != NONE || !y[i * k + rare])
				continue;
			f = pick_fold(want, want_rows, k, nfolds, rare);
			fold[i] = f;
			want_rows[f] -= 1;
			for (c = 0; c < k; c++)
				if (y[i * k + c]) {
					want[f * k + c] -= 1;
					left[c]--;
					cnt[f * k + c]++;
				}
		}
	}
	/* Rows without any class fill the folds that want the most rows. */
	for (j = 0; j < n; j++) {
		i = perm[j];
		if (fold[i] != NONE)
			continue;
		f = pick_fold(want, want_rows, k, nfolds, NONE);
		fold[i] = f;
		want_rows[f] -= 1;
	}
	repair(y, n, k, nfolds, perm, count, cnt, fold);
	rc = 0;
out:
	free(perm);
	free(count);
	free(left);
	free(cnt);
	free(want);
	free(want_rows);
	return rc;
}
