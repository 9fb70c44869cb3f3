/*
 * json.c - the report as one JSON document.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "report/report.h"

/* ------------------------------------------------------------------ JSON */

/*
 * The document is built with jansson and written by dump(): jansson's
 * own encoder prints reals with "%.17g" (0.1 as 0.10000000000000001);
 * here they get Python's repr, the shortest digits that read back to the
 * same double.  Objects keep their insertion order (jansson >= 2.8).
 */
static int
is_scalar(const json_t *v)
{
	return !json_is_object(v) && !json_is_array(v);
}

/* A JSON string as jansson writes it (UTF-8 kept, control bytes escaped), after pre. */
static void
json_str_pre(ml_buf *b, const char *pre, const char *s)
{
	const char *run = s;

	ml_buf_puts(b, "\"");
	ml_buf_puts(b, pre);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		ml_buf_put(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"': ml_buf_puts(b, "\\\""); break;
		case '\\': ml_buf_puts(b, "\\\\"); break;
		case '\b': ml_buf_puts(b, "\\b"); break;
		case '\f': ml_buf_puts(b, "\\f"); break;
		case '\n': ml_buf_puts(b, "\\n"); break;
		case '\r': ml_buf_puts(b, "\\r"); break;
		case '\t': ml_buf_puts(b, "\\t"); break;
		default: ml_buf_printf(b, "\\u%04x", c); break;
		}
	}
	ml_buf_put(b, run, (size_t)(s - run));
	ml_buf_puts(b, "\"");
}

static void
json_str(ml_buf *b, const char *s)
{
	json_str_pre(b, "", s);
}

static void
dump(const json_t *v, ml_buf *b, int depth)
{
	char num[ML_NUM_BUFSZ], *s;
	const char *key;
	json_t *x;
	size_t i, n;
	int inline_ = 1;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (json_object_size(v) == 0) {
			ml_buf_puts(b, "{}");
			break;
		}
		ml_buf_puts(b, "{");
		i = 0;
		json_object_foreach((json_t *)v, key, x) {
			ml_buf_puts(b, i++ ? ",\n" : "\n");
			ml_buf_pad(b, ' ', 2 * (size_t)(depth + 1));
			json_str(b, key);
			ml_buf_puts(b, ": ");
			dump(x, b, depth + 1);
		}
		ml_buf_puts(b, "\n");
		ml_buf_pad(b, ' ', 2 * (size_t)depth);
		ml_buf_puts(b, "}");
		break;
	case JSON_ARRAY:
		n = json_array_size(v);
		for (i = 0; i < n; i++)
			inline_ &= is_scalar(json_array_get(v, i));
		ml_buf_puts(b, "[");
		for (i = 0; i < n; i++) {
			if (inline_) {
				ml_buf_puts(b, i ? ", " : "");
			} else {
				ml_buf_puts(b, i ? ",\n" : "\n");
				ml_buf_pad(b, ' ', 2 * (size_t)(depth + 1));
			}
			dump(json_array_get(v, i), b, depth + 1);
		}
		if (!inline_ && n) {
			ml_buf_puts(b, "\n");
			ml_buf_pad(b, ' ', 2 * (size_t)depth);
		}
		ml_buf_puts(b, "]");
		break;
	case JSON_REAL:
		ml_format_double(json_real_value(v), num);
		ml_buf_puts(b, num);
		break;
	case JSON_STRING:
		json_str(b, json_string_value(v));
		break;
	case JSON_INTEGER:
		ml_buf_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		break;
	default:
		if (!(s = json_dumps(v, JSON_ENCODE_ANY))) {
			b->oom = 1;
			return;
		}
		ml_buf_puts(b, s);
		free(s);
		break;
	}
}

/* Sets key to a new reference; a NULL value (out of memory) marks the object. */
static void
put(json_t *o, const char *key, json_t *v, int *oom)
{
	if (!v || json_object_set_new(o, key, v) < 0)
		*oom = 1;
}

/* "[3, 17]" (ml_dl_list) as a JSON list of integers. */
static json_t *
json_list(const char *s)
{
	json_t *a = json_array();
	char *end;

	while (a && *s) {
		if (*s >= '0' && *s <= '9') {
			if (json_array_append_new(a, json_integer((json_int_t)strtoll(s, &end, 10))) < 0) {
				json_decref(a);
				return NULL;
			}
			s = end;
		} else
			s++;
	}
	return a;
}

