/*
 * parse.c - a summary read back from the text format of mlmerge(1): the
 * header, then one line at a time into the summary, checked as it goes.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"
#include "split/internal.h"

/* ------------------------------------------------------------ reading */

struct rd {
	const char *path;
	char *p, *end;
	unsigned long line;
	char **f;               /* the fields of the current line */
	size_t nf, cap;
	ml_err *e;
};

/* The next line, split at TABs (in place): 1, or 0 at the end. */
static int
next_line(struct rd *r)
{
	char *nl, *s;

	if (r->p >= r->end)
		return 0;
	r->line++;
	nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
	if (!nl)
		nl = r->end;
	*nl = '\0';
	r->nf = 0;
	for (s = r->p;; s++) {
		char *t = strchr(s, '\t');
		if (ml_grow(&r->f, &r->cap, r->nf + 1, sizeof *r->f) < 0)
			return -1;
		r->f[r->nf++] = s;
		if (!t)
			break;
		*t = '\0';
		s = t;
	}
	r->p = nl + 1;
	return 1;
}

static int
bad(struct rd *r, const char *what)
{
	return ml_errf(r->e, r->path, r->line, NULL, NULL, 0, "not a valid summary: %s", what);
}

static int
get_u64(struct rd *r, size_t i, uint64_t *out)
{
	size_t v;

	if (i >= r->nf || ml_parse_size(r->f[i], strlen(r->f[i]), &v) < 0)
		return bad(r, "expected a whole number");
	*out = v;
	return 0;
}

static int
get_double(struct rd *r, size_t i, double *out)
{
	/* -0.0 is kept: a key reads back to the same double. */
	if (i >= r->nf || ml_parse_double(r->f[i], strlen(r->f[i]), out) != ML_NUM_OK)
		return bad(r, "expected a number");
	return 0;
}

/* Fields 1.. as class, then sel and k where asked: checked ranges. */
static int
get_index(struct rd *r, size_t i, uint64_t lim, uint64_t *out)
{
	if (get_u64(r, i, out) < 0)
		return -1;
	if (*out >= lim)
		return bad(r, "index out of range");
	return 0;
}

static int
read_header(ml_split *s, struct rd *r)
{
	uint64_t v;
	size_t c;
	int i, rc;

	if (next_line(r) <= 0 || r->nf != 2 || strcmp(r->f[0], ML_SPLIT_MAGIC) != 0)
		return ml_errf(r->e, r->path, r->line, NULL, NULL, 0,
		    "not an mlaudit summary (no '%s' first line)", ML_SPLIT_MAGIC);
	if (ml_parse_size(r->f[1], strlen(r->f[1]), &c) < 0 || c != ML_SPLIT_VERSION)
		return ml_errf(r->e, r->path, r->line, NULL, NULL, 0,
		    "summary format version %s: this mlaudit reads version %d only (run every "
		    "round again with this mlaudit)", r->f[1], ML_SPLIT_VERSION);
	if (next_line(r) <= 0 || r->nf != 2 || strcmp(r->f[0], "tool") != 0)
		return bad(r, "no tool line");
	if (!(s->tool = strdup(r->f[1])))
		return ml_err_oom(r->e);
	if (next_line(r) <= 0 || strcmp(r->f[0], "options") != 0)
		return bad(r, "no options line");
	{
		ml_buf b = ML_BUF_INIT;
		for (c = 1; c < r->nf; c++)
			ml_buf_printf(&b, "%s%s", c > 1 ? "\t" : "", r->f[c]);
		if (b.oom || !(s->options = ml_buf_done(&b, NULL)))
			return ml_err_oom(r->e);
	}
	if (next_line(r) <= 0 || strcmp(r->f[0], "classes") != 0 || get_u64(r, 1, &v) < 0 ||
	    r->nf != v + 2)
		return bad(r, "no classes line");
	s->k = v;
	if (!(s->names = calloc(s->k + 1, sizeof *s->names)))
		return ml_err_oom(r->e);
	for (c = 0; c < s->k; c++)
		if (!(s->names[c] = strdup(r->f[c + 2])))
			return ml_err_oom(r->e);
	if (next_line(r) <= 0 || strcmp(r->f[0], "parts") != 0 || get_u64(r, 1, &v) < 0 || v == 0)
		return bad(r, "no parts line");
	s->parts = v;
	if (next_line(r) <= 0 || r->nf != 2 ||
	    (strcmp(r->f[0], "round") != 0 && strcmp(r->f[0], "state") != 0))
		return bad(r, "no round or state line");
	s->is_state = r->f[0][0] == 's';
	for (i = 0; i <= ML_ROUND_REPORT && strcmp(r->f[1], ml_split_round_name(i)) != 0; i++)
		;
	if (i > ML_ROUND_REPORT)
		return bad(r, "unknown round");
	s->round = i;
	if ((rc = sp_parse_options(s, r->e)) < 0)
		return rc;
	if (sp_alloc_parts(s, r->e) < 0)
		return -1;
	return 0;
}

