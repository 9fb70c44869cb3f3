/*
 * scatter.c - the data of the HTML report's scatter picture (cleanlab's
 * multi-label tutorial plots the examples by their two features, coloured
 * by given label set, label issues circled): the examples' two feature
 * values, or with more feature columns their first two principal
 * components, for a sample of at most ML_SCATTER_MAX examples (every
 * stride-th one and the most severe flagged ones).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

enum { ML_SCATTER_MAX = 4000, ML_SCATTER_FLAGGED = 1000 };

/* The top eigenvector of the symmetric d x d matrix c (power iteration, a fixed start). */
static void
top_eigenvector(const double *c, size_t d, double *v, double *tmp)
{
	size_t i, j, it;
	double norm;

	for (i = 0; i < d; i++)
		v[i] = 1.0 / sqrt((double)d) * (i % 2 ? 0.5 : 1.0);
	for (it = 0; it < 300; it++) {
		for (i = 0; i < d; i++) {
			tmp[i] = 0;
			for (j = 0; j < d; j++)
				tmp[i] += c[i * d + j] * v[j];
		}
		for (norm = 0, i = 0; i < d; i++)
			norm += tmp[i] * tmp[i];
		if (!(norm > 0))
			return;
		norm = sqrt(norm);
		for (i = 0; i < d; i++)
			v[i] = tmp[i] / norm;
	}
	/* A fixed sign: the largest component positive, so the picture does not flip. */
	for (j = 0, i = 1; i < d; i++)
		if (fabs(v[i]) > fabs(v[j]))
			j = i;
	if (v[j] < 0)
		for (i = 0; i < d; i++)
			v[i] = -v[i];
}

/* x (m x d, row-major) onto its first two principal components, into s->x and s->y. */
static int
project(ml_rep_scatter *s, const double *x, size_t m, size_t d)
{
	double *mean = calloc(d, sizeof *mean), *c = calloc(d * d, sizeof *c);
	double *v1 = malloc(d * sizeof *v1), *v2 = malloc(d * sizeof *v2);
	double *tmp = malloc(d * sizeof *tmp), l1;
	size_t i, j, r;
	int rc = -1;

	if (!mean || !c || !v1 || !v2 || !tmp)
		goto out;
	for (r = 0; r < m; r++)
		for (j = 0; j < d; j++)
			mean[j] += x[r * d + j] / (double)m;
	for (r = 0; r < m; r++)
		for (i = 0; i < d; i++)
			for (j = 0; j < d; j++)
				c[i * d + j] += (x[r * d + i] - mean[i]) * (x[r * d + j] - mean[j]);
	top_eigenvector(c, d, v1, tmp);
	/* Deflate: c - l1 v1 v1^T, then its top eigenvector is the second component. */
	for (l1 = 0, i = 0; i < d; i++)
		for (j = 0; j < d; j++)
			l1 += v1[i] * c[i * d + j] * v1[j];
	for (i = 0; i < d; i++)
		for (j = 0; j < d; j++)
			c[i * d + j] -= l1 * v1[i] * v1[j];
	top_eigenvector(c, d, v2, tmp);
	for (r = 0; r < m; r++) {
		s->x[r] = s->y[r] = 0;
		for (j = 0; j < d; j++) {
			s->x[r] += (x[r * d + j] - mean[j]) * v1[j];
			s->y[r] += (x[r * d + j] - mean[j]) * v2[j];
		}
	}
	rc = 0;
out:
	free(mean);
	free(c);
	free(v1);
	free(v2);
	free(tmp);
	return rc;
}

/* The label set of data row `row` as "a,b" ("(no label)" for none), malloc'ed. */
static char *
label_set(const ml_rep *rep, const ml_audit *a, size_t row)
{
	static const ml_list_style style = { "", ",", "", NULL };
	ml_buf b = ML_BUF_INIT;

	ml_class_list(&b, &style, rep->names, rep->k, a->given_bits, NULL, row);
	if (!b.len)
		ml_buf_puts(&b, "(no label)");
	return ml_buf_done(&b, NULL);
}

