/*
 * part.c - what one part does in each round of the split audit, and how
 * its rows are judged in the last one.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"

#define CUT(s, c, sel, k) (&(s)->cut[((c) * 2 + (sel)) * 2 + (k)])

/* B[i][k]: q = 1.0 - p for k = 0, p for k = 1 (as cl.c). */
static inline double
col(double p, int k)
{
	return k ? p : 1.0 - p;
}

/* The sort key of one prune order (cl.c's flag_lowest). */
static inline double
key_of(int sel, double p, int k)
{
	if (sel == ML_SEL_NOISE)
		return -(col(p, 1 - k) - col(p, k));
	return col(p, k);
}

/* off[2c + k]: where part `part`'s rows of side k of class c start in the whole side. */
static int
offsets(const ml_split *s, size_t part, uint64_t *off)
{
	size_t P, c;

	memset(off, 0, 2 * s->k * sizeof *off);
	for (P = 0; P < part; P++)
		for (c = 0; c < s->k; c++) {
			off[2 * c + 1] += s->pn1[P * s->k + c];
			off[2 * c] += s->pn[P] - s->pn1[P * s->k + c];
		}
	return 0;
}

static int
cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a > b) - (a < b);
}

/* The part's lowest distinct keys with their counts, until `want` rows are covered. */
static int
candidates(ml_split_cut *ct, double *keys, size_t n)
{
	size_t i, j;
	uint64_t cum = 0;

	for (i = 0; i < n; i++)
		keys[i] += 0.0;         /* -0.0 and 0.0 are one key */
	qsort(keys, n, sizeof *keys, cmp_double);
	if (!(ct->cand = malloc((n + 1) * sizeof *ct->cand)))
		return -1;
	ct->ncand = 0;
	for (i = 0; i < n && cum < ct->want; i = j) {
		for (j = i; j < n && keys[j] == keys[i]; j++)
			;
		ct->cand[ct->ncand].key = keys[i];
		ct->cand[ct->ncand++].count = j - i;
		cum += j - i;
	}
	return 0;
}

/* The rounds that need whole columns: sums, prune and ties, one class at a time. */
static int
by_column(ml_split *s, size_t part, ml_spill *sp, size_t n, const uint64_t *off, ml_err *e)
{
	double *p = malloc((n + 1) * sizeof *p), *vals = malloc((n + 1) * sizeof *vals);
	unsigned char *y = malloc(n + 1);
	size_t c, i, m;
	int k, sel, rc = -1;

	if (!p || !vals || !y) {
		ml_err_oom(e);
		goto out;
	}
	for (c = 0; c < s->k; c++) {
		if (ml_spill_column(sp, c, p, y, e) < 0)
			goto out;
		for (k = 0; k < 2; k++) {
			if (s->round == ML_ROUND_SUMS) {
				uint64_t total = k ? s->n1[c] : s->n - s->n1[c];
				for (m = i = 0; i < n; i++)
					if ((y[i] != 0) == k)
						vals[m++] = col(p[i], k);
				if (ml_split_side_part(&s->side[2 * c + k], vals, off[2 * c + k], m,
				    total) < 0 || ml_split_side_normalize(&s->side[2 * c + k], total) < 0) {
					ml_err_oom(e);
					goto out;
				}
				continue;
			}
			for (sel = 0; sel < 2; sel++) {
				ml_split_cut *ct = CUT(s, c, sel, k);
				if (!ct->want || (s->round == ML_ROUND_TIES && !ct->keys))
					continue;
				for (m = i = 0; i < n; i++)
					if ((y[i] != 0) == k)
						vals[m++] = key_of(sel, p[i], k);
				if (s->round == ML_ROUND_PRUNE) {
					if (candidates(ct, vals, m) < 0) {
						ml_err_oom(e);
						goto out;
					}
					continue;
				}
				if (!(ct->keys[part] = malloc((m + 1) * sizeof *vals))) {
					ml_err_oom(e);
					goto out;
				}
				memcpy(ct->keys[part], vals, m * sizeof *vals);
				ct->nkeys[part] = m;
			}
		}
	}
	rc = 0;
out:
	free(p);
	free(vals);
	free(y);
	return rc;
}

