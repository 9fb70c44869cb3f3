/*
 * gen.c - deterministic benchmark inputs for the mlaudit tools.
 *
 *	gen -n N -k K [-s SEED] [--noise F] [--truth FILE]
 *
 * Writes a TSV with the header "id labels p_c0 ... p_c{K-1}" to stdout.
 * Every row draws 1-3 true classes with Zipf-like frequencies (class c has
 * weight 1/(c+1)); the given labels are the truth, except that with
 * probability F a row has one class dropped or one wrong class added; the
 * p_ columns come from a simulated model (true classes high, others low, noise,
 * clipped to [0,1], a quarter of the values on a k/100 grid like a
 * 100-tree random forest's).  Probabilities are printed as Python's repr
 * would print them.  --truth FILE lists the rows with an injected error as
 * "id issue_classes" (the fix, in mlfilter's notation: +c3 = add class c3).
 *
 * The output depends only on the arguments: the generator has its own PRNG
 * (xoshiro256**), uses only IEEE +, -, *, / on doubles (no libm) and prints
 * numbers with integer arithmetic, so a seed gives the same bytes on every
 * machine.  GEN_VERSION changes whenever the output for a seed would.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GEN_VERSION "3"

/*
 * A fused multiply-add rounds once where the model rounds twice, and so
 * changes the output: contraction stays off (with gcc whatever the flags,
 * with clang unless -ffp-contract=fast; run.sh builds with =off anyway).
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

__extension__ typedef unsigned __int128 u128;

/* The PRNG: xoshiro256** seeded by splitmix64 (shared with the other generators). */
#include "rng.h"

/* ------------------------------------- shortest round-trip formatting */

static const uint64_t pow10_u64[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL
};

/* Powers of 5 up to 5^27, the largest that fits in 64 bits. */
static uint64_t pow5_u64[28];
/* 10^-i, near enough for a guess. */
static const double neg_pow10[] = {
	1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10
};

static void
fmt_init(void)
{
	int i;

	pow5_u64[0] = 1;
	for (i = 1; i < 28; i++)
		pow5_u64[i] = pow5_u64[i - 1] * 5;
}

/*
 * Writes digits d (exactly ndig of them, trailing zeros already removed
 * from the count) with the decimal exponent `exp10` of the first digit,
 * in Python repr's layout: fixed for 1e-4 <= x < 1e16, else d.ddde-XX.
 */
static size_t
fmt_digits(uint64_t d, int ndig, int exp10, char *buf)
{
	char dig[20];
	size_t o = 0;
	int i;

	for (i = ndig - 1; i >= 0; i--) {
		dig[i] = (char)('0' + d % 10);
		d /= 10;
	}
	if (exp10 < -4) {
		buf[o++] = dig[0];
		if (ndig > 1) {
			buf[o++] = '.';
			memcpy(buf + o, dig + 1, (size_t)ndig - 1);
			o += (size_t)ndig - 1;
		}
		buf[o++] = 'e';
		buf[o++] = '-';
		if (-exp10 >= 100)
			buf[o++] = (char)('0' + -exp10 / 100);
		buf[o++] = (char)('0' + -exp10 / 10 % 10);
		buf[o++] = (char)('0' + -exp10 % 10);
	} else if (exp10 < 0) {
		buf[o++] = '0';
		buf[o++] = '.';
		for (i = -1; i > exp10; i--)
			buf[o++] = '0';
		memcpy(buf + o, dig, (size_t)ndig);
		o += (size_t)ndig;
	} else {
		/* Only 1.0 gets here: x <= 1. */
		for (i = 0; i <= exp10; i++)
			buf[o++] = i < ndig ? dig[i] : '0';
		buf[o++] = '.';
		if (ndig > exp10 + 1) {
			memcpy(buf + o, dig + exp10 + 1, (size_t)(ndig - exp10 - 1));
			o += (size_t)(ndig - exp10 - 1);
		} else
			buf[o++] = '0';
	}
	buf[o] = '\0';
	return o;
}

/*
 * x rounded to nd significant digits, exactly: d * 10^-q with
 * 10^(nd-1) <= d < 10^nd.  x = m * 2^e, and x * 10^q = m * 5^q / 2^(-e-q)
 * is computed in 128-bit integers, rounding half to even.
 */
static uint64_t
round_digits(uint64_t m, int e, int nd, int *q)
{
	for (;;) {
		u128 n = (u128)m * pow5_u64[*q];
		int s = -e - *q;
		u128 half = (u128)1 << (s - 1), rem = n & (((u128)1 << s) - 1);
		uint64_t d = (uint64_t)(n >> s);

		if (rem > half || (rem == half && (d & 1)))
			d++;
		if (d >= pow10_u64[nd])
			(*q)--;
		else if (d < pow10_u64[nd - 1])
			(*q)++;
		else
			return d;
	}
}

