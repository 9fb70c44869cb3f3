/*
 * features/features.h - Datalab's feature checks: the kNN kernel (no I/O),
 * the checks on a graph, and the features and graph read from a stream.
 */
#ifndef ML_FEATURES_H
#define ML_FEATURES_H

#include "stream/stream.h"
#include "numpy/numpy.h"

/* ---- knn.c (the kernel), knn_dups.c (its duplicate correction), input.c (the
 * stream's features and graph) */

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
/*
 * The query block of a graph split by rows: part `part` (0-based) of
 * `parts` holds rows first .. end - 1, first = floor(part * n / parts),
 * end = floor((part + 1) * n / parts); empty when parts > n for some.
 */
void ml_knn_part_rows(size_t n, size_t part, size_t parts, size_t *first, size_t *end);
/*
 * As ml_knn_build, for the query rows first .. end - 1 against all n rows:
 * g gets end - first rows (g row r is row first + r), each bit for bit its
 * row of the whole graph.  The arguments are checked as for the whole.
 */
int ml_knn_build_rows(ml_knn *g, const double *x, size_t n, size_t dim, size_t k, size_t first,
                      size_t end, int metric, int threads, ml_err *e);
/* cleanlab's exact-duplicate correction of a graph built from x (SPEC 5.5). */
int ml_knn_fix_duplicates(ml_knn *g, const double *x, size_t dim, ml_err *e);
/* The same for the rows first .. first + g->n - 1 of n (duplicates among all n). */
int ml_knn_fix_duplicates_rows(ml_knn *g, const double *x, size_t n, size_t dim, size_t first,
                               ml_err *e);

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
/*
 * The feature columns of r's header, PREFIX<name> (not knn, knn_dist):
 * their number, and their column numbers in col[] (col may be NULL).
 */
size_t ml_feat_columns(const ml_reader *r, const char *prefix, size_t *col);
/* Reads all rows of r (flags ML_FEAT_*).  Without ML_FEAT_X, features are read when present. */
int ml_feat_read(ml_feat *f, ml_reader *r, const char *prefix, int flags, ml_err *e);
/*
 * The graph for a check: the input's own, all of its neighbours (as
 * cleanlab uses a knn_graph argument), else one built from the features
 * with k and metric and duplicate-corrected.  Fails on missing features.
 */
int ml_feat_graph(ml_feat *f, size_t k, int metric, int threads, ml_err *e);
/* The built graph of the query rows first .. end - 1 only (f->g row r is row first + r). */
int ml_feat_graph_rows(ml_feat *f, size_t k, int metric, int threads, size_t first, size_t end,
                       ml_err *e);
void ml_feat_free(ml_feat *f);
/* Writes one field: idx[0..n-1] (d == NULL) or d[0..n-1], joined with ','. */
int ml_feat_write_list(ml_feat *f, ml_writer *w, const size_t *idx, const double *d, size_t n);
typedef struct ml_outlier_info {
	double threshold;       /* th */
	double issue_threshold; /* Q3 + (1/th - 1)(Q3 - Q1) of the average distances */
	double scaling_factor;  /* max(median average distance, 100 eps) unless given */
	double average_ood_score;
	size_t num_issues;
} ml_outlier_info;
/*
 * outlier (SPEC 5.6) over all neighbours of g, threshold in [0, 1];
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

#endif
