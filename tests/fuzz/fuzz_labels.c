/*
 * fuzz_labels.c - libFuzzer harness for the label-list parser
 * (ml_cols_find and ml_cols_labels in lib/cols.c).
 *
 * Input: a mode byte, then the class names separated by TABs up to the
 * first newline, then one label field per line.  A synthetic TSV is built
 * from them and read through the stream reader:
 *   mode 0  labels  p_<name>...            (label list, classes from p_)
 *   mode 1  y_<name>...  p_<name>...       (one-hot columns; a line holds the
 *                                           k values separated by TABs)
 *   mode 2  labels  x  + ml_cols_set_names  (int2onehot -c)
 *   mode 3  lab  p_<name>...  with -l lab
 * Every row the library accepts is checked against a plain reference
 * parser (a token is a class name, else [0-9]+ below K), and every row it
 * refuses must be wrong for the reference too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"

static char path[64];

static void
setup(void)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	if (path[0])
		return;
	snprintf(path, sizeof path, "%s/fuzz_labels-XXXXXX", dir && *dir ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		abort();
	close(fd);
}

/* The reference: 0 and y filled when the field is a valid label list. */
static int
ref_list(char **names, size_t k, const char *s, size_t n, unsigned char *y)
{
	const char *end = s + n, *t;
	size_t c, i;

	memset(y, 0, k);
	if (n == 0)
		return 0;
	for (;; s = t + 1) {
		size_t len;
		if (!(t = memchr(s, ',', (size_t)(end - s))))
			t = end;
		len = (size_t)(t - s);
		if (len == 0)
			return -1;
		for (c = 0; c < k; c++)
			if (strlen(names[c]) == len && memcmp(names[c], s, len) == 0)
				break;
		if (c == k) {
			/* [0-9]+ below k, leading zeros allowed. */
			size_t v = 0;
			for (i = 0; i < len; i++) {
				if (s[i] < '0' || s[i] > '9')
					return -1;
				if (v >= k)     /* stays out of range whatever follows */
					continue;
				v = v * 10 + (size_t)(s[i] - '0');
			}
			if (v >= k)
				return -1;
			c = v;
		}
		y[c] = 1;
		if (t == end)
			return 0;
	}
}

static int
valid_name(const char *s)
{
	return *s && !strchr(s, ',');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *d = (const char *)data, *end, *nl;
	char *names[64], *namebuf = NULL, *text = NULL;
	size_t k = 0, tlen = 0, tcap, i, nrows = 0;
	unsigned char y[64], yref[64];
	int mode, dups;
	ml_reader *r = NULL;
	ml_cols c;
	ml_err e;
	char *files[1];

	memset(&c, 0, sizeof c);
	if (size < 2 || size > 4096)
		return 0;
	setup();
	mode = data[0] & 3;
	d++;
	size--;
	end = d + size;
	if (!(nl = memchr(d, '\n', size)))
		return 0;
	/* The class names, TAB-separated. */
	if (!(namebuf = malloc((size_t)(nl - d) + 1)))
		abort();
	memcpy(namebuf, d, (size_t)(nl - d));
	namebuf[nl - d] = '\0';
	names[k++] = namebuf;
	for (i = 0; namebuf[i]; i++)
		if (namebuf[i] == '\t') {
			namebuf[i] = '\0';
			if (k == 64)
				goto out;
			names[k++] = namebuf + i + 1;
		}
	if (memchr(d, '\0', (size_t)(nl - d)))
		goto out;       /* a NUL in the names: the reader refuses it anyway */

	/* The TSV text. */
	tcap = 2 * size + 64 * k + 256;
	if (!(text = malloc(tcap)))
		abort();
#define ADD(s, n) do { memcpy(text + tlen, (s), (n)); tlen += (n); } while (0)
#define ADDS(s) ADD((s), strlen(s))
	switch (mode) {
	case 0: ADDS("labels"); break;
	case 1: break;
	case 2: ADDS("labels\tx"); break;
	case 3: ADDS("lab"); break;
	}
	for (i = 0; mode == 1 && i < k; i++) {
		if (i)
			ADDS("\t");
		ADDS("y_");
		ADDS(names[i]);
	}
	for (i = 0; mode != 2 && i < k; i++) {
		ADDS("\tp_");
		ADDS(names[i]);
	}
	ADDS("\n");
	for (d = nl + 1; d < end; d = nl + 1) {
		if (!(nl = memchr(d, '\n', (size_t)(end - d))))
			nl = end;
		if (tlen + (size_t)(nl - d) + 8 * k + 16 > tcap) {
			char *nt;
			tcap = 2 * (tlen + (size_t)(nl - d) + 8 * k + 16);
			if (!(nt = realloc(text, tcap)))
				abort();
			text = nt;
		}
		ADD(d, (size_t)(nl - d));
		if (mode == 2)
			ADDS("\t0");
		else
			for (i = 0; i < k; i++)
				ADDS("\t0.5");
		ADDS("\n");
		nrows++;
		if (nl == end)
			break;
	}
	{
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(text, 1, tlen, f) != tlen || fclose(f) != 0)
			abort();
	}
	files[0] = path;
	if (!(r = ml_reader_open(files, 1, '\t', 0, &e)))
		goto out;
	if (mode == 2) {
		if (ml_cols_find(&c, r, NULL, 0, &e) < 0)
			goto out;
		if (ml_cols_set_names(&c, names, k, &e) < 0)
			goto out;
	} else if (ml_cols_find(&c, r, mode == 3 ? "lab" : NULL,
	    ML_COLS_NEED_P | ML_COLS_NEED_LABELS, &e) < 0) {
		goto out;
	}
	if (c.k != k)
		abort();
	for (i = 0; i < k; i++)
		if (!valid_name(c.names[i]) || strcmp(c.names[i], names[i]) != 0)
			abort();
	for (;;) {
		int n = ml_reader_next(r, &e), lrc, rrc;
		size_t fl, j;
		const char *f;
		double p[64];
		if (n <= 0)
			break;
		dups = 0;
		lrc = ml_cols_labels(&c, r, y, &dups, &e);
		if (mode == 1) {
			rrc = 0;
			memset(yref, 0, k);
			for (j = 0; j < k; j++) {
				f = ml_reader_field(r, j, &fl);
				if (fl != 1 || (f[0] != '0' && f[0] != '1'))
					rrc = -1;
				else
					yref[j] = (unsigned char)(f[0] - '0');
			}
		} else {
			f = ml_reader_field(r, 0, &fl);
			rrc = ref_list(c.names, k, f, fl, yref);
		}
		if ((lrc < 0) != (rrc < 0))
			abort();
		if (lrc < 0) {
			if (e.msg[0] == '\0' || strlen(e.msg) >= sizeof e.msg)
				abort();
			break;
		}
		if (memcmp(y, yref, k) != 0)
			abort();
		if (mode != 2 && ml_cols_probs(&c, r, p, &e) < 0)
			abort();
	}
out:
	ml_cols_free(&c);
	ml_reader_close(r);
	free(text);
	free(namebuf);
	(void)nrows;
	return 0;
}
