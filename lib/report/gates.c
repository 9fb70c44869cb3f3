/*
 * gates.c - mlreport's quality gates (--fail-under, --class-fail-under):
 * the thresholds as given, and each gate's outcome on a report.  Nothing
 * here prints; the tool names a tripped gate.
 */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

int
ml_rep_gates_add(ml_rep_gates *g, const char *cls, size_t len, double threshold)
{
	ml_rep_class_gate *c = realloc(g->cls, (g->ncls + 1) * sizeof *c);

	if (!c)
		return -1;
	g->cls = c;
	c += g->ncls;
	c->threshold = threshold;
	c->cls = NULL;
	if (cls && !(c->cls = strndup(cls, len)))
		return -1;
	g->ncls++;
	return 0;
}

const char *
ml_rep_gates_unknown(const ml_rep_gates *g, int (*known)(const void *, const char *),
                     const void *arg)
{
	size_t i;

	for (i = 0; i < g->ncls; i++)
		if (g->cls[i].cls && !known(arg, g->cls[i].cls))
			return g->cls[i].cls;
	return NULL;
}

/* The threshold of class name: its own gate (the last given) wins over the every-class one. */
static int
class_threshold(const ml_rep_gates *g, const char *name, double *t)
{
	size_t i;
	int set = 0;

	for (i = 0; i < g->ncls; i++)
		if (!g->cls[i].cls && set < 2) {
			*t = g->cls[i].threshold;
			set = 1;
		} else if (g->cls[i].cls && strcmp(g->cls[i].cls, name) == 0) {
			*t = g->cls[i].threshold;
			set = 2;
		}
	return set;
}

int
ml_rep_gates_eval(const ml_rep_gates *g, const ml_rep *rep, ml_rep_gate **out, size_t *n)
{
	ml_rep_gate *r = malloc((rep->k + 1) * sizeof *r);
	size_t i, c;
	double t = 0;

	*n = 0;
	if (!(*out = r))
		return -1;
	if (g->overall)
		r[(*n)++] = (ml_rep_gate){ NULL, g->fail_under, rep->health,
		    !(rep->health < g->fail_under) };
	for (i = 0; i < rep->k; i++) {
		c = rep->ranking[i].cls;
		if (class_threshold(g, rep->names[c], &t))
			r[(*n)++] = (ml_rep_gate){ rep->names[c], t, rep->ranking[i].quality,
			    !(rep->ranking[i].quality < t) };
	}
	return 0;
}

void
ml_rep_gates_free(ml_rep_gates *g)
{
	while (g->ncls--)
		free(g->cls[g->ncls].cls);
	free(g->cls);
	memset(g, 0, sizeof *g);
}
