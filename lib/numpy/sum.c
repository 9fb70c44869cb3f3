/*
 * math.c - numpy's summation and rounding, to the bit.
 *
 * cleanlab's thresholds and calibrated counts sit on exact decision
 * boundaries often enough (repeated probabilities, exact 0.5) that the
 * order of additions and the rounding rule decide masks.
 */
#include <math.h>
#include <stdlib.h>

#include "numpy/numpy.h"

struct arraysrc {
	const double *a;
	size_t i;
};

static double
next_array(void *arg)
{
	struct arraysrc *s = arg;

	return s->a[s->i++];
}

/*
 * numpy's pairwise_sum (SPEC 0.2.2) over n values taken in order from
 * next().  Every branch consumes its values left to right, so a stream
 * gives the same result as the gathered array.
 */
static double
pairwise(double (*next)(void *), void *arg, size_t n)
{
	double r[8], res, left;
	size_t i, j, m;

	if (n < 8) {
		res = -0.0;
		for (i = 0; i < n; i++)
			res += next(arg);
		return res;
	}
	if (n <= 128) {
		for (j = 0; j < 8; j++)
			r[j] = next(arg);
		for (i = 8; i < n - (n % 8); i += 8)
			for (j = 0; j < 8; j++)
				r[j] += next(arg);
		res = ((r[0] + r[1]) + (r[2] + r[3])) +
		    ((r[4] + r[5]) + (r[6] + r[7]));
		for (; i < n; i++)
			res += next(arg);
		return res;
	}
	m = n / 2;
	m -= m % 8;
	/* Two statements: the left half must be consumed first. */
	left = pairwise(next, arg, m);
	return left + pairwise(next, arg, n - m);
}

/* numpy's reduction hands its inner loop at most this many values at once. */
#define NPY_BUFSIZE 8192

double
ml_pairwise_sum_fn(double (*next)(void *), void *arg, size_t n)
{
	double res;
	size_t chunk;

	/*
	 * np.sum and np.mean start from the identity 0.0 (so -0.0 values sum
	 * to 0.0) and add the pairwise sums of consecutive 8192-value chunks
	 * (checked against numpy 1.24).
	 */
	res = 0.0;
	for (; n > 0; n -= chunk) {
		chunk = n < NPY_BUFSIZE ? n : NPY_BUFSIZE;
		res += pairwise(next, arg, chunk);
	}
	return res;
}

double
ml_pairwise_sum(const double *a, size_t n)
{
	struct arraysrc s = { a, 0 };

	return ml_pairwise_sum_fn(next_array, &s, n);
}

double
ml_rint(double x)
{
	/* The default rounding mode is to nearest, ties to even, like np.round. */
	return rint(x);
}

/* Stable insertion argsort: what numpy's introsort does for n <= 16. */
static void
small_argsort(const double *v, size_t n, size_t *idx)
{
	size_t i, j, t;

	for (i = 0; i < n; i++)
		idx[i] = i;
	for (i = 1; i < n; i++) {
		t = idx[i];
		for (j = i; j > 0 && v[t] < v[idx[j - 1]]; j--)
			idx[j] = idx[j - 1];
		idx[j] = t;
	}
}

#define SMALLROW 16

/*
 * cleanlab's round_preserving_sum (SPEC 3.2.3): round half to even, then
 * move the row total back to the rounded total of the floats, one unit at
 * a time, to the largest residuals (increments, ties to the last index)
 * or the smallest (decrements, ties to the first).
 */
void
ml_round_preserving_sum(double *row, size_t n)
{
	double ints_s[SMALLROW], resid_s[SMALLROW], *ints = ints_s, *resid = resid_s;
	size_t idx_s[SMALLROW], *idx = idx_s;
	double total, itotal, diff;
	size_t i, changes;
	int inc;

	if (n > SMALLROW) {
		ints = malloc(n * sizeof *ints);
		resid = malloc(n * sizeof *resid);
		idx = malloc(n * sizeof *idx);
		if (ints == NULL || resid == NULL || idx == NULL) {
			/* Cannot happen for the 2x2 joints this is used on. */
			free(ints);
			free(resid);
			free(idx);
			for (i = 0; i < n; i++)
				row[i] = rint(row[i]);
			return;
		}
	}
	for (i = 0; i < n; i++)
		ints[i] = rint(row[i]);
	total = rint(ml_pairwise_sum(row, n));
	itotal = rint(ml_pairwise_sum(ints, n));
	/* NaN or infinite rows fail this test at once, as in numpy. */
	while (fabs(itotal - total) > 1e-6) {
		diff = rint(total - itotal);
		inc = diff < 0 ? -1 : 1;
		changes = fabs(diff) < (double)n ? (size_t)fabs(diff) : n;
		for (i = 0; i < n; i++)
			resid[i] = row[i] - ints[i];
		if (n <= SMALLROW)
			small_argsort(resid, n, idx);
		else
			ml_argsort(resid, n, idx);
		for (i = 0; i < changes; i++)
			ints[idx[inc > 0 ? n - 1 - i : i]] += inc;
		itotal = rint(ml_pairwise_sum(ints, n));
	}
	for (i = 0; i < n; i++)
		row[i] = ints[i];
	if (n > SMALLROW) {
		free(ints);
		free(resid);
		free(idx);
	}
}

double
ml_pairwise_block(const double *a, size_t n)
{
	struct arraysrc s = { a, 0 };

	return pairwise(next_array, &s, n);
}
