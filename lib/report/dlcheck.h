/*
 * report/dlcheck.h - inside report/ only (prefix dl_): the pieces of
 * Datalab's whole audit, ml_rep_features (checks.c): the checks' columns
 * given in the stream (given.c) and the label-value pass (labels.c).
 */
#ifndef ML_REPORT_DLCHECK_H
#define ML_REPORT_DLCHECK_H

#include "report/report.h"

/* The storage behind a ml_rep_dl's checks. */
struct dl_store {
	unsigned char *flag[ML_DL_MAXCHECKS];
	double *score[ML_DL_MAXCHECKS];
	char **given, **predicted;      /* n: the label table's rows (others NULL) */
	char **sets;                    /* n: near_duplicate_sets */
	double *nn_dist;                /* n: distance_to_nearest_neighbor */
	ml_dl_col label_extra[2], dup_extra[2];
	char additional[64];
};

/*
 * A feature check's columns in the stream (ml_checks[i].columns, written
 * by mlnull, mloutlier, mldups, mlnoniid); the label check's are never here.
 */
struct dl_given {
	size_t score, flag, set;        /* column numbers, or SIZE_MAX */
	double *s;                      /* n: the scores read */
	unsigned char *f;               /* n: the flags read */
};

/* The checks' columns in the header of r (SIZE_MAX: absent); the number of them present. */
int dl_given_cols(const ml_reader *r, struct dl_given *g);
/*
 * The checks given in the stream: a check is given when all of its
 * columns are there; some without the others is an error.  Returns how
 * many checks are given, or -1.
 */
int dl_given_find(const ml_reader *r, struct dl_given *g, ml_err *e);
/* Reads the given checks' columns of the n rows of r; near_duplicate's sets into st->sets. */
int dl_given_read(struct dl_given *g, struct dl_store *st, ml_reader *r, size_t n, ml_err *e);
/* Summary of a given check: count of flags, mean of scores (null: the rows null in full, in part). */
void dl_given_summary(ml_dl_check *k, size_t n);

/*
 * The label pass: num_classes, and for the rows marked in want the ids
 * and (want_labels, bit 2 of want) the given and predicted label lists
 * as Datalab prints them.
 */
int dl_label_pass(ml_rep_dl *d, struct dl_store *st, const ml_audit *a, ml_reader *r,
                  const char *labname, const char *idcol, const unsigned char *want,
                  int want_labels, ml_err *e);

#endif
