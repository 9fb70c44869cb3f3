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
#include "reprref.h"

enum { K_BITS17, K_BITSP, K_DIGITS, K_PROB, K_NEARHALF, NKINDS };

static const char *kind_name[NKINDS] = {
	"random bits, %.17g", "random bits, %.{1..17}[eg]",
	"random digit strings", "probabilities", "near halfway"
};

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
				if (brute_shortest(fabs(got), dig, &sci) < 0) {
					fprintf(stderr, "numcheck: no precision reads back %a\n", got);
					abort();
				}
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
