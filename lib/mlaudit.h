/*
 * mlaudit.h - the shared library of the mlaudit tools.
 *
 * One header, one prefix per module.  Library code never exits and never
 * prints: it returns -1 (or an error code) and fills an ml_err with the
 * position (file, line, column, value) of what went wrong; the tool prints
 * it and chooses the exit status.
 */
#ifndef MLAUDIT_H
#define MLAUDIT_H

#include <stddef.h>
#include <stdint.h>

#define ML_VERSION "0.1.0"

/* Exit statuses, the same in every tool. */
enum { ML_EXIT_OK = 0, ML_EXIT_FAIL = 1, ML_EXIT_USAGE = 2, ML_EXIT_GATE = 3 };

/* ------------------------------------------------------------------ err.c */

/* An error message, already formatted as "FILE:LINE: column 'NAME': what: 'value'". */
typedef struct ml_err {
	char msg[1024];
	int  epipe;             /* set when the error is a write to a closed pipe */
} ml_err;

/*
 * Formats an error into e and returns -1.  file may be NULL (no position),
 * line 0 (no line), col NULL (no column), val NULL (no value).  Long values
 * are shortened and control bytes escaped so that the message stays one line.
 */
int ml_errf(ml_err *e, const char *file, unsigned long line, const char *col,
            const char *val, size_t vallen, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* The tool's name for messages (set once by ml_init). */
extern const char *ml_progname;
/* Sets ml_progname, ignores SIGPIPE (write errors are handled), keeps the C locale. */
void ml_init(const char *argv0);
/* "PROG: msg\n" on stderr. */
void ml_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints e (unless it is a closed pipe) and returns the exit status to use. */
int ml_report(const ml_err *e);

/* ------------------------------------------------------------------ cli.c */

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
 * The options every tool has, -d DELIM, -o FILE, -h and --version, and the
 * answer to an unknown one: -1 when ch was -d or -o (parsing goes on), else
 * the exit status main returns (after the help, the version or a message).
 */
int ml_std_option(int ch, const char *arg, const char *usage, const char *help, int *delim,
                  const char **out);
/*
 * The feature tools' -k ('k'), --metric ('M') and --feature-prefix ('P'):
 * 0 when taken, ML_EXIT_USAGE after a message, -1 for another option.
 */
int ml_feat_option(int ch, const char *arg, const char *usage, size_t *k, int *metric,
                   const char **prefix);

/* ------------------------------------------------------------------ num.c */

enum {
	ML_NUM_OK = 0,
	ML_NUM_EMPTY,           /* empty field */
	ML_NUM_SYNTAX,          /* not [+-]?(D+.?D*|.D+)([eE][+-]?D+)? */
	ML_NUM_NAN,             /* nan / NaN spelled out */
	ML_NUM_INF              /* inf spelled out, or overflows to infinity */
};
/*
 * Strict decimal parser: the whole field must match the grammar above
 * (no spaces, no hex, no nan/inf).  The result is bit-identical to strtod
 * in the C locale.  Returns one of ML_NUM_*.
 */
int ml_parse_double(const char *s, size_t n, double *out);
/* Human-readable text for an ML_NUM_* code ("not a number", ...). */
const char *ml_num_strerror(int code);
/*
 * Writes x as Python's repr would (shortest round-trip digits, "1.0",
 * "1e-05", "inf", "nan") into buf (at least ML_NUM_BUFSZ bytes, NUL
 * terminated) and returns the length.
 */
#define ML_NUM_BUFSZ 32
size_t ml_format_double(double x, char *buf);
/* Parses a non-negative decimal integer [0-9]+; -1 on syntax or overflow. */
int ml_parse_size(const char *s, size_t n, size_t *out);

/* ---------------------------------------------------------------- read.c */

/*
 * The input stream: one or more files (or "-" / none for stdin), each with
 * the same header, read in large blocks through libcsv.  TAB mode: fields
 * split on TAB, '"' is an ordinary character.  CSV mode (delim ','): RFC
 * 4180 quoting, CRLF accepted.
 */
typedef struct ml_reader ml_reader;

enum { ML_READ_REWIND = 1 };   /* keep what is needed to read the input again */

/* Opens the inputs and reads the header.  files == NULL or nfiles == 0: stdin. */
ml_reader *ml_reader_open(char *const *files, int nfiles, int delim, int flags, ml_err *e);
void ml_reader_close(ml_reader *r);
/* The header: number of columns and their names (NUL terminated). */
size_t ml_reader_ncols(const ml_reader *r);
const char *ml_reader_colname(const ml_reader *r, size_t i);
/*
 * Reads the next data row: 1 = a row, 0 = end of input, -1 = error (e set).
 * A row with a different number of fields than the header is an error.
 */
int ml_reader_next(ml_reader *r, ml_err *e);
/* Field i of the current row (not NUL terminated; len in *n). */
const char *ml_reader_field(const ml_reader *r, size_t i, size_t *n);
/* Where the current row is, for messages. */
const char *ml_reader_file(const ml_reader *r);
unsigned long ml_reader_line(const ml_reader *r);
/* Data rows read so far (0-based number of the current row is rows() - 1). */
size_t ml_reader_rows(const ml_reader *r);
/* Starts again at the first data row (needs ML_READ_REWIND). */
int ml_reader_rewind(ml_reader *r, ml_err *e);
/*
 * TAB mode only: starts a second pass that hands out each data row as its
 * raw line (without the newline), for input the first pass has validated.
 */
int ml_reader_rewind_lines(ml_reader *r, ml_err *e);
int ml_reader_next_line(ml_reader *r, const char **s, size_t *n, ml_err *e);
/* Formats an error about field i of the current row into e; returns -1. */
int ml_reader_errf(const ml_reader *r, ml_err *e, size_t i, const char *what);

/* --------------------------------------------------------------- write.c */

typedef struct ml_writer ml_writer;
/* path NULL or "-": stdout.  Otherwise a temporary file renamed on commit. */
ml_writer *ml_writer_open(const char *path, int delim, ml_err *e);
/* A writer on an open file descriptor (a spill file); commit does not close it. */
ml_writer *ml_writer_fd(int fd, int delim, ml_err *e);
/* Bytes written so far, buffered ones included. */
uint64_t ml_writer_offset(const ml_writer *w);
/* Appends one field (a delimiter is written before every field but the first). */
int ml_writer_field(ml_writer *w, const char *s, size_t n);
int ml_writer_str(ml_writer *w, const char *s);
int ml_writer_double(ml_writer *w, double x);
int ml_writer_long(ml_writer *w, long x);
/* Writes a raw input line (TAB mode) as the start of the current row. */
int ml_writer_line(ml_writer *w, const char *s, size_t n);
/* Appends raw bytes to the current field (no quoting; TAB mode only use). */
int ml_writer_raw(ml_writer *w, const char *s, size_t n);
int ml_writer_endrow(ml_writer *w);
/* Writes buffered output; on error fills e (e->epipe for a closed pipe). */
int ml_writer_flush(ml_writer *w, ml_err *e);
/* Flushes, closes and renames the temporary file into place. Frees w. */
int ml_writer_commit(ml_writer *w, ml_err *e);
/* Ends after an error: a temporary file is removed, stdout keeps the rows written. Frees w. */
void ml_writer_abort(ml_writer *w);
/* Non-zero once a write failed (checked by flush/commit). */
int ml_writer_failed(const ml_writer *w);

/* ----------------------------------------------------------------- tmp.c */

/*
 * Temporary files under $TMPDIR (default /tmp), removed on ml_tmp_cleanup,
 * at exit, and on SIGINT/SIGTERM/SIGHUP.  Returns an fd open for reading
 * and writing, or -1 (e set).
 */
int ml_tmp_open(const char *tag, ml_err *e);
/* Registers a path to be removed on exit or signal (used by the writer). */
void ml_tmp_register(const char *path);
void ml_tmp_unregister(const char *path);
void ml_tmp_cleanup(void);

/* ---------------------------------------------------------------- cols.c */

/* The roles of the header's columns (DESIGN.md: columns are found by name). */
typedef struct ml_cols {
	size_t   k;             /* number of classes (p_ columns, or as given) */
	char   **names;         /* class names, k of them (point into the header) */
	size_t  *pcol;          /* input column of p_<name>, or (size_t)-1 */
	size_t  *ycol;          /* input column of y_<name>, or NULL if none */
	size_t   labcol;        /* input column of the label list, or (size_t)-1 */
	const char *labname;    /* its name */
	void    *index;         /* name -> class lookup (private) */
} ml_cols;

enum {
	ML_COLS_NEED_P = 1,     /* p_ columns are required */
	ML_COLS_NEED_LABELS = 2 /* a label list or y_ columns are required */
};
/*
 * Finds the p_ columns (class order), the label list (labname, else
 * "labels") or else the y_ columns matched by name, checks the header for
 * duplicate names and bad class names.
 */
int ml_cols_find(ml_cols *c, const ml_reader *r, const char *labname, int flags, ml_err *e);
/* The classes are the y_ columns, in header order (onehot2int). */
int ml_cols_from_y(ml_cols *c, const ml_reader *r, ml_err *e);
/* Uses the given class names instead of the p_ columns (int2onehot -c/-k). */
int ml_cols_set_names(ml_cols *c, char **names, size_t k, ml_err *e);
void ml_cols_free(ml_cols *c);
/* Class of a name, or (size_t)-1. */
size_t ml_cols_lookup(const ml_cols *c, const char *s, size_t n);

/*
 * Reads the given labels of the current row into y[0..k-1] (0/1), from the
 * label list or the y_ columns.  *dups is set when a list named a class twice.
 */
int ml_cols_labels(const ml_cols *c, const ml_reader *r, unsigned char *y, int *dups, ml_err *e);
/* Reads p[0..k-1] of the current row: numbers in [0,1], else an error. */
int ml_cols_probs(const ml_cols *c, const ml_reader *r, double *p, ml_err *e);

/* -------------------------------------------------------------- layout.c */

/*
 * The output header: input columns pass through in place; new columns
 * replace an input column of the same name in place, or are inserted at
 * `at` (SIZE_MAX = the end) in their order; input columns marked in drop[]
 * are left out.
 */
typedef struct ml_layout {
	size_t  nout;
	long   *src;            /* >= 0: input column; < 0: new column -(src+1) */
} ml_layout;

int ml_layout_init(ml_layout *L, const ml_reader *r, const char *const *newnames,
                   size_t nnew, size_t at, const unsigned char *drop, ml_err *e);
void ml_layout_free(ml_layout *L);
int ml_layout_header(const ml_layout *L, const ml_reader *r, const char *const *newnames,
                     ml_writer *w);
/*
 * Writes the current row; new column j is produced by cb(arg, j, w), which
 * must write exactly one field with ml_writer_field/double/long.
 */
typedef int (*ml_cell_fn)(void *arg, size_t j, ml_writer *w);
int ml_layout_row(const ml_layout *L, const ml_reader *r, ml_cell_fn cb, void *arg, ml_writer *w);
/* Non-zero when the layout only appends columns (a raw input line can be reused). */
int ml_layout_appends(const ml_layout *L, const ml_reader *r);
/* Writes a raw input line (TAB mode) followed by the new columns. */
int ml_layout_line(const ml_layout *L, const char *s, size_t n, ml_cell_fn cb, void *arg, ml_writer *w);

/* ---------------------------------------------------------------- sort.c */

/* numpy 1.24 np.argsort(v) (kind="quicksort": introsort, not stable). */
void ml_argsort(const double *v, size_t n, size_t *idx);
/*
 * The same sort of the gathered subset v[map[0]], ..., v[map[n-1]]:
 * idx receives positions 0..n-1 into map.
 */
void ml_argsort_subset(const double *v, const size_t *map, size_t n, size_t *idx);
/*
 * The first m entries of ml_argsort(v) (the smallest m, in numpy's order,
 * ties included), in O(n) expected time; idx[m..n-1] holds the rest.
 */
void ml_argsort_prefix(const double *v, size_t n, size_t *idx, size_t m);
/* pandas sort_values(ascending=False) order (conformance README). */
void ml_argsort_desc(const double *v, size_t n, size_t *idx);

/* ---------------------------------------------------------------- math.c */

/*
 * np.sum of a contiguous array: numpy's pairwise summation (SPEC 0.2.2),
 * applied to consecutive chunks of 8192 values that are then added up.
 */
double ml_pairwise_sum(const double *a, size_t n);
/* The same over n values taken in order from next(arg) (no copy needed). */
double ml_pairwise_sum_fn(double (*next)(void *), void *arg, size_t n);
/* numpy's np.round / rint: half to even. */
double ml_rint(double x);
/* round_preserving_row_totals for one row (SPEC 3.2.3), in place. */
void ml_round_preserving_sum(double *row, size_t n);

/* --------------------------------------------------------------- score.c */

enum ml_method { ML_SELF_CONFIDENCE, ML_NORMALIZED_MARGIN, ML_CWE };
enum ml_aggkind { ML_AGG_EMA, ML_AGG_SOFTMIN, ML_AGG_MEAN, ML_AGG_MIN, ML_AGG_MAX };

typedef struct ml_agg {
	enum ml_aggkind kind;
	double param;           /* EMA alpha or softmin temperature */
	int auto_alpha;         /* EMA with alpha = 2/(K+1) */
} ml_agg;

/* Parses "self_confidence" etc.; -1 if unknown. */
int ml_method_parse(const char *s);
const char *ml_method_name(int m);
/* Parses -a: ema, ema:ALPHA, ema:auto, softmin, softmin:T, mean, min, max. */
int ml_agg_parse(const char *s, ml_agg *a, ml_err *e);

/*
 * One-vs-rest score of one class (SPEC 2.1) for given label y (0/1) and
 * probability p, with q = 1.0 - p.  thr == NULL: unadjusted; else the
 * class's confident thresholds {t0, t1} for adjust_pred_probs (SPEC 2.2;
 * ignored for ML_CWE, which cleanlab refuses to adjust).  CWE expects p
 * in [0, 1] exactly (cleanlab raises otherwise).
 */
double ml_class_score(int method, int y, double p, const double *thr);
/* Aggregates row[0..k-1] (reordered in place) into one score (SPEC 2.3). */
double ml_aggregate(const ml_agg *a, double *row, size_t k);
/* Default ranking score: EMA alpha 0.8 of ml_class_score(method) (SPEC 3.3). */
double ml_rank_score(int method, const unsigned char *y, const double *p, size_t k, double *scratch);

/* ------------------------------------------------------------------ cl.c */

/* Confident learning on one class's binary problem (SPEC 3.2). */
enum ml_filter {
	ML_PRUNE_BY_NOISE_RATE, ML_PRUNE_BY_CLASS, ML_BOTH, ML_CONFIDENT_LEARNING,
	ML_PREDICTED_NEQ_GIVEN, ML_LOW_NORMALIZED_MARGIN, ML_LOW_SELF_CONFIDENCE
};
int ml_filter_parse(const char *s);
const char *ml_filter_name(int f);

typedef struct ml_cl_opts {
	int    filter;                  /* enum ml_filter (low_* are handled by ml_low_issues) */
	double frac_noise;              /* 1.0 */
	long   min_examples_per_class;  /* 1 */
	long   num_to_remove;           /* this class's value, or -1 for none */
	const long *joint;              /* user confident joint slice [2][2], or NULL */
} ml_cl_opts;

typedef struct ml_cl_result {
	double thr[2];          /* confident thresholds: t0 (absent side), t1 (present side) */
	long   raw[2][2];       /* uncalibrated confident joint (diagonal clipped >= 1) */
	long   cal[2][2];       /* calibrated, row-rounded */
	size_t count[2];        /* L0, L1 */
	int    too_few[2];      /* side k had <= min_examples_per_class rows (cleanlab warns) */
} ml_cl_result;

/* Thresholds t0, t1 of one class (SPEC 3.2.1) from p[0..n-1], y[0..n-1]. */
void ml_cl_thresholds(const double *p, const unsigned char *y, size_t n, double thr[2]);
/* calibrate_confident_joint (SPEC 3.2.3): raw (diagonal >= 1) and L0, L1 to cal. */
void ml_cl_calibrate(const long raw[2][2], const size_t count[2], long cal[2][2]);
/*
 * count, thr, raw and cal of res (too_few cleared) without validation:
 * compute_confident_joint, which cleanlab also runs for a class given to
 * every example.
 */
void ml_cl_joint(const double *p, const unsigned char *y, size_t n, ml_cl_result *res);
/*
 * The per-class binary problem: fills flag[0..n-1] (0/1) after the
 * agreement rule (SPEC 3.2.8), and res.  Errors (e.g. a class given to
 * every example) return -1 with a message naming no file.
 */
int ml_cl_class(const double *p, const unsigned char *y, size_t n, const ml_cl_opts *o,
                unsigned char *flag, ml_cl_result *res, ml_err *e);

/*
 * low_self_confidence / low_normalized_margin (SPEC 3.4): given the
 * confident_learning row count E and the default scores s[0..n-1], writes
 * the E lowest rows in ascending-score order to out.  Returns E (capped
 * at n), or (size_t)-1 when out of memory.
 */
size_t ml_low_issues(const double *s, size_t n, size_t E, size_t *out);
/*
 * Orders the flagged rows rows[0..m-1] (ascending row numbers) by
 * score[rows[j]] (score is indexed by row number; SPEC 3.3 ranked mode),
 * writing the ordered row numbers into out.
 */
void ml_rank_rows(const double *score, const size_t *rows, size_t m, size_t *out);
/*
 * The low_* ranked-mode permutation (SPEC 3.4 step 6): score[j] is the
 * score of the j-th flagged row in ascending row order (computed on the
 * flagged rows only), lowest[] is ml_low_issues' output; out receives
 * lowest[argsort(score)[t]].
 */
void ml_low_rank(const double *score, const size_t *lowest, size_t m, size_t *out);

/* ------------------------------------------------------------- summary.c */

typedef struct ml_common_row {
	size_t cls;             /* class index */
	int    in_given;        /* 1: "In Given Label" True, 0: In Suggested Label */
	size_t num;             /* Num Examples */
	double prob;            /* Issue Probability */
} ml_common_row;

typedef struct ml_class_rank {
	size_t cls;
	long   label_issues, inverse_label_issues;
	double label_noise, inverse_label_noise, quality;
} ml_class_rank;

/*
 * common_multilabel_issues (SPEC 4.1) from the per-class flagged counts:
 * given[c] = flagged rows with class c given, added[c] = without.
 * Fills rows[0..2k-1] in cleanlab's order.  0, or -1 when out of memory.
 */
int ml_common_issues(size_t k, const size_t *given, const size_t *added, size_t n,
                     ml_common_row *rows);
/*
 * rank_classes_by_multilabel_quality (SPEC 4.2) from the common rows:
 * fills out[0..k-1] in cleanlab's order.  0, or -1 when out of memory.
 */
int ml_class_ranking(size_t k, const ml_common_row *rows, size_t n, ml_class_rank *out);

/* -------- knn.c, feature.c */

/*
 * The feature checks of Datalab (SPEC 5.5-5.9).  Features are an n x dim
 * row-major matrix of doubles (NaN = missing).  The kNN graph is n rows of
 * k neighbour row numbers, nearest first, with their distances.
 */
enum ml_metric { ML_METRIC_AUTO = 0, ML_METRIC_EUCLIDEAN, ML_METRIC_COSINE };
/* "euclidean" or "cosine"; -1 if neither. */
int ml_metric_parse(const char *s);
/* "euclidean", "cosine", or "None" for ML_METRIC_AUTO (an unknown metric). */
const char *ml_metric_name(int metric);
/* cleanlab's rule: cosine when there are more than 3 feature dimensions. */
int ml_metric_default(size_t dim);

typedef struct ml_knn {
	size_t  n, k;           /* rows, neighbours per row */
	size_t *nbr;            /* n*k neighbour row numbers, nearest first */
	double *dist;           /* n*k distances */
} ml_knn;

/* Allocates an n x k graph (contents undefined); -1 on out of memory. */
int ml_knn_alloc(ml_knn *g, size_t n, size_t k, ml_err *e);
void ml_knn_free(ml_knn *g);
/*
 * The exact k nearest other rows of every row of x (brute force, blocked,
 * `threads` threads, 0 = as many as there are cores).  Equal distances are
 * in ascending row order.  Errors: k < 1, n < k + 1, a NaN in x.
 */
int ml_knn_build(ml_knn *g, const double *x, size_t n, size_t dim, size_t k,
                 int metric, int threads, ml_err *e);
/* cleanlab's exact-duplicate correction of a graph built from x (SPEC 5.5). */
int ml_knn_fix_duplicates(ml_knn *g, const double *x, size_t dim, ml_err *e);

/*
 * What the feature tools read: every row's features (the columns named
 * PREFIX<name>; an empty field or "nan" is a missing value, NaN) and the
 * input's own graph (columns knn and knn_dist), if it has one.
 */
typedef struct ml_feat {
	size_t  n, dim;         /* rows, feature columns */
	double *x;              /* n x dim */
	int     has_nan;        /* a value is missing: nan_err says where */
	ml_err  nan_err;
	int     has_knn;        /* g holds the input's graph */
	ml_knn  g;
	int     built_metric;   /* metric of a graph built by ml_feat_graph */
	char   *buf;            /* list formatting buffer */
	size_t  bufcap;
} ml_feat;

enum {
	ML_FEAT_X = 1,          /* the feature columns are required */
	ML_FEAT_KNN = 2         /* read knn/knn_dist when present */
};
/* Reads all rows of r (flags ML_FEAT_*).  Without ML_FEAT_X, features are read when present. */
int ml_feat_read(ml_feat *f, ml_reader *r, const char *prefix, int flags, ml_err *e);
/*
 * The graph for a check: the input's own, all of its neighbours (as
 * cleanlab uses a knn_graph argument), else one built from the features
 * with k and metric and duplicate-corrected.  Fails on missing features.
 */
int ml_feat_graph(ml_feat *f, size_t k, int metric, int threads, ml_err *e);
void ml_feat_free(ml_feat *f);
/* Writes one field: idx[0..n-1] (d == NULL) or d[0..n-1], joined with ','. */
int ml_feat_write_list(ml_feat *f, ml_writer *w, const size_t *idx, const double *d, size_t n);
/*
 * The output pass of the feature tools: rewinds r (opened with
 * ML_READ_REWIND), writes the header with names[0..nnew-1] appended (or
 * replacing same-named columns) and every row with cb(arg, j, w) for new
 * column j (the row is ml_reader_rows(r) - 1), to out (NULL: stdout).
 */
int ml_feat_emit(ml_reader *r, const char *const *names, size_t nnew, ml_cell_fn cb, void *arg,
                 const char *out, int delim, ml_err *e);
/*
 * The run of mloutlier, mldups and mlnoniid: reads the features and graph
 * of files (ml_feat_graph with k and metric), lets check fill score[n] and
 * flag[n], then writes the input with the columns names[0] (the scores),
 * names[1] (the flags 0/1) and names[2..nnames-1], whose cells
 * extra(arg, f, row, j, w) writes (j from 0).  0, or -1 with e set.
 */
typedef int (*ml_check_fn)(void *arg, ml_feat *f, double *score, unsigned char *flag, ml_err *e);
typedef int (*ml_extra_fn)(void *arg, ml_feat *f, size_t row, size_t j, ml_writer *w);
int ml_feat_check(char **files, int nfiles, int delim, const char *prefix, size_t k, int metric,
                  const char *const *names, size_t nnames, ml_check_fn check, ml_extra_fn extra,
                  void *arg, const char *out, ml_err *e);

/* numpy's "linear" quantile (q in [0,1]) of sorted[0..n-1], n >= 1. */
double ml_quantile_sorted(const double *sorted, size_t n, double q);
/* np.median of sorted[0..n-1]. */
double ml_median_sorted(const double *sorted, size_t n);
/* Sorts a[0..n-1] ascending (NaN-free input). */
void ml_sort_doubles(double *a, size_t n);

typedef struct ml_outlier_info {
	double threshold;       /* th (0.37037 by default) */
	double issue_threshold; /* Q3 + (1/th - 1)(Q3 - Q1) of the average distances */
	double scaling_factor;  /* max(median average distance, 100 eps) unless given */
	double average_ood_score;
	size_t num_issues;
} ml_outlier_info;
/*
 * outlier (SPEC 5.6) over all neighbours of g.  threshold < 0: the default;
 * scaling_factor <= 0: the median rule; metric selects the precision fix
 * (ML_METRIC_AUTO: none).  Writes score[n] and flag[n].
 */
int ml_outlier(const ml_knn *g, int metric, double t, double threshold, double scaling_factor,
               double *score, unsigned char *flag, ml_outlier_info *info, ml_err *e);

typedef struct ml_dup_info {
	double median_nn;       /* max(median nearest distance, 1e-6) */
	double threshold, radius;
	double average_score;
	size_t num_issues;
} ml_dup_info;
/*
 * near_duplicate (SPEC 5.7).  threshold < 0 is taken as 0.  The sets are
 * returned as set[off[i] .. off[i+1]-1] (both malloc'ed, freed by the caller).
 */
int ml_near_duplicate(const ml_knn *g, double threshold, double *score, unsigned char *flag,
                      size_t **off, size_t **set, ml_dup_info *info, ml_err *e);

/* numpy's legacy MT19937 (np.random.seed / np.random.permutation). */
typedef struct ml_mt19937 {
	uint32_t mt[624];
	int      mti;
} ml_mt19937;
void ml_mt_seed(ml_mt19937 *r, uint32_t seed);
uint32_t ml_mt_next(ml_mt19937 *r);
/* numpy's legacy bounded draw in [0, max] (masked rejection). */
uint64_t ml_mt_interval(ml_mt19937 *r, uint64_t max);
/* np.random.permutation(n): a = 0..n-1, Fisher-Yates from the top. */
void ml_mt_permutation(ml_mt19937 *r, size_t *a, size_t n);

typedef struct ml_noniid_info {
	double p_value;
	double ks_observed;
	size_t num_issues;      /* 0 or 1 */
	size_t flagged;         /* the flagged row when num_issues = 1 */
} ml_noniid_info;
/*
 * non_iid (SPEC 5.8): the permutation test and per-row scores.  ks_perm
 * (may be NULL) receives the num_permutations KS statistics.  Fails when
 * num_permutations < 2 or all of them are equal (SciPy's singular covariance).
 */
int ml_noniid(const ml_knn *g, size_t num_permutations, uint32_t seed, double significance,
              double *score, unsigned char *flag, double *ks_perm, ml_noniid_info *info,
              ml_err *e);

/* null (SPEC 5.9) of one row of m features: (m - #NaN) / m; *all = every one NaN. */
double ml_null_score(const double *x, size_t m, int *all);

/*
 * datalab.c: the text of Datalab.report() (SPEC 5.12).  Strings are
 * malloc'ed (NULL when out of memory).  A table column of N values:
 */
enum { ML_DL_BOOL, ML_DL_INT, ML_DL_FLOAT, ML_DL_TEXT };
typedef struct ml_dl_col {
	const char *name;
	int type;                       /* ML_DL_* */
	const unsigned char *b;         /* BOOL values */
	const long *i;                  /* INT values */
	const double *f;                /* FLOAT values */
	const char *const *s;           /* TEXT values, already rendered ("[1, 2]") */
} ml_dl_col;
/*
 * pandas DataFrame.to_string of the rows rows[0..nrows-1] of the columns,
 * with the row numbers as index (index != 0) or without; no final newline.
 */
char *ml_dl_table(const ml_dl_col *cols, size_t ncols, const size_t *rows, size_t nrows, int index);
/*
 * The cells of one column for rows[0..nrows-1] as pandas formats them
 * (index != 0: with the index shown, every cell gets a leading space):
 * nrows malloc'ed strings in a malloc'ed array, NULL when out of memory.
 */
char **ml_dl_cells(const ml_dl_col *c, const size_t *rows, size_t nrows, int index);
/*
 * The layout of formatted cells (row-major, nrows x ncols): columns right-
 * aligned to their widest cell or header (numeric headers get a leading
 * space), index[0..nrows-1] (or NULL: none) left-aligned; widths count code
 * points.  No final newline; NULL when out of memory.
 */
char *ml_dl_layout(const char *const *head, const int *numeric, size_t ncols, char *const *cell,
                   const char *const *index, size_t nrows);
/* A list cell as str(list) prints it: "[3, 17]" (at most 100, then ", ..."). */
char *ml_dl_list(const size_t *v, size_t n);

/* One successful check, as the report needs it. */
typedef struct ml_dl_check {
	const char *name;               /* "null", "label", "outlier", "near_duplicate", "non_iid" */
	double summary_score;
	size_t num_issues;
	const unsigned char *flag;      /* N: is_<name>_issue */
	const double *score;            /* N: <name>_score */
	const ml_dl_col *extra;         /* more example-table columns (near_duplicate_sets, ...) */
	size_t nextra;
	const char *additional;         /* e.g. "\np-value: 0.0" (non_iid), or NULL */
	size_t null_all, null_some;     /* null: rows entirely / partly null */
	char *const *names;             /* N: the example table's index (the id column), or NULL;
	                                   a NULL entry (or names NULL): the row number */
} ml_dl_check;
/* The check's "About this issue" text, verbatim ("" for an unknown name). */
const char *ml_dl_description(const char *name);
/*
 * A check's example table, every row sorted by score (numpy's argsort, as
 * pandas' sort_values): order[0..n-1], and its columns is_<name>_issue,
 * <name>_score and the extras in cols[0..nextra+1], the first two named in
 * fl and sc (ML_DL_NAMESZ bytes each).
 */
enum { ML_DL_NAMESZ = 96 };
void ml_dl_examples(const ml_dl_check *k, size_t n, ml_dl_col *cols, char *fl, char *sc,
                    size_t *order);
/* One check's section (title to the end of its extras), no final newline. */
char *ml_dl_section(const ml_dl_check *k, size_t n, size_t num_examples);
/*
 * The whole report as print() writes it (final newline included): the
 * checks in execution order; num_classes < 0 when labels are not available.
 * refs: the two lines that point to the documentation (ML_DL_CLEANLAB_REFS
 * reproduces cleanlab's, ML_DL_MLAUDIT_REFS points to mlaudit's).
 */
#define ML_DL_CLEANLAB_REFS \
	"Learn about each issue: https://docs.cleanlab.ai/stable/cleanlab/datalab/guide/" \
	"issue_type_description.html\nSee which examples in your dataset exhibit each issue via: " \
	"`datalab.get_issues(<ISSUE_NAME>)`\n"
#define ML_DL_MLAUDIT_REFS \
	"Learn about each issue: mlreport(1), ISSUE TYPES\n" \
	"See which examples in your dataset exhibit each issue via: " \
	"`mlfilter --annotate`, `mlnull`, `mloutlier`, `mldups`, `mlnoniid`\n"
char *ml_dl_report(const ml_dl_check *checks, size_t nchecks, size_t n, long num_classes,
                   size_t num_examples, const char *refs);

/* --------------------------------------------------------------- spill.c */

/*
 * A column-wise copy of the labels and probabilities in a temporary file,
 * so that one class's column can be loaded at a time: the working set of
 * the dataset-wide tools is O(N) per class, not O(N K).
 */
typedef struct ml_spill ml_spill;
ml_spill *ml_spill_open(size_t k, ml_err *e);
/* Appends one row: y[0..k-1] (0/1) and p[0..k-1]. */
int ml_spill_add(ml_spill *s, const unsigned char *y, const double *p, ml_err *e);
size_t ml_spill_rows(const ml_spill *s);
/* Loads class c's column: p[0..n-1] and y[0..n-1]. */
int ml_spill_column(ml_spill *s, size_t c, double *p, unsigned char *y, ml_err *e);
void ml_spill_close(ml_spill *s);

/* --------------------------------------------------------------- audit.c */

/* Bit i of a bitmap. */
#define ML_BIT(map, i) (((map)[(i) >> 6] >> ((i) & 63)) & 1)

typedef struct ml_audit_opts {
	int    filter;                  /* enum ml_filter */
	double frac_noise;              /* 1.0 */
	long   min_examples_per_class;  /* 1 */
	const char *num_to_remove;      /* --num-to-remove-per-class: k counts joined with ',', or NULL */
	int    rank_method;             /* enum ml_method to rank the flagged rows, or -1 */
	int    want_default;            /* also cleanlab's default per-class flags (mlreport) */
	const ml_agg *score_agg;        /* non-NULL: a->score = every row's label_score, ... */
	int    score_method;            /* ... unadjusted, with this method (mlreport) */
	int    want_bits;               /* keep the given and predicted (p > 0.5) label bits */
	int    score_rows;              /* rows get label scores (mlreport): no class at all is an error */
} ml_audit_opts;

/*
 * cleanlab's find_label_issues and find_multilabel_issues_per_class over a
 * whole stream (SPEC 3): one pass over the rows (spilled column-wise), then
 * one class at a time.
 */
typedef struct ml_audit {
	size_t n, k;
	ml_cols cols;                   /* the roles of the columns */
	unsigned char *issue;           /* n: the row is flagged (is_label_issue) */
	uint64_t *flags;                /* n*k bits, bit i*k+c: class c of row i judged wrong */
	uint64_t *def_flags;            /* the same with cleanlab's defaults (want_default), or == flags */
	uint64_t *flag_given;           /* bit i*k+c: flagged and class c is given ("-c", else "+c") */
	size_t nissues;                 /* rows flagged */
	size_t *order;                  /* the flagged rows: ranked (rank_method) or ascending */
	double *rank_score;             /* n: EMA 0.8 of rank_method's class scores, or NULL */
	ml_cl_result *res;              /* k: thresholds and confident joints (default filter options) */
	size_t *given;                  /* k: rows with class c given */
	size_t def_nissues;             /* rows flagged with the defaults (health score) */
	size_t *def_given, *def_added;  /* k: default per-class flags on rows with / without c */
	char  *too_few;                 /* warnings collected: class lists per kind, or NULL */
	double *score;                  /* n: label_score (score_agg), or NULL */
	uint64_t *given_bits;           /* n*k bits, bit i*k+c: class c given to row i (want_bits) */
	uint64_t *pred_bits;            /* n*k bits: p_c > 0.5 in row i (want_bits), or NULL */
} ml_audit;

/*
 * Reads all rows of r (opened with ML_READ_REWIND) and runs the audit.
 * Returns -2 when num_to_remove does not hold one count per class (a
 * usage error: the count is known only once the header is read).
 */
int ml_audit_run(ml_audit *a, ml_reader *r, const char *labname, const ml_audit_opts *o, ml_err *e);
/* Writes the thresholds and confident joints as TSV (expected_joint.tsv's columns). */
int ml_audit_write_joint(const ml_audit *a, const char *path, ml_err *e);
/* Prints the collected cleanlab warnings (one line per kind) on stderr. */
void ml_audit_warn(const ml_audit *a);
void ml_audit_free(ml_audit *a);

/* -------- report.c */

/*
 * mlreport's audit (SPEC 4, 5.12): the label check's summary and its most
 * severe examples, and cleanlab's dataset health tables, rendered as text
 * (Datalab's report layout), one JSON document, or one self-contained HTML
 * page with inline SVG charts.
 */

/* Per-class bits of a reported example. */
enum { ML_REP_GIVEN = 1, ML_REP_PREDICTED = 2, ML_REP_WRONG = 4 };

typedef struct ml_rep_example {
	size_t row;             /* 0-based data row */
	char  *id;              /* the id column's text, or NULL: the id is the row number */
	double score;           /* label_score */
	unsigned char *cls;     /* k: ML_REP_* bits per class (predicted = p > 0.5), or NULL:
	                           the bits are the ml_rep's bitmaps' (ml_rep_class) */
} ml_rep_example;

typedef struct ml_rep_opts {
	int    method;          /* label_score: enum ml_method ... */
	ml_agg agg;             /* ... aggregated with agg ... */
	int    adjust;          /* ... after adjust_pred_probs */
	int    recompute;       /* a score or filter option was given: ignore the input's
	                           label_score / is_label_issue / issue_classes columns */
	const char *idcol;      /* --id, or NULL: "id" when present, else the row number */
	int    utf8_ids;        /* the ids go into JSON: refuse one that is not valid UTF-8 */
	int    lines;           /* TAB input: the second pass may replay raw lines */
} ml_rep_opts;

typedef struct ml_rep {
	size_t n, k;
	char **names;           /* k class names */
	char  *idname;          /* the id column's name, or NULL */
	double score;           /* issue summary score: mean label_score */
	size_t nissues;         /* flagged rows (is_label_issue) */
	double health;          /* overall_multilabel_health_score (cleanlab's defaults) */
	ml_common_row *common;  /* common_multilabel_issues: 2k rows, cleanlab's order */
	ml_class_rank *ranking; /* classes_by_multilabel_quality: k rows, cleanlab's order */
	double *scores;         /* n: every row's label_score */
	ml_rep_example *ex;     /* the nissues flagged rows, most severe first */
	const uint64_t *given_bits, *pred_bits, *wrong_bits;   /* n*k bits, borrowed from the
	                           ml_audit (which must outlive the ml_rep), or NULL */
} ml_rep;

/*
 * The report's second pass over r (opened with ML_READ_REWIND, already read
 * by ml_audit_run into a): rewinds r, takes or computes every label_score,
 * the flagged rows' ids, labels and issue classes, and the health tables.
 * When the audit kept a->score and the label bits (ml_audit_opts score_agg,
 * want_bits) and the input's own label_score / is_label_issue columns are
 * not used, only the flagged rows' ids are read again (raw lines when
 * o->lines), and rep borrows a's bitmaps.
 */
int ml_rep_build(ml_rep *rep, const ml_audit *a, ml_reader *r, const ml_rep_opts *o, ml_err *e);
void ml_rep_free(ml_rep *rep);
/* The ML_REP_* bits of class c of a reported example. */
unsigned ml_rep_class(const ml_rep *rep, const ml_rep_example *x, size_t c);
/*
 * Renders the report into a malloc'ed buffer (*buf, *len): text with the
 * top most severe examples (colour: ANSI bold and red), JSON, or HTML;
 * d (or NULL) adds the other checks' summary rows and sections.
 * Return 0, or -1 when out of memory.
 */
struct ml_rep_dl;
int ml_rep_text(const ml_rep *rep, const struct ml_rep_dl *d, size_t top, int colour, char **buf,
                size_t *len);
int ml_rep_html(const ml_rep *rep, const struct ml_rep_dl *d, size_t top, char **buf, size_t *len);

/*
 * Datalab's checks besides label (SPEC 5.2): null, outlier, near_duplicate
 * and non_iid, with label (when there is a label report) kept in Datalab's
 * execution order null, label, outlier, near_duplicate, non_iid.  A check
 * that fails (missing feature values, too few rows) is left out, as Datalab
 * leaves it out, with its message in errors.
 */
enum { ML_DL_MAXCHECKS = 5 };
typedef struct ml_rep_dl {
	size_t n;
	long   num_classes;             /* |V|, the distinct label values; -1 without labels */
	size_t nchecks;                 /* the checks that succeeded, in execution order */
	ml_dl_check check[ML_DL_MAXCHECKS];
	char **id;                      /* n: ids of the rows JSON lists (others NULL) */
	char  *errors;                  /* "Error in NAME: message\n" per failed check, or NULL */
	void  *priv;                    /* the storage behind check[] */
} ml_rep_dl;

/*
 * Non-zero when the header of r has feature columns PREFIX<name> or a kNN
 * graph column (knn, knn_dist), or, with issues, a column of the checks'
 * (<name>_score, is_<name>_issue, near_duplicate_set).
 */
int ml_rep_has_features(const ml_reader *r, const char *prefix, int issues);
/*
 * The checks on r (opened with ML_READ_REWIND), with the label check from
 * rep and a (or both NULL: no label check); idcol as ml_rep_opts.idcol;
 * labname the label-list column (NULL: "labels"); top: the example rows.
 * stream == 0 (mlreport --features): every check runs, with cleanlab's
 * defaults, on the features PREFIX<name> (required) or the stream's kNN
 * graph.  stream != 0 (plain mlreport, rep required): a check whose columns
 * are in the stream (mlnull, mloutlier, mldups, mlnoniid) is taken as
 * given; the others run when the stream has what they need (features, or
 * the graph); non_iid's p-value is computed with the defaults on the graph
 * (NaN, with a warning, without one).
 */
int ml_rep_features(ml_rep_dl *d, const ml_rep *rep, const ml_audit *a, ml_reader *r,
                    const char *labname, const char *idcol, const char *prefix, size_t top,
                    int stream, ml_err *e);
void ml_rep_dl_free(ml_rep_dl *d);
/* Datalab.report() of the checks with top examples each, mlaudit's pointers in place of cleanlab's. */
int ml_rep_dl_text(const ml_rep_dl *d, size_t top, char **buf, size_t *len);
/*
 * The JSON document: rep's label audit (rep may be NULL when d is given)
 * and, when d != NULL, one issue_summary row per check and each feature
 * check's flagged rows.
 */
int ml_rep_json(const ml_rep *rep, const ml_rep_dl *d, char **buf, size_t *len);
/* The same written to w as it is made (the flagged rows can be millions); -1: out of memory. */
int ml_rep_json_write(const ml_rep *rep, const ml_rep_dl *d, ml_writer *w);

#endif
