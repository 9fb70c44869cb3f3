/*
 * summary.c - cleanlab's dataset-level tables (SPEC 4.1, 4.2), including
 * their pandas row orders.
 */
#include <stdlib.h>

#include "label/label.h"

int
ml_common_issues(size_t k, const size_t *given, const size_t *added, size_t n,
    ml_common_row *rows)
{
	ml_common_row *emit;
	double *prob;
	size_t *idx, c, i, m = 2 * k;

	emit = malloc((m ? m : 1) * sizeof *emit);
	prob = calloc(m ? m : 1, sizeof *prob);
	idx = malloc((m ? m : 1) * sizeof *idx);
	if (emit == NULL || prob == NULL || idx == NULL) {
		free(emit);
		free(prob);
		free(idx);
		return -1;
	}
	for (c = 0; c < k; c++) {
		emit[2 * c].cls = c;
		emit[2 * c].in_given = 1;
		emit[2 * c].num = given[c];
		emit[2 * c + 1].cls = c;
		emit[2 * c + 1].in_given = 0;
		emit[2 * c + 1].num = added[c];
	}
	for (i = 0; i < m; i++)
		prob[i] = emit[i].prob = (double)emit[i].num / (double)n;
	/* sort_values("Issue Probability", ascending=False) */
	ml_argsort_desc(prob, m, idx);
	for (i = 0; i < m; i++)
		rows[i] = emit[idx[i]];
	free(emit);
	free(prob);
	free(idx);
	return 0;
}

int
ml_class_ranking(size_t k, const ml_common_row *rows, size_t n, ml_class_rank *out)
{
	ml_class_rank *tab, *r;
	double *quality;
	size_t *idx, *pos, i, c, ncls = 0, sz = k ? k : 1;

	tab = malloc(sz * sizeof *tab);
	quality = calloc(sz, sizeof *quality);
	idx = malloc(sz * sizeof *idx);
	pos = malloc(sz * sizeof *pos);
	if (tab == NULL || quality == NULL || idx == NULL || pos == NULL) {
		free(tab);
		free(quality);
		free(idx);
		free(pos);
		return -1;
	}
	for (c = 0; c < k; c++)
		pos[c] = (size_t)-1;
	/* Classes in order of first appearance in the common-issues table. */
	for (i = 0; i < 2 * k; i++) {
		c = rows[i].cls;
		if (pos[c] == (size_t)-1) {
			pos[c] = ncls++;
			tab[pos[c]].cls = c;
		}
		r = &tab[pos[c]];
		/* Python's int(pr * N) truncates: 15/22 * 22 gives 14. */
		if (rows[i].in_given) {
			r->label_issues = (long)(rows[i].prob * (double)n);
			r->label_noise = rows[i].prob;
			r->quality = 1 - rows[i].prob;
		} else {
			r->inverse_label_issues = (long)(rows[i].prob * (double)n);
			r->inverse_label_noise = rows[i].prob;
		}
	}
	for (i = 0; i < ncls; i++)
		quality[i] = tab[i].quality;
	/* sort_values("Label Quality Score"), ascending. */
	ml_argsort(quality, ncls, idx);
	for (i = 0; i < ncls; i++)
		out[i] = tab[idx[i]];
	free(tab);
	free(quality);
	free(idx);
	free(pos);
	return 0;
}