/*
 * fold, sum or raw (kw): a piece of a pairwise sum into sd, its numbers
 * from field i on (a side's in the sums round, the label_scores' in
 * mlreport's finish round).
 */
static int
read_piece(ml_split_side *sd, struct rd *r, const char *kw, size_t i)
{
	uint64_t lo, len, F;
	double v;
	size_t j;

	if (strcmp(kw, "fold") == 0) {
		if (get_u64(r, i, &F) < 0 || get_double(r, i + 1, &v) < 0)
			return -1;
		sd->folded = F;
		sd->acc = v;
		return 0;
	}
	if (get_u64(r, i, &lo) < 0)
		return -1;
	if (strcmp(kw, "sum") == 0) {
		if (get_u64(r, i + 1, &len) < 0 || get_double(r, i + 2, &v) < 0 || len == 0)
			return -1;
		if (ml_grow(&sd->it, &sd->cap, sd->n + 1, sizeof *sd->it) < 0)
			return ml_err_oom(r->e);
		sd->it[sd->n++] = (ml_split_item){ lo, len, v };
		return 0;
	}
	if (strcmp(kw, "raw") != 0)
		return bad(r, "not a piece of a sum");
	for (j = i + 1; j < r->nf; j++) {
		if (get_double(r, j, &v) < 0)
			return -1;
		if (ml_grow(&sd->it, &sd->cap, sd->n + 1, sizeof *sd->it) < 0)
			return ml_err_oom(r->e);
		sd->it[sd->n++] = (ml_split_item){ lo + (j - i - 1), 0, v };
	}
	return 0;
}

static int
read_sums(ml_split *s, struct rd *r, const char *kw)
{
	uint64_t c, k;

	if (!s->side || get_index(r, 1, s->k, &c) < 0 || get_index(r, 2, 2, &k) < 0)
		return bad(r, "sums outside the sums round");
	return read_piece(&s->side[2 * c + k], r, kw, 3);
}

/* count: the totals of the count round. */
static int
read_count(ml_split *s, struct rd *r)
{
	uint64_t c;

	if (!s->n1 && !(s->n1 = calloc(s->k + 1, sizeof *s->n1)))
		return ml_err_oom(r->e);
	if (r->nf != s->k + 2 || get_u64(r, 1, &s->n) < 0)
		return bad(r, "bad count line");
	for (c = 0; c < s->k; c++)
		if (get_u64(r, c + 2, &s->n1[c]) < 0)
			return -1;
	return 0;
}

/* thr: a class's two thresholds, from the sums round. */
static int
read_thr(ml_split *s, struct rd *r)
{
	uint64_t c;

	if (!s->thr && !(s->thr = calloc(2 * s->k + 1, sizeof *s->thr)))
		return ml_err_oom(r->e);
	if (get_index(r, 1, s->k, &c) < 0 || get_double(r, 2, &s->thr[2 * c]) < 0 ||
	    get_double(r, 3, &s->thr[2 * c + 1]) < 0)
		return -1;
	return 0;
}

/* joint (the joint round's result) or cj (its data): a class's 4 counts. */
static int
read_joint(ml_split *s, struct rd *r, const char *kw)
{
	long **m = kw[0] == 'j' ? &s->raw : &s->cj;
	uint64_t c, v;
	size_t i;

	if (!*m && !(*m = calloc(4 * s->k + 1, sizeof **m)))
		return ml_err_oom(r->e);
	if (get_index(r, 1, s->k, &c) < 0)
		return -1;
	for (i = 0; i < 4; i++) {
		if (get_u64(r, i + 2, &v) < 0)
			return -1;
		(*m)[4 * c + i] = (long)v;
	}
	return 0;
}

/* tie: the side positions of the tied rows flagged. */
static int
read_tie(ml_split_cut *ct, struct rd *r)
{
	size_t i;

	ct->ntie = r->nf - 4;
	if (!(ct->tie = malloc((ct->ntie + 1) * sizeof *ct->tie)))
		return ml_err_oom(r->e);
	for (i = 0; i < ct->ntie; i++)
		if (get_u64(r, i + 4, &ct->tie[i]) < 0)
			return -1;
	return 0;
}

/* cand: the prune round's lowest keys, as key and count pairs. */
static int
read_cand(ml_split_cut *ct, struct rd *r)
{
	size_t i;

	if ((r->nf - 4) % 2 || !(ct->cand = malloc(((r->nf - 4) / 2 + 1) * sizeof *ct->cand)))
		return bad(r, "bad cand line");
	ct->ncand = (r->nf - 4) / 2;
	for (i = 0; i < ct->ncand; i++)
		if (get_double(r, 4 + 2 * i, &ct->cand[i].key) < 0 ||
		    get_u64(r, 5 + 2 * i, &ct->cand[i].count) < 0)
			return -1;
	return 0;
}

