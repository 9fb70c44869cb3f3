/*
 * audit.c - cleanlab's multi-label find_label_issues over a whole stream.
 *
 * Pass 1 reads every row once: the labels and probabilities go to a
 * column-wise spill, the ranking scores (which need a whole row) are
 * computed on the spot.  Then each class's binary problem is solved on its
 * own column, so the working set is a few arrays of N, whatever K is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label/label.h"

/* Appends x to a growing array of doubles. */
static int
push(double **v, size_t *cap, size_t n, double x)
{
	if (ml_grow(v, cap, n + 1, sizeof **v) < 0)
		return -1;
	(*v)[n] = x;
	return 0;
}

/*
 * Makes room for row n-1 of an n*k bitmap (rows 0..n-2 are there), its
 * words zeroed; the spare capacity is left untouched, so it costs no memory.
 */
static int
grow_bits(uint64_t **map, size_t *cap, size_t n, size_t k)
{
	size_t had = ((n - 1) * k + 63) / 64, need = (n * k + 63) / 64;

	if (ml_grow(map, cap, need, sizeof **map) < 0)
		return -1;
	memset(*map + had, 0, (need - had) * sizeof **map);
	return 0;
}

/* Pass 1's state: what it keeps of every row, in input order. */
struct pass1 {
	ml_audit *a;
	ml_spill *sp;
	const ml_audit_opts *o;
	int low;
	double **defscore;
	unsigned char **kind;
	size_t cap_r, cap_d, cap_k, cap_s, cap_g, cap_p, any[2];
};

/* A row's own scores, those the options ask for: ranking, label_score, default. */
static void
row_scores(const struct pass1 *P, const unsigned char *y, const double *p, double *scratch,
           double sc[3])
{
	size_t k = P->a->k, c;

	if (P->o->rank_method >= 0)
		sc[0] = ml_rank_score(P->o->rank_method, y, p, k, scratch);
	if (P->o->score_agg) {
		for (c = 0; c < k; c++)
			scratch[c] = ml_class_score(P->o->score_method, y[c], p[c], NULL);
		sc[1] = ml_aggregate(P->o->score_agg, scratch, k);
	}
	if (P->low)
		sc[2] = ml_rank_score(ML_METHOD_DEFAULT, y, p, k, scratch);
}

/* Row a->n, with its scores: spilled, counted, its scores and bits kept. */
static int
row_keep(struct pass1 *P, const unsigned char *y, const double *p, const double sc[3], ml_err *e)
{
	ml_audit *a = P->a;
	const ml_audit_opts *o = P->o;
	size_t k = a->k, c, b;

	if (ml_spill_add(P->sp, y, p, e) < 0)
		return -1;
	for (c = 0; c < k; c++) {
		a->given[c] += y[c];
		P->any[y[c]]++;
	}
	if ((o->rank_method >= 0 && push(&a->rank_score, &P->cap_r, a->n, sc[0]) < 0) ||
	    (o->score_agg && push(&a->score, &P->cap_s, a->n, sc[1]) < 0))
		return ml_err_oom(e);
	if (o->want_bits) {
		if (grow_bits(&a->given_bits, &P->cap_g, a->n + 1, k) < 0 ||
		    grow_bits(&a->pred_bits, &P->cap_p, a->n + 1, k) < 0)
			return ml_err_oom(e);
		for (c = 0, b = a->n * k; c < k; c++, b++) {
			a->given_bits[b >> 6] |= (uint64_t)(y[c] != 0) << (b & 63);
			a->pred_bits[b >> 6] |= (uint64_t)(p[c] > 0.5) << (b & 63);
		}
	}
	if (P->low && push(P->defscore, &P->cap_d, a->n, sc[2]) < 0)
		return ml_err_oom(e);
	if (P->low && o->rank_method >= 0) {
		/* Bit 0: the row has some class; bit 1: it lacks some class. */
		if (ml_grow(P->kind, &P->cap_k, a->n + 1, 1) < 0)
			return ml_err_oom(e);
		(*P->kind)[a->n] = 0;
		for (c = 0; c < k; c++)
			(*P->kind)[a->n] |= (unsigned char)(y[c] ? 1 : 2);
	}
	a->n++;
	return 0;
}

