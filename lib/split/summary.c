/*
 * summary.c - the split audit's summaries: text in and out, the merge, and
 * the end of each round (mlmerge(1) describes the format).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "split/split.h"

#define THR_LB    2e-6          /* as cl.c: CONFIDENT_THRESHOLDS_LOWER_BOUND */
#define THR_EMPTY 2.0

static const char *const round_names[] = {
	"count", "sums", "joint", "prune", "ties", "finish"
};

const char *
ml_split_round_name(int round)
{
	return round_names[round];
}

#define CUT(s, c, sel, k) (&(s)->cut[((c) * 2 + (sel)) * 2 + (k)])

/* ------------------------------------------------------------ options */

char *
ml_split_options(const char *tool, const ml_audit_opts *o, int adjust, const char *labels)
{
	char num[ML_NUM_BUFSZ];

	if (strcmp(tool, "mlscore") == 0)
		return ml_strdupf("adjust=%d\tlabels=%s", adjust != 0, labels ? labels : "-");
	ml_format_double(o->frac_noise, num);
	return ml_strdupf("filter=%s\tfrac_noise=%s\tmin_examples_per_class=%ld\t"
	    "num_to_remove=%s\tlabels=%s", ml_filter_name(o->filter), num,
	    o->min_examples_per_class, o->num_to_remove ? o->num_to_remove : "-",
	    labels ? labels : "-");
}

/* The value of key= in the options line (a pointer into it), length in *n. */
static const char *
opt_value(const char *opts, const char *key, size_t *n)
{
	size_t kl = strlen(key);
	const char *s = opts, *t;

	for (;;) {
		t = strchr(s, '\t');
		if (strncmp(s, key, kl) == 0 && s[kl] == '=') {
			s += kl + 1;
			*n = t ? (size_t)(t - s) : strlen(s);
			return s;
		}
		if (!t)
			return NULL;
		s = t + 1;
	}
}

/* k counts joined with ','. */
static int
parse_counts(const char *s, size_t len, size_t k, long *out)
{
	size_t i = 0, n, v;
	const char *end = s + len, *t;

	for (;; s = t + 1) {
		for (t = s; t < end && *t != ','; t++)
			;
		n = (size_t)(t - s);
		if (i == k || ml_parse_size(s, n, &v) < 0 || v > (size_t)1 << 62)
			return -1;
		out[i++] = (long)v;
		if (t == end)
			return i == k ? 0 : -1;
	}
}

/* The fields of the options line that change the rounds. */
static int
parse_options(ml_split *s, ml_err *e)
{
	const char *v;
	char buf[64];
	size_t n, z;

	s->filter = ML_PRUNE_BY_NOISE_RATE;
	s->frac_noise = 1.0;
	s->min_examples = 1;
	if ((v = opt_value(s->options, "adjust", &n)))
		s->adjust = n == 1 && *v == '1';
	if ((v = opt_value(s->options, "filter", &n))) {
		snprintf(buf, sizeof buf, "%.*s", (int)(n < 63 ? n : 63), v);
		if ((s->filter = ml_filter_parse(buf)) < 0)
			return ml_errmsg(e, "summary options: unknown filter '%s'", buf);
	}
	if ((v = opt_value(s->options, "frac_noise", &n)) &&
	    ml_parse_double(v, n, &s->frac_noise) != ML_NUM_OK)
		return ml_errmsg(e, "summary options: bad frac_noise");
	if ((v = opt_value(s->options, "min_examples_per_class", &n))) {
		if (ml_parse_size(v, n, &z) < 0)
			return ml_errmsg(e, "summary options: bad min_examples_per_class");
		s->min_examples = (long)z;
	}
	if ((v = opt_value(s->options, "num_to_remove", &n)) && !(n == 1 && *v == '-')) {
		if (!(s->ntr = malloc((s->k ? s->k : 1) * sizeof *s->ntr)))
			return ml_err_oom(e);
		if (parse_counts(v, n, s->k, s->ntr) < 0) {
			ml_errmsg(e, "--num-to-remove-per-class needs %zu non-negative integers "
			    "(one per class)", s->k);
			return -2;
		}
	}
	return 0;
}

/* -------------------------------------------------------------- setup */

