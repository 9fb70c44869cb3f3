/*
 * drive.c - the part mode of mlscore, mlfilter and mlreport: read the
 * state, run the round over the part, write the part's summary.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"

int
ml_split_parse_part(const char *s, size_t *part, size_t *parts)
{
	const char *slash = strchr(s, '/');
	size_t i, p;

	if (!slash || ml_parse_size(s, (size_t)(slash - s), &i) < 0 ||
	    ml_parse_size(slash + 1, strlen(slash + 1), &p) < 0 || i < 1 || i > p ||
	    p > (size_t)1 << 24)
		return -1;
	*part = i - 1;
	*parts = p;
	return 0;
}

int
ml_split_load(ml_split *s, const char *tool, const char *options, const char *path,
              const ml_cols *cols, size_t parts, ml_err *e)
{
	if (!path)
		return ml_split_init(s, tool, options, cols->k, cols->names, parts, e);
	if (ml_split_read(s, path, e) < 0)
		return -1;
	return ml_split_check_state(s, tool, options, cols->k, cols->names, parts, path, e);
}

int
ml_split_summarize(ml_split *s, size_t part, ml_reader *r, const ml_cols *cols, ml_writer *w,
                   ml_err *e)
{
	ml_buf b = ML_BUF_INIT;
	int rc;

	/* mlreport's parts summarise their report with the finished state. */
	if (s->round == ML_ROUND_FINISH && strcmp(s->tool, "mlreport") == 0 ?
	    ml_split_report_part(s, part, r, cols, e) < 0 : ml_split_part(s, part, r, cols, e) < 0)
		return -1;
	ml_split_text(s, &b);
	if (b.oom) {
		free(b.s);
		return ml_err_oom(e);
	}
	rc = ml_writer_raw(w, b.s, b.len);
	free(b.s);
	return rc < 0 ? 0 : 0;  /* a write error is the writer's, reported by its commit */
}

int
ml_split_run(const char *tool, const char *options, ml_reader *r, const char *labname,
             const char *state, size_t part, size_t parts, const char *out, int delim,
             ml_split_last_fn last, void *arg, ml_err *e)
{
	ml_split s;
	ml_cols cols;
	ml_writer *w = NULL;
	int rc = -1, rows;

	memset(&s, 0, sizeof s);
	memset(&cols, 0, sizeof cols);
	if (ml_cols_find(&cols, r, labname, ML_COLS_NEED_P | ML_COLS_NEED_LABELS, e) < 0)
		goto out;
	if ((rc = ml_split_load(&s, tool, options, state, &cols, parts, e)) < 0)
		goto out;
	rc = -1;
	rows = last && s.round == ML_ROUND_FINISH;
	if (!(w = ml_writer_open(out, rows ? delim : '\t', e)))
		goto out;
	rc = rows ? last(arg, &s, r, &cols, w, e) : ml_split_summarize(&s, part, r, &cols, w, e);
	if (rc < 0)
		goto out;
	rc = ml_writer_commit(w, e);
	w = NULL;
out:
	ml_writer_abort(w);
	ml_split_free(&s);
	ml_cols_free(&cols);
	return rc;
}
