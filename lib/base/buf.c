/* buf.c - a growing string, array growth and UTF-8 checks. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

void
ml_buf_put(ml_buf *b, const char *s, size_t n)
{
	char *t;

	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + n + 1)
			cap *= 2;
		if (!(t = realloc(b->s, cap))) {
			b->oom = 1;
			return;
		}
		b->s = t;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	if (b->sink && b->len >= 65536) {
		b->sink(b->arg, b->s, b->len);
		b->len = 0;
	}
}

void
ml_buf_puts(ml_buf *b, const char *s)
{
	ml_buf_put(b, s, strlen(s));
}

void
ml_buf_pad(ml_buf *b, char c, size_t n)
{
	while (n-- > 0)
		ml_buf_put(b, &c, 1);
}

void
ml_buf_printf(ml_buf *b, const char *fmt, ...)
{
	char small[256], *big;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		ml_buf_put(b, small, (size_t)n);
		return;
	}
	if (!(big = malloc((size_t)n + 1))) {
		b->oom = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	ml_buf_put(b, big, (size_t)n);
	free(big);
}

char *
ml_buf_done(ml_buf *b, size_t *len)
{
	if (!b->oom && !b->s)
		ml_buf_put(b, "", 0);
	if (b->oom) {
		free(b->s);
		b->s = NULL;
		return NULL;
	}
	if (len)
		*len = b->len;
	return b->s;
}

int
ml_grow(void *p, size_t *cap, size_t need, size_t elem)
{
	void **pp = p, *q;
	size_t c = *cap ? *cap : 1024;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (!(q = realloc(*pp, c * elem)))
		return -1;
	*pp = q;
	*cap = c;
	return 0;
}

int
ml_utf8_valid(const char *s, size_t n)
{
	static const unsigned long least[4] = { 0, 0x80, 0x800, 0x10000 };
	const unsigned char *u = (const unsigned char *)s, *end = u + n;
	unsigned long cp;
	int k, j;

	while (u < end) {
		if (*u < 0x80) {
			u++;
			continue;
		}
		k = (*u & 0xe0) == 0xc0 ? 1 : (*u & 0xf0) == 0xe0 ? 2 : (*u & 0xf8) == 0xf0 ? 3 : 0;
		if (k == 0 || end - u <= k)
			return 0;
		cp = *u++ & (0x3fu >> k);
		for (j = 0; j < k; j++, u++) {
			if ((*u & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (*u & 0x3f);
		}
		if (cp < least[k] || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return 0;
	}
	return 1;
}

size_t
ml_utf8_width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

char *
ml_strdupf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(s = malloc((size_t)n + 1)))
		return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}