static int
alloc_parts(ml_split *s, ml_err *e)
{
	size_t P = s->parts, k = s->k;

	if (!(s->have = calloc(P, 1)) || !(s->pn = calloc(P, sizeof *s->pn)) ||
	    !(s->pn1 = calloc(P * k + 1, sizeof *s->pn1)) ||
	    !(s->cut = calloc(4 * k + 1, sizeof *s->cut)))
		return ml_err_oom(e);
	return 0;
}

int
ml_split_init(ml_split *s, const char *tool, const char *options, size_t k, char *const *names,
              size_t parts, ml_err *e)
{
	size_t c;
	int rc;

	memset(s, 0, sizeof *s);
	s->k = k;
	s->parts = parts;
	s->round = ML_ROUND_COUNT;
	if (!(s->tool = strdup(tool)) || !(s->options = strdup(options)) ||
	    !(s->names = calloc(k + 1, sizeof *s->names)))
		return ml_err_oom(e);
	for (c = 0; c < k; c++)
		if (!(s->names[c] = strdup(names[c])))
			return ml_err_oom(e);
	if ((rc = parse_options(s, e)) < 0)
		return rc;
	return alloc_parts(s, e);
}

static void
free_data(ml_split *s)
{
	size_t i, P;

	if (s->side)
		for (i = 0; i < 2 * s->k; i++)
			free(s->side[i].it);
	free(s->side);
	s->side = NULL;
	free(s->cj);
	s->cj = NULL;
	for (i = 0; s->cut && i < 4 * s->k; i++) {
		ml_split_cut *ct = &s->cut[i];
		free(ct->cand);
		ct->cand = NULL;
		ct->ncand = 0;
		if (ct->keys)
			for (P = 0; P < s->parts; P++)
				free(ct->keys[P]);
		free(ct->keys);
		free(ct->nkeys);
		ct->keys = NULL;
		ct->nkeys = NULL;
	}
}

void
ml_split_free(ml_split *s)
{
	size_t i;

	free_data(s);
	for (i = 0; s->cut && i < 4 * s->k; i++)
		free(s->cut[i].tie);
	for (i = 0; s->names && i < s->k; i++)
		free(s->names[i]);
	free(s->names);
	free(s->tool);
	free(s->options);
	free(s->ntr);
	free(s->have);
	free(s->pn);
	free(s->pn1);
	free(s->n1);
	free(s->thr);
	free(s->raw);
	free(s->cut);
	memset(s, 0, sizeof *s);
}

int
ml_split_complete(const ml_split *s)
{
	size_t i;

	for (i = 0; i < s->parts; i++)
		if (!s->have[i])
			return 0;
	return 1;
}

/* The round data of round s->round, allocated empty (once the earlier rounds are known). */
int
ml_split_alloc_data(ml_split *s, ml_err *e)
{
	size_t i;

	if (s->round == ML_ROUND_SUMS && !s->side && !(s->side = calloc(2 * s->k + 1, sizeof *s->side)))
		return ml_err_oom(e);
	if (s->round == ML_ROUND_JOINT && !s->cj && !(s->cj = calloc(4 * s->k + 1, sizeof *s->cj)))
		return ml_err_oom(e);
	if (s->round == ML_ROUND_TIES)
		for (i = 0; i < 4 * s->k; i++) {
			ml_split_cut *ct = &s->cut[i];
			if (!ct->want || ct->less + ct->eq <= ct->want || ct->keys)
				continue;
			if (!(ct->keys = calloc(s->parts, sizeof *ct->keys)) ||
			    !(ct->nkeys = calloc(s->parts, sizeof *ct->nkeys)))
				return ml_err_oom(e);
		}
	return 0;
}

/* --------------------------------------------------------------- text */

static void
put_double(ml_buf *b, double x)
{
	char num[ML_NUM_BUFSZ];
	size_t n = ml_format_double(x, num);

	ml_buf_put(b, "\t", 1);
	ml_buf_put(b, num, n);
}

static void
put_u64(ml_buf *b, uint64_t x)
{
	ml_buf_printf(b, "\t%llu", (unsigned long long)x);
}

