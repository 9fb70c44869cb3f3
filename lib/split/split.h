/*
 * split/split.h - the label audit split into parts that merge exactly.
 *
 * A dataset cut into P parts (in row order) is audited in rounds.  In each
 * round every part reads its rows and writes a small summary (ml_split_part);
 * the summaries merge in any grouping (ml_split_merge), and once all P parts
 * are in, the merged summary completes the round (ml_split_advance) and is
 * the state the parts read in the next one.  The last state lets each part
 * write its own rows (ml_split_rows_*), equal to its share of a single run.
 * The text format and the rounds are described in mlmerge(1).
 */
#ifndef ML_SPLIT_H
#define ML_SPLIT_H

#include "label/label.h"

#define ML_SPLIT_MAGIC   "mlaudit-summary"
#define ML_SPLIT_VERSION 2

/*
 * mlreport's parts go one round further: with the finished state they write
 * the report's summary (round finish), whose merge is the state "report"
 * that mlreport --state renders.
 */
enum ml_split_round {
	ML_ROUND_COUNT, ML_ROUND_SUMS, ML_ROUND_JOINT, ML_ROUND_PRUNE, ML_ROUND_TIES,
	ML_ROUND_FINISH, ML_ROUND_REPORT
};
const char *ml_split_round_name(int round);

/* The two orders prune filters cut: by noise rate (margin), by class (B[i][k]). */
enum { ML_SEL_NOISE, ML_SEL_CLASS };

/* A known piece of one side's pairwise sum: a tree node, or a raw value (len 0). */
typedef struct ml_split_item {
	uint64_t lo, len;
	double v;
} ml_split_item;

/* What is known of the sum of one side (given k) of one class. */
typedef struct ml_split_side {
	ml_split_item *it;
	size_t n, cap;
	uint64_t folded;        /* blocks 0..folded-1 are added up in acc */
	double acc;
} ml_split_side;

/* A distinct key and how many rows have it. */
typedef struct ml_split_key {
	double key;
	uint64_t count;
} ml_split_key;

/* Which rows of one side one prune order flags: the `want` lowest keys. */
typedef struct ml_split_cut {
	uint64_t want;          /* 0: none */
	double v;               /* the want-th lowest key */
	uint64_t less, eq;      /* rows with key < v and key == v */
	uint64_t *tie;          /* when less + eq > want: side positions of the tied rows flagged */
	size_t ntie;
	ml_split_key *cand;     /* prune round: the lowest keys seen, >= want rows */
	size_t ncand;
	double **keys;          /* ties round: every key of the side, per part */
	uint64_t *nkeys;
} ml_split_cut;

/* The HTML report's histogram of label scores: bin of score x (NaN: 0). */
enum { ML_SPLIT_BINS = 20 };
static inline size_t
ml_split_bin(double x)
{
	return x >= 1 ? ML_SPLIT_BINS - 1 : x <= 0 || x != x ? 0 : (size_t)(x * ML_SPLIT_BINS);
}

/* A flagged row of the report: its place, label_score, id and label bits. */
typedef struct ml_split_issue {
	uint64_t row;           /* 0-based in the whole dataset */
	double score;
	char *id;               /* the id column's text (NUL-free), or NULL: none */
	uint64_t *bits;         /* 3 bit rows of k bits: given, predicted (p > 0.5), judged wrong */
} ml_split_issue;

/* mlreport's last round: what the report needs of every part, bounded by the flagged rows. */
typedef struct ml_split_report {
	ml_split_side score;    /* every label_score's sum, in pieces */
	double sum;             /* that sum, once every part is in (the report state) */
	uint64_t hist[ML_SPLIT_BINS];
	char *idname;           /* the id column's name, or NULL: the rows are numbered */
	ml_split_issue *issue;  /* the flagged rows, ascending */
	size_t nissue, cap;
} ml_split_report;

typedef struct ml_split {
	char *tool;             /* "mlscore", "mlfilter" or "mlreport" */
	char *options;          /* the options line, as written */
	int filter, adjust;     /* parsed from options */
	double frac_noise;
	long min_examples, *ntr;
	int method;             /* mlreport's label_score: method, aggregator, --id */
	ml_agg agg;
	char *idcol;            /* NULL: "id" when there is one */
	size_t k;
	char **names;
	size_t parts;           /* P */
	int round;              /* the round whose data this holds (or the state is for) */
	int is_state;           /* a finished round: what the parts of `round` read */
	unsigned char *have;    /* P: part present */
	uint64_t *pn, *pn1;     /* P rows, P*k rows with class c given */
	uint64_t n, *n1;        /* totals, once counted */
	double *thr;            /* 2k thresholds, once summed */
	long *raw;              /* 4k uncalibrated joints (diagonal >= 1), once joined */
	ml_split_cut *cut;      /* 4k: [(c * 2 + sel) * 2 + k] */
	ml_split_side *side;    /* 2k: sums round data */
	long *cj;               /* 4k: joint round data */
	ml_split_report *rp;    /* mlreport's finish round data, then its report state */
} ml_split;

/*
 * The options line of a tool: mlscore's (adjust, labels) or mlfilter's
 * (filter, frac_noise, min_examples_per_class, num_to_remove, labels).
 * Malloc'ed, NULL when out of memory.
 */
char *ml_split_options(const char *tool, const ml_audit_opts *o, int adjust, const char *labels);
/* mlreport's: mlfilter's, then label_score's method, aggregator and adjust, and --id. */
char *ml_split_report_options(const ml_audit_opts *o, int method, const ml_agg *agg, int adjust,
                              const char *labels, const char *idcol);
