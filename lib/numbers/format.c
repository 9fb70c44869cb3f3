/*
 * format.c - Python's repr(float): Ryu (Ulf Adams, PLDI 2018), the shortest
 * digits that read back to the same double, the closest one when several
 * are shortest.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numbers/tables.h"

#include "numbers/numbers.h"

/*

 * Ryu's tables are 5^i and 2^k / 5^i to 125 bits ({lo, hi}); they are the
 * top bits of p10 (10^i = 5^i * 2^i only moves the binary point).
 */
static void
pow5_split(int i, uint64_t m[2])
{
	const uint64_t *t = p10[i - P10_MIN];

	m[1] = t[0] >> 3;
	m[0] = t[0] << 61 | t[1] >> 3;
}

static void
pow5_inv_split(int i, uint64_t m[2])
{
	const uint64_t *t = p10[-i - P10_MIN];

	if (i == 0) {
		m[0] = 1;
		m[1] = 1ULL << 61;
		return;
	}
	m[1] = t[0] >> 3;
	m[0] = (t[0] << 61 | t[1] >> 3) + 1;
	m[1] += m[0] == 0;
}

/* ceil(log2(5^e)) for 0 < e <= 3528, and 1 for e = 0, as Ryu's tables. */
static int
pow5bits(int e)
{
	return (int)(((uint32_t)e * 1217359) >> 19) + 1;
}

/* floor(log10(2^e)), 0 <= e <= 1650. */
static int
log10pow2(int e)
{
	return (int)(((uint32_t)e * 78913) >> 18);
}

/* floor(log10(5^e)), 0 <= e <= 2620. */
static int
log10pow5(int e)
{
	return (int)(((uint32_t)e * 732923) >> 20);
}

static int
multiple_of_pow5(uint64_t v, int p)
{
	int count = 0;

	while (v % 5 == 0) {
		v /= 5;
		count++;
	}
	return count >= p;
}

static int
multiple_of_pow2(uint64_t v, int p)
{
	return (v & ((1ULL << p) - 1)) == 0;
}

