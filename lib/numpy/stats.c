/*
 * stats.c - numpy's sort, quantile and median of doubles.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numpy/numpy.h"

static int
cmp_double(const void *a, const void *b)
{
	double u = *(const double *)a, v = *(const double *)b;

	return (u > v) - (u < v);
}

void
ml_sort_doubles(double *a, size_t n)
{
	qsort(a, n, sizeof *a, cmp_double);
}

/* numpy's _lerp: a + (b - a) t below t = 0.5, b - (b - a)(1 - t) from there. */
double
ml_quantile_sorted(const double *sorted, size_t n, double q)
{
	double h = (double)(n - 1) * q, lo = floor(h), g = h - lo, x0, x1, diff;
	size_t i = (size_t)lo;

	x0 = sorted[i];
	x1 = sorted[i + 1 < n ? i + 1 : n - 1];
	diff = x1 - x0;
	return g < 0.5 ? x0 + diff * g : x1 - diff * (1.0 - g);
}

double
ml_median_sorted(const double *sorted, size_t n)
{
	if (n % 2)
		return sorted[n / 2];
	return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double *
ml_sorted_copy(const double *a, size_t n)
{
	double *s = malloc(n * sizeof *s + 1);

	if (s) {
		memcpy(s, a, n * sizeof *s);
		ml_sort_doubles(s, n);
	}
	return s;
}
