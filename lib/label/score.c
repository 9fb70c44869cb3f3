/*
 * score.c - per-class label quality scores and their aggregation
 * (SPEC 2.1-2.3).
 *
 * Every expression is evaluated in the order cleanlab's numpy code
 * evaluates it; with -ffp-contract=off the scores are bit-identical.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "label/label.h"

static const char *const method_names[] = {
	[ML_SELF_CONFIDENCE] = "self_confidence",
	[ML_NORMALIZED_MARGIN] = "normalized_margin",
	[ML_CWE] = "confidence_weighted_entropy",
};

/* cleanlab looks the name up upper-cased, so any case is accepted. */
int
ml_method_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof method_names / sizeof method_names[0]; i++)
		if (strcasecmp(s, method_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
ml_method_name(int m)
{
	if (m < 0 || (size_t)m >= sizeof method_names / sizeof method_names[0])
		return NULL;
	return method_names[m];
}

/* A whole-string decimal number; 0 on success. */
static int
parse_param(const char *s, double *x)
{
	return ml_parse_double_arg(s, -HUGE_VAL, HUGE_VAL, x) == ML_NUM_OK ? 0 : -1;
}

const ml_agg ml_agg_default = { ML_AGG_EMA, 0.8, 0 };

int
ml_agg_parse(const char *s, ml_agg *a, ml_err *e)
{
	double x;

	a->auto_alpha = 0;
	if (strcmp(s, "ema") == 0) {
		*a = ml_agg_default;
	} else if (strcmp(s, "ema:auto") == 0) {
		a->kind = ML_AGG_EMA;
		a->param = 0.0;
		a->auto_alpha = 1;
	} else if (strncmp(s, "ema:", 4) == 0) {
		if (parse_param(s + 4, &x) != 0 || !(x >= 0.0 && x <= 1.0))
			return ml_errf(e, NULL, 0, NULL, s, strlen(s),
			    "ema alpha must be a number in [0, 1] or auto");
		a->kind = ML_AGG_EMA;
		a->param = x;
	} else if (strcmp(s, "softmin") == 0) {
		a->kind = ML_AGG_SOFTMIN;
		a->param = 0.1;
	} else if (strncmp(s, "softmin:", 8) == 0) {
		if (parse_param(s + 8, &x) != 0 || !(x > 0.0))
			return ml_errf(e, NULL, 0, NULL, s, strlen(s),
			    "softmin temperature must be a number greater than 0");
		a->kind = ML_AGG_SOFTMIN;
		a->param = x;
	} else if (strcmp(s, "mean") == 0) {
		a->kind = ML_AGG_MEAN;
		a->param = 0.0;
	} else if (strcmp(s, "min") == 0) {
		a->kind = ML_AGG_MIN;
		a->param = 0.0;
	} else if (strcmp(s, "max") == 0) {
		a->kind = ML_AGG_MAX;
		a->param = 0.0;
	} else
		return ml_errf(e, NULL, 0, NULL, s, strlen(s),
		    "unknown aggregator (use ema, ema:ALPHA, ema:auto, softmin, "
		    "softmin:T, mean, min or max)");
	return 0;
}

/* scipy's xlogy(x, x): 0 for x == 0. */
static double
xlogx(double x)
{
	return x == 0.0 ? 0.0 : x * log(x);
}

static double
clip_lb(double x)
{
	/* np.clip(x, 1e-6, None): NaN stays NaN. */
	return x < 1e-6 ? 1e-6 : x;
}

double
ml_class_score(int method, int y, double p, const double *thr)
{
	double b[2], tmax, sum, h, r, s;

	/* cleanlab's two-column matrix [1 - p, p]. */
	b[0] = 1.0 - p;
	b[1] = p;
	y = y != 0;
	if (method == ML_CWE) {
		/* adjust_pred_probs is refused for CWE (cleanlab raises). */
		sum = (-0.0 + xlogx(b[0])) + xlogx(b[1]);
		h = -sum / log(2.0);
		r = h / clip_lb(b[y]);
		return log(r + 1) / clip_lb(r);
	}
	if (thr != NULL) {
		/* _subtract_confident_thresholds, then renormalise the row. */
		tmax = thr[0] > thr[1] ? thr[0] : thr[1];
		b[0] = (b[0] - thr[0]) + tmax;
		b[1] = (b[1] - thr[1]) + tmax;
		sum = (-0.0 + b[0]) + b[1];
		b[0] = b[0] / sum;
		b[1] = b[1] / sum;
	}
	s = b[y];
	if (method == ML_NORMALIZED_MARGIN)
		return ((s - b[1 - y]) + 1) / 2;
	return s;
}

/* numpy's ascending order for doubles: NaN last. */
static inline int
lessnan(double a, double b)
{
	return a < b || (b != b && a == a);
}

/*
 * Sorts v[0..k-1] descending when every value lies in [+0, 1] (their bit
 * patterns then sort as the numbers do): a merge sort with a branch-free
 * merge, as mispredicted branches are where the time of sorting a row of
 * hundreds of class scores goes.  tmp holds 2k words.  Returns 0 when a
 * value is outside [+0, 1] (v is then unchanged).
 */
static int
bits_sort_desc(double *v, size_t k, uint64_t *tmp)
{
	uint64_t *src = tmp, *dst = tmp + k, *t, x;
	size_t w, i, j, lo, mid, hi, a, b, o;

	for (i = 0; i < k; i++) {
		memcpy(&src[i], &v[i], sizeof *src);
		if (src[i] > 0x3FF0000000000000u)       /* not in [+0, 1] */
			return 0;
	}
	/* Runs of 4: a branch-free sorting network, insertion for a shorter last run. */
#define SWAP_DESC(p, q) do { uint64_t hi_ = src[p] > src[q] ? src[p] : src[q]; \
	src[q] = src[p] > src[q] ? src[q] : src[p]; src[p] = hi_; } while (0)
	for (lo = 0; lo + 4 <= k; lo += 4) {
		SWAP_DESC(lo, lo + 1);
		SWAP_DESC(lo + 2, lo + 3);
		SWAP_DESC(lo, lo + 2);
		SWAP_DESC(lo + 1, lo + 3);
		SWAP_DESC(lo + 1, lo + 2);
	}
#undef SWAP_DESC
	for (i = lo + 1; i < k; i++) {
		x = src[i];
		for (j = i; j > lo && src[j - 1] < x; j--)
			src[j] = src[j - 1];
		src[j] = x;
	}
	for (w = 4; w < k; w *= 2) {
		for (lo = 0; lo < k; lo += 2 * w) {
			mid = lo + w < k ? lo + w : k;
			hi = lo + 2 * w < k ? lo + 2 * w : k;
			for (a = lo, b = mid, o = lo; a < mid && b < hi; o++) {
				int first = src[a] >= src[b];
				dst[o] = first ? src[a] : src[b];
				a += (size_t)first;
				b += (size_t)!first;
			}
			while (a < mid)
				dst[o++] = src[a++];
			while (b < hi)
				dst[o++] = src[b++];
		}
		t = src;
		src = dst;
		dst = t;
	}
	for (i = 0; i < k; i++)
		memcpy(&v[i], &src[i], sizeof *v);
	return 1;
}

/*
 * Sorts row descending as np.fliplr(np.sort(row)) does.  Equal values are
 * interchangeable here, so any correct sort gives numpy's result; rows of
 * hundreds of classes need better than insertion sort.
 */
static void
sort_desc(double *v, size_t k)
{
	size_t i, j, lo, hi;
	double t, pivot;
	uint64_t tmp[2 * 512];

	if (k > 16 && k <= 512 && bits_sort_desc(v, k, tmp))
		return;
	while (k > 16) {
		/* Median of three, then Hoare partition (before = greater). */
		double a = v[0], b = v[k / 2], c = v[k - 1];
		pivot = lessnan(a, b) ? (lessnan(b, c) ? b : lessnan(a, c) ? c : a) :
		    (lessnan(a, c) ? a : lessnan(b, c) ? c : b);
		lo = 0;
		hi = k - 1;
		for (;;) {
			while (lessnan(pivot, v[lo]))
				lo++;
			while (lessnan(v[hi], pivot))
				hi--;
			if (lo >= hi)
				break;
			t = v[lo];
			v[lo++] = v[hi];
			v[hi--] = t;
		}
		/* v[0..hi] >= pivot >= v[hi+1..k-1]: recurse on the smaller side. */
		if (hi + 1 < k - hi - 1) {
			sort_desc(v, hi + 1);
			v += hi + 1;
			k -= hi + 1;
		} else {
			sort_desc(v + hi + 1, k - hi - 1);
			k = hi + 1;
		}
	}
	for (i = 1; i < k; i++) {
		t = v[i];
		for (j = i; j > 0 && lessnan(v[j - 1], t); j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

/* SPEC 2.3's EMA: the row sorted descending, then the recurrence (v is sorted). */
double
ml_ema_sorted(double *v, size_t k, double alpha)
{
	double e, w;
	size_t t;

	sort_desc(v, k);
	/* (1 - alpha) is rounded once: 0.19999999999999996 for 0.8. */
	w = 1 - alpha;
	e = v[0];
	for (t = 1; t < k; t++)
		e = alpha * v[t] + w * e;
	return e;
}

/* The EMA state e after `steps` more values all equal to x. */
static double
ema_const(double e, double x, size_t steps, double alpha, double w)
{
	while (steps--) {
		double next = alpha * x + w * e;
		if (next == e)          /* a fixed point: every later step gives e again */
			break;
		e = next;
	}
	return e;
}

/* Enough of the smallest values for the bounds to meet, usually. */
#define EMA_TAIL 24

/* Values in [+0, 1] by the octave of 1 - x: 0 for x = 0, larger for x nearer 1. */
static inline unsigned
octave(double x)
{
	uint64_t bits;
	double d = 1 - x;       /* exact for x >= 0.5 (Sterbenz), monotone always */
	unsigned g;

	memcpy(&bits, &d, sizeof bits);
	g = 1023 - (unsigned)(bits >> 52);      /* 0 for d in [1, 2), 1023 for d = 0 */
	return g < 63 ? g : 63;
}

/*
 * The EMA without sorting the whole row.  The recurrence forgets its past
 * by a factor 1 - alpha per step, so the result is decided by the smallest
 * values, applied last, and only they need sorting.  Exactly: one step
 * e -> (alpha * v) + (w * e) is, in floating point too, non-decreasing in
 * e and in v (every rounding is monotone and alpha, w >= 0).  The values
 * are split, without branches, at an octave of 1 - v into a tail of at
 * least EMA_TAIL smallest values and a head of larger ones; the state
 * before the tail lies between the state reached from the head's largest
 * value held constant (hi) and from its smallest held constant (lo).
 * Running the sorted tail from both brackets the true result; when both
 * give the same double, that double is the result, bit for bit.
 * Otherwise the tail grows by an octave, twice, before the row is sorted
 * in full (as are short rows, a slowly forgetting alpha and values
 * outside [+0, 1]).
 */
static double
ema(double *v, size_t k, double alpha)
{
	double tail[512], w = 1 - alpha, vmax = 0, hmin = 1, lo, hi, x;
	size_t count[64] = { 0 }, i, n, t, tries;
	unsigned cut;
	int outside = 0;

	if (k <= 2 * EMA_TAIL || k > 4096 || !(w <= 0.25))
		return ml_ema_sorted(v, k, alpha);
	for (i = 0; i < k; i++) {
		uint64_t bits;
		x = v[i];
		memcpy(&bits, &x, sizeof bits);
		outside |= bits > 0x3FF0000000000000u;  /* not in [+0, 1] */
		vmax = x > vmax ? x : vmax;
		count[octave(x)]++;
	}
	if (outside)
		return ml_ema_sorted(v, k, alpha);
	/* cut: the last octave of the tail. */
	for (cut = 0, n = count[0]; n < EMA_TAIL; )
		n += count[++cut];
	/* Twice more with one more octave in the tail before sorting in full. */
	for (tries = 0; tries < 3 && n < k && n < sizeof tail / sizeof *tail; tries++) {
		for (i = 0, n = 0, hmin = 1; i < k; i++) {
			int in_tail = octave(v[i]) <= cut;
			tail[n] = v[i];
			n += (size_t)in_tail;
			hmin = !in_tail && v[i] < hmin ? v[i] : hmin;
		}
		sort_desc(tail, n);
		/* The head: k - n values, the first of them the row's largest. */
		lo = ema_const(hmin, hmin, k - n - 1, alpha, w);
		hi = ema_const(vmax, vmax, k - n - 1, alpha, w);
		for (t = 0; t < n; t++) {
			lo = alpha * tail[t] + w * lo;
			hi = alpha * tail[t] + w * hi;
		}
		if (lo == hi)
			return lo;
		while (cut < 63 && count[++cut] == 0)
			;
		n += count[cut];
	}
	return ml_ema_sorted(v, k, alpha);
}

/* exp((1 - v_j) / T - xmax), j = 0, 1, ...: the shifted softmax terms. */
struct expsrc {
	const double *v;
	double temp, xmax;
	size_t j;
};

static double
next_exp(void *arg)
{
	struct expsrc *s = arg;
	double x = (1 - s->v[s->j++]) / s->temp;

	return exp(x - s->xmax);
}

/* v_j * w_j, the softmin weight w_j = exp(...) / sum computed first. */
static double
weighted(struct expsrc *s, size_t j, double sum)
{
	s->j = j;
	return s->v[j] * (next_exp(s) / sum);
}

static double
softmin(const double *v, size_t k, double temp)
{
	struct expsrc s = { v, temp, -INFINITY, 0 };
	double sum, x, acc[2] = { 0.0, 0.0 };
	size_t j, b;

	if (s.temp < 1e-6)
		s.temp = 1e-6;
	for (j = 0; j < k; j++) {
		x = (1 - v[j]) / s.temp;
		if (x > s.xmax || x != x)
			s.xmax = x;
	}
	sum = ml_pairwise_sum_fn(next_exp, &s, k);
	/*
	 * np.einsum("ij,ij->i") as numpy's baseline SSE2 kernel sums: two
	 * lanes (even and odd j); in blocks of 8, the last pair is added
	 * first.  This makes softmin bit-identical too.
	 */
	for (j = 0; j + 8 <= k; j += 8)
		for (b = j + 6; b + 2 > j; b -= 2) {
			acc[0] = weighted(&s, b, sum) + acc[0];
			acc[1] = weighted(&s, b + 1, sum) + acc[1];
		}
	for (; j < k; j++)
		acc[j % 2] = weighted(&s, j, sum) + acc[j % 2];
	return (acc[0] + acc[1]) + 0.0;
}

double
ml_aggregate(const ml_agg *a, double *row, size_t k)
{
	double r;
	size_t j;

	if (k == 0)
		return NAN;
	switch (a->kind) {
	case ML_AGG_EMA:
		return ema(row, k, a->auto_alpha ? 2.0 / (double)(k + 1) : a->param);
	case ML_AGG_SOFTMIN:
		return softmin(row, k, a->param);
	case ML_AGG_MEAN:
		return ml_pairwise_sum(row, k) / (double)k;
	case ML_AGG_MIN:
		/* np.min propagates NaN. */
		r = row[0];
		for (j = 1; j < k; j++)
			if (row[j] < r || row[j] != row[j])
				r = row[j];
		return r;
	case ML_AGG_MAX:
		r = row[0];
		for (j = 1; j < k; j++)
			if (row[j] > r || row[j] != row[j])
				r = row[j];
		return r;
	}
	return NAN;
}

double
ml_rank_score(int method, const unsigned char *y, const double *p, size_t k, double *scratch)
{
	size_t c;

	for (c = 0; c < k; c++)
		scratch[c] = ml_class_score(method, y[c], p[c], NULL);
	return ema(scratch, k, ml_agg_default.param);
}