/* The results of the rounds done: what every part of the next round reads. */
static void
prior_text(const ml_split *s, ml_buf *b)
{
	size_t c, i;
	int sel, k;

	if (s->n1) {
		ml_buf_puts(b, "count");
		put_u64(b, s->n);
		for (c = 0; c < s->k; c++)
			put_u64(b, s->n1[c]);
		ml_buf_puts(b, "\n");
	}
	for (c = 0; s->thr && c < s->k; c++) {
		ml_buf_printf(b, "thr\t%zu", c);
		put_double(b, s->thr[2 * c]);
		put_double(b, s->thr[2 * c + 1]);
		ml_buf_puts(b, "\n");
	}
	for (c = 0; s->raw && c < s->k; c++)
		ml_buf_printf(b, "joint\t%zu\t%ld\t%ld\t%ld\t%ld\n", c, s->raw[4 * c],
		    s->raw[4 * c + 1], s->raw[4 * c + 2], s->raw[4 * c + 3]);
	for (c = 0; s->raw && c < s->k; c++)
		for (sel = 0; sel < 2; sel++)
			for (k = 0; k < 2; k++) {
				const ml_split_cut *ct = CUT(s, c, sel, k);
				if (!ct->want)
					continue;
				ml_buf_printf(b, "cut\t%zu\t%d\t%d", c, sel, k);
				put_u64(b, ct->want);
				if (s->round > ML_ROUND_PRUNE) {
					put_double(b, ct->v);
					put_u64(b, ct->less);
					put_u64(b, ct->eq);
				}
				ml_buf_puts(b, "\n");
				if (s->round > ML_ROUND_TIES && ct->less + ct->eq > ct->want) {
					ml_buf_printf(b, "tie\t%zu\t%d\t%d", c, sel, k);
					for (i = 0; i < ct->ntie; i++)
						put_u64(b, ct->tie[i]);
					ml_buf_puts(b, "\n");
				}
			}
}

static void
data_text(const ml_split *s, ml_buf *b)
{
	size_t c, i, j, P;
	int sel, k;

	for (c = 0; s->side && c < 2 * s->k; c++) {
		const ml_split_side *sd = &s->side[c];
		if (sd->folded) {
			ml_buf_printf(b, "fold\t%zu\t%zu", c / 2, c % 2);
			put_u64(b, sd->folded);
			put_double(b, sd->acc);
			ml_buf_puts(b, "\n");
		}
		for (i = 0; i < sd->n; i = j) {
			const ml_split_item *it = &sd->it[i];
			j = i + 1;
			if (it->len) {
				ml_buf_printf(b, "sum\t%zu\t%zu", c / 2, c % 2);
				put_u64(b, it->lo);
				put_u64(b, it->len);
				put_double(b, it->v);
				ml_buf_puts(b, "\n");
				continue;
			}
			ml_buf_printf(b, "raw\t%zu\t%zu", c / 2, c % 2);
			put_u64(b, it->lo);
			put_double(b, it->v);
			for (; j < sd->n && sd->it[j].len == 0 && sd->it[j].lo == it->lo + (j - i); j++)
				put_double(b, sd->it[j].v);
			ml_buf_puts(b, "\n");
		}
	}
	for (c = 0; s->cj && c < s->k; c++)
		ml_buf_printf(b, "cj\t%zu\t%ld\t%ld\t%ld\t%ld\n", c, s->cj[4 * c], s->cj[4 * c + 1],
		    s->cj[4 * c + 2], s->cj[4 * c + 3]);
	for (c = 0; s->round >= ML_ROUND_PRUNE && c < s->k; c++)
		for (sel = 0; sel < 2; sel++)
			for (k = 0; k < 2; k++) {
				const ml_split_cut *ct = CUT(s, c, sel, k);
				if (ct->ncand) {
					ml_buf_printf(b, "cand\t%zu\t%d\t%d", c, sel, k);
					for (i = 0; i < ct->ncand; i++) {
						put_double(b, ct->cand[i].key);
						put_u64(b, ct->cand[i].count);
					}
					ml_buf_puts(b, "\n");
				}
				for (P = 0; ct->keys && P < s->parts; P++) {
					if (!s->have[P])
						continue;
					ml_buf_printf(b, "keys\t%zu\t%zu\t%d\t%d", P + 1, c, sel, k);
					for (i = 0; i < ct->nkeys[P]; i++)
						put_double(b, ct->keys[P][i]);
					ml_buf_puts(b, "\n");
				}
			}
}

