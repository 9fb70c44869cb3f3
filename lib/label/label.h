/*
 * label/label.h - the label audit: per-class scores and their aggregation,
 * confident learning per class, cleanlab's summaries, and the whole-stream
 * audit that drives them.
 */
#ifndef ML_LABEL_H
#define ML_LABEL_H

#include "stream/stream.h"
#include "numpy/numpy.h"

/* --------------------------------------------------------------- score.c */

enum ml_method { ML_SELF_CONFIDENCE, ML_NORMALIZED_MARGIN, ML_CWE };
enum ml_aggkind { ML_AGG_EMA, ML_AGG_SOFTMIN, ML_AGG_MEAN, ML_AGG_MIN, ML_AGG_MAX };

typedef struct ml_agg {
	enum ml_aggkind kind;
	double param;           /* EMA alpha or softmin temperature */
	int auto_alpha;         /* EMA with alpha = 2/(K+1) */
} ml_agg;

/* cleanlab's defaults for scoring (SPEC 2.3, 3.3), declared here once: self_confidence, EMA 0.8. */
enum { ML_METHOD_DEFAULT = ML_SELF_CONFIDENCE };
extern const ml_agg ml_agg_default;

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
/* The EMA by a full sort of row (SPEC 2.3 step by step): the reference the faster one is tested against. */
double ml_ema_sorted(double *row, size_t k, double alpha);
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
void ml_cl_calibrate(const long (*raw)[2], const size_t *count, long (*cal)[2]);
/*
 * count, thr, raw and cal of res (too_few cleared) without validation:
 * compute_confident_joint, which cleanlab also runs for a class given to
 * every example.
 */
void ml_cl_joint(const double *p, const unsigned char *y, size_t n, ml_cl_result *res);
/* Scratch for ml_cl_class on up to n rows, reused from class to class (NULL: out of memory). */
typedef struct ml_cl_work ml_cl_work;
ml_cl_work *ml_cl_work_new(size_t n);
void ml_cl_work_free(ml_cl_work *w);
/*
 * The per-class binary problem: fills flag[0..n-1] (0/1) after the
 * agreement rule (SPEC 3.2.8), and res, with scratch w (NULL: allocated
 * for the call).  Errors (e.g. a class given to every example) return -1
 * with a message naming no file.
 */
int ml_cl_class(const double *p, const unsigned char *y, size_t n, const ml_cl_opts *o,
                unsigned char *flag, ml_cl_result *res, ml_cl_work *w, ml_err *e);

/*
 * One row's pieces of the above, for the split audit (lib/split), which
 * judges a row without its whole column: the side of (p, 1-p) confidently
 * true under the thresholds thr (0, 1, or 2 for neither), the agreement
 * rule (1: the flag survives it), and the prune counts of one class from
 * its joint C and side counts: remove[k] rows given k flagged by noise
 * rate, keep[k] kept by prune_by_class.
 */
int ml_cl_guess(double p, const double thr[2]);
int ml_cl_disagrees(double p, int y);
void ml_cl_prune_counts(const long C[2][2], const size_t count[2], const ml_cl_opts *o,
                        long remove[2], long keep[2]);

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

/* --------------------------------------------------------------- audit.c */

/* What cleanlab's scorers raise on a dataset that is not multi-label ("%s": which case). */
#define ML_NOT_MULTILABEL "%s: cleanlab cannot score such labels (Labels must be in multi-label format.)"

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

/* find_label_issues' defaults (SPEC 3.1), declared here once: prune_by_noise_rate, 1.0, 1. */
extern const ml_audit_opts ml_audit_default;

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
/*
 * classes.c, for ml_audit_run: every class's problem on its column of sp
 * with options co (num_to_remove from ntr[c], or -1 without ntr), then with
 * def too unless NULL, into a's bitmaps, issue[], res[] and def_given[],
 * def_added[]; the classes shared out among ml_threads threads.
 */
int ml_audit_classes(ml_audit *a, ml_spill *sp, const ml_cl_opts *co, const ml_cl_opts *def,
                     const long *ntr, ml_err *e);
