/*
 * text.c - a summary written out in the text format of mlmerge(1): the
 * header, the earlier rounds' results, the part lines and this round's data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "split/split.h"
#include "split/internal.h"

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
void
sp_prior_text(const ml_split *s, ml_buf *b)
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
				const ml_split_cut *ct = SP_CUT(s, c, sel, k);
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

/*
 * The pieces of a pairwise sum, a line each: pre, the kind (fold, sum,
 * raw), post, then its numbers (consecutive raw values on one line).
 */
static void
put_pieces(ml_buf *b, const ml_split_side *sd, const char *pre, const char *post)
{
	size_t i, j;

	if (sd->folded) {
		ml_buf_printf(b, "%sfold%s", pre, post);
		put_u64(b, sd->folded);
		put_double(b, sd->acc);
		ml_buf_puts(b, "\n");
	}
	for (i = 0; i < sd->n; i = j) {
		const ml_split_item *it = &sd->it[i];
		j = i + 1;
		ml_buf_printf(b, "%s%s%s", pre, it->len ? "sum" : "raw", post);
		put_u64(b, it->lo);
		if (it->len) {
			put_u64(b, it->len);
			put_double(b, it->v);
			ml_buf_puts(b, "\n");
			continue;
		}
		put_double(b, it->v);
		for (; j < sd->n && sd->it[j].len == 0 && sd->it[j].lo == it->lo + (j - i); j++)
			put_double(b, sd->it[j].v);
		ml_buf_puts(b, "\n");
	}
}

static void
data_text(const ml_split *s, ml_buf *b)
{
	char where[64];
	size_t c, i, P;
	int sel, k;

	for (c = 0; s->side && c < 2 * s->k; c++) {
		snprintf(where, sizeof where, "\t%zu\t%zu", c / 2, c % 2);
		put_pieces(b, &s->side[c], "", where);
	}
	for (c = 0; s->cj && c < s->k; c++)
		ml_buf_printf(b, "cj\t%zu\t%ld\t%ld\t%ld\t%ld\n", c, s->cj[4 * c], s->cj[4 * c + 1],
		    s->cj[4 * c + 2], s->cj[4 * c + 3]);
	for (c = 0; s->round >= ML_ROUND_PRUNE && c < s->k; c++)
		for (sel = 0; sel < 2; sel++)
			for (k = 0; k < 2; k++) {
				const ml_split_cut *ct = SP_CUT(s, c, sel, k);
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

/* A class list of bit row `row` of bits: "1,4". */
static void
put_classes(ml_buf *b, const ml_split *s, const uint64_t *bits, size_t row)
{
	size_t c, n = 0;

	ml_buf_puts(b, "\t");
	for (c = 0; c < s->k; c++)
		if (ML_BIT(bits, row * s->k + c))
			ml_buf_printf(b, n++ ? ",%zu" : "%zu", c);
}

/* TAB, then s with \\, TAB, LF and CR escaped (an id may hold them in CSV). */
static void
put_escaped(ml_buf *b, const char *s)
{
	ml_buf_puts(b, "\t");
	for (; *s; s++)
		switch (*s) {
		case '\\': ml_buf_puts(b, "\\\\"); break;
		case '\t': ml_buf_puts(b, "\\t"); break;
		case '\n': ml_buf_puts(b, "\\n"); break;
		case '\r': ml_buf_puts(b, "\\r"); break;
		default: ml_buf_put(b, s, 1);
		}
}

void
sp_report_text(const ml_split *s, ml_buf *b)
{
	const ml_split_report *rp = s->rp;
	size_t i, j;

	if (s->round == ML_ROUND_REPORT) {
		ml_buf_puts(b, "score\ttotal");
		put_double(b, rp->sum);
		ml_buf_puts(b, "\n");
	} else
		put_pieces(b, &rp->score, "score\t", "");
	ml_buf_puts(b, "hist");
	for (i = 0; i < ML_SPLIT_BINS; i++)
		put_u64(b, rp->hist[i]);
	ml_buf_puts(b, "\n");
	if (rp->idname) {
		ml_buf_puts(b, "idname");
		put_escaped(b, rp->idname);
		ml_buf_puts(b, "\n");
	}
	for (i = 0; i < rp->nissue; i++) {
		const ml_split_issue *x = &rp->issue[i];
		ml_buf_puts(b, "issue");
		put_u64(b, x->row);
		put_double(b, x->score);
		for (j = 0; j < 3; j++)
			put_classes(b, s, x->bits, j);
		if (x->id)
			put_escaped(b, x->id);
		ml_buf_puts(b, "\n");
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
	    ml_split_round_name(s->round));
	sp_prior_text(s, b);
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
	if (s->rp)
		sp_report_text(s, b);
	ml_buf_puts(b, "end\n");
}
