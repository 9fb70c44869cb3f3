/*
 * parse.c - a strict decimal parser that agrees bit for bit with strtod.
 *
 * It takes Clinger's exact fast path when it can, else the Eisel-Lemire
 * algorithm (as in Go's strconv and fast_float), and hands the rare inputs
 * neither can decide to strtod, in a form that no locale can read differently.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>
#include "numbers/tables.h"

#include "numbers/numbers.h"

#define MAX_SIG		19		/* significant digits that fit in a uint64_t */
#define CANON_SIG	780		/* see strtod_canonical() */
/* Past this an exponent means 0 or inf whatever the digits; no overflow. */
#define EXP_CAP		(INT64_MAX / 20)

/*
 * Eisel-Lemire: the bits of the double nearest to w * 10^q (w != 0), or 0
 * when the 128-bit product cannot decide (a near tie), or the result is
 * subnormal or overflows.  This is Go's strconv.eiselLemire64.
 */
static int
eisel_lemire(uint64_t w, int q, uint64_t *bits)
{
	const uint64_t *pw;
	u128 x, y;
	uint64_t hi, lo, yhi, ylo, mhi, mlo, mant, msb;
	int64_t e2;
	int clz;

	if (q < P10_MIN || q > P10_MAX)
		return 0;
	pw = p10[q - P10_MIN];
	clz = __builtin_clzll(w);
	w <<= clz;
	/* floor(q * log2(10)), relying on an arithmetic shift. */
	e2 = ((217706 * q) >> 16) + 64 + 1023 - clz;

	x = (u128)w * pw[0];
	hi = (uint64_t)(x >> 64);
	lo = (uint64_t)x;
	if ((hi & 0x1ff) == 0x1ff && lo + w < w) {
		/* The low bits may carry into the result: widen to 192 bits. */
		y = (u128)w * pw[1];
		yhi = (uint64_t)(y >> 64);
		ylo = (uint64_t)y;
		mlo = lo + yhi;
		mhi = hi + (mlo < lo);
		if ((mhi & 0x1ff) == 0x1ff && mlo + 1 == 0 && ylo + w < w)
			return 0;
		hi = mhi;
		lo = mlo;
	}
	msb = hi >> 63;
	mant = hi >> (msb + 9);
	e2 -= (int64_t)(1 ^ msb);
	/* Possibly exactly halfway: only a full comparison can tell. */
	if (lo == 0 && (hi & 0x1ff) == 0 && (mant & 3) == 1)
		return 0;
	mant += mant & 1;
	mant >>= 1;
	if (mant >> 53) {
		mant >>= 1;
		e2++;
	}
	if (e2 <= 0 || e2 >= 0x7ff)
		return 0;
	*bits = (uint64_t)e2 << 52 | (mant & ((1ULL << 52) - 1));
	return 1;
}

/*
 * The slow path: strtod on a canonical copy "[-]DIGITSe[-]EXP" of the
 * mantissa p[0..end) (digits and at most one point) times 10^q, q being
 * the decimal exponent of its last digit.  Without a decimal point the
 * result does not depend on the locale's LC_NUMERIC.  Digits past the
 * first CANON_SIG significant ones are replaced by one sticky '1' if any
 * of them is not zero: a halfway point between two doubles has at most
 * 767 significant digits, so this rounds exactly like the whole field,
 * and needs no heap however long the field is.
 */
