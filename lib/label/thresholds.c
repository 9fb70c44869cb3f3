/*
 * thresholds.c - mlscore's dataset-wide steps: the conditions cleanlab
 * checks on the whole label matrix, and --adjust's first pass, the
 * confident thresholds of every class.
 */
#include <stdlib.h>

#include "label/label.h"

int
ml_score_check(const size_t *given, size_t k, size_t n, const ml_reader *r, ml_err *e)
{
	size_t c, all = 0, none = 0;

	if (n == 0)
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
	for (c = 0; c < k; c++) {
		all += given[c] == n;
		none += given[c] == 0;
	}
	if (none == k)
		return ml_errmsg(e, ML_NOT_MULTILABEL, "no example has any class");
	if (all == k)
		return ml_errmsg(e, ML_NOT_MULTILABEL, "every example has every class");
	return 0;
}

/* Copies every row's labels and probabilities to sp, counting them. */
static int
spill_all(const ml_cols *cols, ml_reader *r, ml_spill *sp, size_t *given, size_t *n, ml_err *e)
{
	unsigned char *y = malloc(cols->k);
	double *p = malloc(cols->k * sizeof *p);
	size_t c;
	int rc = -1, dups = 0, more;

	if (!y || !p) {
		ml_err_oom(e);
		goto out;
	}
	while ((more = ml_reader_next(r, e)) > 0) {
		if (ml_cols_labels(cols, r, y, &dups, e) < 0 || ml_cols_probs(cols, r, p, e) < 0 ||
		    ml_spill_add(sp, y, p, e) < 0)
			goto out;
		for (c = 0; c < cols->k; c++)
			given[c] += y[c];
		(*n)++;
	}
	rc = more;
out:
	free(y);
	free(p);
	return rc;
}

struct spill_job {
	const ml_cols *cols;
	ml_spill *sp;
	size_t *given, *n;
};

static void *
part_new(void *arg)
{
	return ml_parsed_new(((const struct spill_job *)arg)->cols->k, 0);
}

static int
part_row(void *arg, void *ws, void *part, const ml_reader *r, ml_writer *w, ml_err *e)
{
	const struct spill_job *J = arg;
	ml_parsed *P = part;

	(void)ws;
	(void)w;
	if (ml_parsed_row(P, J->cols, r, e) < 0)
		return -1;
	P->n++;
	return 0;
}

/* In input order: the chunk's rows to the spill. */
static int
part_merge(void *arg, void *part, ml_err *e)
{
	const struct spill_job *J = arg;
	const ml_parsed *P = part;
	size_t k = J->cols->k, i, c;

	for (i = 0; i < P->n; i++) {
		if (ml_spill_add(J->sp, P->y + i * k, P->p + i * k, e) < 0)
			return -1;
		for (c = 0; c < k; c++)
			J->given[c] += P->y[i * k + c];
	}
	*J->n += P->n;
	return 0;
}

/* spill_all with the rows parsed on ml_threads threads. */
static int
spill_par(const ml_cols *cols, ml_reader *r, ml_spill *sp, size_t *given, size_t *n, ml_err *e)
{
	struct spill_job S = { cols, sp, given, n };
	ml_par_job J = { ml_threads, &S, NULL, NULL, part_new, ml_parsed_reset, ml_parsed_free,
	    part_merge, part_row };

	return ml_par_run(&J, r, NULL, 0, e);
}

int
ml_score_thresholds(const ml_cols *cols, ml_reader *r, double *thr, size_t *given, size_t *n,
                    ml_err *e)
{
	ml_spill *sp;
	double *p = NULL;
	unsigned char *y = NULL;
	size_t c;
	int rc = -1;

	if (!(sp = ml_spill_open(cols->k, e)))
		return -1;
	if ((ml_threads > 1 ? spill_par(cols, r, sp, given, n, e) : spill_all(cols, r, sp, given,
	    n, e)) < 0 || ml_score_check(given, cols->k, *n, r, e) < 0)
		goto out;
	if (!(p = malloc(*n * sizeof *p)) || !(y = malloc(*n))) {
		ml_err_oom(e);
		goto out;
	}
	for (c = 0; c < cols->k; c++) {
		if (ml_spill_column(sp, c, p, y, e) < 0)
			goto out;
		ml_cl_thresholds(p, y, *n, thr + 2 * c);
	}
	rc = ml_reader_rewind(r, e);
out:
	free(p);
	free(y);
	ml_spill_close(sp);
	return rc;
}
