/*
 * cli/cli.h - the top layer, for the tools only: options, usage and help,
 * and what a tool prints on stderr (the only library code that prints).
 */
#ifndef ML_CLI_H
#define ML_CLI_H

#include "base/base.h"

/* Sets ml_progname, ignores SIGPIPE (write errors are handled), keeps the C locale. */
void ml_init(const char *argv0);
/* "PROG: msg\n" on stderr. */
void ml_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints e (unless it is a closed pipe) and returns the exit status to use. */
int ml_report(const ml_err *e);

/* -------------------------------------------------------------- options.c */

/* Parses -d: "," (CSV) or a TAB ("\t", "tab" or a literal TAB); -1 otherwise. */
int ml_delim_arg(const char *s);
/* Prints "PROG (mlaudit) VERSION" to stdout; returns 0. */
int ml_version(void);
/* "PROG: msg" and the usage line on stderr; returns ML_EXIT_USAGE. */
int ml_usage_error(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints help to stdout; returns 0 (or 1 on a write error). */
int ml_help(const char *text);
/* The getopt_long value of --version in every tool. */
enum { ML_OPT_VERSION = 0x7f00 };
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
 * The options every tool has, -d DELIM, -o FILE, -h and --version, and the
 * answer to an unknown one: -1 when ch was -d or -o (parsing goes on), else
 * the exit status main returns (after the help, the version or a message).
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