/* cut, tie or cand: a line about one cut (class, prune order, side). */
static int
read_cut(ml_split *s, struct rd *r, const char *kw)
{
	uint64_t c, sel, k;
	ml_split_cut *ct;

	if (get_index(r, 1, s->k, &c) < 0 || get_index(r, 2, 2, &sel) < 0 ||
	    get_index(r, 3, 2, &k) < 0)
		return -1;
	ct = SP_CUT(s, c, sel, k);
	if (kw[1] == 'u') {
		if (get_u64(r, 4, &ct->want) < 0)
			return -1;
		if (r->nf > 5 && (get_double(r, 5, &ct->v) < 0 || get_u64(r, 6, &ct->less) < 0 ||
		    get_u64(r, 7, &ct->eq) < 0))
			return -1;
		return 0;
	}
	if (kw[1] == 'i')
		return read_tie(ct, r);
	return read_cand(ct, r);
}

/* keys: one part's keys of a side with ties, from the ties round. */
static int
read_keys(ml_split *s, struct rd *r)
{
	uint64_t c, sel, k, P;
	ml_split_cut *ct;
	size_t i;

	if (get_u64(r, 1, &P) < 0 || P == 0 || P > s->parts || get_index(r, 2, s->k, &c) < 0 ||
	    get_index(r, 3, 2, &sel) < 0 || get_index(r, 4, 2, &k) < 0)
		return bad(r, "bad keys line");
	ct = SP_CUT(s, c, sel, k);
	if (!ct->keys)
		return bad(r, "keys of a side without ties");
	P--;
	ct->nkeys[P] = r->nf - 5;
	if (!(ct->keys[P] = malloc((ct->nkeys[P] + 1) * sizeof **ct->keys)))
		return ml_err_oom(r->e);
	for (i = 0; i < ct->nkeys[P]; i++)
		if (get_double(r, i + 5, &ct->keys[P][i]) < 0)
			return -1;
	return 0;
}

/* part: a part present, its rows and its rows given each class. */
static int
read_part(ml_split *s, struct rd *r)
{
	uint64_t c, P;

	if (get_u64(r, 1, &P) < 0 || P == 0 || P > s->parts || r->nf != s->k + 3)
		return bad(r, "bad part line");
	P--;
	if (s->have[P])
		return bad(r, "part listed twice");
	s->have[P] = 1;
	if (get_u64(r, 2, &s->pn[P]) < 0)
		return -1;
	for (c = 0; c < s->k; c++)
		if (get_u64(r, c + 3, &s->pn1[P * s->k + c]) < 0)
			return -1;
	return 0;
}

/* "1,4": class indices into bit row `row` of bits (k bits a row). */
static int
get_classes(ml_split *s, struct rd *r, size_t i, uint64_t *bits, size_t row)
{
	const char *f = i < r->nf ? r->f[i] : NULL, *t;
	size_t c, b;

	if (!f)
		return bad(r, "bad issue line");
	while (*f) {
		t = strchr(f, ',');
		if (ml_parse_size(f, t ? (size_t)(t - f) : strlen(f), &c) < 0 || c >= s->k)
			return bad(r, "not a list of class indices");
		b = row * s->k + c;
		bits[b >> 6] |= (uint64_t)1 << (b & 63);
		f = t ? t + 1 : f + strlen(f);
	}
	return 0;
}

/* The id as written by text.c: \\, \t, \n and \r escaped. */
static char *
unescape(const char *f)
{
	char *id = malloc(strlen(f) + 1), *o = id;

	if (!id)
		return NULL;
	for (; *f; f++) {
		if (*f != '\\' || !f[1]) {
			*o++ = *f;
			continue;
		}
		f++;
		*o++ = *f == 't' ? '\t' : *f == 'n' ? '\n' : *f == 'r' ? '\r' : *f;
	}
	*o = '\0';
	return id;
}

/* issue: a flagged row (row, label_score, given, predicted and wrong classes, id). */
static int
read_issue(ml_split *s, struct rd *r)
{
	ml_split_report *rp = s->rp;
	ml_split_issue *x;
	size_t words = 3 * ((s->k + 63) / 64) + 1;

	if (ml_grow(&rp->issue, &rp->cap, rp->nissue + 1, sizeof *rp->issue) < 0)
		return ml_err_oom(r->e);
	x = &rp->issue[rp->nissue];
	memset(x, 0, sizeof *x);
	if (!(x->bits = calloc(words, sizeof *x->bits)))
		return ml_err_oom(r->e);
	rp->nissue++;
	if (r->nf < 6 || r->nf > 7 || get_u64(r, 1, &x->row) < 0 || get_double(r, 2, &x->score) < 0 ||
	    get_classes(s, r, 3, x->bits, 0) < 0 || get_classes(s, r, 4, x->bits, 1) < 0 ||
	    get_classes(s, r, 5, x->bits, 2) < 0)
		return r->nf < 6 || r->nf > 7 ? bad(r, "bad issue line") : -1;
	if (r->nf == 7 && !(x->id = unescape(r->f[6])))
		return ml_err_oom(r->e);
	return 0;
}

