/*
 * numcheck - long differential test of ml_parse_double against strtod.
 *
 * usage: numcheck [N [SEED]]
 *        numcheck -b [N]
 *
 * Parses N (default 100 million) generated decimal strings with both and
 * compares the bits; every value read is also printed with
 * ml_format_double and must read back to the same double, and one in 16
 * must be spelled exactly as Python's repr, found by brute force.  Prints
 * the counts per kind of input; exits 1 on any mismatch.
 *
 * -b measures instead: ml_parse_double against strtod on N (default 10
 * million) typical probability strings, and ml_format_double against the
 * naive loop over printf precisions 1..17, in ns per value.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mlaudit.h"

enum { K_BITS17, K_BITSP, K_DIGITS, K_PROB, K_NEARHALF, NKINDS };

static const char *kind_name[NKINDS] = {
	"random bits, %.17g", "random bits, %.{1..17}[eg]",
	"random digit strings", "probabilities", "near halfway"
};

static uint64_t rng_state;

static uint64_t
rng(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ z >> 30) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ z >> 27) * 0x94d049bb133111ebULL;
	return z ^ z >> 31;
}

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

/* A random string of the grammar: sign, digits, point, exponent. */
static size_t
random_digits(char *s)
{
	size_t n = 0, nd, i, dot;
	uint64_t r = rng();

	if (r & 1)
		s[n++] = r & 2 ? '-' : '+';
	r >>= 2;
	nd = 1 + r % (r & 0x100 ? 40 : 20);
	dot = (r >> 10) % (nd + 2);
	for (i = 0; i < nd; i++) {
		if (i == dot)
			s[n++] = '.';
		/* Runs of 0 and 9 make carries and ties more likely. */
		switch (rng() % 4) {
		case 0:
			s[n++] = '0';
			break;
		case 1:
			s[n++] = '9';
			break;
		default:
			s[n++] = (char)('0' + rng() % 10);
		}
	}
	if (dot == nd && (r & 0x200))
		s[n++] = '.';
	if (r & 0x400)
		n += (size_t)sprintf(s + n, "%c%d", r & 0x800 ? 'e' : 'E',
		    (int)((r >> 12) % 700) - 350);
	s[n] = '\0';
	return n;
}

static size_t
make_input(int kind, char *s)
{
	double x, y;
	long double mid;
	int p;

	switch (kind) {
	case K_BITS17:
		return (size_t)sprintf(s, "%.17g", random_double());
	case K_BITSP:
		p = (int)(rng() % 17);
		if (rng() & 1)
			return (size_t)sprintf(s, "%.*e", p, random_double());
		return (size_t)sprintf(s, "%.*g", p + 1, random_double());
	case K_DIGITS:
		return random_digits(s);
	case K_PROB:
		x = (double)(rng() >> 11) / 9007199254740992.0;
		p = (int)(rng() % 18);
		if (p == 0)
			return (size_t)sprintf(s, "%.17g", x);
		return (size_t)sprintf(s, "%.*g", p, x);
	default:
		/* Close to (or on) the midpoint of two neighbouring doubles. */
		x = fabs(random_double());
		y = nextafter(x, INFINITY);
		mid = ((long double)x + (long double)y) / 2;
		p = 16 + (int)(rng() % 12);
		return (size_t)sprintf(s, "%.*Le", p, mid);
	}
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
 * that neighbour.
 */
static void
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
			return;
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
			return;
		}
	}
	fprintf(stderr, "numcheck: no precision reads back %a\n", x);
	abort();
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

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The shortest %.{p}g that reads back: what a careful naive writer does. */
static size_t
naive_format(double x, char *buf)
{
	int p, n = 0;

	for (p = 1; p <= 17; p++) {
		n = snprintf(buf, 32, "%.*g", p, x);
		if (strtod(buf, NULL) == x)
			break;
	}
	return (size_t)n;
}