int
ml_split_part(ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, ml_err *e)
{
	size_t k = s->k, c, n = 0, P;
	unsigned char *y = malloc(k + 1);
	double *p = malloc((k + 1) * sizeof *p);
	uint64_t *off = malloc((2 * k + 1) * sizeof *off), *n1 = calloc(k + 1, sizeof *n1);
	ml_spill *sp = NULL;
	int more, dups = 0, g, rc = -1;
	int spill = s->round == ML_ROUND_SUMS || s->round == ML_ROUND_PRUNE ||
	    s->round == ML_ROUND_TIES;

	if (!y || !p || !off || !n1) {
		ml_err_oom(e);
		goto out;
	}
	if (s->round == ML_ROUND_FINISH) {
		ml_errmsg(e, "the state is finished: this run writes rows, not a summary");
		goto out;
	}
	if (s->round == ML_ROUND_REPORT) {
		ml_errmsg(e, "the report state: mlreport --state FILE, without --part, writes "
		    "its report");
		goto out;
	}
	offsets(s, part, off);
	if (ml_split_alloc_data(s, e) < 0 || (spill && !(sp = ml_spill_open(k, e))))
		goto out;
	while ((more = ml_reader_next(r, e)) > 0) {
		if (ml_cols_labels(cols, r, y, &dups, e) < 0 || ml_cols_probs(cols, r, p, e) < 0)
			goto out;
		if (sp && ml_spill_add(sp, y, p, e) < 0)
			goto out;
		for (c = 0; c < k; c++) {
			n1[c] += y[c] != 0;
			if (s->cj && (g = ml_cl_guess(p[c], s->thr + 2 * c)) != 2)
				s->cj[4 * c + 2 * (y[c] != 0) + g]++;
		}
		n++;
	}
	if (more < 0)
		goto out;
	if (s->round != ML_ROUND_COUNT) {
		int same = s->pn[part] == n;
		for (c = 0; c < k && same; c++)
			same = s->pn1[part * k + c] == n1[c];
		if (!same) {
			ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "part %zu has other rows than "
			    "in the count round (the parts must not change between rounds)", part + 1);
			goto out;
		}
	}
	if (spill && by_column(s, part, sp, n, off, e) < 0)
		goto out;
	for (P = 0; P < s->parts; P++)
		s->have[P] = P == part;
	s->is_state = 0;
	s->pn[part] = n;
	memcpy(s->pn1 + part * k, n1, k * sizeof *n1);
	rc = 0;
out:
	ml_spill_close(sp);
	free(y);
	free(p);
	free(off);
	free(n1);
	return rc;
}

/* ---------------------------------------------------------------- rows */

int
ml_split_rows_init(ml_split_rows *j, const ml_split *s, size_t part, ml_err *e)
{
	memset(j, 0, sizeof *j);
	j->s = s;
	if (!(j->pos = malloc((2 * s->k + 1) * sizeof *j->pos)))
		return ml_err_oom(e);
	offsets(s, part, j->pos);
	return 0;
}

static int
has_pos(const ml_split_cut *ct, uint64_t pos)
{
	size_t lo = 0, hi = ct->ntie;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ct->tie[mid] < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ct->ntie && ct->tie[lo] == pos;
}

/* Is the row among the `want` lowest of its side in this order? */
static int
cut_flag(const ml_split_cut *ct, int sel, double p, int k, uint64_t pos)
{
	double key;

	if (!ct->want)
		return 0;
	key = key_of(sel, p, k);
	if (key != ct->v)
		return key < ct->v;
	return ct->less + ct->eq <= ct->want || has_pos(ct, pos);
}

void
ml_split_rows_judge(ml_split_rows *j, const unsigned char *y, const double *p, unsigned char *flag)
{
	const ml_split *s = j->s;
	size_t c;
	uint64_t pos;
	int k, g, f = 0;

	for (c = 0; c < s->k; c++) {
		k = y[c] != 0;
		pos = j->pos[2 * c + k]++;
		switch (s->filter) {
		case ML_PRUNE_BY_NOISE_RATE:
			f = cut_flag(CUT(s, c, ML_SEL_NOISE, k), ML_SEL_NOISE, p[c], k, pos);
			break;
		case ML_PRUNE_BY_CLASS:
			f = cut_flag(CUT(s, c, ML_SEL_CLASS, k), ML_SEL_CLASS, p[c], k, pos);
			break;
		case ML_BOTH:
			f = cut_flag(CUT(s, c, ML_SEL_NOISE, k), ML_SEL_NOISE, p[c], k, pos) &&
			    cut_flag(CUT(s, c, ML_SEL_CLASS, k), ML_SEL_CLASS, p[c], k, pos);
			break;
		case ML_CONFIDENT_LEARNING:
			g = ml_cl_guess(p[c], s->thr + 2 * c);
			f = g != 2 && g != k;
			break;
		case ML_PREDICTED_NEQ_GIVEN:
			f = (p[c] > 1.0 - p[c]) != k;
			break;
		}
		flag[c] = (unsigned char)(f && ml_cl_disagrees(p[c], k));
	}
	j->rows++;
}

int
ml_split_rows_end(const ml_split_rows *j, size_t part, ml_err *e)
{
	const ml_split *s = j->s;
	uint64_t off[1];

	(void)off;
	if (j->rows != s->pn[part])
		return ml_errmsg(e, "part %zu has %llu rows, not the %llu of the count round",
		    part + 1, (unsigned long long)j->rows, (unsigned long long)s->pn[part]);
	return 0;
}

void
ml_split_rows_free(ml_split_rows *j)
{
	free(j->pos);
	memset(j, 0, sizeof *j);
}