static double
strtod_canonical(int neg, const char *p, const char *end, int64_t q)
{
	char buf[CANON_SIG + 32], tmp[24], *o = buf;
	size_t k = 0;
	int sticky = 0, t = 0;
	uint64_t u;

	if (neg)
		*o++ = '-';
	for (; p < end; p++) {
		if (*p == '.' || (k == 0 && *p == '0'))
			continue;
		if (k < CANON_SIG)
			o[k++] = *p;
		else {
			sticky |= *p != '0';
			q++;
		}
	}
	o += k;
	if (sticky) {
		*o++ = '1';
		q--;
	}
	*o++ = 'e';
	if (q < 0)
		*o++ = '-';
	u = q < 0 ? -(uint64_t)q : (uint64_t)q;
	do
		tmp[t++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	while (t > 0)
		*o++ = tmp[--t];
	*o = '\0';
	return strtod(buf, NULL);
}

/* Case-insensitive match of s[0..n) against a lowercase word. */
static int
word_is(const char *s, size_t n, const char *w)
{
	size_t i;

	if (strlen(w) != n)
		return 0;
	for (i = 0; i < n; i++)
		if ((s[i] | 0x20) != w[i])
			return 0;
	return 1;
}

/* nan, inf, infinity (any case), or strtod's nan(chars): what they mean. */
static int
special(const char *s, size_t n)
{
	size_t i;

	if (word_is(s, n, "nan"))
		return ML_NUM_NAN;
	if (word_is(s, n, "inf") || word_is(s, n, "infinity"))
		return ML_NUM_INF;
	if (n >= 5 && word_is(s, 4, "nan(") && s[n - 1] == ')') {
		for (i = 4; i < n - 1; i++)
			if (!(s[i] == '_' || (s[i] >= '0' && s[i] <= '9') ||
			    ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
				return ML_NUM_SYNTAX;
		return ML_NUM_NAN;
	}
	return ML_NUM_SYNTAX;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR 1
/*
 * Eight ASCII digits at a time, as in simdjson and fast_float: most
 * probabilities have a run of fraction digits.
 */
static int
eight_digits(uint64_t v)
{
	return ((v & 0xf0f0f0f0f0f0f0f0ULL) |
	    (((v + 0x0606060606060606ULL) & 0xf0f0f0f0f0f0f0f0ULL) >> 4)) ==
	    0x3333333333333333ULL;
}

static uint64_t
parse_eight(uint64_t v)
{
	v -= 0x3030303030303030ULL;
	v = v * 10 + (v >> 8);
	v = ((v & 0x000000ff000000ffULL) * 0x000f424000000064ULL +
	    ((v >> 16) & 0x000000ff000000ffULL) * 0x0000271000000001ULL) >> 32;
	return v & 0xffffffff;
}
#endif

/* The digits of a mantissa, [D*][.D*], and their value (wrapping past MAX_SIG digits). */
struct mantissa {
	const char *start, *end;
	uint64_t w;
	size_t nint, nfrac;
	int dot;
};

static void
scan_mantissa(const char *p, const char *end, struct mantissa *m)
{
	uint64_t w = 0;
	unsigned d;

	m->start = p;
	/* w wraps past 19 digits; such fields are counted again by first_digits. */
	while (p < end && (d = (unsigned)(unsigned char)*p - '0') <= 9) {
		w = w * 10 + d;
		p++;
	}
	m->nint = (size_t)(p - m->start);
	m->nfrac = 0;
	m->dot = 0;
	if (p < end && *p == '.') {
		const char *frac = ++p;

		m->dot = 1;
#ifdef SWAR
		while (end - p >= 8) {
			uint64_t v;

			memcpy(&v, p, sizeof(v));
			if (!eight_digits(v))
				break;
			w = w * 100000000 + parse_eight(v);
			p += 8;
		}
#endif
		while (p < end && (d = (unsigned)(unsigned char)*p - '0') <= 9) {
			w = w * 10 + d;
			p++;
		}
		m->nfrac = (size_t)(p - frac);
	}
	m->w = w;
	m->end = p;
}

/* [eE][+-]?D+ up to end, or nothing; capped at EXP_CAP.  0, or ML_NUM_SYNTAX. */
static int
scan_exponent(const char *p, const char *end, int64_t *exp10)
{
	int64_t ex = 0;
	int eneg = 0;
	unsigned d;

	if (p < end) {
		if ((*p | 0x20) != 'e' || ++p == end)
			return ML_NUM_SYNTAX;
		if (*p == '+' || *p == '-')
			eneg = *p++ == '-';
		if (p == end)
			return ML_NUM_SYNTAX;
		for (; p < end; p++) {
			d = (unsigned)(unsigned char)*p - '0';
			if (d > 9)
				return ML_NUM_SYNTAX;
			if (ex < EXP_CAP)
				ex = ex * 10 + d;
		}
	}
	*exp10 = eneg ? -ex : ex;
	return 0;
}

/* A field without digits: nan, inf or a syntax error. */
static int
no_digits(int neg, const struct mantissa *m, const char *end, double *out)
{
	int r;

	if (m->dot || m->end == end)
		return ML_NUM_SYNTAX;
	r = special(m->start, (size_t)(end - m->start));
	if (r == ML_NUM_NAN)
		*out = neg ? -(double)NAN : (double)NAN;
	else if (r == ML_NUM_INF)
		*out = neg ? -HUGE_VAL : HUGE_VAL;
	return r;
}

/*
 * The first MAX_SIG significant digits of a longer mantissa; *trunc says
 * whether a dropped one was not 0, *after how many were dropped.
 */
static uint64_t
first_digits(const struct mantissa *m, int *trunc, int64_t *after)
{
	uint64_t w = 0;
	size_t sig = 0;
	const char *c;

	for (c = m->start; c < m->end; c++) {
		if (*c == '.' || (sig == 0 && *c == '0'))
			continue;
		if (sig < MAX_SIG) {
			w = w * 10 + (unsigned)(*c - '0');
			sig++;
		} else {
			*trunc |= *c != '0';
			(*after)++;
		}
	}
	return w;
}

/*
 * The double nearest to w * 10^q (w != 0; with trunc, a little more), the
 * field being m * 10^q0: Clinger's exact path, Eisel-Lemire, else strtod.
 */
static int
nearest(int neg, uint64_t w, int64_t q, int trunc, const struct mantissa *m, int64_t q0,
        double *out)
{
	uint64_t bits, b2;
	double x;

#if FLT_EVAL_METHOD == 0
	/*
	 * Clinger: w and 10^|q| are exact doubles, so one correctly rounded
	 * multiplication or division gives the correctly rounded result.
	 */
	if (!trunc && w <= 1ULL << 53) {
		if (q >= -22 && q <= 22) {
			x = (double)w;
			x = q < 0 ? x / exact_p10[-q] : x * exact_p10[q];
			*out = neg ? -x : x;
			return ML_NUM_OK;
		}
		if (q > 22 && q <= 22 + 15 &&
		    w <= (1ULL << 53) / int_p10[q - 22]) {
			x = (double)(w * int_p10[q - 22]) * 1e22;
			*out = neg ? -x : x;
			return ML_NUM_OK;
		}
	}
#endif
	/*
	 * With dropped digits the value lies strictly between w and w + 1
	 * units of 10^q; if both ends round to the same double, so does it.
	 */
	if (q >= P10_MIN && q <= P10_MAX && eisel_lemire(w, (int)q, &bits) &&
	    (!trunc || (eisel_lemire(w + 1, (int)q, &b2) && b2 == bits))) {
		bits |= (uint64_t)neg << 63;
		memcpy(out, &bits, sizeof(bits));
		return ML_NUM_OK;
	}
	x = strtod_canonical(neg, m->start, m->end, q0);
	*out = x;
	return isinf(x) ? ML_NUM_INF : ML_NUM_OK;
}

/*
 * *out is the value for ML_NUM_OK, NaN or an infinity for ML_NUM_NAN and
 * ML_NUM_INF, and left alone for ML_NUM_EMPTY and ML_NUM_SYNTAX.
 */
int
ml_parse_double(const char *s, size_t n, double *out)
{
	const char *p = s, *end = s + n;
	struct mantissa m;
	uint64_t w;
	int64_t q0, q, ex, after = 0;
	int neg = 0, trunc = 0;

	if (n == 0)
		return ML_NUM_EMPTY;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	scan_mantissa(p, end, &m);
	if (m.nint + m.nfrac == 0)
		return no_digits(neg, &m, end, out);
	if (scan_exponent(m.end, end, &ex) != 0)
		return ML_NUM_SYNTAX;
	/* The field is w * 10^q0 while it has at most MAX_SIG digits. */
	q0 = ex - (int64_t)m.nfrac;
	q = q0;
	w = m.w;
	if (m.nint + m.nfrac > MAX_SIG) {
		w = first_digits(&m, &trunc, &after);
		q += after;
	}
	if (w == 0) {
		*out = neg ? -0.0 : 0.0;
		return ML_NUM_OK;
	}
	return nearest(neg, w, q, trunc, &m, q0, out);
}

const char *
ml_num_strerror(int code)
{
	switch (code) {
	case ML_NUM_OK:
		return "ok";
	case ML_NUM_EMPTY:
		return "empty";
	case ML_NUM_SYNTAX:
		return "not a number";
	case ML_NUM_NAN:
		return "NaN";
	case ML_NUM_INF:
		return "not finite";
	case ML_NUM_RANGE:
		return "out of range";
	}
	return "unknown error";
}

int
ml_parse_size(const char *s, size_t n, size_t *out)
{
	size_t v = 0, i;
	unsigned d;

	if (n == 0)
		return -1;
	for (i = 0; i < n; i++) {
		d = (unsigned)(unsigned char)s[i] - '0';
		if (d > 9 || v > (SIZE_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

int
ml_parse_double_arg(const char *s, double lo, double hi, double *out)
{
	double x;
	int rc = ml_parse_double(s, strlen(s), &x);

	if (rc != ML_NUM_OK)
		return rc;
	if (!(x >= lo && x <= hi))
		return ML_NUM_RANGE;
	*out = x;
	return ML_NUM_OK;
}

int
ml_parse_size_arg(const char *s, size_t lo, size_t hi, size_t *out)
{
	size_t v;

	if (ml_parse_size(s, strlen(s), &v) < 0)
		return *s ? ML_NUM_SYNTAX : ML_NUM_EMPTY;
	if (v < lo || v > hi)
		return ML_NUM_RANGE;
	*out = v;
	return ML_NUM_OK;
}
