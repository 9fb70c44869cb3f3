/*
 * mt19937.c - numpy's legacy RandomState: MT19937 (Matsumoto & Nishimura).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numpy/numpy.h"

void
ml_mt_seed(ml_mt19937 *r, uint32_t seed)
{
	int i;

	r->mt[0] = seed;
	for (i = 1; i < 624; i++)
		r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
	r->mti = 624;
}

uint32_t
ml_mt_next(ml_mt19937 *r)
{
	uint32_t y;

	if (r->mti >= 624) {
		int i;
		for (i = 0; i < 624; i++) {
			y = (r->mt[i] & 0x80000000U) | (r->mt[(i + 1) % 624] & 0x7fffffffU);
			r->mt[i] = r->mt[(i + 397) % 624] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
		}
		r->mti = 0;
	}
	y = r->mt[r->mti++];
	y ^= y >> 11;
	y ^= (y << 7) & 0x9d2c5680U;
	y ^= (y << 15) & 0xefc60000U;
	y ^= y >> 18;
	return y;
}

uint64_t
ml_mt_interval(ml_mt19937 *r, uint64_t max)
{
	uint64_t mask = max, v;

	if (max == 0)
		return 0;
	mask |= mask >> 1;
	mask |= mask >> 2;
	mask |= mask >> 4;
	mask |= mask >> 8;
	mask |= mask >> 16;
	mask |= mask >> 32;
	if (max <= 0xffffffffU) {
		while ((v = (ml_mt_next(r) & mask)) > max)
			;
	} else {
		do {
			uint64_t hi = ml_mt_next(r), lo = ml_mt_next(r);
			v = ((hi << 32) | lo) & mask;
		} while (v > max);
	}
	return v;
}

void
ml_mt_permutation(ml_mt19937 *r, size_t *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		a[i] = i;
	for (i = n; i-- > 1;) {
		size_t j = (size_t)ml_mt_interval(r, i), t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
