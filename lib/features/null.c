/*
 * null.c - Datalab's null check (SPEC 5.9).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "features/features.h"

double
ml_null_score(const double *x, size_t m, int *all)
{
	size_t i, nulls = 0;

	for (i = 0; i < m; i++)
		nulls += isnan(x[i]) != 0;
	*all = m > 0 && nulls == m;
	return (double)(m - nulls) / (double)m;
}