void
ml_split_text(const ml_split *s, ml_buf *b)
{
	size_t c, P;

	ml_buf_printf(b, "%s\t%d\ntool\t%s\noptions\t%s\nclasses\t%zu", ML_SPLIT_MAGIC,
	    ML_SPLIT_VERSION, s->tool, s->options, s->k);
	for (c = 0; c < s->k; c++)
		ml_buf_printf(b, "\t%s", s->names[c]);
	ml_buf_printf(b, "\nparts\t%zu\n%s\t%s\n", s->parts, s->is_state ? "state" : "round",
	    round_names[s->round]);
	prior_text(s, b);
	for (P = 0; P < s->parts; P++) {
		if (!s->have[P])
			continue;
		ml_buf_printf(b, "part\t%zu", P + 1);
		put_u64(b, s->pn[P]);
		for (c = 0; c < s->k; c++)
			put_u64(b, s->pn1[P * s->k + c]);
		ml_buf_puts(b, "\n");
	}
	if (!s->is_state)
		data_text(s, b);
	ml_buf_puts(b, "end\n");
}

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
	if (strcmp(r->f[1], "1") != 0)
		return ml_errf(r->e, r->path, r->line, NULL, NULL, 0,
		    "summary format version %s: this mlaudit reads version %d", r->f[1],
		    ML_SPLIT_VERSION);
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
	for (i = 0; i <= ML_ROUND_FINISH && strcmp(r->f[1], round_names[i]) != 0; i++)
		;
	if (i > ML_ROUND_FINISH)
		return bad(r, "unknown round");
	s->round = i;
	if ((rc = parse_options(s, r->e)) < 0)
		return rc;
	if (alloc_parts(s, r->e) < 0)
		return -1;
	return 0;
}

static int
read_sums(ml_split *s, struct rd *r, const char *kw)
{
	uint64_t c, k, lo, len, F;
	ml_split_side *sd;
	double v;
	size_t i;

	if (!s->side || get_index(r, 1, s->k, &c) < 0 || get_index(r, 2, 2, &k) < 0)
		return bad(r, "sums outside the sums round");
	sd = &s->side[2 * c + k];
	if (strcmp(kw, "fold") == 0) {
		if (get_u64(r, 3, &F) < 0 || get_double(r, 4, &v) < 0)
			return -1;
		sd->folded = F;
		sd->acc = v;
		return 0;
	}
	if (get_u64(r, 3, &lo) < 0)
		return -1;
	if (strcmp(kw, "sum") == 0) {
		if (get_u64(r, 4, &len) < 0 || get_double(r, 5, &v) < 0 || len == 0)
			return -1;
		if (ml_grow(&sd->it, &sd->cap, sd->n + 1, sizeof *sd->it) < 0)
			return ml_err_oom(r->e);
		sd->it[sd->n++] = (ml_split_item){ lo, len, v };
		return 0;
	}
	for (i = 4; i < r->nf; i++) {
		if (get_double(r, i, &v) < 0)
			return -1;
		if (ml_grow(&sd->it, &sd->cap, sd->n + 1, sizeof *sd->it) < 0)
			return ml_err_oom(r->e);
		sd->it[sd->n++] = (ml_split_item){ lo + (i - 4), 0, v };
	}
	return 0;
}

