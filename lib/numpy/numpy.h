/*
 * numpy/numpy.h - numpy-exact helpers: argsort, pairwise sums, rounding,
 * quantiles and the legacy MT19937, bit for bit as numpy 1.24 computes them.
 */
#ifndef ML_NUMPY_H
#define ML_NUMPY_H

#include "base/base.h"

/* ---------------------------------------------------------------- sort.c */

/* numpy 1.24 np.argsort(v) (kind="quicksort": introsort, not stable). */
void ml_argsort(const double *v, size_t n, size_t *idx);
/*
 * The same sort of the gathered subset v[map[0]], ..., v[map[n-1]]:
 * idx receives positions 0..n-1 into map.
 */
void ml_argsort_subset(const double *v, const size_t *map, size_t n, size_t *idx);
/*
 * The first m entries of ml_argsort(v) (the smallest m, in numpy's order,
 * ties included), in O(n) expected time; idx[m..n-1] holds the rest.
 */
void ml_argsort_prefix(const double *v, size_t n, size_t *idx, size_t m);
/* pandas sort_values(ascending=False) order (conformance README). */
void ml_argsort_desc(const double *v, size_t n, size_t *idx);

/* ---------------------------------------------------------------- math.c */

/*
 * np.sum of a contiguous array: numpy's pairwise summation (SPEC 0.2.2),
 * applied to consecutive chunks of 8192 values that are then added up.
 */
double ml_pairwise_sum(const double *a, size_t n);
/* The same over n values taken in order from next(arg) (no copy needed). */
double ml_pairwise_sum_fn(double (*next)(void *), void *arg, size_t n);
/*
 * numpy's pairwise_sum itself on n <= 8192 values: one block of the sum
 * above, without the 0.0 it starts from (the split audit's tree nodes).
 */
double ml_pairwise_block(const double *a, size_t n);
/* numpy's np.round / rint: half to even. */
double ml_rint(double x);
/* round_preserving_row_totals for one row (SPEC 3.2.3), in place. */
void ml_round_preserving_sum(double *row, size_t n);

/* -------------------------------------------------------------- stats.c */

/* numpy's "linear" quantile (q in [0,1]) of sorted[0..n-1], n >= 1. */
double ml_quantile_sorted(const double *sorted, size_t n, double q);
/* np.median of sorted[0..n-1]. */
double ml_median_sorted(const double *sorted, size_t n);
/* Sorts a[0..n-1] ascending (NaN-free input). */
void ml_sort_doubles(double *a, size_t n);
/* A sorted malloc'ed copy of a[0..n-1], or NULL when out of memory. */
double *ml_sorted_copy(const double *a, size_t n);

/* ------------------------------------------------------------ mt19937.c */

/* numpy's legacy MT19937 (np.random.seed / np.random.permutation). */
typedef struct ml_mt19937 {
	uint32_t mt[624];
	int      mti;
} ml_mt19937;
void ml_mt_seed(ml_mt19937 *r, uint32_t seed);
uint32_t ml_mt_next(ml_mt19937 *r);
/* numpy's legacy bounded draw in [0, max] (masked rejection). */
uint64_t ml_mt_interval(ml_mt19937 *r, uint64_t max);
/* np.random.permutation(n): a = 0..n-1, Fisher-Yates from the top. */
void ml_mt_permutation(ml_mt19937 *r, size_t *a, size_t n);

#endif
