/*
 * given.c - the feature checks' columns that mlnull, mloutlier, mldups and
 * mlnoniid wrote into the stream, read for the plain report.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/dlcheck.h"

int
dl_given_cols(const ml_reader *r, struct dl_given *g)
{
	const ml_check *c;
	int i, found = 0;

	for (i = 0; i < ML_NCHECKS; i++) {
		c = &ml_checks[i];
		g[i] = (struct dl_given){ SIZE_MAX, SIZE_MAX, SIZE_MAX, NULL, NULL };
		if (i == ML_CHECK_LABEL)
			continue;
		g[i].score = ml_reader_find(r, "", c->columns[0]);
		g[i].flag = ml_reader_find(r, "", c->columns[1]);
		if (c->columns[2])
			g[i].set = ml_reader_find(r, "", c->columns[2]);
		found += (g[i].score != SIZE_MAX) + (g[i].flag != SIZE_MAX) + (g[i].set != SIZE_MAX);
	}
	return found;
}

int
dl_given_find(const ml_reader *r, struct dl_given *g, ml_err *e)
{
	const char *sc, *fl;
	int i, ng = 0;

	dl_given_cols(r, g);
	for (i = 0; i < ML_NCHECKS; i++) {
		sc = ml_checks[i].columns[0];
		fl = ml_checks[i].columns[1];
		if ((g[i].score == SIZE_MAX) != (g[i].flag == SIZE_MAX) ||
		    (i == ML_CHECK_DUP && g[i].score != SIZE_MAX && g[i].set == SIZE_MAX))
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "column '%s' without "
			    "column '%s': the %s check needs %s", g[i].score == SIZE_MAX ? fl : sc,
			    g[i].score == SIZE_MAX ? sc : g[i].flag == SIZE_MAX ? fl :
			    "near_duplicate_set", ml_checks[i].name, i == ML_CHECK_DUP ?
			    "near_duplicate_score, is_near_duplicate_issue and near_duplicate_set "
			    "(mldups writes them)" : "both");
		ng += g[i].score != SIZE_MAX;
	}
	return ng;
}

/* A flag as the tools write it (0, 1) or pandas does (False, True); -1 if neither. */
static int
parse_flag(const char *s, size_t len)
{
	if ((len == 1 && *s == '1') || (len == 4 && memcmp(s, "True", 4) == 0))
		return 1;
	if ((len == 1 && *s == '0') || (len == 5 && memcmp(s, "False", 5) == 0))
		return 0;
	return -1;
}

/* The near_duplicate sets are row numbers below n joined with ','. */
int
dl_given_read(struct dl_given *g, struct dl_store *st, ml_reader *r, size_t n, ml_err *e)
{
	size_t i = 0, j, len, t, tl, *v = NULL, nv;
	const char *s, *end;
	double x;
	int rc = -1, c;

	for (j = 0; j < ML_NCHECKS; j++)
		if (g[j].score != SIZE_MAX &&
		    (!(g[j].s = malloc((n + 1) * sizeof *g[j].s)) || !(g[j].f = malloc(n + 1))))
			goto oom;
	if (g[ML_CHECK_DUP].score != SIZE_MAX && (!(st->sets = calloc(n + 1, sizeof *st->sets)) ||
	    !(v = malloc((n + 1) * sizeof *v))))
		goto oom;
	if (ml_reader_rewind(r, e) < 0)
		goto out;
	for (i = 0; (rc = ml_reader_next(r, e)) > 0; i++) {
		if (i == n)
			break;
		for (j = 0; j < ML_NCHECKS; j++) {
			if (g[j].score == SIZE_MAX)
				continue;
			s = ml_reader_field(r, g[j].score, &len);
			if ((c = ml_parse_double(s, len, &x)) != ML_NUM_OK || !(x >= 0.0 && x <= 1.0))
				goto bad_score;
			g[j].s[i] = x;
			s = ml_reader_field(r, g[j].flag, &len);
			if ((c = parse_flag(s, len)) < 0)
				goto bad_flag;
			g[j].f[i] = (unsigned char)c;
		}
		if (g[ML_CHECK_DUP].score == SIZE_MAX)
			continue;
		s = ml_reader_field(r, g[ML_CHECK_DUP].set, &len);
		for (nv = 0, t = 0; t < len; t += tl + 1) {
			end = memchr(s + t, ',', len - t);
			tl = end ? (size_t)(end - (s + t)) : len - t;
			if (nv == n || ml_parse_size(s + t, tl, &v[nv]) < 0 || v[nv] >= n) {
				rc = ml_errf(e, ml_reader_file(r), ml_reader_line(r), "near_duplicate_set",
				    s + t, tl, nv == n ? "more row numbers than rows" :
				    "not a row number of the input");
				goto out;
			}
			nv++;
			if (!end)
				break;
		}
		if (len && s[len - 1] == ',') {
			rc = ml_errf(e, ml_reader_file(r), ml_reader_line(r), "near_duplicate_set", s,
			    len, "empty row number");
			goto out;
		}
		if (!(st->sets[i] = ml_dl_list(v, nv)))
			goto oom;
	}
	if (rc > 0 || (rc == 0 && i != n))      /* a row more, or fewer, than before */
		rc = ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its readings");
	goto out;
bad_score:
	rc = ml_reader_errf(r, e, g[j].score, c != ML_NUM_OK ? ml_num_strerror(c) :
	    "not a score in [0, 1]");
	goto out;
bad_flag:
	rc = ml_reader_errf(r, e, g[j].flag, "not a flag (0 or 1)");
	goto out;
oom:
	rc = ml_err_oom(e);
out:
	free(v);
	return rc < 0 ? -1 : 0;
}

/* Datalab's summary, but non_iid's, whose score is its p-value (checks.c). */
void
dl_given_summary(ml_dl_check *k, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		k->num_issues += k->flag[i];
		if (k->flag[i])
			k->null_all++;
		else if (k->score[i] < 1.0)
			k->null_some++;
	}
	k->summary_score = ml_pairwise_sum(k->score, n) / (double)n;
	if (strcmp(k->name, "null") != 0)
		k->null_all = k->null_some = 0;
}
