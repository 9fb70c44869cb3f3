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

	/*
	 * getopt_long names the program by argv[0] in its messages; GNU tools
	 * say "mlscore: unrecognized option", not "/usr/bin/mlscore: ...".  The
	 * strings argv points to are the program's to modify (C11 5.1.2.2.1).
	 */
	if (s)
		memmove((char *)argv0, s + 1, strlen(s + 1) + 1);
	ml_progname = argv0;
	/* A closed pipe shows up as EPIPE from write(), so that temporary
	 * files are removed and the tool ends quietly. */
	signal(SIGPIPE, SIG_IGN);
}

int ml_quiet;

void
ml_warn(const char *fmt, ...)
{
	va_list ap;

	if (ml_quiet)
		return;
	fprintf(stderr, "%s: ", ml_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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
	fprintf(stderr, "%s: %s\n", ml_progname, e->msg);
	return ML_EXIT_FAIL;
}
