/*
 * labels.c - the label pass of Datalab's whole audit: num_classes, the
 * rows' ids, and the given and predicted label lists of the label table.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/dlcheck.h"

/* The distinct label values V (SPEC 5.1), in a growing array. */
struct values {
	char **v;
	size_t n, cap;
};

static int
values_add(struct values *V, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < V->n; i++)
		if (strlen(V->v[i]) == len && memcmp(V->v[i], s, len) == 0)
			return 0;
	if (ml_grow(&V->v, &V->cap, V->n + 1, sizeof *V->v) < 0 ||
	    !(V->v[V->n] = strndup(s, len)))
		return -1;
	V->n++;
	return 0;
}

static void
join_item(ml_buf *b, int *first, const char *s, size_t len)
{
	if (!*first)
		ml_buf_puts(b, ", ");
	*first = 0;
	ml_buf_put(b, s, len);
}

/* What the pass keeps from row to row. */
struct label_pass {
	const ml_audit *a;
	ml_reader *r;
	size_t k, labcol, icol;
	unsigned char *y;       /* k: the row's given classes (y_ columns) */
	double *p;              /* k: the row's probabilities */
	unsigned char *pbits;   /* n*k: p > 0.5 of the rows whose lists are wanted */
	struct values V;
	int by_index;           /* every label token so far is a class index, not a name */
};

/*
 * The current row's given label list, "[v, w]" as it is written, into b,
 * and its values into V.  Without a label list, the y_ columns' classes.
 */
static int
given_list(struct label_pass *P, ml_buf *b, ml_err *e)
{
	const char *s, *t, *end;
	size_t len, c;
	int first = 1, dups;

	ml_buf_puts(b, "[");
	if (P->labcol != (size_t)-1) {
		s = ml_reader_field(P->r, P->labcol, &len);
		for (t = s; len > 0 && t <= s + len; t = end + 1) {
			if (!(end = memchr(t, ',', (size_t)(s + len - t))))
				end = s + len;
			if (values_add(&P->V, t, (size_t)(end - t)) < 0)
				return ml_err_oom(e);
			if (P->a && ml_cols_lookup(&P->a->cols, t, (size_t)(end - t)) != (size_t)-1)
				P->by_index = 0;
			join_item(b, &first, t, (size_t)(end - t));
		}
	} else if (P->a) {
		P->by_index = 0;
		if (ml_cols_labels(&P->a->cols, P->r, P->y, &dups, e) < 0)
			return -1;
		for (c = 0; c < P->k; c++)
			if (P->y[c]) {
				if (values_add(&P->V, P->a->cols.names[c], strlen(P->a->cols.names[c])) < 0)
					return ml_err_oom(e);
				join_item(b, &first, P->a->cols.names[c], strlen(P->a->cols.names[c]));
			}
	}
	ml_buf_puts(b, "]");
	return b->oom ? ml_err_oom(e) : 0;
}

/*
 * The predicted lists, "[c, d]" of the classes with p > 0.5, in the class
 * order (the p_ columns'), named as the labels name them: by class index
 * when every label is written as one, else by class name.  (Datalab names
 * class c by V[c], the c-th distinct label value; that is the same when
 * the p_ columns are in V's order and every class is given.)
 */
static int
predicted_lists(struct label_pass *P, struct dl_store *st, size_t n, ml_err *e)
{
	char num[32];
	const char *s;
	size_t i, c;
	int first;
	ml_buf b;

	for (i = 0; i < n; i++) {
		if (!st->given[i])
			continue;
		memset(&b, 0, sizeof b);
		ml_buf_puts(&b, "[");
		first = 1;
		for (c = 0; c < P->k; c++)
			if (P->pbits[i * P->k + c]) {
				snprintf(num, sizeof num, "%zu", c);
				s = P->by_index ? num : P->a->cols.names[c];
				join_item(&b, &first, s, strlen(s));
			}
		ml_buf_puts(&b, "]");
		if (b.oom)
			return ml_err_oom(e);
		st->predicted[i] = b.s;
	}
	return 0;
}

/* The rows: their given lists and ids where wanted, and V. */
static int
rows_pass(struct label_pass *P, ml_rep_dl *d, struct dl_store *st, const unsigned char *want,
    int want_labels, ml_err *e)
{
	size_t i, c, len;
	const char *s;
	ml_buf b;
	int rc;

	if (ml_reader_rewind(P->r, e) < 0)
		return -1;
	for (i = 0; (rc = ml_reader_next(P->r, e)) > 0 && i < d->n; i++) {
		memset(&b, 0, sizeof b);
		if (given_list(P, &b, e) < 0) {
			free(b.s);
			return -1;
		}
		if (want_labels && st->given[i] == NULL && want[i] & 2) {
			st->given[i] = b.s;
			b.s = NULL;
			if (ml_cols_probs(&P->a->cols, P->r, P->p, e) < 0)
				return -1;
			for (c = 0; c < P->k; c++)
				P->pbits[i * P->k + c] = P->p[c] > 0.5;
		}
		free(b.s);
		if (want[i] && P->icol != (size_t)-1) {
			s = ml_reader_field(P->r, P->icol, &len);
			if (!(d->id[i] = strndup(s, len)))
				return ml_err_oom(e);
		}
	}
	return rc < 0 ? -1 : 0;
}

int
dl_label_pass(ml_rep_dl *d, struct dl_store *st, const ml_audit *a, ml_reader *r,
    const char *labname, const char *idcol, const unsigned char *want, int want_labels, ml_err *e)
{
	struct label_pass P;
	size_t i, n = d->n;
	int ret = -1;

	memset(&P, 0, sizeof P);
	P.a = a;
	P.r = r;
	P.k = a ? a->k : 0;
	P.by_index = 1;
	P.labcol = a ? a->cols.labcol : ml_reader_find(r, "", labname ? labname : "labels");
	P.icol = ml_reader_find(r, "", idcol ? idcol : "id");
	if (idcol && P.icol == SIZE_MAX)
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "no '%s' column (named by --id)", idcol);
	if (P.labcol == SIZE_MAX)
		P.labcol = (size_t)-1;
	if ((P.k && (!(P.y = malloc(P.k)) || !(P.p = malloc(P.k * sizeof *P.p)))) ||
	    (want_labels && !(P.pbits = calloc(n * (P.k ? P.k : 1), 1)))) {
		ml_err_oom(e);
		goto out;
	}
	if (rows_pass(&P, d, st, want, want_labels, e) < 0)
		goto out;
	/*
	 * num_classes: the classes (the p_ columns) when there are any, else
	 * Datalab's, the distinct label values.
	 */
	d->num_classes = a ? (long)a->k : P.V.n ? (long)P.V.n : -1;
	if (want_labels && predicted_lists(&P, st, n, e) < 0)
		goto out;
	ret = 0;
out:
	for (i = 0; i < P.V.n; i++)
		free(P.V.v[i]);
	free(P.V.v);
	free(P.y);
	free(P.p);
	free(P.pbits);
	return ret;
}