/* Groups the sampled rows' label sets: the most common first; s->set[] their ranks. */
static int
group_sets(ml_rep_scatter *s, char **name)
{
	size_t i, j, *count = calloc(s->n + 1, sizeof *count), *rank = NULL;
	size_t *first = malloc((s->n + 1) * sizeof *first), nsets = 0;
	int rc = -1;

	if (!count || !first)
		goto out;
	for (i = 0; i < s->n; i++) {
		for (j = 0; j < nsets && strcmp(name[first[j]], name[i]) != 0; j++)
			;
		if (j == nsets)
			first[nsets++] = i;
		count[j]++;
		s->set[i] = j;
	}
	/* Order the sets by count, ties by first appearance (a stable insertion sort). */
	if (!(rank = malloc((nsets + 1) * sizeof *rank)) ||
	    !(s->setname = calloc(nsets + 1, sizeof *s->setname)))
		goto out;
	for (i = 0; i < nsets; i++) {
		for (j = i; j > 0 && count[rank[j - 1]] < count[i]; j--)
			rank[j] = rank[j - 1];
		rank[j] = i;
	}
	for (i = 0; i < nsets; i++) {
		s->setname[i] = name[first[rank[i]]];
		name[first[rank[i]]] = NULL;
		first[rank[i]] = i;     /* now: set -> its rank */
	}
	s->nsets = nsets;
	for (i = 0; i < s->n; i++)
		s->set[i] = first[s->set[i]];
	rc = 0;
out:
	free(count);
	free(first);
	free(rank);
	return rc;
}

int
ml_rep_scatter_build(ml_rep_scatter *s, const ml_rep *rep, const ml_audit *a, ml_reader *r,
                     const char *prefix, ml_err *e)
{
	size_t ncols = ml_reader_ncols(r), d = 0, j, i, m = 0, stride, row, len;
	size_t *fcol = malloc((ncols + 1) * sizeof *fcol);
	unsigned char *pick = NULL, *flag = NULL;
	double *x = NULL, v;
	char **name = NULL;
	const char *f;
	int n, rc = -1;

	memset(s, 0, sizeof *s);
	if (!fcol)
		return ml_err_oom(e);
	for (j = 0; j < ncols; j++)
		if (strncmp(ml_reader_colname(r, j), prefix, strlen(prefix)) == 0)
			fcol[d++] = j;
	if (d < 2 || !rep->n || !a->given_bits) {
		free(fcol);
		return 0;       /* no picture */
	}
	s->d = d;
	if (d == 2) {
		s->xname = ml_reader_colname(r, fcol[0]);
		s->yname = ml_reader_colname(r, fcol[1]);
	}
	/* The sample: every stride-th row and the most severe flagged ones. */
	stride = rep->n / ML_SCATTER_MAX + 1;
	if (!(pick = calloc(rep->n, 1)) || !(flag = calloc(rep->n, 1)))
		goto oom;
	for (i = 0; i < rep->nissues; i++) {
		flag[rep->ex[i].row] = 1;
		if (i < ML_SCATTER_FLAGGED)
			pick[rep->ex[i].row] = 1;
	}
	for (i = 0; i < rep->n; i += stride)
		pick[i] = 1;
	for (i = 0; i < rep->n; i++)
		m += pick[i];
	if (!(x = malloc(m * d * sizeof *x)) || !(s->x = malloc(m * sizeof *s->x)) ||
	    !(s->y = malloc(m * sizeof *s->y)) || !(s->set = malloc(m * sizeof *s->set)) ||
	    !(s->flagged = calloc(m, 1)) || !(name = calloc(m, sizeof *name)))
		goto oom;
	if (ml_reader_rewind(r, e) < 0)
		goto out;
	m = 0;
	while ((n = ml_reader_next(r, e)) > 0) {
		row = ml_reader_rows(r) - 1;
		if (row >= rep->n || !pick[row])
			continue;
		/* A feature value that is not a finite number leaves the row out of the picture. */
		for (j = 0; j < d; j++) {
			f = ml_reader_field(r, fcol[j], &len);
			if (ml_parse_double(f, len, &v) != ML_NUM_OK || !isfinite(v))
				break;
			x[m * d + j] = v;
		}
		if (j < d)
			continue;
		if (!(name[m] = label_set(rep, a, row)))
			goto oom;
		s->flagged[m] = flag[row];
		m++;
	}
	if (n < 0)
		goto out;
	s->n = m;
	if (m == 0) {
		rc = 0;
		goto out;
	}
	if (d == 2) {
		for (i = 0; i < m; i++) {
			s->x[i] = x[2 * i];
			s->y[i] = x[2 * i + 1];
		}
	} else if (project(s, x, m, d) < 0)
		goto oom;
	if (group_sets(s, name) < 0)
		goto oom;
	rc = 0;
	goto out;
oom:
	ml_err_oom(e);
out:
	if (name)
		for (i = 0; i < m; i++)
			free(name[i]);
	free(name);
	free(x);
	free(pick);
	free(flag);
	free(fcol);
	if (rc < 0 || s->n == 0) {
		ml_rep_scatter_free(s);
		memset(s, 0, sizeof *s);
	}
	return rc;
}

void
ml_rep_scatter_free(ml_rep_scatter *s)
{
	size_t i;

	for (i = 0; s->setname && i < s->nsets; i++)
		free(s->setname[i]);
	free(s->setname);
	free(s->x);
	free(s->y);
	free(s->set);
	free(s->flagged);
}