/* A new object appended to the array a (NULL: none, out of memory marked). */
static json_t *
add_object(json_t *a, int *oom)
{
	json_t *o;

	if (!a || !(o = json_object()) || json_array_append_new(a, o) < 0) {
		*oom = 1;
		return NULL;
	}
	return o;
}

/* Each feature check's flagged rows, most severe first: "<name>_issues": [{id, score, ...}]. */
static void
json_feature_issues(json_t *doc, const ml_rep_dl *d, int *oom)
{
	const ml_dl_check *k;
	json_t *a, *o;
	size_t j, i, x, m, *rows, *perm, n = d->n;
	char key[64];

	if (!(rows = malloc((n ? n : 1) * sizeof *rows)) ||
	    !(perm = malloc((n ? n : 1) * sizeof *perm))) {
		free(rows);
		*oom = 1;
		return;
	}
	for (j = 0; j < d->nchecks; j++) {
		k = &d->check[j];
		if (strcmp(k->name, "label") == 0)
			continue;
		for (i = m = 0; i < n; i++)
			if (k->flag[i])
				rows[m++] = i;
		ml_argsort_subset(k->score, rows, m, perm);
		if (!(a = json_array())) {
			*oom = 1;
			break;
		}
		for (i = 0; i < m; i++) {
			size_t row = rows[perm[i]];
			if (!(o = add_object(a, oom)))
				break;
			put(o, "id", d->id[row] ? json_string(d->id[row]) : json_integer((json_int_t)row),
			    oom);
			snprintf(key, sizeof key, "%s_score", k->name);
			put(o, key, json_real(k->score[row]), oom);
			for (x = 0; x < k->nextra; x++)
				put(o, k->extra[x].name, k->extra[x].type == ML_DL_FLOAT ?
				    json_real(k->extra[x].f[row]) : json_list(k->extra[x].s[row]), oom);
		}
		snprintf(key, sizeof key, "%s_issues", k->name);
		put(doc, key, a, oom);
	}
	free(rows);
	free(perm);
}

/* One label_issues entry, written directly (as dump() would write its object at depth 2). */
static void
json_label_issue(ml_buf *b, const ml_rep *rep, const ml_rep_example *ex)
{
	static const ml_list_style style = { "[", ", ", "]", json_str_pre };
	char num[ML_NUM_BUFSZ];

	ml_buf_puts(b, "{\n      \"id\": ");
	if (ex->id)
		json_str(b, ex->id);
	else
		ml_buf_printf(b, "%zu", ex->row);
	ml_buf_puts(b, ",\n      \"given_label\": ");
	ml_class_list(b, &style, rep->names, rep->k, rep->given_bits, NULL, ex->bits);
	ml_buf_puts(b, ",\n      \"predicted_label\": ");
	ml_class_list(b, &style, rep->names, rep->k, rep->pred_bits, NULL, ex->bits);
	ml_buf_puts(b, ",\n      \"issue_classes\": ");
	ml_class_list(b, &style, rep->names, rep->k, rep->wrong_bits, rep->given_bits,
	    ex->bits);
	ml_buf_puts(b, ",\n      \"label_score\": ");
	ml_format_double(ex->score, num);
	ml_buf_puts(b, num);
	ml_buf_puts(b, "\n    }");
}

/* num_examples, num_classes, class_names and issue_summary. */
static void
json_summary(json_t *doc, const ml_rep *rep, const ml_rep_dl *d, int *oom)
{
	json_t *a, *o;
	size_t i, c;

	put(doc, "num_examples", json_integer((json_int_t)(rep ? rep->n : d->n)), oom);
	if (rep || d->num_classes >= 0)
		put(doc, "num_classes", json_integer(rep ? (json_int_t)rep->k :
		    (json_int_t)d->num_classes), oom);
	if (rep && (a = json_array()))
		for (c = 0; c < rep->k; c++)
			if (json_array_append_new(a, json_string(rep->names[c])) < 0)
				*oom = 1;
	if (rep)
		put(doc, "class_names", a, oom);
	/* Only when --drop-class left classes out: the key is new, the rest is cleanlab's. */
	if (rep && rep->ndropped && (a = json_array())) {
		for (c = 0; c < rep->ndropped; c++)
			if (json_array_append_new(a, json_string(rep->dropped[c])) < 0)
				*oom = 1;
		put(doc, "dropped_classes", a, oom);
	}

	a = json_array();
	if (!d && (o = add_object(a, oom))) {
		put(o, "issue_type", json_string("label"), oom);
		put(o, "score", json_real(rep->score), oom);
		put(o, "num_issues", json_integer((json_int_t)rep->nissues), oom);
	}
	for (i = 0; d && i < d->nchecks && (o = add_object(a, oom)); i++) {
		put(o, "issue_type", json_string(d->check[i].name), oom);
		/* NaN: a given non_iid check's p-value that the stream cannot give */
		put(o, "score", isnan(d->check[i].summary_score) ? json_null() :
		    json_real(d->check[i].summary_score), oom);
		put(o, "num_issues", json_integer((json_int_t)d->check[i].num_issues), oom);
	}
	put(doc, "issue_summary", a, oom);
}