/* score, hist, idname or issue: mlreport's report data. */
static int
read_report(ml_split *s, struct rd *r, const char *kw)
{
	ml_split_report *rp = s->rp;
	size_t i;

	if (!rp)
		return bad(r, "report data outside mlreport's finish round");
	if (kw[0] == 'h') {
		if (r->nf != ML_SPLIT_BINS + 1)
			return bad(r, "bad hist line");
		for (i = 0; i < ML_SPLIT_BINS; i++)
			if (get_u64(r, i + 1, &rp->hist[i]) < 0)
				return -1;
		return 0;
	}
	if (kw[1] == 'd') {
		if (r->nf != 2 || rp->idname)
			return bad(r, "bad idname line");
		return (rp->idname = unescape(r->f[1])) ? 0 : ml_err_oom(r->e);
	}
	if (kw[0] == 'i')
		return read_issue(s, r);
	if (r->nf < 3)
		return bad(r, "bad score line");
	if (strcmp(r->f[1], "total") == 0)
		return get_double(r, 2, &rp->sum);
	return read_piece(&rp->score, r, r->f[1], 2);
}

/* One line after the header, by its first field. */
static int
read_line(ml_split *s, struct rd *r)
{
	const char *kw = r->f[0];

	/* The lines before the part lines are the earlier rounds' results. */
	if (strcmp(kw, "count") != 0 && strcmp(kw, "thr") != 0 && strcmp(kw, "joint") != 0 &&
	    strcmp(kw, "cut") != 0 && strcmp(kw, "tie") != 0 && ml_split_alloc_data(s, r->e) < 0)
		return -1;

	if (strcmp(kw, "count") == 0)
		return read_count(s, r);
	if (strcmp(kw, "thr") == 0)
		return read_thr(s, r);
	if (strcmp(kw, "joint") == 0 || strcmp(kw, "cj") == 0)
		return read_joint(s, r, kw);
	if (strcmp(kw, "cut") == 0 || strcmp(kw, "tie") == 0 || strcmp(kw, "cand") == 0)
		return read_cut(s, r, kw);
	if (strcmp(kw, "keys") == 0)
		return read_keys(s, r);
	if (strcmp(kw, "part") == 0)
		return read_part(s, r);
	if (strcmp(kw, "fold") == 0 || strcmp(kw, "sum") == 0 || strcmp(kw, "raw") == 0)
		return read_sums(s, r, kw);
	if (strcmp(kw, "score") == 0 || strcmp(kw, "hist") == 0 || strcmp(kw, "idname") == 0 ||
	    strcmp(kw, "issue") == 0)
		return read_report(s, r, kw);
	return bad(r, "unknown line");
}

int
ml_split_parse(ml_split *s, char *text, size_t len, const char *path, unsigned long *line,
               size_t *used, ml_err *e)
{
	struct rd r;
	int rc, n, ended = 0;

	memset(s, 0, sizeof *s);
	memset(&r, 0, sizeof r);
	r.path = path;
	r.e = e;
	r.p = text;
	r.end = text + len;
	r.line = *line;
	if ((rc = read_header(s, &r)) < 0)
		goto out;
	rc = -1;
	while ((n = next_line(&r)) > 0) {
		if (strcmp(r.f[0], "end") == 0) {
			ended = 1;
			break;
		}
		if (read_line(s, &r) < 0)
			goto out;
	}
	if (n < 0) {
		ml_err_oom(e);
		goto out;
	}
	if (!ended) {
		ml_errf(e, path, r.line, NULL, NULL, 0, "summary cut short (no 'end' line)");
		goto out;
	}
	if (ml_split_alloc_data(s, e) < 0)
		goto out;
	*line = r.line;
	*used = (size_t)(r.p < r.end ? r.p - text : (ptrdiff_t)len);
	rc = 0;
out:
	free(r.f);
	return rc;
}

int
ml_split_read(ml_split *s, const char *path, ml_err *e)
{
	unsigned long line = 0;
	size_t len, used;
	char *text = ml_slurp(path, &len, e);
	int rc;

	if (!text)
		return -1;
	rc = ml_split_parse(s, text, len, path, &line, &used, e);
	if (rc == 0 && used < len)
		rc = ml_errf(e, path, line + 1, NULL, NULL, 0, "more than one summary in a state file");
	free(text);
	return rc;
}
