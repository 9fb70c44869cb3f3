/* options.c - what every tool's command line has in common. */
#include <stdarg.h>
#include <stdint.h>
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
ml_opt_double(const char *usage, const char *opt, const char *what, const char *arg,
              double lo, double hi, double *out)
{
	if (ml_parse_double_arg(arg, lo, hi, out) != ML_NUM_OK)
		return ml_usage_error(usage, "%s: %s, not '%s'", opt, what, arg);
	return 0;
}

int
ml_opt_size(const char *usage, const char *opt, const char *what, const char *arg,
            size_t lo, size_t hi, size_t *out)
{
	if (ml_parse_size_arg(arg, lo, hi, out) != ML_NUM_OK)
		return ml_usage_error(usage, "%s: %s, not '%s'", opt, what, arg);
	return 0;
}

int
ml_feat_option(int ch, const char *arg, const char *usage, size_t *k, int *metric,
               const char **prefix)
{
	switch (ch) {
	case 'k':
		return ml_opt_size(usage, "-k", "a number of neighbours >= 1", arg, 1, SIZE_MAX, k);
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