/* Pass 1 on this thread. */
static int
read_serial(struct pass1 *P, ml_reader *r, ml_err *e)
{
	size_t k = P->a->k;
	unsigned char *y = malloc(k);
	double *p = malloc(k * sizeof *p), *scratch = malloc(k * sizeof *p), sc[3] = { 0, 0, 0 };
	int dups = 0, n = -1;

	if (!y || !p || !scratch)
		ml_err_oom(e);
	else
		while ((n = ml_reader_next(r, e)) > 0) {
			if (ml_cols_labels(&P->a->cols, r, y, &dups, e) < 0 ||
			    ml_cols_probs(&P->a->cols, r, p, e) < 0)
				n = -1;
			else
				row_scores(P, y, p, scratch, sc);
			if (n < 0 || row_keep(P, y, p, sc, e) < 0) {
				n = -1;
				break;
			}
		}
	free(y);
	free(p);
	free(scratch);
	return n;
}

/* Pass 1 in the parallel engine: a chunk's rows parsed and scored. */
static void *
chunk_new(void *arg)
{
	return ml_parsed_new(((const struct pass1 *)arg)->a->k, 3);
}

static void *
scratch_new(void *arg)
{
	return malloc(((const struct pass1 *)arg)->a->k * sizeof(double));
}

static int
chunk_row(void *arg, void *ws, void *part, const ml_reader *r, ml_writer *w, ml_err *e)
{
	const struct pass1 *P = arg;
	ml_parsed *C = part;
	size_t k = P->a->k;

	(void)w;
	if (ml_parsed_row(C, &P->a->cols, r, e) < 0)
		return -1;
	row_scores(P, C->y + C->n * k, C->p + C->n * k, ws, C->sc + C->n * 3);
	C->n++;
	return 0;
}

static int
chunk_merge(void *arg, void *part, ml_err *e)
{
	struct pass1 *P = arg;
	const ml_parsed *C = part;
	size_t k = P->a->k, i;

	for (i = 0; i < C->n; i++)
		if (row_keep(P, C->y + i * k, C->p + i * k, C->sc + i * 3, e) < 0)
			return -1;
	return 0;
}

/* Pass 1: spill the rows, count the labels, score the rows that ranking needs. */
static int
read_rows(ml_audit *a, ml_reader *r, ml_spill *sp, const ml_audit_opts *o, int low,
          double **defscore, unsigned char **kind, ml_err *e)
{
	struct pass1 P;
	ml_par_job J = { ml_threads, &P, scratch_new, free, chunk_new, ml_parsed_reset,
	    ml_parsed_free, chunk_merge, chunk_row };
	size_t k = a->k;

	memset(&P, 0, sizeof P);
	P.a = a;
	P.sp = sp;
	P.o = o;
	P.low = low;
	P.defscore = defscore;
	P.kind = kind;
	if ((ml_threads > 1 ? ml_par_run(&J, r, NULL, 0, e) : read_serial(&P, r, e)) < 0)
		return -1;
	if (a->n == 0)
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
	/*
	 * Datalab's label check scores every row, and cleanlab's
	 * get_label_quality_scores raises when no example has any class: the
	 * whole report fails, as mlscore does.
	 */
	if (o->score_rows && !P.any[1])
		return ml_errmsg(e, ML_NOT_MULTILABEL, "no example has any class");
	/* cleanlab scores whole rows only for labels in multi-label format. */
	if ((o->rank_method >= 0 || low) && (k < 2 || !P.any[0] || !P.any[1]))
		return ml_errmsg(e, "%s: cleanlab cannot rank these labels "
		    "(Labels must be in multi-label format.)", k < 2 ? "only one class" :
		    !P.any[1] ? "no example has any class" : "every example has every class");
	return 0;
}

/* k non-negative counts joined with ','. */
static int
parse_counts(const char *s, size_t k, long *out, ml_err *e)
{
	size_t i = 0, n, v;
	const char *t;

	for (;; s = t + 1) {
		t = strchr(s, ',');
		n = t ? (size_t)(t - s) : strlen(s);
		if (i == k || ml_parse_size(s, n, &v) < 0 || v > (size_t)1 << 62)
			break;
		out[i++] = (long)v;
		if (!t && i == k)
			return 0;
		if (!t)
			break;
	}
	ml_errmsg(e,
	    "--num-to-remove-per-class needs %zu non-negative integers (one per class)", k);
	return -2;
}