/* classes_by_multilabel_quality and common_multilabel_issues. */
static void
json_health(json_t *doc, const ml_rep *rep, int *oom)
{
	json_t *a = json_array(), *o;
	size_t i;

	for (i = 0; i < rep->k && (o = add_object(a, oom)); i++) {
		const ml_class_rank *r = &rep->ranking[i];
		put(o, "Class Name", json_string(rep->names[r->cls]), oom);
		put(o, "Class Index", json_integer((json_int_t)r->cls), oom);
		put(o, "Label Issues", json_integer(r->label_issues), oom);
		put(o, "Inverse Label Issues", json_integer(r->inverse_label_issues), oom);
		put(o, "Label Noise", json_real(r->label_noise), oom);
		put(o, "Inverse Label Noise", json_real(r->inverse_label_noise), oom);
		put(o, "Label Quality Score", json_real(r->quality), oom);
	}
	put(doc, "classes_by_multilabel_quality", a, oom);

	a = json_array();
	for (i = 0; i < 2 * rep->k && (o = add_object(a, oom)); i++) {
		const ml_common_row *r = &rep->common[i];
		put(o, "Class Name", json_string(rep->names[r->cls]), oom);
		put(o, "Class Index", json_integer((json_int_t)r->cls), oom);
		put(o, "In Given Label", json_boolean(r->in_given), oom);
		put(o, "In Suggested Label", json_boolean(!r->in_given), oom);
		put(o, "Num Examples", json_integer((json_int_t)r->num), oom);
		put(o, "Issue Probability", json_real(r->prob), oom);
	}
	put(doc, "common_multilabel_issues", a, oom);
}

/* A list of strings. */
static json_t *
json_strings(char *const *v, size_t n, int *oom)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; a && i < n; i++)
		if (json_array_append_new(a, json_string(v[i])) < 0)
			*oom = 1;
	if (!a)
		*oom = 1;
	return a;
}

/* "gates" and "run": how the document was made, so that a CI log can say why it failed. */
static void
json_run(json_t *doc, const ml_rep_run *run, int *oom)
{
	json_t *a = json_array(), *o;
	size_t i;

	for (i = 0; i < run->ngates && (o = add_object(a, oom)); i++) {
		const ml_rep_gate *g = &run->gates[i];
		put(o, "gate", json_string(g->cls ? "label_quality_score" :
		    "overall_multilabel_health_score"), oom);
		put(o, "class", g->cls ? json_string(g->cls) : json_null(), oom);
		put(o, "threshold", json_real(g->threshold), oom);
		put(o, "value", json_real(g->value), oom);
		put(o, "passed", json_boolean(g->passed), oom);
	}
	put(doc, "gates", a, oom);
	if (!(o = json_object())) {
		*oom = 1;
		return;
	}
	put(o, "tool", json_string(run->tool), oom);
	put(o, "version", json_string(ML_VERSION), oom);
	put(o, "inputs", json_strings(run->inputs, run->ninputs, oom), oom);
	put(o, "options", json_strings(run->options, run->noptions, oom), oom);
	put(doc, "run", o, oom);
}

/* Each key of doc at depth 1, each preceded by ",\n  " (the first by first). */
static void
dump_keys(ml_buf *b, const json_t *doc, const char *first)
{
	const char *key;
	json_t *x;
	size_t i = 0;

	json_object_foreach((json_t *)doc, key, x) {
		ml_buf_puts(b, i++ ? ",\n  " : first);
		json_str(b, key);
		ml_buf_puts(b, ": ");
		dump(x, b, 1);
	}
}

/* label_issues entries are formatted ISSUE_BLOCK at a time by each thread. */
#define ISSUE_BLOCK 2048

struct issue_blocks {
	const ml_rep *rep;
	size_t first;           /* the round's first entry */
	ml_buf *bufs;           /* one per block of the round */
};

