/*
 * base/base.h - the bottom layer: errors as values, a growing string, array
 * growth and UTF-8 checks.  No I/O here; every other layer builds on it.
 */
#ifndef ML_BASE_H
#define ML_BASE_H

#include <stddef.h>
#include <stdint.h>

#define ML_VERSION "0.1.0"

/* Exit statuses, the same in every tool. */
enum { ML_EXIT_OK = 0, ML_EXIT_FAIL = 1, ML_EXIT_USAGE = 2, ML_EXIT_GATE = 3 };

/* ------------------------------------------------------------------ err.c */

/* An error message, already formatted as "FILE:LINE: column 'NAME': what: 'value'". */
typedef struct ml_err {
	char msg[1024];
	int  epipe;             /* set when the error is a write to a closed pipe */
} ml_err;

/*
 * Formats an error into e and returns -1.  file may be NULL (no position),
 * line 0 (no line), col NULL (no column), val NULL (no value).  Long values
 * are shortened and control bytes escaped so that the message stays one line.
 */
int ml_errf(ml_err *e, const char *file, unsigned long line, const char *col,
            const char *val, size_t vallen, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
/* A message without a position; returns -1. */
int ml_errmsg(ml_err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "out of memory"; returns -1. */
int ml_err_oom(ml_err *e);

/* The tool's name for messages (set once by ml_init). */
extern const char *ml_progname;
/*
 * The threads a tool may use (-j N; lib/cli sets it before any work, 0 =
 * not set: as many as there are cores).  Output never depends on it.
 */
extern int ml_threads;
/*
 * threads.c: fn(arg, i) for every i in 0..n-1, on the calling thread and up
 * to threads - 1 more (at most 64 in all); returns when all are done.
 */
void ml_par_for(size_t n, size_t threads, void (*fn)(void *arg, size_t i), void *arg);

/*
 * How far a long loop is: reading pass `pass` (1, 2, ...; stage NULL) or
 * another stage (pass 0), rows done, and the fraction done in [0, 1] (-1
 * when unknown).  The library only reports, every few thousand rows; the
 * tools install the hook that decides whether to show it (lib/cli).
 */
extern void (*ml_progress_hook)(const char *stage, int pass, size_t rows, double fraction);
static inline void
ml_progress(const char *stage, int pass, size_t rows, double fraction)
{
	if (ml_progress_hook)
		ml_progress_hook(stage, pass, rows, fraction);
}

/* ------------------------------------------------------------------ buf.c */

/*
 * A growing NUL-terminated string.  On out of memory it stays failed and
 * ml_buf_done returns NULL.  With sink set, the text is handed to
 * sink(arg, s, n) every 64 KiB (a failed sink shows where the sink's
 * owner checks it).
 */
typedef struct ml_buf {
	char  *s;
	size_t len, cap;
	int    oom;
	void (*sink)(void *arg, const char *s, size_t n);
	void  *arg;
} ml_buf;
#define ML_BUF_INIT { NULL, 0, 0, 0, NULL, NULL }

void ml_buf_put(ml_buf *b, const char *s, size_t n);
void ml_buf_puts(ml_buf *b, const char *s);
/* n copies of c. */
void ml_buf_pad(ml_buf *b, char c, size_t n);
void ml_buf_printf(ml_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The string (malloc'ed; "" when nothing was put) and its length, or NULL after out of memory. */
char *ml_buf_done(ml_buf *b, size_t *len);

/* A malloc'ed printf; NULL when out of memory. */
char *ml_strdupf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Makes room for need elements of elem bytes in *p (capacity *cap,
 * doubled from at least 1024); 0, or -1 when out of memory (*p kept).
 */
int ml_grow(void *p, size_t *cap, size_t need, size_t elem);

/* Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF). */
int ml_utf8_valid(const char *s, size_t n);
/* Display width of UTF-8 text, as Python's len(): one column per code point. */
size_t ml_utf8_width(const char *s);

/* Bit i of a bitmap. */
#define ML_BIT(map, i) (((map)[(i) >> 6] >> ((i) & 63)) & 1)

#endif
