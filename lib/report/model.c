/*
 * model.c - the report's second pass: every label_score, the flagged rows'
 * ids, labels and issue classes, and cleanlab's dataset health tables (SPEC 4).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

/* ------------------------------------------------------- the second pass */

/* Reads an issue_classes field ("-face,+nsfw") into the ML_REP_WRONG bits. */
static int
parse_issue_classes(const ml_audit *a, const ml_reader *r, size_t col,
    unsigned char *cls, ml_err *e)
{
	size_t n, i, j, c;
	const char *s = ml_reader_field(r, col, &n);

	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && s[j] != ','; j++)
			;
		if (j - i < 2 || (s[i] != '-' && s[i] != '+') ||
		    (c = ml_cols_lookup(&a->cols, s + i + 1, j - i - 1)) == (size_t)-1)
			return ml_reader_errf(r, e, col,
			    "not a list of -CLASS / +CLASS (a class judged wrong)");
		/* "-c" only for a given class, "+c" only for one not given. */
		if ((s[i] == '-') != ((cls[c] & ML_REP_GIVEN) != 0))
			return ml_reader_errf(r, e, col, s[i] == '-' ?
			    "names a class to remove that is not given" :
			    "names a class to add that is already given");
		cls[c] |= ML_REP_WRONG;
	}
	return 0;
}

/* The id of a flagged row: field idcol of a raw TAB line. */
static int
line_id(const ml_reader *r, const char *s, size_t n, size_t idcol, const ml_rep_opts *o,
    char **id, ml_err *e)
{
	const char *end = s + n, *t;
	size_t j;

	for (j = 0; j < idcol; j++) {
		if (!(t = memchr(s, '\t', (size_t)(end - s))))
			return ml_errf(e, ml_reader_file(r), ml_reader_line(r), NULL, NULL, 0,
			    "the input changed between its two readings");
		s = t + 1;
	}
	if ((t = memchr(s, '\t', (size_t)(end - s))))
		end = t;
	if (o->utf8_ids && !ml_utf8_valid(s, (size_t)(end - s)))
		return -2;      /* told by the caller, with the row's file and line */
	if (!(*id = strndup(s, (size_t)(end - s))))
		return ml_err_oom(e);
	return 0;
}

/*
 * The second pass when the first kept every label_score and the label
 * bits: the flagged rows come from the audit, and only their ids are read
 * again, from raw lines in TAB mode.
 */
static int
ids_pass(ml_rep *rep, const ml_audit *a, ml_reader *r, const ml_rep_opts *o, size_t idcol,
    ml_rep_example *ex, size_t *pm, ml_err *e)
{
	size_t n = a->n, i, j, m = 0, len;
	const char *s;
	int rc;

	memcpy(rep->scores, a->score, n * sizeof *rep->scores);
	for (i = 0; i < n; i++)
		if (a->issue[i]) {
			ex[m].row = i;
			ex[m].score = a->score[i];
			ex[m].cls = NULL;
			ex[m].id = NULL;
			m++;
		}
	*pm = m;
	rep->given_bits = a->given_bits;
	rep->pred_bits = a->pred_bits;
	rep->wrong_bits = a->flags;
	if (idcol == (size_t)-1 || m == 0)
		return 0;
	if (o->lines) {
		if (ml_reader_rewind_lines(r, e) < 0)
			return -1;
		for (i = j = 0; j < m && (rc = ml_reader_next_line(r, &s, &len, e)) > 0; i++)
			if (i == ex[j].row && (rc = line_id(r, s, len, idcol, o, &ex[j++].id, e)) < 0)
				break;
		if (rc != -2)
			goto done;
		/* An id that JSON cannot hold: find its row again for the file and line. */
		if (ml_reader_rewind(r, e) < 0)
			return -1;
		for (i = 0; i < ex[j - 1].row; i++)
			if (ml_reader_next(r, e) <= 0)
				return -1;
		if (ml_reader_next(r, e) <= 0)
			return -1;
		return ml_reader_errf(r, e, idcol, "not valid UTF-8, cannot be written as JSON");
	} else {
		if (ml_reader_rewind(r, e) < 0)
			return -1;
		for (i = j = 0; j < m && (rc = ml_reader_next(r, e)) > 0; i++) {
			if (i != ex[j].row)
				continue;
			s = ml_reader_field(r, idcol, &len);
			if (o->utf8_ids && !ml_utf8_valid(s, len))
				return ml_reader_errf(r, e, idcol,
				    "not valid UTF-8, cannot be written as JSON");
			if (!(ex[j++].id = strndup(s, len)))
				return ml_err_oom(e);
		}
	}
done:
	if (rc < 0)
		return -1;
	if (j < m)
		return ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its two readings");
	return 0;
}