/* (m * mul) >> j for a 128-bit mul {lo, hi} and j >= 64. */
static uint64_t
mul_shift(uint64_t m, const uint64_t mul[2], int j)
{
	u128 b0 = (u128)m * mul[0], b2 = (u128)m * mul[1];

	return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/*
 * Drops k = log10(p) digits from vr, vp and vm while vp and vm still
 * differ above them; round_up tells whether the last dropped digit of vr
 * was 5 or more.  Called with constants, so that the divisions become
 * multiplications.
 */
static inline int
drop_digits(uint64_t p, int k, uint64_t *vr, uint64_t *vp, uint64_t *vm,
    int *round_up)
{
	int removed = 0;

	while (*vp / p > *vm / p) {
		*round_up = *vr % p >= p / 2;
		*vr /= p;
		*vp /= p;
		*vm /= p;
		removed += k;
	}
	return removed;
}

/*
 * Ryu's d2d: the shortest decimal w * 10^e10 inside the interval of reals
 * that round to the finite nonzero double (ieee_m, ieee_e), the closest
 * to it when several are shortest, ties to even.
 */
static void
shortest(uint64_t ieee_m, int ieee_e, uint64_t *digits, int *exp10)
{
	uint64_t m2, mv, vr, vp, vm, mul[2], out;
	int e2, q, k, i, j, removed = 0, accept, round_up;
	int vm_tz = 0, vr_tz = 0, mm_shift, last = 0;

	if (ieee_e == 0) {
		e2 = 1 - 1023 - 52 - 2;
		m2 = ieee_m;
	} else {
		e2 = ieee_e - 1023 - 52 - 2;
		m2 = 1ULL << 52 | ieee_m;
	}
	/* Round-half-even reading: the bounds belong to an even mantissa. */
	accept = (m2 & 1) == 0;
	mv = 4 * m2;
	/* The gap below a power of two is half the gap above. */
	mm_shift = ieee_m != 0 || ieee_e <= 1;

	if (e2 >= 0) {
		q = log10pow2(e2) - (e2 > 3);
		*exp10 = q;
		k = 125 + pow5bits(q) - 1;
		i = -e2 + q + k;
		pow5_inv_split(q, mul);
		vr = mul_shift(4 * m2, mul, i);
		vp = mul_shift(4 * m2 + 2, mul, i);
		vm = mul_shift(4 * m2 - 1 - (uint64_t)mm_shift, mul, i);
		if (q <= 21) {
			/* At most one of mp, mv and mm is a multiple of 5. */
			if (mv % 5 == 0)
				vr_tz = multiple_of_pow5(mv, q);
			else if (accept)
				vm_tz = multiple_of_pow5(mv - 1 - (uint64_t)mm_shift, q);
			else
				vp -= (uint64_t)multiple_of_pow5(mv + 2, q);
		}
	} else {
		q = log10pow5(-e2) - (-e2 > 1);
		*exp10 = q + e2;
		i = -e2 - q;
		k = pow5bits(i) - 125;
		j = q - k;
		pow5_split(i, mul);
		vr = mul_shift(4 * m2, mul, j);
		vp = mul_shift(4 * m2 + 2, mul, j);
		vm = mul_shift(4 * m2 - 1 - (uint64_t)mm_shift, mul, j);
		if (q <= 1) {
			vr_tz = 1;
			if (accept)
				vm_tz = mm_shift == 1;
			else
				vp--;
		} else if (q < 63) {
			vr_tz = multiple_of_pow2(mv, q);
		}
	}

	if (vm_tz || vr_tz) {
		/* The rare general case: track trailing zeros exactly. */
		while (vp / 10 > vm / 10) {
			vm_tz &= vm % 10 == 0;
			vr_tz &= last == 0;
			last = (int)(vr % 10);
			vr /= 10;
			vp /= 10;
			vm /= 10;
			removed++;
		}
		if (vm_tz) {
			while (vm % 10 == 0) {
				vr_tz &= last == 0;
				last = (int)(vr % 10);
				vr /= 10;
				vp /= 10;
				vm /= 10;
				removed++;
			}
		}
		if (vr_tz && last == 5 && vr % 2 == 0)
			last = 4;	/* exactly halfway: round to even */
		out = vr + ((vr == vm && (!accept || !vm_tz)) || last >= 5);
	} else {
		/*
		 * The common case.  Only the last removed digit matters, so
		 * digits can go 8, 4, 2 at a time: short outputs (0.9632) have
		 * a dozen digits to remove.
		 */
		round_up = 0;
		removed += drop_digits(100000000, 8, &vr, &vp, &vm, &round_up);
		removed += drop_digits(10000, 4, &vr, &vp, &vm, &round_up);
		removed += drop_digits(100, 2, &vr, &vp, &vm, &round_up);
		removed += drop_digits(10, 1, &vr, &vp, &vm, &round_up);
		out = vr + (vr == vm || round_up);
	}
	*digits = out;
	*exp10 += removed;
}

size_t
ml_format_double(double x, char *buf)
{
	uint64_t bits, ieee_m, w;
	int ieee_e, e10, len = 0, sci, i, point;
	char dig[24], *o = buf;

	memcpy(&bits, &x, sizeof(bits));
	ieee_m = bits & ((1ULL << 52) - 1);
	ieee_e = (int)(bits >> 52 & 0x7ff);
	if (ieee_e == 0x7ff && ieee_m != 0) {
		memcpy(buf, "nan", 4);
		return 3;
	}
	if (bits >> 63)
		*o++ = '-';
	if (ieee_e == 0x7ff) {
		memcpy(o, "inf", 4);
		return (size_t)(o - buf) + 3;
	}
	if (ieee_e == 0 && ieee_m == 0) {
		memcpy(o, "0.0", 4);
		return (size_t)(o - buf) + 3;
	}
	shortest(ieee_m, ieee_e, &w, &e10);
	/* Ryu's digits number at most 17. */
	for (len = 1; len < 17 && w >= int_p10[len]; len++)
		continue;
	for (i = len; w >= 100; w /= 100) {
		i -= 2;
		memcpy(dig + i, digit_pairs + 2 * (w % 100), 2);
	}
	if (w >= 10)
		memcpy(dig, digit_pairs + 2 * w, 2);
	else
		dig[0] = (char)('0' + w);
	sci = e10 + len - 1;
	/* Python's repr: fixed notation for 1e-4 <= |x| < 1e16. */
	if (sci >= -4 && sci < 16) {
		if (sci < 0) {
			*o++ = '0';
			*o++ = '.';
			for (i = -1; i > sci; i--)
				*o++ = '0';
			memcpy(o, dig, (size_t)len);
			o += len;
		} else {
			point = sci + 1;
			for (i = 0; i < point; i++)
				*o++ = i < len ? dig[i] : '0';
			*o++ = '.';
			if (len > point) {
				memcpy(o, dig + point, (size_t)(len - point));
				o += len - point;
			} else
				*o++ = '0';
		}
	} else {
		*o++ = dig[0];
		if (len > 1) {
			*o++ = '.';
			memcpy(o, dig + 1, (size_t)(len - 1));
			o += len - 1;
		}
		*o++ = 'e';
		*o++ = sci < 0 ? '-' : '+';
		if (sci < 0)
			sci = -sci;
		if (sci >= 100)
			*o++ = (char)('0' + sci / 100);
		*o++ = (char)('0' + sci / 10 % 10);
		*o++ = (char)('0' + sci % 10);
	}
	*o = '\0';
	return (size_t)(o - buf);
}
