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

int
ml_std_option(int ch, const char *arg, const char *usage, const char *help, int *delim,
              const char **out)
{
	switch (ch) {
	case 'd':
		if ((*delim = ml_delim_arg(arg)) < 0)
			return ml_usage_error(usage, "-d: use ',' or TAB, not '%s'", arg);
		return -1;
	case 'o':
		*out = arg;
		return -1;
	case 'h':
		return ml_help(help);
	case ML_OPT_VERSION:
		return ml_version();
	}
	fprintf(stderr, "%s\n", usage);
	return ML_EXIT_USAGE;
}

int
ml_feat_option(int ch, const char *arg, const char *usage, size_t *k, int *metric,
               const char **prefix)
{
	switch (ch) {
	case 'k':
		if (ml_parse_size(arg, strlen(arg), k) < 0 || *k < 1)
			return ml_usage_error(usage, "-k: a number of neighbours >= 1, not '%s'", arg);
		return 0;
	case 'M':
		if ((*metric = ml_metric_parse(arg)) < 0)
			return ml_usage_error(usage, "--metric: euclidean or cosine, not '%s'", arg);
		return 0;
	case 'P':
		if (!*arg)
			return ml_usage_error(usage, "--feature-prefix: must not be empty");
		*prefix = arg;
		return 0;
	}
	return -1;
}
