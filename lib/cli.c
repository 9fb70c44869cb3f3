/* cli.c - what every tool's command line has in common. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mlaudit.h"

int
ml_delim_arg(const char *s)
{
	if (strcmp(s, ",") == 0)
		return ',';
	if (strcmp(s, "\t") == 0 || strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0)
		return '\t';
	return -1;
}

int
ml_version(void)
{
	printf("%s (mlaudit) %s\n", ml_progname, ML_VERSION);
	return fflush(stdout) == 0 ? ML_EXIT_OK : ML_EXIT_FAIL;
}

int
ml_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", ml_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s\n", usage);
	return ML_EXIT_USAGE;
}

int
ml_help(const char *text)
{
	fputs(text, stdout);
	return fflush(stdout) == 0 ? ML_EXIT_OK : ML_EXIT_FAIL;
}
