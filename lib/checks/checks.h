/*
 * checks/checks.h - the table of Datalab's checks (null, label, outlier,
 * near_duplicate, non_iid): each check's name, its options with their
 * defaults, the columns it appends and the function that runs it on a
 * prepared input (the features and the kNN graph); and the run of one
 * check over a stream, as the feature tools do it.  The small tools and
 * mlreport drive the same table, so each default is declared once, here
 * and in table.c.
 */
#ifndef ML_CHECKS_H
#define ML_CHECKS_H

#include "label/label.h"
#include "features/features.h"

/* The input the feature checks share: the feature columns and the kNN graph. */
typedef struct ml_check_input {
	const char *prefix;     /* the feature columns are PREFIX<name> */
	size_t k;               /* neighbours when the graph is built */
	int metric;             /* ML_METRIC_*; AUTO: cleanlab's rule */
	int odelim;             /* the output's separator (-D); 0: the input's */
} ml_check_input;
extern const ml_check_input ml_check_input_default;

/* One option of a check, as the tools take it and the help shows it. */
typedef struct ml_check_opt {
	int short_name;         /* the tools' short option, or 0 */
	const char *name;       /* the long option (--NAME) */
	const char *arg;        /* its argument in the help ("TH") */
	double def;             /* the default (cleanlab's) */
	const char *help;       /* the help line, without "(default X)" */
} ml_check_opt;

/* What a run leaves: every row's score and flag, and the check's summary. */
typedef struct ml_check_result {
	double *score;          /* n, the caller's */
	unsigned char *flag;    /* n, the caller's */
	size_t num_issues;
	double summary_score;   /* the issue summary's score */
	size_t null_all, null_some;     /* null: rows entirely / partly missing */
	int metric;             /* outlier: the metric of its precision fix */
	size_t *off, *set;      /* near_duplicate: row i's set is set[off[i] .. off[i+1]-1]
	                           (malloc'ed; ml_check_result_free) */
	union {
		ml_outlier_info outlier;
		ml_dup_info dup;
		ml_noniid_info noniid;
	} info;
} ml_check_result;
void ml_check_result_free(ml_check_result *res);

/*
 * Runs a check on f (the graph checks on f->g, built or read before) with
 * its option values opt[] and metric (ML_METRIC_AUTO: the graph's, else
 * cleanlab's rule); 0, or -1 with e set.
 */
typedef int (*ml_check_run)(const double *opt, int metric, ml_feat *f, ml_check_result *res,
                            ml_err *e);

enum { ML_CHECK_MAXOPTS = 4, ML_CHECK_MAXCOLS = 3 };
enum { ML_NEEDS_FEATURES = 1, ML_NEEDS_GRAPH = 2, ML_NEEDS_PROBS = 4 };

typedef struct ml_check {
	const char *name;       /* Datalab's issue type */
	int needs;              /* ML_NEEDS_*: what it runs on */
	/* The columns it appends: <name>_score, is_<name>_issue, then its own (or NULL). */
	const char *columns[ML_CHECK_MAXCOLS];
	ml_check_opt opt[ML_CHECK_MAXOPTS];     /* ended by a NULL name */
	ml_check_run run;       /* NULL for label: the label audit (lib/label) runs it */
} ml_check;

/* The checks in Datalab's execution order. */
enum { ML_CHECK_NULL, ML_CHECK_LABEL, ML_CHECK_OUTLIER, ML_CHECK_DUP, ML_CHECK_NONIID,
       ML_NCHECKS };
extern const ml_check ml_checks[ML_NCHECKS];
/* Where each option is in its check's opt[]. */
enum { ML_OUTLIER_T, ML_OUTLIER_THRESHOLD };
enum { ML_DUP_THRESHOLD };
enum { ML_NONIID_PERMUTATIONS, ML_NONIID_SEED, ML_NONIID_SIGNIFICANCE };

/* opt[j] = the default of option j, for every option of c. */
void ml_check_defaults(const ml_check *c, double *opt);
/* The number of columns c appends. */
size_t ml_check_ncolumns(const ml_check *c);
/*
 * A feature tool's help (malloc'ed, NULL when out of memory): head, the
 * -k line (khelp; NULL: none), c's options (c may be NULL), then tail,
 * each option line ending in its default.
 */
char *ml_check_help(const char *head, const char *khelp, const ml_check *c, const char *tail);

/*
 * The run of mloutlier, mldups and mlnoniid: reads the features and graph
 * of files (the graph as ml_feat_graph with in's k and metric), runs c with
 * opt, calls done(arg, f, res) (may be NULL), then writes the input with
 * c's columns appended, to out (NULL: stdout).  0, or -1 with e set.
 */
typedef void (*ml_check_done_fn)(void *arg, const ml_feat *f, const ml_check_result *res);
int ml_check_stream(const ml_check *c, const double *opt, const ml_check_input *in,
                    char **files, int nfiles, int delim, const char *out, ml_check_done_fn done,
                    void *arg, ml_err *e);
/*
 * The output pass of the feature tools: rewinds r (opened with
 * ML_READ_REWIND), writes the header with names[0..nnew-1] appended (or
 * replacing same-named columns) and every row with cb(arg, j, w) for new
 * column j (the row is ml_reader_rows(r) - 1), to out (NULL: stdout).
 */
int ml_check_emit(ml_reader *r, const char *const *names, size_t nnew, ml_cell_fn cb, void *arg,
                  const char *out, int delim, ml_err *e);
/* Which rows an output pass writes: data rows first .. end - 1, the header or not. */
typedef struct ml_emit_rows {
	size_t first, end;
	int header;
} ml_emit_rows;
/* ml_check_emit writing only the rows `rows` selects (a part of a split run). */
int ml_check_emit_rows(ml_reader *r, const char *const *names, size_t nnew, ml_cell_fn cb,
                       void *arg, const ml_emit_rows *rows, const char *out, int delim, ml_err *e);

#endif
