/*
 * numbers/numbers.h - numbers in and out: the strict decimal parser (bit for
 * bit strtod) and Python's repr(float).
 */
#ifndef ML_NUMBERS_H
#define ML_NUMBERS_H

#include "base/base.h"

/* ------------------------------------------------------------------ num.c */

enum {
	ML_NUM_OK = 0,
	ML_NUM_EMPTY,           /* empty field */
	ML_NUM_SYNTAX,          /* not [+-]?(D+.?D*|.D+)([eE][+-]?D+)? */
	ML_NUM_NAN,             /* nan / NaN spelled out */
	ML_NUM_INF,             /* inf spelled out, or overflows to infinity */
	ML_NUM_RANGE            /* a number, but outside the range asked for */
};
/*
 * Strict decimal parser: the whole field must match the grammar above
 * (no spaces, no hex, no nan/inf).  The result is bit-identical to strtod
 * in the C locale.  Returns one of ML_NUM_*.
 */
int ml_parse_double(const char *s, size_t n, double *out);
/* Human-readable text for an ML_NUM_* code ("not a number", ...). */
const char *ml_num_strerror(int code);
/*
 * Writes x as Python's repr would (shortest round-trip digits, "1.0",
 * "1e-05", "inf", "nan") into buf (at least ML_NUM_BUFSZ bytes, NUL
 * terminated) and returns the length.
 */
#define ML_NUM_BUFSZ 32
size_t ml_format_double(double x, char *buf);
/* Parses a non-negative decimal integer [0-9]+; -1 on syntax or overflow. */
int ml_parse_size(const char *s, size_t n, size_t *out);
/*
 * A number a person typed (an option's argument, an aggregator's parameter):
 * the whole string s in the data's grammar, lo <= x <= hi.  Returns ML_NUM_OK
 * or the reason it is not one (ML_NUM_RANGE when it is a number out of range).
 */
int ml_parse_double_arg(const char *s, double lo, double hi, double *out);
/* The same for a whole number [0-9]+. */
int ml_parse_size_arg(const char *s, size_t lo, size_t hi, size_t *out);

#endif