static int
read_line(ml_split *s, struct rd *r)
{
	const char *kw = r->f[0];
	uint64_t c, sel, k, v, P;
	ml_split_cut *ct;
	size_t i;

	/* The lines before the part lines are the earlier rounds' results. */
	if (strcmp(kw, "count") != 0 && strcmp(kw, "thr") != 0 && strcmp(kw, "joint") != 0 &&
	    strcmp(kw, "cut") != 0 && strcmp(kw, "tie") != 0 && ml_split_alloc_data(s, r->e) < 0)
		return -1;

	if (strcmp(kw, "count") == 0) {
		if (!s->n1 && !(s->n1 = calloc(s->k + 1, sizeof *s->n1)))
			return ml_err_oom(r->e);
		if (r->nf != s->k + 2 || get_u64(r, 1, &s->n) < 0)
			return bad(r, "bad count line");
		for (c = 0; c < s->k; c++)
			if (get_u64(r, c + 2, &s->n1[c]) < 0)
				return -1;
		return 0;
	}
	if (strcmp(kw, "thr") == 0) {
		if (!s->thr && !(s->thr = calloc(2 * s->k + 1, sizeof *s->thr)))
			return ml_err_oom(r->e);
		if (get_index(r, 1, s->k, &c) < 0 || get_double(r, 2, &s->thr[2 * c]) < 0 ||
		    get_double(r, 3, &s->thr[2 * c + 1]) < 0)
			return -1;
		return 0;
	}
	if (strcmp(kw, "joint") == 0 || strcmp(kw, "cj") == 0) {
		long **m = kw[0] == 'j' ? &s->raw : &s->cj;
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
	if (strcmp(kw, "cut") == 0 || strcmp(kw, "tie") == 0 || strcmp(kw, "cand") == 0) {
		if (get_index(r, 1, s->k, &c) < 0 || get_index(r, 2, 2, &sel) < 0 ||
		    get_index(r, 3, 2, &k) < 0)
			return -1;
		ct = CUT(s, c, sel, k);
		if (kw[1] == 'u') {
			if (get_u64(r, 4, &ct->want) < 0)
				return -1;
			if (r->nf > 5 && (get_double(r, 5, &ct->v) < 0 || get_u64(r, 6, &ct->less) < 0 ||
			    get_u64(r, 7, &ct->eq) < 0))
				return -1;
			return 0;
		}
		if (kw[1] == 'i') {
			ct->ntie = r->nf - 4;
			if (!(ct->tie = malloc((ct->ntie + 1) * sizeof *ct->tie)))
				return ml_err_oom(r->e);
			for (i = 0; i < ct->ntie; i++)
				if (get_u64(r, i + 4, &ct->tie[i]) < 0)
					return -1;
			return 0;
		}
		if ((r->nf - 4) % 2 || !(ct->cand = malloc(((r->nf - 4) / 2 + 1) * sizeof *ct->cand)))
			return bad(r, "bad cand line");
		ct->ncand = (r->nf - 4) / 2;
		for (i = 0; i < ct->ncand; i++)
			if (get_double(r, 4 + 2 * i, &ct->cand[i].key) < 0 ||
			    get_u64(r, 5 + 2 * i, &ct->cand[i].count) < 0)
				return -1;
		return 0;
	}
	if (strcmp(kw, "keys") == 0) {
		if (get_u64(r, 1, &P) < 0 || P == 0 || P > s->parts || get_index(r, 2, s->k, &c) < 0 ||
		    get_index(r, 3, 2, &sel) < 0 || get_index(r, 4, 2, &k) < 0)
			return bad(r, "bad keys line");
		ct = CUT(s, c, sel, k);
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
	if (strcmp(kw, "part") == 0) {
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
	if (strcmp(kw, "fold") == 0 || strcmp(kw, "sum") == 0 || strcmp(kw, "raw") == 0)
		return read_sums(s, r, kw);
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

/* -------------------------------------------------------------- merge */

int
ml_split_check_state(const ml_split *s, const char *tool, const char *options, size_t k,
                     char *const *names, size_t parts, const char *path, ml_err *e)
{
	size_t c;

	if (strcmp(s->tool, tool) != 0)
		return ml_errf(e, path, 0, NULL, NULL, 0, "a summary of %s, not %s", s->tool, tool);
	if (strcmp(s->options, options) != 0)
		return ml_errf(e, path, 0, NULL, NULL, 0,
		    "made with other options (%s), not these (%s)", s->options, options);
	for (c = 0; c < k && c < s->k && strcmp(s->names[c], names[c]) == 0; c++)
		;
	if (k != s->k || c < k)
		return ml_errf(e, path, 0, NULL, NULL, 0,
		    "its classes differ from the p_ columns of the input");
	if (parts != s->parts)
		return ml_errf(e, path, 0, NULL, NULL, 0, "made for %zu parts, not %zu", s->parts,
		    parts);
	if (!s->is_state || !ml_split_complete(s))
		return ml_errf(e, path, 0, NULL, NULL, 0,
		    "a part's summary, not a state: merge every part's summary with mlmerge first");
	return 0;
}

/* Keeps the lowest keys of the sorted lists a and b, until want rows are covered. */
static int
merge_cand(ml_split_cut *a, const ml_split_cut *b)
{
	ml_split_key *m = malloc((a->ncand + b->ncand + 1) * sizeof *m);
	size_t i = 0, j = 0, n = 0;
	uint64_t cum = 0;

	if (!m)
		return -1;
	while ((i < a->ncand || j < b->ncand) && cum < a->want) {
		if (j == b->ncand || (i < a->ncand && a->cand[i].key < b->cand[j].key))
			m[n] = a->cand[i++];
		else if (i == a->ncand || b->cand[j].key < a->cand[i].key)
			m[n] = b->cand[j++];
		else {
			m[n] = a->cand[i++];
			m[n].count += b->cand[j++].count;
		}
		cum += m[n++].count;
	}
	free(a->cand);
	a->cand = m;
	a->ncand = n;
	return 0;
}

int
ml_split_merge(ml_split *a, const ml_split *b, const char *bpath, ml_err *e)
{
	ml_buf pa = ML_BUF_INIT, pb = ML_BUF_INIT;
	size_t c, i, P;
	int same;

	if (a->is_state || b->is_state)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "a state, not a part's summary: the parts read it with --state");
	if (strcmp(a->tool, b->tool) != 0 || strcmp(a->options, b->options) != 0)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "made by another tool or with other options than the first summary");
	for (c = 0; c < a->k && c < b->k && strcmp(a->names[c], b->names[c]) == 0; c++)
		;
	if (a->k != b->k || c < a->k)
		return ml_errf(e, bpath, 0, NULL, NULL, 0, "its classes differ from the first summary's");
	if (a->parts != b->parts || a->round != b->round)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "%zu parts, round %s: the first summary has %zu parts, round %s", b->parts,
		    round_names[b->round], a->parts, round_names[a->round]);
	prior_text(a, &pa);
	prior_text(b, &pb);
	same = !pa.oom && !pb.oom && pa.len == pb.len && (pa.len == 0 || memcmp(pa.s, pb.s, pa.len) == 0);
	free(pa.s);
	free(pb.s);
	if (!same)
		return ml_errf(e, bpath, 0, NULL, NULL, 0,
		    "made from another state than the first summary (earlier rounds differ)");
	for (P = 0; P < a->parts; P++) {
		if (!b->have[P])
			continue;
		if (a->have[P])
			return ml_errf(e, bpath, 0, NULL, NULL, 0, "part %zu is in two summaries", P + 1);
		a->have[P] = 1;
		a->pn[P] = b->pn[P];
		memcpy(a->pn1 + P * a->k, b->pn1 + P * a->k, a->k * sizeof *a->pn1);
	}
	for (c = 0; a->side && c < 2 * a->k; c++) {
		ml_split_side *x = &a->side[c];
		const ml_split_side *y = &b->side[c];
		if (y->folded) {
			if (x->folded)
				return ml_errf(e, bpath, 0, NULL, NULL, 0, "part 1's sums are in two summaries");
			x->folded = y->folded;
			x->acc = y->acc;
		}
		if (ml_grow(&x->it, &x->cap, x->n + y->n + 1, sizeof *x->it) < 0)
			return ml_err_oom(e);
		if (y->n)
			memcpy(x->it + x->n, y->it, y->n * sizeof *y->it);
		x->n += y->n;
		if (ml_split_side_normalize(x, c % 2 ? a->n1[c / 2] : a->n - a->n1[c / 2]) < 0)
			return ml_err_oom(e);
	}
	for (i = 0; a->cj && i < 4 * a->k; i++)
		a->cj[i] += b->cj[i];
	for (i = 0; a->round == ML_ROUND_PRUNE && i < 4 * a->k; i++)
		if (a->cut[i].want && merge_cand(&a->cut[i], &b->cut[i]) < 0)
			return ml_err_oom(e);
	for (i = 0; a->round == ML_ROUND_TIES && i < 4 * a->k; i++) {
		ml_split_cut *x = &a->cut[i];
		for (P = 0; x->keys && P < a->parts; P++)
			if (b->have[P]) {
				x->keys[P] = b->cut[i].keys[P];
				x->nkeys[P] = b->cut[i].nkeys[P];
				b->cut[i].keys[P] = NULL;
			}
	}
	return 0;
}

/* ------------------------------------------------------------- rounds */

static int
is_filter(const ml_split *s)
{
	return strcmp(s->tool, "mlfilter") == 0;
}

static int
is_prune(int f)
{
	return f == ML_PRUNE_BY_NOISE_RATE || f == ML_PRUNE_BY_CLASS || f == ML_BOTH;
}

/* cleanlab's checks of the whole label matrix, once it is counted. */
static int
check_counts(const ml_split *s, ml_err *e)
{
	size_t c, all = 0, none = 0;

	if (s->n == 0)
		return ml_errmsg(e, "no data rows (in any part)");
	for (c = 0; c < s->k; c++) {
		all += s->n1[c] == s->n;
		none += s->n1[c] == 0;
	}
	if (!is_filter(s)) {
		if (none == s->k)
			return ml_errmsg(e, ML_NOT_MULTILABEL, "no example has any class");
		if (all == s->k)
			return ml_errmsg(e, ML_NOT_MULTILABEL, "every example has every class");
		return 0;
	}
	for (c = 0; c < s->k; c++) {
		if (s->n1[c] == s->n)
			return ml_errmsg(e, "class '%s': given to every example: cleanlab requires "
			    "both labels in each class's one-vs-rest problem (Labels must contain at "
			    "least 2 classes.)", s->names[c]);
		if (s->ntr && !is_prune(s->filter))
			return ml_errmsg(e, "class '%s': num_to_remove_per_class does not work with "
			    "filter %s", s->names[c], ml_filter_name(s->filter));
		if (s->filter == ML_PREDICTED_NEQ_GIVEN && s->n1[c] == 0)
			return ml_errmsg(e, "class '%s': given to no example: predicted_neq_given "
			    "requires both labels in each class's one-vs-rest problem (Labels must "
			    "contain at least 2 classes.)", s->names[c]);
	}
	return 0;
}

/* The prune counts of every class and side, from the joint (SPEC 3.2.5, 3.2.6). */
static int
set_cuts(ml_split *s)
{
	ml_cl_opts o = { s->filter, s->frac_noise, s->min_examples, -1, NULL };
	long C[2][2], cal[2][2], remove[2], keep[2], want;
	size_t c, count[2];
	int k, sel, any = 0;

	for (c = 0; c < s->k; c++) {
		memcpy(C, s->raw + 4 * c, sizeof C);
		count[0] = s->n - s->n1[c];
		count[1] = s->n1[c];
		ml_cl_calibrate((const long (*)[2])C, count, cal);
		o.num_to_remove = s->ntr ? s->ntr[c] : -1;
		ml_cl_prune_counts((const long (*)[2])cal, count, &o, remove, keep);
		for (k = 0; k < 2; k++) {
			if ((long)count[k] <= s->min_examples || count[k] <= 1)
				continue;
			for (sel = 0; sel < 2; sel++) {
				if ((sel == ML_SEL_NOISE && s->filter == ML_PRUNE_BY_CLASS) ||
				    (sel == ML_SEL_CLASS && s->filter == ML_PRUNE_BY_NOISE_RATE))
					continue;
				want = sel == ML_SEL_NOISE ? remove[k] : (long)count[k] - keep[k];
				if (want <= 0)
					continue;
				CUT(s, c, sel, k)->want = (uint64_t)want < count[k] ? (uint64_t)want : count[k];
				any = 1;
			}
		}
	}
	return any;
}

/* The tied rows flagged: numpy's argsort of the whole side, its first `want`. */
static int
cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return (a > b) - (a < b);
}