/* Writes the thresholds and confident joints as TSV (expected_joint.tsv's columns). */
int ml_audit_write_joint(const ml_audit *a, const char *path, ml_err *e);
void ml_audit_free(ml_audit *a);

/* -------------------------------------------------------------- parsed.c */

/*
 * A chunk's rows parsed by a worker of the parallel engine (ml_par_job's
 * part): labels y[k n], probabilities p[k n] and nsc numbers sc[nsc n] a
 * row, taken in input order by the merge.  ml_parsed_row parses the
 * reader's current row into row n (the caller fills its sc and counts it):
 * 0, or -1 with e set.
 */
typedef struct ml_parsed {
	unsigned char *y;
	double *p, *sc;
	size_t n, cap, k, nsc;
} ml_parsed;
ml_parsed *ml_parsed_new(size_t k, size_t nsc);
void ml_parsed_reset(void *arg, void *part);
void ml_parsed_free(void *part);
int ml_parsed_row(ml_parsed *P, const ml_cols *cols, const ml_reader *r, ml_err *e);

/* -------------------------------------------------------------- format.c */

/*
 * How ml_class_list writes a list: open, the items joined with sep, close;
 * each item is pre ("", "-" or "+") and a class name, written by item (NULL:
 * as they are; the JSON renderer quotes them).
 */
typedef struct ml_list_style {
	const char *open, *sep, *close;
	void (*item)(ml_buf *b, const char *pre, const char *name);
} ml_list_style;
/*
 * The classes whose bit is set in bit row `row` of map (k bits a row), in
 * class order, as st writes them.  sign NULL: the names alone; else each
 * name after "-" when its bit in sign is set (a given class judged wrong:
 * remove it) and "+" otherwise (add it): mlfilter's "-face,+nsfw".
 */
void ml_class_list(ml_buf *b, const ml_list_style *st, char *const *names, size_t k,
                   const uint64_t *map, const uint64_t *sign, size_t row);
/*
 * cleanlab's warnings, one "warning: ...\n" line each ("" when none; NULL
 * when out of memory), for the tool to print: the classes given to no
 * example among n rows (given[c]: rows with class c) and, with every != 0,
 * those given to every example.
 */
char *ml_class_warnings(char *const *names, const size_t *given, size_t k, size_t n, int every);
/* The audit's: too few examples to prune per side, then the classes given to no example. */
char *ml_audit_warnings(const ml_audit *a);

/* ===================================================================
 * The tools' dataset-wide passes, out of the tools (thresholds.c, rows.c).
 * =================================================================== */

/*
 * mlscore's conditions on the whole label matrix (given[c]: rows with class
 * c, of n): no data rows, no example with any class, every example with
 * every class (cleanlab: "Labels must be in multi-label format.").
 */
int ml_score_check(const size_t *given, size_t k, size_t n, const ml_reader *r, ml_err *e);
/*
 * --adjust's first pass: reads every row of r (opened with ML_READ_REWIND),
 * adds to given[] and *n, checks them as above, writes the 2k confident
 * thresholds of the classes to thr and rewinds r.
 */
int ml_score_thresholds(const ml_cols *cols, ml_reader *r, double *thr, size_t *given, size_t *n,
                        ml_err *e);

/* Which rows ml_audit_write_rows writes. */
enum { ML_ROWS_FLAGGED, ML_ROWS_CLEAN, ML_ROWS_ALL, ML_ROWS_RANKED };
/* What the cell function of ml_audit_write_rows gets as its arg. */
typedef struct {
	const ml_audit *a;
	size_t row;             /* the 0-based data row being written */
	void *arg;              /* the caller's */
} ml_audit_row;
/*
 * The output pass of an audit: rewinds r, writes the header through L
 * (newnames: its appended columns) and the rows chosen: flagged, clean or
 * all in input order, or the flagged ones in a->order (ML_ROWS_RANKED,
 * through a temporary file).  cell(ml_audit_row *, j, w) writes appended
 * column j.
 */
int ml_audit_write_rows(const ml_audit *a, ml_reader *r, const ml_layout *L,
                        const char *const *newnames, int which, ml_cell_fn cell, void *arg,
                        int delim, ml_writer *w, ml_err *e);

#endif