unsigned
ml_rep_class(const ml_rep *rep, const ml_rep_example *x, size_t c)
{
	size_t b = x->row * rep->k + c;

	if (x->cls)
		return x->cls[c];
	return (ML_BIT(rep->given_bits, b) ? ML_REP_GIVEN : 0) |
	    (ML_BIT(rep->pred_bits, b) ? ML_REP_PREDICTED : 0) |
	    (ML_BIT(rep->wrong_bits, b) ? ML_REP_WRONG : 0);
}

int
ml_rep_build(ml_rep *rep, const ml_audit *a, ml_reader *r, const ml_rep_opts *o, ml_err *e)
{
	size_t n = a->n, k = a->k, i, c, m = 0, len, idcol, scol = (size_t)-1,
	    icol = (size_t)-1, ccol = (size_t)-1, *rows = NULL, *perm = NULL;
	unsigned char *y = NULL, *cls = NULL;
	double *p = NULL, *s = NULL, x;
	ml_rep_example *ex = NULL;
	const char *f;
	int dups, rc, flagged, ret = -1;

	memset(rep, 0, sizeof *rep);
	rep->n = n;
	rep->k = k;
	if (o->idcol) {
		if ((idcol = ml_reader_find(r, "", o->idcol)) == (size_t)-1)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no '%s' column (named by --id)", o->idcol);
	} else
		idcol = ml_reader_find(r, "", "id");
	if (!o->recompute) {
		scol = ml_reader_find(r, "", "label_score");
		icol = ml_reader_find(r, "", "is_label_issue");
		ccol = ml_reader_find(r, "", "issue_classes");
		if (icol == (size_t)-1)
			ccol = (size_t)-1;
	}
	if (!(rep->names = calloc(k ? k : 1, sizeof *rep->names)) ||
	    !(rep->scores = malloc((n ? n : 1) * sizeof *rep->scores)) ||
	    !(rep->common = malloc((k ? 2 * k : 1) * sizeof *rep->common)) ||
	    !(rep->ranking = malloc((k ? k : 1) * sizeof *rep->ranking)) ||
	    !(ex = malloc((n ? n : 1) * sizeof *ex)) ||
	    !(rows = malloc((n ? n : 1) * sizeof *rows)) ||
	    !(y = malloc(k ? k : 1)) || !(p = malloc((k ? k : 1) * sizeof *p)) ||
	    !(s = malloc((k ? k : 1) * sizeof *s)))
		goto oom;
	for (c = 0; c < k; c++)
		if (!(rep->names[c] = strdup(a->cols.names[c])))
			goto oom;
	if (idcol != (size_t)-1 && !(rep->idname = strdup(ml_reader_colname(r, idcol))))
		goto oom;

	if (a->score && a->given_bits && a->pred_bits && !o->adjust && scol == (size_t)-1 &&
	    icol == (size_t)-1) {
		if (ids_pass(rep, a, r, o, idcol, ex, &m, e) < 0)
			goto out;
		goto ranked;
	}
	if (ml_reader_rewind(r, e) < 0)
		goto out;
	for (i = 0; (rc = ml_reader_next(r, e)) > 0; i++) {
		if (i >= n) {
			i = n + 1;      /* more rows than the first reading */
			break;
		}
		if (ml_cols_labels(&a->cols, r, y, &dups, e) < 0 ||
		    ml_cols_probs(&a->cols, r, p, e) < 0)
			goto out;
		if (scol != (size_t)-1) {
			f = ml_reader_field(r, scol, &len);
			if (ml_parse_double(f, len, &x) != ML_NUM_OK || !(x >= 0.0 && x <= 1.0)) {
				ml_reader_errf(r, e, scol, "not a label score in [0, 1]");
				goto out;
			}
			rep->scores[i] = x;
		} else {
			for (c = 0; c < k; c++)
				s[c] = ml_class_score(o->method, y[c], p[c],
				    o->adjust ? a->res[c].thr : NULL);
			rep->scores[i] = ml_aggregate(&o->agg, s, k);
		}
		if (icol != (size_t)-1) {
			f = ml_reader_field(r, icol, &len);
			if (len != 1 || (f[0] != '0' && f[0] != '1')) {
				ml_reader_errf(r, e, icol, "not 0 or 1");
				goto out;
			}
			flagged = f[0] == '1';
		} else
			flagged = a->issue[i] != 0;
		if (!flagged)
			continue;
		if (!(cls = malloc(k ? k : 1)))
			goto oom;
		ex[m].row = i;
		ex[m].score = rep->scores[i];
		ex[m].cls = cls;
		ex[m].id = NULL;
		m++;
		for (c = 0; c < k; c++) {
			cls[c] = (y[c] ? ML_REP_GIVEN : 0) | (p[c] > 0.5 ? ML_REP_PREDICTED : 0);
			if (ccol == (size_t)-1 && ML_BIT(a->flags, i * k + c))
				cls[c] |= ML_REP_WRONG;
		}
		if (ccol != (size_t)-1 && parse_issue_classes(a, r, ccol, cls, e) < 0)
			goto out;
		if (idcol != (size_t)-1) {
			f = ml_reader_field(r, idcol, &len);
			if (o->utf8_ids && !ml_utf8_valid(f, len)) {
				ml_reader_errf(r, e, idcol, "not valid UTF-8, cannot be written as JSON");
				goto out;
			}
			if (!(ex[m - 1].id = malloc(len + 1)))
				goto oom;
			memcpy(ex[m - 1].id, f, len);
			ex[m - 1].id[len] = '\0';
		}
	}
	if (rc < 0)
		goto out;
	if (i != n) {
		ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0,
		    "the input changed between its two readings");
		goto out;
	}