static int
bench(unsigned long long n)
{
	char *text, *s, buf[ML_NUM_BUFSZ];
	size_t *len, i;
	double *v, x, sum, t;
	volatile double sink;
	size_t total = 0;

	text = malloc(n * 32);
	len = malloc(n * sizeof(*len));
	v = malloc(n * sizeof(*v));
	if (text == NULL || len == NULL || v == NULL)
		return 1;
	/* Model outputs as they are found in prediction files. */
	for (i = 0, s = text; i < n; i++, s += len[i - 1] + 1) {
		x = (double)(rng() >> 11) / 9007199254740992.0;
		switch (rng() % 10) {
		case 0:
			len[i] = (size_t)sprintf(s, "%s", rng() & 1 ? "1.0" : "0.0");
			break;
		case 1:
			len[i] = (size_t)sprintf(s, "%.2g", x * 1e-4);
			break;
		case 2: case 3: case 4:
			len[i] = (size_t)sprintf(s, "%.*f", 2 + (int)(rng() % 5), x);
			break;
		case 5: case 6:
			len[i] = ml_format_double(x, s);
			break;
		default:
			len[i] = (size_t)sprintf(s, "%.17g", x);
		}
		total += len[i];
	}
	memset(v, 0, n * sizeof(*v));	/* no page faults in the timed loops */
	printf("%llu probability strings, %.1f bytes on average\n", n,
	    (double)total / (double)n);

	t = now();
	for (i = 0, s = text, sum = 0; i < n; s += len[i] + 1, i++) {
		ml_parse_double(s, len[i], &v[i]);
		sum += v[i];
	}
	t = now() - t;
	sink = sum;
	printf("ml_parse_double   %7.1f ns/value\n", t * 1e9 / (double)n);
	t = now();
	for (i = 0, s = text, sum = 0; i < n; s += len[i] + 1, i++) {
		v[i] = strtod(s, NULL);
		sum += v[i];
	}
	t = now() - t;
	sink = sum;
	printf("strtod            %7.1f ns/value\n", t * 1e9 / (double)n);

	t = now();
	for (i = 0, total = 0; i < n; i++)
		total += ml_format_double(v[i], buf);
	t = now() - t;
	sink = (double)total;
	printf("ml_format_double  %7.1f ns/value\n", t * 1e9 / (double)n);
	t = now();
	for (i = 0, total = 0; i < n; i++)
		total += (size_t)snprintf(buf, sizeof(buf), "%.17g", v[i]);
	t = now() - t;
	sink = (double)total;
	printf("printf %%.17g      %7.1f ns/value (not shortest)\n",
	    t * 1e9 / (double)n);
	t = now();
	for (i = 0, total = 0; i < n; i++)
		total += naive_format(v[i], buf);
	t = now() - t;
	sink = (double)total;
	printf("naive %%.{1..17}g  %7.1f ns/value\n", t * 1e9 / (double)n);
	(void)sink;
	free(text);
	free(len);
	free(v);
	return 0;
}

int
main(int argc, char **argv)
{
	unsigned long long n = 100000000ULL, i, count[NKINDS] = { 0 };
	unsigned long long bad[NKINDS] = { 0 }, badfmt = 0, inf = 0;
	unsigned long long nbrute = 0, badbrute = 0;
	char s[1024], buf[ML_NUM_BUFSZ];
	double want, got, back;
	int kind, rc;

	rng_state = 1;
	if (argc > 1 && strcmp(argv[1], "-b") == 0)
		return bench(argc > 2 ? strtoull(argv[2], NULL, 10) : 10000000ULL);
	if (argc > 1)
		n = strtoull(argv[1], NULL, 10);
	rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
	for (i = 0; i < n; i++) {
		size_t len;

		kind = (int)(i % NKINDS);
		len = make_input(kind, s);
		count[kind]++;
		want = strtod(s, NULL);
		rc = ml_parse_double(s, len, &got);
		if (isinf(want)) {
			inf++;
			if (rc == ML_NUM_INF)
				continue;
		} else if (rc == ML_NUM_OK && memcmp(&want, &got, sizeof(got)) == 0) {
			ml_format_double(got, buf);
			back = strtod(buf, NULL);
			if (memcmp(&back, &got, sizeof(got)) != 0) {
				if (badfmt++ < 10)
					printf("format: %a -> %s\n", got, buf);
			}
			if (i % 16 == 0 && got != 0) {
				char dig[32], want_s[64];
				int sci;

				nbrute++;
				brute_shortest(fabs(got), dig, &sci);
				python_spelling(signbit(got) != 0, dig, sci, want_s);
				if (strcmp(buf, want_s) != 0 && badbrute++ < 10)
					printf("repr: %a -> %s, want %s\n", got, buf, want_s);
			}
			continue;
		}
		if (bad[kind]++ < 10)
			printf("parse: '%s': strtod %a, ml_parse_double %d %a\n",
			    s, want, rc, got);
	}
	for (kind = 0; kind < NKINDS; kind++)
		printf("%-28s %12llu values, %llu mismatches\n", kind_name[kind],
		    count[kind], bad[kind]);
	printf("%-28s %12llu (all ML_NUM_INF as required)\n", "overflowing to inf", inf);
	printf("%-28s %12llu mismatches\n", "format round trip", badfmt);
	printf("%-28s %12llu values, %llu mismatches\n", "format = brute-force repr",
	    nbrute, badbrute);
	for (kind = 0; kind < NKINDS; kind++)
		if (bad[kind])
			return 1;
	return badfmt != 0 || badbrute != 0;
}