const ml_audit_opts ml_audit_default = {
	.filter = ML_PRUNE_BY_NOISE_RATE, .frac_noise = 1.0, .min_examples_per_class = 1,
	.rank_method = -1,
};

static int
is_default(const ml_audit_opts *o)
{
	return o->filter == ml_audit_default.filter &&
	    o->frac_noise == ml_audit_default.frac_noise &&
	    o->min_examples_per_class == ml_audit_default.min_examples_per_class &&
	    !o->num_to_remove;
}

/* The low_* filters (SPEC 3.4): the E lowest-scoring rows, E from confident learning. */
static int
low_filter(ml_audit *a, const ml_audit_opts *o, const double *defscore, const unsigned char *kind,
           ml_err *e)
{
	size_t i, E = 0, *lowest;
	unsigned char subset = 0;

	for (i = 0; i < a->n; i++)
		E += a->issue[i];
	if (!(lowest = malloc((E ? E : 1) * sizeof *lowest)))
		return ml_err_oom(e);
	if (ml_low_issues(defscore, a->n, E, lowest) == (size_t)-1) {
		free(lowest);
		return ml_err_oom(e);
	}
	memset(a->issue, 0, a->n);
	for (i = 0; i < E; i++)
		a->issue[lowest[i]] = 1;
	/* DESIGN: the per-class flags are confident learning's, on the flagged rows. */
	for (i = 0; i < a->n; i++)
		if (!a->issue[i]) {
			size_t c;
			for (c = 0; c < a->k; c++) {
				size_t b = i * a->k + c;
				a->flags[b >> 6] &= ~((uint64_t)1 << (b & 63));
			}
		}
	a->nissues = E;
	if (o->rank_method >= 0) {
		for (i = 0; i < a->n; i++)
			if (a->issue[i])
				subset |= kind[i];
		/* cleanlab re-scores the flagged rows alone, which needs both labels among them. */
		if (subset != 3) {
			free(lowest);
			return ml_errmsg(e, "%s: cleanlab cannot rank them "
			    "(Labels must be in multi-label format.)", E == 0 ? "no example flagged" :
			    subset == 1 ? "the flagged examples have every class" :
			    "the flagged examples have no class");
		}
		/* Scores of the flagged rows in row order (cleanlab scores that subset). */
		double *sub = malloc(E * sizeof *sub);
		size_t j = 0;
		if (!sub) {
			free(lowest);
			return ml_err_oom(e);
		}
		for (i = 0; i < a->n; i++)
			if (a->issue[i])
				sub[j++] = a->rank_score[i];
		ml_low_rank(sub, lowest, E, a->order);
		free(sub);
	} else {
		size_t j = 0;
		for (i = 0; i < a->n; i++)
			if (a->issue[i])
				a->order[j++] = i;
	}
	free(lowest);
	return 0;
}