/*
 * Does d * 10^-q read back to x = m * 2^e?  It must lie inside x's rounding
 * interval, (m - 1/2) * 2^e .. (m + 1/2) * 2^e (the lower half-gap is half
 * as wide when m is a power of two), ends included when m is even (ties go
 * to even).  Both sides times 10^q * 2^(2-e) / 2^q are integers.
 */
static int
reads_back(uint64_t d, int q, uint64_t m, int e)
{
	u128 lhs = (u128)d << (2 - e - q);
	u128 hi = (u128)(4 * m + 2) * pow5_u64[q];
	u128 lo = (u128)(m == (1ULL << 52) ? 4 * m - 1 : 4 * m - 2) * pow5_u64[q];

	return (lhs > lo && lhs < hi) || ((m & 1) == 0 && (lhs == lo || lhs == hi));
}

/*
 * Python's repr of a probability x in {0} or [1e-10, 1]: the shortest
 * digit string that reads back to x, the nearest such one if several.  If
 * the digits rounded to 15 places read back, stripping their trailing
 * zeros gives the shortest form (DBL_DIG = 15); else 16 or 17 places do.
 * When the nearest nd-digit number misses x's rounding interval, its
 * neighbour on the other side of x may still hit it (the interval is
 * lopsided at powers of two).  Other x (never generated) get %.17g, which
 * reads back but is not always the shortest.
 */
static size_t
fmt_prob(double x, char *buf)
{
	uint64_t bits, m, d = 0;
	int e, nd, q = 0, exp10;

	if (x == 0.0) {
		memcpy(buf, "0.0", 4);
		return 3;
	}
	if (x == 1.0) {
		memcpy(buf, "1.0", 4);
		return 3;
	}
	if (!(x >= 1e-10 && x < 1.0))
		return (size_t)snprintf(buf, 32, "%.17g", x);
	memcpy(&bits, &x, sizeof bits);
	m = (bits & ((1ULL << 52) - 1)) | (1ULL << 52);
	e = (int)((bits >> 52) & 0x7ff) - 1075;

	/* A first guess at the decimal exponent; round_digits corrects it. */
	exp10 = -1;
	while (exp10 > -10 && x < neg_pow10[-exp10])
		exp10--;

	for (nd = 15; nd <= 17; nd++) {
		q = nd - 1 - exp10;
		d = round_digits(m, e, nd, &q);
		if (nd == 17 || reads_back(d, q, m, e))
			break;
		if (reads_back(d + 1, q, m, e)) {
			d++;
			break;
		}
		if (reads_back(d - 1, q, m, e)) {
			d--;
			break;
		}
	}
	if (d == pow10_u64[nd]) {
		d = pow10_u64[nd - 1];
		q--;
	}
	while (nd > 1 && d % 10 == 0) {
		d /= 10;
		nd--;
		q--;
	}
	return fmt_digits(d, nd, nd - 1 - q, buf);
}

/* ------------------------------------------------------------- output */

#define OUTBUF (1 << 20)

static char outbuf[OUTBUF + 4096];
static size_t outlen;

static void
flush_out(void)
{
	size_t off = 0;

	while (off < outlen) {
		ssize_t n = write(STDOUT_FILENO, outbuf + off, outlen - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "gen: write error: %s\n", strerror(errno));
			exit(1);
		}
		off += (size_t)n;
	}
	outlen = 0;
}

/* Room for one more cell (a number is at most 24 bytes). */
static void
reserve(void)
{
	if (outlen >= OUTBUF)
		flush_out();
}

static void
put_str(const char *s, size_t n)
{
	while (n > 0) {
		size_t k;
		reserve();
		k = OUTBUF + 4096 - outlen;
		if (k > n)
			k = n;
		memcpy(outbuf + outlen, s, k);
		outlen += k;
		s += k;
		n -= k;
	}
}

static void
put_uint(uint64_t v)
{
	char tmp[24];
	int i = 24;

	reserve();
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	memcpy(outbuf + outlen, tmp + i, (size_t)(24 - i));
	outlen += (size_t)(24 - i);
}

static void
put_char(char c)
{
	reserve();
	outbuf[outlen++] = c;
}

/* ------------------------------------------------------------ the model */

static double *zipf_cum;        /* cumulative class weights */

