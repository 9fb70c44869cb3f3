/*
 * msg.c - the tools' common setup and what they print on stderr.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "mlaudit.h"

int ml_quiet;

/* The progress line: shown since (shown), started at start, last drawn at last. */
static struct {
	int shown;
	double after, start, last;
} prog;

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int
ml_progress_due(int quiet, int tty, double after, double elapsed, double since_last)
{
	return !quiet && tty && elapsed >= after && since_last >= 0.25;
}

/* Takes the progress line off the terminal, before a message and at exit. */
static void
progress_clear(void)
{
	if (prog.shown)
		fputs("\r\033[K", stderr);
	prog.shown = 0;
}

static void
progress_show(const char *stage, int pass, size_t rows, double fraction)
{
	double t = now();

	/* Installed only when stderr is a terminal. */
	if (!ml_progress_due(ml_quiet, 1, prog.after, t - prog.start, t - prog.last))
		return;
	prog.last = t;
	prog.shown = 1;
	if (stage)
		fprintf(stderr, "\r%s: %s: %zu rows", ml_progname, stage, rows);
	else
		fprintf(stderr, "\r%s: pass %d: %zu rows", ml_progname, pass, rows);
	if (fraction >= 0)
		fprintf(stderr, " (%d%%)", (int)(100 * (fraction > 1 ? 1 : fraction)));
	fputs("\033[K", stderr);
}

/* The progress line on a terminal (MLAUDIT_PROGRESS_AFTER seconds in, default 2). */
static void
progress_init(void)
{
	const char *s = getenv("MLAUDIT_PROGRESS_AFTER");
	double after = 2;

	if (!isatty(STDERR_FILENO))
		return;
	if (s && ml_parse_double_arg(s, 0, 1e9, &after) != ML_NUM_OK)
		after = 2;
	prog.after = after;
	prog.start = now();
	prog.last = -1e9;
	ml_progress_hook = progress_show;
	atexit(progress_clear);
}

void
ml_init(const char *argv0)
{
	const char *s = strrchr(argv0, '/');

	/*
	 * getopt_long names the program by argv[0] in its messages; GNU tools
	 * say "mlscore: unrecognized option", not "/usr/bin/mlscore: ...".  The
	 * strings argv points to are the program's to modify (C11 5.1.2.2.1).
	 */
	if (s)
		memmove((char *)argv0, s + 1, strlen(s + 1) + 1);
	ml_progname = argv0;
	progress_init();
	/* A closed pipe shows up as EPIPE from write(), so that temporary
	 * files are removed and the tool ends quietly. */
	signal(SIGPIPE, SIG_IGN);
}

/* "PROG: msg" on stderr, the progress line taken off first. */
static void
vmessage(const char *fmt, va_list ap)
{
	progress_clear();
	fprintf(stderr, "%s: ", ml_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
ml_warn(const char *fmt, ...)
{
	va_list ap;

	if (ml_quiet)
		return;
	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
}

void
ml_info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
}

void
ml_warn_dup_class(const ml_reader *r, int *warned)
{
	ml_warn_dup_class_at(ml_reader_file(r), ml_reader_line(r), warned);
}

void
ml_warn_dup_class_at(const char *file, unsigned long line, int *warned)
{
	if (*warned)
		return;
	ml_warn("warning: %s:%lu: a class is listed twice in a label list; duplicates "
	    "collapse (reported once)", file, line);
	*warned = 1;
}

void
ml_warn_lines(const char *s)
{
	const char *end;

	for (; s && *s; s = *end ? end + 1 : end) {
		end = strchr(s, '\n');
		if (!end)
			end = s + strlen(s);
		ml_warn("%.*s", (int)(end - s), s);
	}
}

void
ml_error_lines(const char *s)
{
	int q = ml_quiet;

	ml_quiet = 0;
	ml_warn_lines(s);
	ml_quiet = q;
}

int
ml_report(const ml_err *e)
{
	if (e->epipe)
		return ML_EXIT_OK;
	progress_clear();
	fprintf(stderr, "%s: %s\n", ml_progname, e->msg);
	return ML_EXIT_FAIL;
}
