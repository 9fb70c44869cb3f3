/*
 * cli/cli.h - the top layer, for the tools only: options, usage and help,
 * and what a tool prints on stderr (the only library code that prints).
 */
#ifndef ML_CLI_H
#define ML_CLI_H

#include "base/base.h"
#include "label/label.h"

/*
 * Sets ml_progname to argv0 without its directory (argv0 is shortened in
 * place, so that getopt_long's messages name the program that way too),
 * ignores SIGPIPE (write errors are handled), keeps the C locale.
 */
void ml_init(const char *argv0);
/* -q, --quiet (every tool): ml_warn prints nothing; errors are still printed. */
extern int ml_quiet;
/* "PROG: msg\n" on stderr: a warning, unless ml_quiet. */
void ml_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * "PROG: msg\n" on stderr, what --verbose asks for: printed even
 * with -q (which silences warnings), after taking the progress line off.
 */
void ml_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Each line of s (or nothing: s NULL) as ml_warn prints a message. */
void ml_warn_lines(const char *s);
/* The same for errors that do not stop the tool: printed even with -q. */
void ml_error_lines(const char *s);
/*
 * The progress line's rule: shown when not quiet, stderr is a terminal,
 * the tool has run `after` seconds, and the last line is 0.25 s old.  (The
 * line itself: "PROG: pass N: ROWS rows (P%)" or "PROG: STAGE: ...", on
 * stderr, redrawn in place, taken off before a message and at exit.)
 */
int ml_progress_due(int quiet, int tty, double after, double elapsed, double since_last);
/* The warning for a class listed twice in a label list (once a run: *warned). */
void ml_warn_dup_class(const ml_reader *r, int *warned);
/* The same for a row read elsewhere (the parallel engine's chunks). */
void ml_warn_dup_class_at(const char *file, unsigned long line, int *warned);
/* Prints e (unless it is a closed pipe) and returns the exit status to use. */
int ml_report(const ml_err *e);

/* -------------------------------------------------------------- options.c */

/*
 * Parses -d and -D: a TAB ("\t", "tab" or a literal TAB), or another single
 * ASCII byte that is not a letter, digit, '.', '+', '-', '"' or a line end
 * (',', ';', '|', ' ' ...: CSV with that separator); -1 otherwise.
 */
int ml_delim_arg(const char *s);
/*
 * -D/--output-delimiter DELIM, the output's separator (the stream tools;
 * default: -d's): 0 when taken, ML_EXIT_USAGE after a message, -1 for
 * another option.
 */
int ml_output_delim_option(int ch, const char *arg, const char *usage, int *odelim);
/* Prints "PROG (mlaudit) VERSION" to stdout; returns 0. */
int ml_version(void);
/*
 * "PROG: msg" and "Try 'PROG --help' for more information." on stderr, as
 * GNU tools answer bad usage; returns ML_EXIT_USAGE.  usage is not printed
 * (kept so that every caller names its tool's usage).
 */
