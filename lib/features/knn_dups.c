/*
 * knn_dups.c - cleanlab's exact-duplicate correction of a kNN graph
 * (SPEC 5.5): the groups of rows equal in every feature come from all rows,
 * the rewriting touches only the rows the graph holds (a query block).
 */
#include <stdlib.h>

#include "features/features.h"

/* Rows sorted by feature vector (value equality: -0.0 == 0.0), then by row. */
static const double *cmp_x;
static size_t cmp_dim;

static int
cmp_rows(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b, d;

	for (d = 0; d < cmp_dim; d++) {
		double u = cmp_x[i * cmp_dim + d], v = cmp_x[j * cmp_dim + d];
		if (u < v)
			return -1;
		if (u > v)
			return 1;
	}
	return i < j ? -1 : i > j;
}

static int
same_row(const double *x, size_t dim, size_t i, size_t j)
{
	size_t d;

	for (d = 0; d < dim; d++)
		if (!(x[i * dim + d] == x[j * dim + d]))
			return 0;
	return 1;
}

/*
 * Rewrites the rows of one duplicate group G[0..m-1] (ascending), SPEC 5.5,
 * those of them that g holds: rows first .. first + g->n - 1.
 */
static void
fix_group(ml_knn *g, size_t first, const size_t *G, size_t m, size_t *keepi, double *keepd)
{
	size_t k = g->k, h = m - 1 < k ? m - 1 : k, a, c, s, o, *nb;
	double *di;

	for (a = 0; a < m; a++) {
		if (G[a] < first || G[a] - first >= g->n)
			continue;
		nb = g->nbr + (G[a] - first) * k;
		di = g->dist + (G[a] - first) * k;
		if (m >= k + 1) {
			for (c = 0, o = 0; c <= k && o < k; c++)
				if (a > k || c != a)
					nb[o++] = G[c];
			for (c = 0; c < k; c++)
				di[c] = 0.0;
			continue;
		}
		/* Keep the neighbours outside G, in their order, after the h members. */
		for (c = 0, o = 0; c < k && o < k - h; c++) {
			int in = 0;
			for (s = 0; s < m; s++)
				if (G[s] == nb[c])
					in = 1;
			if (!in) {
				keepi[o] = nb[c];
				keepd[o] = di[c];
				o++;
			}
		}
		for (c = 0, s = 0; s < m; s++)
			if (s != a) {
				nb[c] = G[s];
				di[c] = 0.0;
				c++;
			}
		for (o = 0; o < k - h; o++) {
			nb[h + o] = keepi[o];
			di[h + o] = keepd[o];
		}
	}
}

int
ml_knn_fix_duplicates_rows(ml_knn *g, const double *x, size_t n, size_t dim, size_t first,
                           ml_err *e)
{
	size_t i, j, *ord, *keepi;
	double *keepd;

	if (g->n == 0)
		return 0;
	ord = malloc(n * sizeof *ord + 1);
	keepi = malloc(g->k * sizeof *keepi + 1);
	keepd = malloc(g->k * sizeof *keepd + 1);
	if (!ord || !keepi || !keepd) {
		free(ord);
		free(keepi);
		free(keepd);
		return ml_err_oom(e);
	}
	for (i = 0; i < n; i++)
		ord[i] = i;
	cmp_x = x;
	cmp_dim = dim;
	qsort(ord, n, sizeof *ord, cmp_rows);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && same_row(x, dim, ord[i], ord[j]); j++)
			;
		if (j - i >= 2)
			fix_group(g, first, ord + i, j - i, keepi, keepd);
	}
	free(ord);
	free(keepi);
	free(keepd);
	return 0;
}

int
ml_knn_fix_duplicates(ml_knn *g, const double *x, size_t dim, ml_err *e)
{
	return ml_knn_fix_duplicates_rows(g, x, g->n, dim, 0, e);
}
