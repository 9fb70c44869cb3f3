/*
 * finish.c - mlfilter's last round: one part's rows, judged with the
 * finished state, written as a single run writes them (the header only by
 * part 1, so the parts' outputs concatenated in order are the single run's).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "split/split.h"

struct fin {
	const ml_split *s;
	const unsigned char *flag;      /* k: per-class flags of the row */
	uint64_t *map, *sign;           /* the same as a one-row bitmap, and the given ones */
	uint64_t *suggested;            /* the given labels with the flagged ones flipped */
	size_t nnew;                    /* appended columns: suggested_labels is the last */
	int issue;
	ml_buf buf;
};

static int
cell(void *arg, size_t j, ml_writer *w)
{
	static const ml_list_style style = { "", ",", "", NULL };
	struct fin *f = arg;

	if (j == 0)
		return ml_writer_field(w, f->issue ? "1" : "0", 1);
	if (j == 1 || j == f->nnew - 1) {
		f->buf.len = 0;
		if (j == 1)
			ml_class_list(&f->buf, &style, f->s->names, f->s->k, f->map, f->sign, 0);
		else    /* suggested_labels, as mlfilter --annotate writes it */
			ml_class_list(&f->buf, &style, f->s->names, f->s->k, f->suggested, NULL, 0);
		if (f->buf.oom)
			return -1;
		return ml_writer_field(w, f->buf.s ? f->buf.s : "", f->buf.len);
	}
	return ml_writer_field(w, f->flag[j - 2] ? "1" : "0", 1);
}

int
ml_split_filter_rows(const ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, int which,
                     int per_class, const char *columns, ml_writer *w, ml_err *e)
{
	size_t k = s->k, words = (k + 63) / 64, nnew = 0, c;
	unsigned char *y = malloc(k + 1), *flag = malloc(k + 1);
	double *p = malloc((k + 1) * sizeof *p);
	struct fin f;
	ml_split_rows j;
	ml_layout L = { 0, NULL };
	char **newnames = NULL;
	int more = 0, dups = 0, werr = 0, rc = -1;

	memset(&f, 0, sizeof f);
	memset(&j, 0, sizeof j);
	f.s = s;
	f.flag = flag;
	f.nnew = 0;
	if (!y || !flag || !p || !(f.map = calloc(words, sizeof *f.map)) ||
	    !(f.sign = calloc(words, sizeof *f.sign)) ||
	    !(f.suggested = calloc(words, sizeof *f.suggested)))
		goto oom;
	if (s->round != ML_ROUND_FINISH) {
		ml_errmsg(e, "the state is for round %s, not finished: this run would write a "
		    "summary, not rows", ml_split_round_name(s->round));
		goto out;
	}
	if (which == ML_ROWS_ALL) {
		nnew = 3 + (per_class ? k : 0);
		if (!(newnames = calloc(nnew, sizeof *newnames)))
			goto oom;
		newnames[0] = strdup("is_label_issue");
		newnames[1] = strdup("issue_classes");
		for (c = 2; c < nnew - 1; c++)
			newnames[c] = ml_strdupf("issue_%s", s->names[c - 2]);
		newnames[nnew - 1] = strdup("suggested_labels");
		for (c = 0; c < nnew; c++)
			if (!newnames[c])
				goto oom;
	}
	f.nnew = nnew;
	if (ml_layout_init(&L, r, (const char *const *)newnames, nnew, (size_t)-1, NULL, e) < 0 ||
	    ml_split_rows_init(&j, s, part, e) < 0)
		goto out;
	if (columns && ml_layout_select(&L, r, (const char *const *)newnames, columns, e) < 0) {
		rc = -2;
		goto out;
	}
	if (part == 0)
		ml_layout_header(&L, r, (const char *const *)newnames, w);
	while ((more = ml_reader_next(r, e)) > 0) {
		if (ml_cols_labels(cols, r, y, &dups, e) < 0 || ml_cols_probs(cols, r, p, e) < 0)
			goto out;
		ml_split_rows_judge(&j, y, p, flag);
		memset(f.map, 0, words * sizeof *f.map);
		memset(f.sign, 0, words * sizeof *f.sign);
		f.issue = 0;
		memset(f.suggested, 0, words * sizeof *f.suggested);
		for (c = 0; c < k; c++) {
			if ((y[c] != 0) != (flag[c] != 0))
				f.suggested[c >> 6] |= (uint64_t)1 << (c & 63);
			if (flag[c]) {
				f.issue = 1;
				f.map[c >> 6] |= (uint64_t)1 << (c & 63);
				if (y[c])
					f.sign[c >> 6] |= (uint64_t)1 << (c & 63);
			}
		}
		if (which != ML_ROWS_ALL && f.issue == (which == ML_ROWS_CLEAN))
			continue;
		if (ml_layout_row(&L, r, cell, &f, w) < 0) {
			werr = 1;       /* the writer keeps the error for its commit */
			break;
		}
	}
	if (more < 0 || (!werr && ml_split_rows_end(&j, part, e) < 0))
		goto out;
	rc = 0;
	goto out;
oom:
	ml_err_oom(e);
out:
	if (newnames)
		for (c = 0; c < nnew; c++)
			free(newnames[c]);
	free(newnames);
	ml_layout_free(&L);
	ml_split_rows_free(&j);
	free(y);
	free(flag);
	free(p);
	free(f.map);
	free(f.sign);
	free(f.suggested);
	free(f.buf.s);
	return rc;
}
