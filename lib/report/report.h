/*
 * report/report.h - mlreport's audit: the report model built by a second
 * pass, Datalab's text, JSON and HTML renderings, and Datalab's other checks.
 */
#ifndef ML_REPORT_H
#define ML_REPORT_H

#include "checks/checks.h"
#include "split/split.h"

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

/* -------- report.c */

/*
 * mlreport's audit (SPEC 4, 5.12): the label check's summary and its most
 * severe examples, and cleanlab's dataset health tables, rendered as text
 * (Datalab's report layout), one JSON document, or one self-contained HTML
 * page with inline SVG charts.
 */

typedef struct ml_rep_example {
	size_t row;             /* 0-based data row */
	char  *id;              /* the id column's text, or NULL: the id is the row number */
	double score;           /* label_score */
	size_t bits;            /* the example's bit row in the ml_rep's bitmaps */
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
	char *const *dropped;   /* the classes left out (--drop-class), borrowed from the audit */
	size_t ndropped;
	char  *idname;          /* the id column's name, or NULL */
	double score;           /* issue summary score: mean label_score */
	size_t nissues;         /* flagged rows (is_label_issue) */
	double health;          /* overall_multilabel_health_score (cleanlab's defaults) */
	ml_common_row *common;  /* common_multilabel_issues: 2k rows, cleanlab's order */
	ml_class_rank *ranking; /* classes_by_multilabel_quality: k rows, cleanlab's order */
	double *scores;         /* n: every row's label_score (NULL from a split state) */
	size_t hist[ML_SPLIT_BINS];     /* the label_scores' histogram (ml_split_bin) */
	ml_rep_example *ex;     /* the nissues flagged rows, most severe first */
	/*
	 * k bits a row, bit row ex[].bits: the classes given, predicted (p > 0.5)
	 * and judged wrong of each reported example.  Borrowed from the ml_audit
	 * (which must outlive the ml_rep; a bit row is a data row), or own[]
	 * (a bit row per flagged row).
	 */
	const uint64_t *given_bits, *pred_bits, *wrong_bits;
	uint64_t *own[3];
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
/*
 * The same model from a split audit's report state (mlreport --state): the
 * scores' mean and histogram, the flagged rows ranked as ml_rep_build ranks
 * them, the health tables from their flags.  utf8_ids: refuse an id that
 * is not valid UTF-8 (JSON).  0, or -1 with e set.
 */
int ml_rep_from_split(ml_rep *rep, const ml_split *s, int utf8_ids, ml_err *e);
/*
 * Renders the report into a malloc'ed buffer (*buf, *len): text with the
 * top most severe examples (colour: ANSI bold and red), JSON, or HTML;
 * d (or NULL) adds the other checks' summary rows and sections.
 * Return 0, or -1 when out of memory.
 */
struct ml_rep_dl;
int ml_rep_text(const ml_rep *rep, const struct ml_rep_dl *d, size_t top, int colour, char **buf,
                size_t *len);

/* A quality gate and its outcome (mlreport --fail-under, --class-fail-under). */
typedef struct ml_rep_gate {
	const char *cls;        /* the class, or NULL: the overall multilabel health score */
	double threshold;       /* the gate trips when value < threshold */
	double value;           /* the measured score */
	int passed;
} ml_rep_gate;
/* The gates as given: --fail-under (overall), --class-fail-under [CLASS=]SCORE (gates.c). */
typedef struct ml_rep_class_gate {
	char *cls;              /* NULL: every class */
	double threshold;
} ml_rep_class_gate;
typedef struct ml_rep_gates {
	int overall;            /* --fail-under given */
	double fail_under;
	ml_rep_class_gate *cls;
	size_t ncls;
} ml_rep_gates;
/* Adds a class gate (cls NULL: every class; else its first len bytes); -1 if out of memory. */
int ml_rep_gates_add(ml_rep_gates *g, const char *cls, size_t len, double threshold);
/* The first gated class that known(arg, name) says is not a class, or NULL. */
const char *ml_rep_gates_unknown(const ml_rep_gates *g, int (*known)(const void *, const char *),
                                 const void *arg);
/*
 * Every gate's outcome on rep in *out (malloc'ed, *n of them): the overall
 * one, then one per gated class, worst class first; -1 if out of memory.
 */
int ml_rep_gates_eval(const ml_rep_gates *g, const ml_rep *rep, ml_rep_gate **out, size_t *n);
void ml_rep_gates_free(ml_rep_gates *g);
/*
 * The HTML report's scatter picture (scatter.c): n examples at (x, y), the
 * stream's two feature columns (xname, yname) or, with d > 2 of them,
 * their first two principal components; set[i] indexes setname, the given
 * label sets, most common first; flagged[i]: a label issue (circled).
 */
typedef struct ml_rep_scatter {
	size_t n, d, nsets;
	double *x, *y;
	size_t *set;
	char **setname;
	unsigned char *flagged;
	const char *xname, *yname;      /* d == 2: the reader's column names */
} ml_rep_scatter;
/*
 * Reads the feature columns PREFIX<name> of r (rewound; a's given label
 * bits, want_bits) for a sample of the examples.  Fewer than two feature
 * columns, or no row with finite values: s->n == 0, no picture.
 * 0, or -1 with e set.
 */
int ml_rep_scatter_build(ml_rep_scatter *s, const ml_rep *rep, const ml_audit *a, ml_reader *r,
                         const char *prefix, ml_err *e);
void ml_rep_scatter_free(ml_rep_scatter *s);

/* What the JSON and HTML renderings record about the run that made them. */
typedef struct ml_rep_run {
	const char *tool;               /* "mlreport" */
	char *const *inputs;            /* the input names as given ("-": stdin) */
	size_t ninputs;
	char *const *options;           /* the command line's options, as given */
	size_t noptions;
	const ml_rep_gate *gates;       /* every gate, in the order checked */
	size_t ngates;
	const char *date;               /* HTML only: when the report was made, or NULL */
	const ml_rep_scatter *scatter;  /* HTML only: the scatter picture, or NULL */
} ml_rep_run;
/* run (or NULL: nothing recorded) names the input, date, version and gates. */
int ml_rep_html(const ml_rep *rep, const struct ml_rep_dl *d, const ml_rep_run *run, size_t top,
                char **buf, size_t *len);

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
	/* The checks that did not run, in execution order, and why (for the report and the exit status). */
	size_t nfailed;
	const char *failed[ML_DL_MAXCHECKS];
	char  *failed_why[ML_DL_MAXCHECKS];
	char  *warnings;                /* "NAME: message\n" per warning, or NULL (the tool prints them) */
	void  *priv;                    /* the storage behind check[] */
} ml_rep_dl;

/*
 * Non-zero when the header of r has feature columns PREFIX<name> or a kNN
 * graph column (knn, knn_dist), or, with issues, a column of the checks'
 * (<name>_score, is_<name>_issue, near_duplicate_set).
 */
int ml_rep_has_features(const ml_reader *r, const char *prefix, int issues);
/*
 * The checks that did not run, one line per reason: "NAME, NAME: why\n"
 * (checks that failed for the same reason share a line), prefix before
 * each; NULL when every check ran (or out of memory: *oom set).
 */
char *ml_rep_dl_not_run(const ml_rep_dl *d, const char *prefix, int *oom);
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
 * (NaN, with a warning in d->warnings, without one).  The class order is
 * the p_ columns' (num_classes is their number, the predicted lists name
 * them as the labels do: by index or by name); rows are named by the id
 * column (idcol).
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
 * check's flagged rows, written to w as it is made (the flagged rows can
 * be millions); -1: out of memory.
 */
/*
 * run (or NULL) adds, after everything else, "gates" (each gate's class,
 * threshold, value and whether it passed) and "run" (tool, version,
 * inputs and options).
 */
int ml_rep_json_write(const ml_rep *rep, const ml_rep_dl *d, const ml_rep_run *run,
                      ml_writer *w);

#endif
