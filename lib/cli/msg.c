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

#include "mlaudit.h"

void
ml_init(const char *argv0)
{
	const char *s = strrchr(argv0, '/');

	ml_progname = s ? s + 1 : argv0;
	/* A closed pipe shows up as EPIPE from write(), so that temporary
	 * files are removed and the tool ends quietly. */
	signal(SIGPIPE, SIG_IGN);
}

void
ml_warn(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", ml_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
ml_warn_dup_class(const ml_reader *r, int *warned)
{
	if (*warned)
		return;
	ml_warn("warning: %s:%lu: a class is listed twice in a label list; duplicates "
	    "collapse (reported once)", ml_reader_file(r), ml_reader_line(r));
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

int
ml_report(const ml_err *e)
{
	if (e->epipe)
		return ML_EXIT_OK;
	fprintf(stderr, "%s: %s\n", ml_progname, e->msg);
	return ML_EXIT_FAIL;
}
