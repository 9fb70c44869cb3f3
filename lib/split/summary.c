/*
 * summary.c - a split summary's lifecycle: the options line it was made
 * with, an empty summary set up, its round data allocated and freed (the
 * text, the merge and the rounds are in text.c, parse.c, merge.c, rounds.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "split/split.h"
#include "split/internal.h"

static const char *const round_names[] = {
	"count", "sums", "joint", "prune", "ties", "finish", "report"
};

const char *
ml_split_round_name(int round)
{
	return round_names[round];
}

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

char *
ml_split_report_options(const ml_audit_opts *o, int method, const ml_agg *agg, int adjust,
                        const char *labels, const char *idcol)
{
	static const char *const kinds[] = { "ema", "softmin", "mean", "min", "max" };
	char *filter = ml_split_options("mlfilter", o, 0, labels), *line;
	char num[ML_NUM_BUFSZ] = "";

	if (!filter)
		return NULL;
	if (agg->kind == ML_AGG_EMA || agg->kind == ML_AGG_SOFTMIN) {
		num[0] = ':';
		if (agg->auto_alpha)
			strcpy(num + 1, "auto");
		else
			ml_format_double(agg->param, num + 1);
	}
	line = ml_strdupf("%s\tmethod=%s\taggregator=%s%s\tadjust=%d\tid=%s", filter,
	    ml_method_name(method), kinds[agg->kind], num, adjust != 0, idcol ? idcol : "-");
	free(filter);
	return line;
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
int
sp_parse_options(ml_split *s, ml_err *e)
{
	const char *v;
	char buf[64];
	size_t n, z;

	s->filter = ML_PRUNE_BY_NOISE_RATE;
	s->frac_noise = 1.0;
	s->min_examples = 1;
	if ((v = opt_value(s->options, "adjust", &n)))
		s->adjust = n == 1 && *v == '1';
	s->method = ML_METHOD_DEFAULT;
	s->agg = ml_agg_default;
	if ((v = opt_value(s->options, "method", &n))) {
		snprintf(buf, sizeof buf, "%.*s", (int)(n < 63 ? n : 63), v);
		if ((s->method = ml_method_parse(buf)) < 0)
			return ml_errmsg(e, "summary options: unknown method '%s'", buf);
	}
	if ((v = opt_value(s->options, "aggregator", &n))) {
		snprintf(buf, sizeof buf, "%.*s", (int)(n < 63 ? n : 63), v);
		if (ml_agg_parse(buf, &s->agg, e) < 0)
			return -1;
	}
	if ((v = opt_value(s->options, "id", &n)) && !(n == 1 && *v == '-') &&
	    !(s->idcol = strndup(v, n)))
		return ml_err_oom(e);
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

int
sp_alloc_parts(ml_split *s, ml_err *e)
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
	if ((rc = sp_parse_options(s, e)) < 0)
		return rc;
	return sp_alloc_parts(s, e);
}

void
sp_free_data(ml_split *s)
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

	sp_free_data(s);
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
	free(s->idcol);
	sp_report_free(s);
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
	if (strcmp(s->tool, "mlreport") == 0 && !s->rp && (s->round == ML_ROUND_REPORT ||
	    (s->round == ML_ROUND_FINISH && !s->is_state)) && !(s->rp = calloc(1, sizeof *s->rp)))
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