int ml_usage_error(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints help to stdout; returns 0 (or 1 on a write error). */
int ml_help(const char *text);
/*
 * getopt_long values.  An option with a short form is its letter; a
 * long-only option is an ML_OPT_* value from 0x100 up, listed here for
 * every tool, so that one name means one option everywhere and no value is
 * a pseudo-letter that a tool could also use as a short option.  --metric
 * and --feature-prefix keep the letters ml_feat_option has always taken
 * ('M', 'P'; no tool has -M or -P).
 */
enum {
	ML_OPT_METRIC = 'M',
	ML_OPT_FEATURE_PREFIX = 'P',
	ML_OPT_ADJUST = 0x100,
	ML_OPT_ANNOTATE,
	ML_OPT_CLASS_FAIL_UNDER,
	ML_OPT_DROP_CLASS,
	ML_OPT_FAIL_UNDER,
	ML_OPT_FEATURES,
	ML_OPT_FORMAT,
	ML_OPT_FRAC_NOISE,
	ML_OPT_HTML,
	ML_OPT_ID,
	ML_OPT_JOINT,
	ML_OPT_KEEP,
	ML_OPT_MIN_EXAMPLES,
	ML_OPT_NO_FEATURES,
	ML_OPT_NUM_TO_REMOVE,
	ML_OPT_PER_CLASS,
	ML_OPT_RANK,
	ML_OPT_TOP,
	ML_OPT_VERBOSE,
	ML_OPT_PART,            /* the split audit: --part I/P, --state FILE */
	ML_OPT_STATE,
	ML_OPT_COLUMNS,
	ML_OPT_OUTPUT_DELIMITER,
	ML_OPT_INDICES,
	ML_OPT_VERSION = 0x7f00
};
/*
 * A number given to option opt: arg in the data's grammar (no hex, inf,
 * nan or spaces) and lo <= x <= hi.  Returns 0, or ML_EXIT_USAGE after
 * "PROG: OPT: WHAT, not 'ARG'" and the usage line; what names the value
 * and its range ("a number in [0, 1]").  Every number option of every
 * tool is read here, before any input.
 */
int ml_opt_double(const char *usage, const char *opt, const char *what, const char *arg,
                  double lo, double hi, double *out);
/* The same for a whole number [0-9]+. */
int ml_opt_size(const char *usage, const char *opt, const char *what, const char *arg,
                size_t lo, size_t hi, size_t *out);
/*
 * The label tools' option values, each with one message: a score method
 * (-m, --rank), a filter (-f), an aggregator (-a).  0 when taken, else
 * ML_EXIT_USAGE after the message and the usage line.
 */
int ml_opt_method(const char *usage, const char *opt, const char *arg, int *method);
int ml_opt_filter(const char *usage, const char *arg, int *filter);
int ml_opt_agg(const char *usage, const char *arg, ml_agg *agg);
/* --adjust with -m confidence_weighted_entropy, which cleanlab refuses: as above. */
int ml_opt_adjust(const char *usage, int adjust, int method);
/*
 * The options mlfilter and mlreport share, with cleanlab's defaults
 * (ml_audit_defaults): -f, --frac-noise, --min-examples-per-class and
 * --num-to-remove-per-class.  The same for mlscore's and mlreport's -m, -a
 * and --adjust.  0 when taken, ML_EXIT_USAGE after a message, -1 for
 * another option.
 */
void ml_audit_defaults(ml_audit_opts *o);
int ml_audit_option(int ch, const char *arg, const char *usage, ml_audit_opts *o);
int ml_score_option(int ch, const char *arg, const char *usage, int *method, ml_agg *agg,
                    int *adjust);
/*
 * -j N, --threads N (every tool): the threads a tool may use, 1 to
 * ML_THREADS_MAX.  ml_std_option sets ml_threads (base.h) from -j; after the options,
 * ml_threads_resolve fills in the default (MLAUDIT_THREADS, else the online
 * CPUs) and returns 0, or ML_EXIT_USAGE after a message when
 * MLAUDIT_THREADS is not such a number.  Output never depends on it.
 */
#define ML_THREADS_MAX 64
int ml_threads_resolve(void);
/*
 * The options of a command line, as getopt_long left them (opts[0..n),
 * shortopts its short options), less -j/--threads, for a record of the run
 * that must not depend on the threads: compacted in place (a cluster such
 * as -qj2 is cut to -q); returns how many are left.
 */
size_t ml_opts_drop_threads(char **opts, size_t n, const char *shortopts);
/*
 * The options every tool has, -d DELIM, -o FILE, -j N, -q, -h and --version, and the
 * answer to an unknown one: -1 when ch was -d, -o, -j or -q (parsing goes on), else
 * the exit status main returns (after the help, the version or a message).
 * --drop-class NAME (ml_cols_drop), for the tools that list it, is taken
 * here too.
 */
int ml_std_option(int ch, const char *arg, const char *usage, const char *help, int *delim,
                  const char **out);
/*
 * The feature tools' -k, --metric and --feature-prefix:
 * 0 when taken, ML_EXIT_USAGE after a message, -1 for another option.
 */
int ml_feat_option(int ch, const char *arg, const char *usage, size_t *k, int *metric,
                   const char **prefix);

#endif
