/* options.c - what every tool's command line has in common. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"

int
ml_delim_arg(const char *s)
{
	unsigned char c = (unsigned char)s[0];

	if (strcmp(s, "\t") == 0 || strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0)
		return '\t';
	/* One ASCII byte that cannot be part of a number, a quote or a line end. */
	if (!c || s[1] || c >= 0x80 || c == '"' || c == '\n' || c == '\r' || c == '.' ||
	    c == '+' || c == '-' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z'))
		return -1;
	return c;
}

int
ml_output_delim_option(int ch, const char *arg, const char *usage, int *odelim)
{
	if (ch != 'D')
		return -1;
	if ((*odelim = ml_delim_arg(arg)) < 0)
		return ml_usage_error(usage, "-D: a separator byte (',', ';', '|', TAB ...), "
		    "not '%s'", arg);
	return 0;
}

int
ml_version(void)
{
	printf("%s (mlaudit) %s\n", ml_progname, ML_VERSION);
	return fflush(stdout) == 0 ? ML_EXIT_OK : ML_EXIT_FAIL;
}

/* GNU's answer to bad usage: what is wrong, then where to read more (no usage dump). */
static int
try_help(void)
{
	fprintf(stderr, "Try '%s --help' for more information.\n", ml_progname);
	return ML_EXIT_USAGE;
}

int
ml_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;

	(void)usage;
	fprintf(stderr, "%s: ", ml_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return try_help();
}

int
ml_help(const char *text)
{
	fputs(text, stdout);
	return fflush(stdout) == 0 ? ML_EXIT_OK : ML_EXIT_FAIL;
}

/* A thread count: [0-9]+ from 1 to ML_THREADS_MAX. */
static int
threads_arg(const char *arg, int *threads)
{
	size_t n;

	if (ml_parse_size_arg(arg, 1, ML_THREADS_MAX, &n) != ML_NUM_OK)
		return -1;
	*threads = (int)n;
	return 0;
}

int
ml_threads_resolve(void)
{
	const char *env = getenv("MLAUDIT_THREADS");
	long cpus;

	if (ml_threads > 0)
		return 0;
	if (env && *env) {
		if (threads_arg(env, &ml_threads) < 0) {
			ml_threads = 0;
			return ml_usage_error(NULL, "MLAUDIT_THREADS: a number of threads from 1 "
			    "to %d, not '%s'", ML_THREADS_MAX, env);
		}
		return 0;
	}
	cpus = sysconf(_SC_NPROCESSORS_ONLN);
	ml_threads = cpus < 1 ? 1 : cpus > ML_THREADS_MAX ? ML_THREADS_MAX : (int)cpus;
	return 0;
}

size_t
ml_opts_drop_threads(char **opts, size_t n, const char *shortopts)
{
	size_t i, m = 0, len;
	char *a, *p;
	const char *o;

	for (i = 0; i < n; i++) {
		a = opts[i];
		if (strcmp(a, "--") == 0) {
			opts[m++] = a;
			continue;
		}
		if (a[0] == '-' && a[1] == '-') {
			/* getopt_long takes any unambiguous prefix: --threads, --thr=2 */
			len = strcspn(a + 2, "=");
			if (len && strncmp(a + 2, "threads", len) == 0) {
				i += !a[2 + len];
				continue;
			}
		} else if (a[0] == '-') {
			for (p = a + 1; *p; p++) {
				if (*p == 'j') {
					i += !p[1];
					*p = '\0';
					break;
				}
				if ((o = strchr(shortopts, *p)) && o[1] == ':')
					break;  /* the rest is this option's value */
			}
			if (!a[1])
				continue;
		}
		opts[m++] = a;
	}
	return m;
}

