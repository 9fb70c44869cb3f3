/*
 * cv/cv.h - out-of-fold predicted probabilities from features (mlcv): the
 * stream input, iterative stratification into folds, and the one-vs-rest
 * models (distance-weighted kNN, liblinear's logistic regression).
 */
#ifndef ML_CV_H
#define ML_CV_H

#include "stream/stream.h"
#include "numpy/numpy.h"
#include "features/features.h"

/* ---------------------------------------------------------------- data.c */

/* What mlcv reads, every row in memory. */
typedef struct ml_cv_data {
	size_t  n, dim, k;      /* rows, feature columns, classes */
	double *x;              /* n x dim, row-major */
	unsigned char *y;       /* n x k given labels, 0/1 */
	size_t *count;          /* k: rows given each class */
	char  **names;          /* k class names (malloc'ed) */
	size_t *fold;           /* n fold numbers from --folds-from, else NULL */
	size_t  nfolds;         /* with fold: the largest fold number + 1 */
	int     dups;           /* a label list named a class twice */
} ml_cv_data;

typedef struct ml_cv_input {
	const char *prefix;     /* feature columns are PREFIX<name> */
	const char *labname;    /* -l: the label-list column, or NULL */
	char *const *classes;   /* -c: the class names in order, or NULL (from the labels) */
	size_t nclasses;
	const char *folds_from; /* --folds-from: the fold column, or NULL */
} ml_cv_input;

/*
 * Reads every row of r (just opened, with ML_READ_REWIND: a pass may read
 * the labels first; r is rewound at the end, for the output pass).  Labels come from -l, else "labels", else the y_ columns.
 * Classes: in's classes; else the y_ columns in header order; else those of
 * the label lists: 0..max when every class token is an index, otherwise
 * the distinct names in byte order.  Errors besides bad fields: no feature
 * columns, no labels, no data rows, fewer than 2 classes, a class given to
 * every row.  0, or -1 with e set.
 */
int ml_cv_read(ml_cv_data *d, ml_reader *r, const ml_cv_input *in, ml_err *e);
void ml_cv_data_free(ml_cv_data *d);

/* --------------------------------------------------------------- folds.c */

/*
 * Iterative stratification (Sechidis, Tsoumakas & Vlahavas, 2011) of the
 * n x k labels y into nfolds folds of near-equal size: rows are taken in
 * the order of a seeded permutation (numpy's legacy MT19937), the rarest
 * remaining class first, each row to the fold that still wants that class
 * most (then the fold that wants most rows, then the lowest fold number).
 * A repair pass then moves rows so that every class with at least nfolds
 * rows is in every fold, where a move keeps every such class in its source
 * fold.  fold[i] receives row i's fold.  Errors: nfolds < 2, n < nfolds.
 */
int ml_cv_stratify(const unsigned char *y, size_t n, size_t k, size_t nfolds, uint32_t seed,
                   size_t *fold, ml_err *e);

/* --------------------------------------------------------------- model.c */

enum ml_cv_model { ML_CV_AUTO = 0, ML_CV_KNN, ML_CV_LOGREG };
/* "auto", "knn" or "logreg"; -1 if none. */
int ml_cv_model_parse(const char *s);
const char *ml_cv_model_name(int model);

typedef struct ml_cv_params {
	int    model;           /* ML_CV_* */
	size_t knn_k;           /* neighbours (distance-weighted) */
	double C;               /* inverse L2 regularisation strength */
	int    threads;         /* 0: as many as there are cores */
} ml_cv_params;

typedef struct ml_cv_result {
	int    model;           /* the model whose probabilities p holds */
	double log_loss[3];     /* mean out-of-fold log loss per model run (NaN: not run) */
} ml_cv_result;

/*
 * Out-of-fold probabilities p[n x k]: for every fold f, the rows of the
 * other folds are the training set; features are standardised with the
 * training rows' mean and (population) standard deviation, one model per
 * class is fitted on them and predicts the rows of fold f.  A class with a
 * single label value in the training rows predicts that value.  ML_CV_AUTO
 * runs both models and keeps the one with the lower log loss (ties: knn).
 */
int ml_cv_predict(const double *x, size_t n, size_t dim, const unsigned char *y, size_t k,
                  const size_t *fold, size_t nfolds, const ml_cv_params *par, double *p,
                  ml_cv_result *res, ml_err *e);
/* Mean binary log loss over the n x k cells, p clipped to [1e-15, 1 - 1e-15]. */
double ml_cv_log_loss(const double *p, const unsigned char *y, size_t n, size_t k);

#endif
