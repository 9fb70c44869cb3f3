/*
 * fuzz_num.c - libFuzzer harness for lib/num.c.
 *
 *	clang -g -O1 -fsanitize=fuzzer,address,undefined -Ilib \
 *	    tests/fuzz/fuzz_num.c lib/num.c -o fuzz_num -lm
 *	./fuzz_num -max_total_time=120
 *
 * Any input is a field: ml_parse_double must agree with strtod whenever
 * the field is in the grammar, and refuse it otherwise.  The first 8
 * bytes, read as a double, must print with ml_format_double and read back
 * to the same bits, with ml_parse_double and with strtod.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

/* [+-]?(D+.?D*|.D+)([eE][+-]?D+)?, written out independently of num.c. */
static int
in_grammar(const char *s, size_t n)
{
	size_t i = 0, digits = 0, edigits = 0;

	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (digits == 0)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			edigits++;
		if (edigits == 0)
			return 0;
	}
	return i == n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, buf[ML_NUM_BUFSZ];
	double got, want, back;
	uint64_t bits;
	size_t n;
	int rc;

	/* An exact-size copy, so that ASan catches any read past the field. */
	s = malloc(size ? size : 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	rc = ml_parse_double(s, size, &got);
	if (in_grammar(s, size)) {
		char *z = malloc(size + 1);

		if (z == NULL)
			abort();
		memcpy(z, s, size);
		z[size] = '\0';
		want = strtod(z, NULL);
		free(z);
		if (isinf(want) ? rc != ML_NUM_INF :
		    rc != ML_NUM_OK || memcmp(&got, &want, sizeof(got)) != 0)
			abort();
	} else if (rc == ML_NUM_OK)
		abort();
	else if (size == 0 && rc != ML_NUM_EMPTY)
		abort();
	free(s);

	if (size >= sizeof(bits)) {
		memcpy(&bits, data, sizeof(bits));
		memcpy(&got, &bits, sizeof(got));
		n = ml_format_double(got, buf);
		if (n >= ML_NUM_BUFSZ || n != strlen(buf))
			abort();
		if (isfinite(got)) {
			if (ml_parse_double(buf, n, &back) != ML_NUM_OK ||
			    memcmp(&got, &back, sizeof(got)) != 0)
				abort();
			back = strtod(buf, NULL);
			if (memcmp(&got, &back, sizeof(got)) != 0)
				abort();
		}
	}
	return 0;
}