/*
 * A fresh summary for round 1 (count) of a tool: -2 when num_to_remove
 * does not hold k counts (a usage error), -1 on other errors.
 */
int ml_split_init(ml_split *s, const char *tool, const char *options, size_t k,
                  char *const *names, size_t parts, ml_err *e);
/* Reads the one summary (or state) in the file at path ("-": stdin). */
int ml_split_read(ml_split *s, const char *path, ml_err *e);
/*
 * Parses the summary at the start of text[0..len-1] (modified in place),
 * whose first line is line *line + 1 of path; *used gets the bytes it
 * took, *line its last line.  Summaries may follow one another in a file.
 */
int ml_split_parse(ml_split *s, char *text, size_t len, const char *path, unsigned long *line,
                   size_t *used, ml_err *e);
/* The summary as text into b. */
void ml_split_text(const ml_split *s, ml_buf *b);
void ml_split_free(ml_split *s);
/* 1 when every part is in (a state for the round s->round). */
int ml_split_complete(const ml_split *s);
/*
 * The tool's check of a state it is given: same tool, options and classes
 * (names from the header of its part), every part in.
 */
int ml_split_check_state(const ml_split *s, const char *tool, const char *options, size_t k,
                         char *const *names, size_t parts, const char *path, ml_err *e);
/* Adds the parts and data of b into a (same header and earlier rounds). */
int ml_split_merge(ml_split *a, const ml_split *b, const char *bpath, ml_err *e);
/* The current round's data, allocated empty (idempotent). */
int ml_split_alloc_data(ml_split *s, ml_err *e);
/* Once every part is in: finishes the round and moves on to the next one. */
int ml_split_advance(ml_split *s, ml_err *e);

/*
 * Part `part` (0-based) of a state s for round s->round (or of a fresh
 * summary): reads every row of r and turns s into that part's summary.
 */
int ml_split_part(ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, ml_err *e);

/*
 * tree.c: one side's sum.  The pieces that values vals[0..cnt-1], at
 * positions off.. of a side of total values, hold; the merge of the pieces
 * gathered in sd (sorted, known nodes combined, blocks from 0 on added up);
 * the sum, once everything is in (1, else 0).
 */
int ml_split_side_part(ml_split_side *sd, const double *vals, uint64_t off, uint64_t cnt,
                       uint64_t total);
int ml_split_side_normalize(ml_split_side *sd, uint64_t total);
int ml_split_side_total(const ml_split_side *sd, uint64_t total, double *sum);

/* The last round: a part's rows judged one by one. */
typedef struct ml_split_rows {
	const ml_split *s;
	uint64_t *pos;          /* 2k: global position of the next row on each side */
	uint64_t rows;
} ml_split_rows;
int ml_split_rows_init(ml_split_rows *j, const ml_split *s, size_t part, ml_err *e);
/* flag[c] = class c of this row is judged wrong (mlfilter's per-class flags). */
void ml_split_rows_judge(ml_split_rows *j, const unsigned char *y, const double *p,
                         unsigned char *flag);
/* After the last row: the part's rows must be the ones counted. */
int ml_split_rows_end(const ml_split_rows *j, size_t part, ml_err *e);
void ml_split_rows_free(ml_split_rows *j);

/*
 * finish.c: mlfilter's rows of part `part` (ML_ROWS_FLAGGED, _CLEAN or
 * _ALL with is_label_issue, issue_classes and, with per_class, the
 * issue_<class> columns), the header only for part 0; columns (or NULL):
 * --columns.  -2: a column that is not an output column (a usage error).
 */
int ml_split_filter_rows(const ml_split *s, size_t part, ml_reader *r, const ml_cols *cols,
                         int which, int per_class, const char *columns, ml_writer *w, ml_err *e);

/*
 * report.c: mlreport's part of the finish round: every row judged and
 * scored into s->rp (the label_scores' sum and histogram, the flagged rows
 * with their ids), which becomes the part's summary.
 */
int ml_split_report_part(ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, ml_err *e);

/*
 * drive.c: what a tool's --part I/P [--state FILE] does.  ml_split_load
 * reads a state (NULL path: a fresh summary for the count round) and checks
 * it against the tool, its options and the input's classes.
 * ml_split_summarize runs this round over r and writes the part's summary.
 * -2: a usage error (message in e).
 */
int ml_split_load(ml_split *s, const char *tool, const char *options, const char *path,
                  const ml_cols *cols, size_t parts, ml_err *e);
int ml_split_summarize(ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, ml_writer *w,
                       ml_err *e);
/*
 * The --part run of mlfilter and mlreport over r: its columns, the state
 * (path NULL: a fresh summary), then this round's summary written to out,
 * or, with the finished state and last != NULL, what last writes there
 * (mlfilter: the part's rows, delim-separated).  -2: a usage error.
 */
typedef int (*ml_split_last_fn)(void *arg, ml_split *s, ml_reader *r, const ml_cols *cols,
                                ml_writer *w, ml_err *e);
int ml_split_run(const char *tool, const char *options, ml_reader *r, const char *labname,
                 const char *state, size_t part, size_t parts, const char *out, int delim,
                 ml_split_last_fn last, void *arg, ml_err *e);
/* Parses I/P (1 <= I <= P) into the 0-based part and the count. */
int ml_split_parse_part(const char *s, size_t *part, size_t *parts);

#endif