static void
issue_block(void *arg, size_t i)
{
	struct issue_blocks *F = arg;
	ml_buf *b = &F->bufs[i];
	size_t j = F->first + i * ISSUE_BLOCK, end = j + ISSUE_BLOCK;

	if (end > F->rep->nissues)
		end = F->rep->nissues;
	b->len = 0;
	for (; j < end && !b->oom; j++) {
		ml_buf_puts(b, j ? ",\n    " : "\n    ");
		json_label_issue(b, F->rep, &F->rep->ex[j]);
	}
}

/*
 * Every label_issues entry into b, in rank order: the entries of a round of
 * blocks are formatted on ml_threads threads, then appended in order, so
 * the bytes are the same for any -j and memory holds one round.
 */
static void
label_issues(ml_buf *b, const ml_rep *rep)
{
	size_t t = ml_threads > 1 ? (size_t)ml_threads : 1, nb, i;
	struct issue_blocks F = { rep, 0, calloc(t, sizeof(ml_buf)) };

	if (!F.bufs) {
		b->oom = 1;
		return;
	}
	for (; F.first < rep->nissues && !b->oom; F.first += t * ISSUE_BLOCK) {
		nb = (rep->nissues - F.first + ISSUE_BLOCK - 1) / ISSUE_BLOCK;
		if (nb > t)
			nb = t;
		ml_par_for(nb, t, issue_block, &F);
		for (i = 0; i < nb; i++) {
			if (F.bufs[i].oom)
				b->oom = 1;
			else if (F.bufs[i].len)
				ml_buf_put(b, F.bufs[i].s, F.bufs[i].len);
		}
	}
	for (i = 0; i < t; i++)
		free(F.bufs[i].s);
	free(F.bufs);
}

/*
 * doc's keys, then label_issues, then tail's keys: label_issues can hold
 * millions of entries, so each one is written in turn rather than kept in
 * the document.
 */
static void
json_with_label_issues(ml_buf *b, const json_t *doc, const json_t *tail, const ml_rep *rep)
{
	ml_buf_puts(b, "{");
	dump_keys(b, doc, "\n  ");
	ml_buf_puts(b, rep->nissues ? ",\n  \"label_issues\": [" : ",\n  \"label_issues\": []");
	label_issues(b, rep);
	if (rep->nissues)
		ml_buf_puts(b, "\n  ]");
	dump_keys(b, tail, ",\n  ");
	ml_buf_puts(b, "\n}\n");
}

static int
json_doc(const ml_rep *rep, const ml_rep_dl *d, const ml_rep_run *run, ml_buf *b)
{
	json_t *doc = json_object(), *tail = json_object();
	int oom = doc == NULL || tail == NULL;

	if (oom) {
		json_decref(doc);
		json_decref(tail);
		return -1;
	}
	json_summary(doc, rep, d, &oom);
	if (rep) {
		put(doc, "overall_multilabel_health_score", json_real(rep->health), &oom);
		json_health(doc, rep, &oom);
	}
	if (d)
		json_feature_issues(doc, d, &oom);
	/* Only when a check did not run: the key is mlaudit's, the rest cleanlab's. */
	if (d && d->nfailed) {
		json_t *a = json_array(), *o;
		size_t i;
		for (i = 0; a && i < d->nfailed; i++)
			if ((o = json_object())) {
				put(o, "issue_type", json_string(d->failed[i]), &oom);
				put(o, "reason", json_string(d->failed_why[i] ? d->failed_why[i] :
				    "out of memory"), &oom);
				if (json_array_append_new(a, o) < 0)
					oom = 1;
			} else
				oom = 1;
		put(doc, "checks_not_run", a, &oom);
	}
	if (run)
		json_run(rep ? tail : doc, run, &oom);
	if (!oom && rep)
		json_with_label_issues(b, doc, tail, rep);
	else if (!oom) {
		dump(doc, b, 0);
		ml_buf_puts(b, "\n");
	}
	json_decref(doc);
	json_decref(tail);
	return oom || b->oom ? -1 : 0;
}

/* The JSON goes out every 64 KiB; a failed write shows at the writer's commit. */
static void
to_writer(void *w, const char *s, size_t n)
{
	ml_writer_raw(w, s, n);
}

int
ml_rep_json_write(const ml_rep *rep, const ml_rep_dl *d, const ml_rep_run *run, ml_writer *w)
{
	ml_buf b = { NULL, 0, 0, 0, to_writer, w };
	int rc = json_doc(rep, d, run, &b);

	if (rc == 0 && b.len)
		ml_writer_raw(w, b.s, b.len);
	free(b.s);
	return rc;
}