ranked:
	/* The flagged rows ranked by label_score (numpy argsort over them). */
	if (!(perm = malloc((m ? m : 1) * sizeof *perm)) ||
	    !(rep->ex = malloc((m ? m : 1) * sizeof *rep->ex)))
		goto oom;
	for (i = 0; i < m; i++)
		rows[i] = ex[i].row;
	ml_argsort_subset(rep->scores, rows, m, perm);
	for (i = 0; i < m; i++)
		rep->ex[i] = ex[perm[i]];
	rep->nissues = m;
	m = 0;

	rep->score = n ? ml_pairwise_sum(rep->scores, n) / (double)n : NAN;
	rep->health = 1.0 - (double)a->def_nissues / (double)n;
	if (ml_common_issues(k, a->def_given, a->def_added, n, rep->common) < 0 ||
	    ml_class_ranking(k, rep->common, n, rep->ranking) < 0)
		goto oom;
	ret = 0;
	goto out;
oom:
	ml_err_oom(e);
out:
	/* Examples not (yet) moved into rep->ex. */
	for (i = 0; i < m; i++) {
		free(ex[i].cls);
		free(ex[i].id);
	}
	free(ex);
	free(rows);
	free(perm);
	free(y);
	free(p);
	free(s);
	if (ret < 0)
		ml_rep_free(rep);
	return ret;
}

void
ml_rep_free(ml_rep *rep)
{
	size_t i;

	if (rep->names)
		for (i = 0; i < rep->k; i++)
			free(rep->names[i]);
	if (rep->ex)
		for (i = 0; i < rep->nissues; i++) {
			free(rep->ex[i].cls);
			free(rep->ex[i].id);
		}
	free(rep->names);
	free(rep->idname);
	free(rep->scores);
	free(rep->common);
	free(rep->ranking);
	free(rep->ex);
	memset(rep, 0, sizeof *rep);
}
