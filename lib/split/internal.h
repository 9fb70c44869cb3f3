/*
 * split/internal.h - what the files of lib/split/ share and no one else
 * uses: the summary's setup steps, its round data freed, the earlier rounds'
 * text (written by every summary, compared by the merge) and a cut's place.
 */
#ifndef ML_SPLIT_INTERNAL_H
#define ML_SPLIT_INTERNAL_H

#include "split/split.h"

/* The cut of class c, prune order sel (ML_SEL_*), side k (given label k). */
#define SP_CUT(s, c, sel, k) (&(s)->cut[((c) * 2 + (sel)) * 2 + (k)])

/* The fields of the options line that change the rounds (summary.c). */
int sp_parse_options(ml_split *s, ml_err *e);
/* The per-part arrays and the cuts, for s->parts and s->k (summary.c). */
int sp_alloc_parts(ml_split *s, ml_err *e);
/* The round data freed: sides, joint counts, candidates and keys (summary.c). */
void sp_free_data(ml_split *s);
/* The results of the rounds done, as text (text.c). */
void sp_prior_text(const ml_split *s, ml_buf *b);
/* mlreport's report data (report.c): b's merged into a's (b's flagged rows taken), freed. */
int sp_report_merge(ml_split *a, ml_split *b, const char *bpath, ml_err *e);
void sp_report_free(ml_split *s);
/* Its text (text.c): the score pieces or sum, the histogram, the id column, the flagged rows. */
void sp_report_text(const ml_split *s, ml_buf *b);

#endif
