/*
 * report/internal.h - the table the text and HTML renderings fill, shared
 * inside report/ only (prefix rt_).
 */
#ifndef ML_REPORT_INTERNAL_H
#define ML_REPORT_INTERNAL_H

#include "report/report.h"

enum { COL_STR, COL_NUM };

/* A pandas table being filled; a failed allocation sets oom and is reported at the end. */
typedef struct rt_table {
	size_t nrows, ncols;
	const char **head;      /* ncols */
	int *kind;              /* ncols: COL_STR / COL_NUM */
	char **cell;            /* nrows * ncols, row-major */
	char **index;           /* nrows, or NULL: no index column */
	int oom;
} rt_table;

int rt_init(rt_table *t, size_t nrows, size_t ncols, int with_index);
void rt_free(rt_table *t);
/* Takes s (malloc'ed, NULL = out of memory) as cell (i, j). */
void rt_set(rt_table *t, size_t i, size_t j, char *s);
void rt_col_str(rt_table *t, size_t j, size_t i, const char *s);
void rt_col_long(rt_table *t, size_t j, size_t i, long v);
void rt_col_bool(rt_table *t, size_t j, size_t i, int v);
/* Column j of every row from v[0..nrows-1], formatted as pandas does. */
void rt_col_float(rt_table *t, size_t j, const double *v);
/* Datalab's layout of the table, with a final newline. */
void rt_render(const rt_table *t, ml_buf *b);
/*
 * "[a, b]" of the example's classes set in map (one of rep's bitmaps);
 * signs: "-" before a given class, "+" before another (the wrong ones).
 */
char *rt_class_list(const ml_rep *rep, const ml_rep_example *x, const uint64_t *map, int signs);
/* The example's id, or its row number. */
char *rt_example_id(const ml_rep_example *x);

/* The tables of the report (text and HTML alike); 0, or -1 when out of memory. */
int rt_examples_table(const ml_rep *rep, size_t top, rt_table *t);
int rt_ranking_table(const ml_rep *rep, rt_table *t);
int rt_common_table(const ml_rep *rep, rt_table *t);
int rt_summary_table(const ml_rep *rep, const ml_rep_dl *d, rt_table *t);
/* The checks of the summary table in its order (most issues first), malloc'ed; NULL: out of memory. */
size_t *rt_check_order(const ml_rep_dl *d);
/* Issues of every check, the label check's included. */
size_t rt_issues_total(const ml_rep *rep, const ml_rep_dl *d);

#endif
