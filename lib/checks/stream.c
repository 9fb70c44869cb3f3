/*
 * stream.c - the run of one check over a stream, as the feature tools do
 * it: read the features and the graph, run the check, write the input
 * again with the check's columns.
 */
#include <stdlib.h>
#include <string.h>

#include "checks/checks.h"

int
ml_check_emit(ml_reader *r, const char *const *names, size_t nnew, ml_cell_fn cb, void *arg,
              const char *out, int delim, ml_err *e)
{
	static const ml_emit_rows all = { 0, SIZE_MAX, 1 };

	return ml_check_emit_rows(r, names, nnew, cb, arg, &all, out, delim, e);
}

int
ml_check_emit_rows(ml_reader *r, const char *const *names, size_t nnew, ml_cell_fn cb,
                   void *arg, const ml_emit_rows *rows, const char *out, int delim, ml_err *e)
{
	ml_layout L;
	ml_writer *w;
	size_t i;
	int n;

	if (ml_reader_rewind(r, e) < 0)
		return -1;
	if (ml_layout_init(&L, r, names, nnew, SIZE_MAX, NULL, e) < 0)
		return -1;
	if (!(w = ml_writer_open(out, delim, e))) {
		ml_layout_free(&L);
		return -1;
	}
	if (rows->header)
		ml_layout_header(&L, r, names, w);
	/* The rows after the last one written were read (and checked) before. */
	while ((n = ml_reader_next(r, e)) > 0 && (i = ml_reader_rows(r) - 1) < rows->end)
		if (i >= rows->first && (ml_layout_row(&L, r, cb, arg, w) < 0 || ml_writer_failed(w)))
			break;
	ml_layout_free(&L);
	if (n < 0) {
		ml_writer_abort(w);
		return -1;
	}
	return ml_writer_commit(w, e);
}

/* The output of a check: the scores, the flags, then near_duplicate's sets. */
struct cells {
	ml_reader *r;
	ml_feat *f;
	const ml_check_result *res;
};

static int
check_cell(void *arg, size_t j, ml_writer *w)
{
	struct cells *c = arg;
	const ml_check_result *res = c->res;
	size_t i = ml_reader_rows(c->r) - 1;

	if (j == 0)
		return ml_writer_double(w, res->score[i]);
	if (j == 1)
		return ml_writer_field(w, res->flag[i] ? "1" : "0", 1);
	return ml_feat_write_list(c->f, w, res->set + res->off[i], NULL,
	                          res->off[i + 1] - res->off[i]);
}

int
ml_check_stream(const ml_check *c, const double *opt, const ml_check_input *in,
                char **files, int nfiles, int delim, const char *out, ml_check_done_fn done,
                void *arg, ml_err *e)
{
	ml_feat f;
	ml_check_result res;
	struct cells cells = { NULL, &f, &res };
	int rc = -1;

	memset(&res, 0, sizeof res);
	if (!(cells.r = ml_reader_open(files, nfiles, delim, ML_READ_REWIND, e)))
		return -1;
	if (ml_feat_read(&f, cells.r, in->prefix, ML_FEAT_KNN, e) < 0)
		goto out;
	if (ml_feat_graph(&f, in->k, in->metric, ml_threads, e) < 0)
		goto free;
	if (!(res.score = malloc(f.n * sizeof *res.score + 1)) || !(res.flag = malloc(f.n + 1))) {
		ml_err_oom(e);
		goto free;
	}
	if (c->run(opt, in->metric, &f, &res, e) == 0) {
		if (done)
			done(arg, &f, &res);
		rc = ml_check_emit(cells.r, c->columns, ml_check_ncolumns(c), check_cell, &cells, out,
		                   in->odelim ? in->odelim : delim, e);
	}
free:
	free(res.score);
	free(res.flag);
	ml_check_result_free(&res);
	ml_feat_free(&f);
out:
	ml_reader_close(cells.r);
	return rc;
}