int
ml_std_option(int ch, const char *arg, const char *usage, const char *help, int *delim,
              const char **out)
{
	switch (ch) {
	case 'd':
		if ((*delim = ml_delim_arg(arg)) < 0)
			return ml_usage_error(usage, "-d: a separator byte (',', ';', '|', TAB ...), "
			    "not '%s'", arg);
		return -1;
	case 'o':
		*out = arg;
		return -1;
	case 'q':
		ml_quiet = 1;
		return -1;
	case 'j':
		if (threads_arg(arg, &ml_threads) < 0)
			return ml_usage_error(usage, "-j: a number of threads from 1 to %d, not '%s'",
			    ML_THREADS_MAX, arg);
		return -1;
	case ML_OPT_DROP_CLASS:
		if (!*arg)
			return ml_usage_error(usage, "--drop-class: a class name, not ''");
		if (ml_cols_drop(arg) < 0) {
			ml_warn("out of memory");
			return ML_EXIT_FAIL;
		}
		return -1;
	case 'h':
		return ml_help(help);
	case ML_OPT_VERSION:
		return ml_version();
	}
	/* getopt_long has said what is wrong with the option. */
	return try_help();
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
ml_opt_method(const char *usage, const char *opt, const char *arg, int *method)
{
	int m = ml_method_parse(arg);

	if (m < 0)
		return ml_usage_error(usage, "%s: unknown method '%s' (use self_confidence, "
		    "normalized_margin or confidence_weighted_entropy)", opt, arg);
	*method = m;
	return 0;
}

int
ml_opt_filter(const char *usage, const char *arg, int *filter)
{
	int f = ml_filter_parse(arg);

	if (f < 0)
		return ml_usage_error(usage, "-f: unknown filter '%s' (use prune_by_noise_rate, "
		    "prune_by_class, both, confident_learning, predicted_neq_given, "
		    "low_normalized_margin or low_self_confidence)", arg);
	*filter = f;
	return 0;
}

int
ml_opt_agg(const char *usage, const char *arg, ml_agg *agg)
{
	ml_err e;

	if (ml_agg_parse(arg, agg, &e) < 0)
		return ml_usage_error(usage, "-a: %s", e.msg);
	return 0;
}

int
ml_opt_adjust(const char *usage, int adjust, int method)
{
	if (adjust && method == ML_CWE)
		return ml_usage_error(usage, "--adjust does not go with -m confidence_weighted_entropy "
		    "(cleanlab: adjust_pred_probs is not currently supported for "
		    "ClassLabelScorer.CONFIDENCE_WEIGHTED_ENTROPY.)");
	return 0;
}

void
ml_audit_defaults(ml_audit_opts *o)
{
	*o = ml_audit_default;
}

int
ml_audit_option(int ch, const char *arg, const char *usage, ml_audit_opts *o)
{
	size_t n;

	switch (ch) {
	case 'f':
		return ml_opt_filter(usage, arg, &o->filter);
	case ML_OPT_FRAC_NOISE:
		return ml_opt_double(usage, "--frac-noise", "a number in [0, 1]", arg, 0, 1,
		    &o->frac_noise);
	case ML_OPT_MIN_EXAMPLES:
		if (ml_opt_size(usage, "--min-examples-per-class", "a non-negative integer", arg, 0,
		    LONG_MAX, &n))
			return ML_EXIT_USAGE;
		o->min_examples_per_class = (long)n;
		return 0;
	case ML_OPT_NUM_TO_REMOVE:
		o->num_to_remove = arg;
		return 0;
	}
	return -1;
}

int
ml_score_option(int ch, const char *arg, const char *usage, int *method, ml_agg *agg,
                int *adjust)
{
	switch (ch) {
	case 'a':
		return ml_opt_agg(usage, arg, agg);
	case 'm':
		return ml_opt_method(usage, "-m", arg, method);
	case ML_OPT_ADJUST:
		*adjust = 1;
		return 0;
	}
	return -1;
}

int
ml_feat_option(int ch, const char *arg, const char *usage, size_t *k, int *metric,
               const char **prefix)
{
	switch (ch) {
	case 'k':
		return ml_opt_size(usage, "-k", "a number of neighbours >= 1", arg, 1, SIZE_MAX, k);
	case ML_OPT_METRIC:
		if ((*metric = ml_metric_parse(arg)) < 0)
			return ml_usage_error(usage, "--metric: euclidean or cosine, not '%s'", arg);
		return 0;
	case ML_OPT_FEATURE_PREFIX:
		if (!*arg)
			return ml_usage_error(usage, "--feature-prefix: must not be empty");
		*prefix = arg;
		return 0;
	}
	return -1;
}