int
ml_audit_run(ml_audit *a, ml_reader *r, const char *labname, const ml_audit_opts *o, ml_err *e)
{
	ml_spill *sp = NULL;
	double *defscore = NULL;
	unsigned char *kind = NULL;
	long *ntr = NULL;
	size_t c, i, words;
	int low = o->filter == ML_LOW_SELF_CONFIDENCE || o->filter == ML_LOW_NORMALIZED_MARGIN;
	int twice = o->want_default && !is_default(o), rc = -1;
	ml_cl_opts co, def = { ML_PRUNE_BY_NOISE_RATE, 1.0, 1, -1, NULL };

	memset(a, 0, sizeof *a);
	if (ml_cols_find(&a->cols, r, labname, ML_COLS_NEED_P | ML_COLS_NEED_LABELS, e) < 0)
		return -1;
	a->k = a->cols.k;
	if (!(a->given = calloc(a->k, sizeof *a->given)) || !(a->res = calloc(a->k, sizeof *a->res)) ||
	    !(a->def_given = calloc(a->k, sizeof *a->def_given)) ||
	    !(a->def_added = calloc(a->k, sizeof *a->def_added)))
		return ml_err_oom(e);
	if (o->num_to_remove) {
		if (!(ntr = malloc(a->k * sizeof *ntr)))
			return ml_err_oom(e);
		if (parse_counts(o->num_to_remove, a->k, ntr, e) < 0) {
			free(ntr);
			return -2;
		}
	}
	if (!(sp = ml_spill_open(a->k, e)) || read_rows(a, r, sp, o, low, &defscore, &kind, e) < 0 ||
	    ml_spill_finish(sp, e) < 0)
		goto out;
	words = (a->n * a->k + 63) / 64;
	if (!(a->issue = calloc(a->n, 1)) || !(a->flags = calloc(words, sizeof *a->flags)) ||
	    !(a->flag_given = calloc(words, sizeof *a->flag_given)) ||
	    !(a->order = malloc(a->n * sizeof *a->order)) ||
	    (twice && !(a->def_flags = calloc(words, sizeof *a->def_flags)))) {
		ml_err_oom(e);
		goto out;
	}
	if (!twice)
		a->def_flags = a->flags;
	co.filter = low ? ML_CONFIDENT_LEARNING : o->filter;
	co.frac_noise = o->frac_noise;
	co.min_examples_per_class = o->min_examples_per_class;
	co.joint = NULL;
	if (ml_audit_classes(a, sp, &co, twice ? &def : NULL, ntr, e) < 0)
		goto out;
	if (low) {
		if (low_filter(a, o, defscore, kind, e) < 0)
			goto out;
	} else {
		for (i = 0; i < a->n; i++)
			if (a->issue[i])
				a->order[a->nissues++] = i;
		if (o->rank_method >= 0) {
			size_t *rows = malloc((a->nissues ? a->nissues : 1) * sizeof *rows);
			if (!rows) {
				ml_err_oom(e);
				goto out;
			}
			memcpy(rows, a->order, a->nissues * sizeof *rows);
			ml_rank_rows(a->rank_score, rows, a->nissues, a->order);
			free(rows);
		}
	}
	a->def_nissues = 0;
	for (i = 0; i < a->n; i++) {
		int any = 0;
		for (c = 0; c < a->k && !any; c++)
			any = ML_BIT(a->def_flags, i * a->k + c);
		a->def_nissues += any;
	}
	rc = 0;
out:
	ml_spill_close(sp);
	free(defscore);
	free(kind);
	free(ntr);
	return rc;
}

int
ml_audit_write_joint(const ml_audit *a, const char *path, ml_err *e)
{
	static const char *const head[] = {
		"class", "class_index", "n00", "n01", "n10", "n11",
		"raw_n00", "raw_n01", "raw_n10", "raw_n11", "thr0", "thr1"
	};
	ml_writer *w = ml_writer_open(path, '\t', e);
	size_t c, j;

	if (!w)
		return -1;
	for (j = 0; j < sizeof head / sizeof *head; j++)
		ml_writer_str(w, head[j]);
	ml_writer_endrow(w);
	for (c = 0; c < a->k; c++) {
		const ml_cl_result *res = &a->res[c];
		ml_writer_str(w, a->cols.names[c]);
		ml_writer_long(w, (long)c);
		for (j = 0; j < 4; j++)
			ml_writer_long(w, res->cal[j / 2][j % 2]);
		for (j = 0; j < 4; j++)
			ml_writer_long(w, res->raw[j / 2][j % 2]);
		ml_writer_double(w, res->thr[0]);
		ml_writer_double(w, res->thr[1]);
		ml_writer_endrow(w);
	}
	return ml_writer_commit(w, e);
}

void
ml_audit_free(ml_audit *a)
{
	if (a->def_flags != a->flags)
		free(a->def_flags);
	free(a->flags);
	free(a->flag_given);
	free(a->issue);
	free(a->order);
	free(a->rank_score);
	free(a->res);
	free(a->given);
	free(a->def_given);
	free(a->def_added);
	free(a->score);
	free(a->given_bits);
	free(a->pred_bits);
	ml_cols_free(&a->cols);
	memset(a, 0, sizeof *a);
}