static int
break_ties(ml_split *s, ml_split_cut *ct, uint64_t total, ml_err *e)
{
	uint64_t n = 0, i, P;
	double *keys;
	size_t *idx;

	for (P = 0; P < s->parts; P++)
		n += ct->nkeys[P];
	if (n != total || n < ct->want)
		return ml_errmsg(e, "summaries disagree on a side's rows");
	if (!(keys = malloc((n + 1) * sizeof *keys)) || !(idx = malloc((n + 1) * sizeof *idx))) {
		free(keys);
		return ml_err_oom(e);
	}
	for (n = 0, P = 0; P < s->parts; P++) {
		memcpy(keys + n, ct->keys[P], ct->nkeys[P] * sizeof *keys);
		n += ct->nkeys[P];
	}
	ml_argsort_prefix(keys, n, idx, ct->want);
	ct->ntie = 0;
	free(ct->tie);
	if (!(ct->tie = malloc((ct->want + 1) * sizeof *ct->tie))) {
		free(keys);
		free(idx);
		return ml_err_oom(e);
	}
	for (i = 0; i < ct->want; i++)
		if (keys[idx[i]] == ct->v)
			ct->tie[ct->ntie++] = idx[i];
	free(keys);
	free(idx);
	qsort(ct->tie, ct->ntie, sizeof *ct->tie, cmp_u64);
	return 0;
}

