/*
 * reprref.h - what the number tests (tests/unit/test_num.c and the long
 * differential test tests/numcheck.c) share: a splitmix64 generator of
 * random doubles (seed REPRREF_SEED, default 0) and Python's repr of a
 * double found by brute force, the reference ml_format_double is checked
 * against.  Needs <math.h>, <stdint.h>, <stdio.h>, <stdlib.h>, <string.h>.
 */
#ifndef REPRREF_H
#define REPRREF_H

#ifndef REPRREF_SEED
#define REPRREF_SEED 0
#endif

static uint64_t rng_state = REPRREF_SEED;

static uint64_t
rng(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ z >> 30) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ z >> 27) * 0x94d049bb133111ebULL;
	return z ^ z >> 31;
}

/* A finite double with random bits. */
static double
random_double(void)
{
	uint64_t b;
	double x;

	do {
		b = rng();
		memcpy(&x, &b, sizeof(x));
	} while (!isfinite(x));
	return x;
}

/* Significant digits (no trailing zeros) and decimal exponent of a decimal string. */
static void
digits_of(const char *s, char *dig, int *sci)
{
	int intlen = -1, first = -1, k = 0, i = 0;
	const char *e = strpbrk(s, "eE");

	if (*s == '-')
		s++;
	for (; *s && s != e; s++) {
		if (*s == '.') {
			intlen = i;
			continue;
		}
		if (first < 0 && *s != '0')
			first = i;
		if (first >= 0)
			dig[k++] = *s;
		i++;
	}
	if (intlen < 0)
		intlen = i;
	while (k > 1 && dig[k - 1] == '0')
		k--;
	dig[k] = '\0';
	*sci = intlen - 1 - first + (e ? atoi(e + 1) : 0);
}

/*
 * Python's repr digits by brute force: the first precision p whose
 * correctly rounded p-digit decimal (glibc's printf is exact, ties to
 * even like Python) reads back to x; or, if only the p-digit neighbour on
 * the other side of x does (the gap below a power of two is half the gap
 * above, so the nearest can fall outside when the other one is inside),
 * that neighbour.  -1 if no precision reads back (a bug in the reference).
 */
static int
brute_shortest(double x, char *dig, int *sci)
{
	char b[64], c[64], *e;
	unsigned long long m;
	int p, ex;
	double y;

	for (p = 1; p <= 17; p++) {
		snprintf(b, sizeof(b), "%.*e", p - 1, x);
		y = strtod(b, NULL);
		if (y == x) {
			digits_of(b, dig, sci);
			return 0;
		}
		e = strchr(b, 'e');
		ex = atoi(e + 1);
		*e = '\0';
		if (p > 1)
			memmove(b + 1, b + 2, strlen(b + 2) + 1);
		m = strtoull(b, NULL, 10);
		m = y < x ? m + 1 : m - 1;
		snprintf(c, sizeof(c), "%llue%d", m, ex - (p - 1));
		if (strtod(c, NULL) == x) {
			digits_of(c, dig, sci);
			return 0;
		}
	}
	return -1;
}

/* What Python writes for the digits and exponent. */
static void
python_spelling(int neg, const char *dig, int sci, char *out)
{
	int len = (int)strlen(dig), i;
	char *o = out;

	if (neg)
		*o++ = '-';
	if (sci >= -4 && sci < 16) {
		if (sci < 0) {
			o += sprintf(o, "0.");
			for (i = -1; i > sci; i--)
				*o++ = '0';
			strcpy(o, dig);
		} else {
			for (i = 0; i <= sci; i++)
				*o++ = i < len ? dig[i] : '0';
			sprintf(o, ".%s", len > sci + 1 ? dig + sci + 1 : "0");
		}
	} else
		sprintf(o, "%c%s%.*s%se%c%02d", dig[0], len > 1 ? "." : "",
		    len - 1, dig + 1, "", sci < 0 ? '-' : '+', abs(sci));
}

#endif