static size_t
zipf_class(size_t k)
{
	double u = uniform() * zipf_cum[k - 1];
	size_t lo = 0, hi = k - 1;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (zipf_cum[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* A probability from the simulated model for a class that is (not) true. */
static double
model_prob(int is_true)
{
	double p;

	if (is_true) {
		if (uniform() < 0.03)           /* the model misses it */
			p = 0.4 * uniform();
		else
			p = 1.0 - 0.5 * uniform() * uniform();
	} else {
		if (uniform() < 0.02)           /* a confident false positive */
			p = 0.5 + 0.5 * uniform();
		else
			p = 0.3 * uniform() * uniform() * uniform();
	}
	p += 0.04 * (uniform() - 0.5);
	/* Keeps fmt_prob on its exact path; no real loss of realism. */
	if (p < 1e-10)
		p = 0.0;
	if (p > 1.0)
		p = 1.0;
	/* A random forest of 100 trees outputs k/100. */
	if (uniform() < 0.25)
		p = (double)(long)(p * 100.0 + 0.5) / 100.0;
	return p;
}

static void
usage(FILE *f)
{
	fputs("usage: gen -n N -k K [-s SEED] [--noise F] [--truth FILE]\n", f);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "noise", required_argument, NULL, 'f' },
		{ "truth", required_argument, NULL, 't' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	unsigned long long n = 0, seed = 1;
	int have_n = 0;
	size_t k = 0, c;
	double noise = 0.1;
	const char *truth_path = NULL;
	FILE *truth = NULL;
	unsigned char *is_true, *given;
	char num[40], *end;
	int ch;

	while ((ch = getopt_long(argc, argv, "hk:n:s:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			noise = strtod(optarg, &end);
			if (*end || !(noise >= 0.0 && noise <= 1.0)) {
				fprintf(stderr, "gen: --noise must be in [0,1]: '%s'\n", optarg);
				return 2;
			}
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'k':
			k = (size_t)strtoull(optarg, &end, 10);
			if (*end || k < 1 || k > 1000000) {
				fprintf(stderr, "gen: bad -k: '%s'\n", optarg);
				return 2;
			}
			break;
		case 'n':
			n = strtoull(optarg, &end, 10);
			have_n = 1;
			if (*end || optarg[0] == '-' || end == optarg) {
				fprintf(stderr, "gen: bad -n: '%s'\n", optarg);
				return 2;
			}
			break;
		case 's':
			seed = strtoull(optarg, &end, 10);
			if (*end || optarg[0] == '-') {
				fprintf(stderr, "gen: bad -s: '%s'\n", optarg);
				return 2;
			}
			break;
		case 't':
			truth_path = optarg;
			break;
		case 'V':
			printf("gen %s\n", GEN_VERSION);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind != argc || k == 0 || !have_n) {
		usage(stderr);
		return 2;
	}
	if (truth_path && !(truth = fopen(truth_path, "w"))) {
		fprintf(stderr, "gen: %s: %s\n", truth_path, strerror(errno));
		return 1;
	}

	fmt_init();
	rng_seed(seed);
	zipf_cum = malloc(k * sizeof *zipf_cum);
	is_true = calloc(k, 1);
	given = calloc(k, 1);
	if (!zipf_cum || !is_true || !given) {
		fputs("gen: out of memory\n", stderr);
		return 1;
	}
	for (c = 0; c < k; c++)
		zipf_cum[c] = (c ? zipf_cum[c - 1] : 0.0) + 1.0 / (double)(c + 1);

	put_str("id\tlabels", 9);
	for (c = 0; c < k; c++) {
		put_str("\tp_c", 4);
		put_uint(c);
	}
	put_char('\n');
	if (truth)
		fputs("id\tissue_classes\n", truth);

	for (unsigned long long row = 0; row < n; row++) {
		double u = uniform();
		size_t ntrue = u < 0.5 ? 1 : u < 0.8 ? 2 : 3, have = 0, first = 1;

		if (ntrue > k)
			ntrue = k;
		memset(is_true, 0, k);
		while (have < ntrue) {
			c = zipf_class(k);
			if (!is_true[c]) {
				is_true[c] = 1;
				have++;
			}
		}
		memcpy(given, is_true, k);
		if (uniform() < noise) {
			int drop = ntrue == k || uniform() < 0.5;
			size_t j = 0;

			if (drop) {
				/* Drop the j-th true class. */
				size_t pick = below(ntrue);
				for (c = 0; c < k; c++)
					if (is_true[c] && j++ == pick)
						break;
				given[c] = 0;
			} else {
				do
					c = zipf_class(k);
				while (is_true[c]);
				given[c] = 1;
			}
			if (truth)
				fprintf(truth, "%llu\t%cc%zu\n", row, drop ? '+' : '-', c);
		}

		put_uint(row);
		put_char('\t');
		for (c = 0; c < k; c++) {
			if (!given[c])
				continue;
			if (!first)
				put_char(',');
			put_uint(c);
			first = 0;
		}
		for (c = 0; c < k; c++) {
			size_t len;
			reserve();
			outbuf[outlen++] = '\t';
			len = fmt_prob(model_prob(is_true[c]), num);
			memcpy(outbuf + outlen, num, len);
			outlen += len;
		}
		put_char('\n');
	}
	flush_out();
	if (truth && (ferror(truth) | fclose(truth))) {
		fprintf(stderr, "gen: %s: write error\n", truth_path);
		return 1;
	}
	free(zipf_cum);
	free(is_true);
	free(given);
	return 0;
}
