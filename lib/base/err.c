/*
 * err.c - error messages with their position.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

const char *ml_progname = "mlaudit";
int ml_threads;
void (*ml_progress_hook)(const char *stage, int pass, size_t rows, double fraction);

/* Longest part of an offending value quoted in a message. */
#define VALMAX 60

static size_t
quote_value(char *dst, size_t cap, const char *val, size_t n)
{
	size_t o = 0, i;

	for (i = 0; i < n && o + 8 < cap; i++) {
		unsigned char c = (unsigned char)val[i];
		if (i == VALMAX) {
			o += (size_t)snprintf(dst + o, cap - o, "...");
			break;
		}
		if (c == '\t')
			o += (size_t)snprintf(dst + o, cap - o, "\\t");
		else if (c == '\n')
			o += (size_t)snprintf(dst + o, cap - o, "\\n");
		else if (c == '\r')
			o += (size_t)snprintf(dst + o, cap - o, "\\r");
		else if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(dst + o, cap - o, "\\x%02x", c);
		else
			dst[o++] = (char)c;
	}
	dst[o] = '\0';
	return o;
}

int
ml_errf(ml_err *e, const char *file, unsigned long line, const char *col,
        const char *val, size_t vallen, const char *fmt, ...)
{
	char *p = e->msg;
	size_t cap = sizeof e->msg, o = 0;
	va_list ap;
	char q[VALMAX * 4 + 16];

	e->epipe = 0;
	if (file && line)
		o += (size_t)snprintf(p + o, cap - o, "%s:%lu: ", file, line);
	else if (file)
		o += (size_t)snprintf(p + o, cap - o, "%s: ", file);
	if (col && o < cap)
		o += (size_t)snprintf(p + o, cap - o, "column '%s': ", col);
	if (o < cap) {
		va_start(ap, fmt);
		o += (size_t)vsnprintf(p + o, cap - o, fmt, ap);
		va_end(ap);
	}
	if (val && o < cap) {
		quote_value(q, sizeof q, val, vallen);
		snprintf(p + o, cap - o, ": '%s'", q);
	}
	return -1;
}

int
ml_errmsg(ml_err *e, const char *fmt, ...)
{
	va_list ap;

	e->epipe = 0;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

int
ml_err_oom(ml_err *e)
{
	return ml_errmsg(e, "out of memory");
}