int
ml_split_advance(ml_split *s, ml_err *e)
{
	size_t c, i, P;
	uint64_t cum;
	int next = ML_ROUND_FINISH;

	if (s->is_state || !ml_split_complete(s))
		return 0;
	switch (s->round) {
	case ML_ROUND_COUNT:
		if (!(s->n1 = calloc(s->k + 1, sizeof *s->n1)))
			return ml_err_oom(e);
		for (P = 0, s->n = 0; P < s->parts; P++) {
			s->n += s->pn[P];
			for (c = 0; c < s->k; c++)
				s->n1[c] += s->pn1[P * s->k + c];
		}
		if (check_counts(s, e) < 0)
			return -1;
		if (is_filter(s) ? s->filter != ML_PREDICTED_NEQ_GIVEN : s->adjust)
			next = ML_ROUND_SUMS;
		break;
	case ML_ROUND_SUMS:
		if (!(s->thr = calloc(2 * s->k + 1, sizeof *s->thr)))
			return ml_err_oom(e);
		for (i = 0; i < 2 * s->k; i++) {
			uint64_t nk = i % 2 ? s->n1[i / 2] : s->n - s->n1[i / 2];
			double sum;
			if (!ml_split_side_total(&s->side[i], nk, &sum))
				return ml_errmsg(e, "the sums of class '%s' are incomplete",
				    s->names[i / 2]);
			s->thr[i] = nk ? sum / (double)nk : THR_EMPTY;
			if (s->thr[i] < THR_LB)
				s->thr[i] = THR_LB;
		}
		if (is_filter(s) && is_prune(s->filter))
			next = ML_ROUND_JOINT;
		break;
	case ML_ROUND_JOINT:
		if (!(s->raw = calloc(4 * s->k + 1, sizeof *s->raw)))
			return ml_err_oom(e);
		memcpy(s->raw, s->cj, 4 * s->k * sizeof *s->raw);
		for (c = 0; c < s->k; c++) {
			if (s->raw[4 * c] < 1)
				s->raw[4 * c] = 1;
			if (s->raw[4 * c + 3] < 1)
				s->raw[4 * c + 3] = 1;
		}
		if (set_cuts(s))
			next = ML_ROUND_PRUNE;
		break;
	case ML_ROUND_PRUNE:
		for (i = 0; i < 4 * s->k; i++) {
			ml_split_cut *ct = &s->cut[i];
			if (!ct->want)
				continue;
			for (cum = 0, c = 0; c < ct->ncand && cum + ct->cand[c].count < ct->want; c++)
				cum += ct->cand[c].count;
			if (c == ct->ncand)
				return ml_errmsg(e, "summaries disagree on a side's rows");
			ct->v = ct->cand[c].key;
			ct->less = cum;
			ct->eq = ct->cand[c].count;
			if (ct->less + ct->eq > ct->want)
				next = ML_ROUND_TIES;
		}
		break;
	case ML_ROUND_TIES:
		for (i = 0; i < 4 * s->k; i++)
			if (s->cut[i].keys && break_ties(s, &s->cut[i],
			    i % 2 ? s->n1[i / 4] : s->n - s->n1[i / 4], e) < 0)
				return -1;
		break;
	}
	free_data(s);
	s->is_state = 1;
	s->round = next;
	return 1;
}
