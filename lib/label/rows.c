/*
 * rows.c - mlfilter's output pass over an audited stream: the rows it
 * chooses (flagged, clean or all) in input order, or the flagged ones in
 * rank order.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "label/label.h"

struct pass {
	ml_reader *r;
	const ml_layout *L;
	int lines;              /* replay raw lines instead of parsing again */
	const char *line;
	size_t linelen;
	ml_cell_fn cell;
	ml_audit_row row;       /* what cell gets */
};

/* The next row: 1, 0 at the end, -1 on error. */
static int
next_row(struct pass *ps, ml_err *e)
{
	int n = ps->lines ? ml_reader_next_line(ps->r, &ps->line, &ps->linelen, e) :
	    ml_reader_next(ps->r, e);

	if (n <= 0)
		return n;
	ps->row.row = ml_reader_rows(ps->r) - 1;
	if (ps->row.row >= ps->row.a->n)
		return ml_errmsg(e, "input changed while it was read");
	return 1;
}

static int
put_row(struct pass *ps, ml_writer *w)
{
	if (ps->lines)
		return ml_layout_line(ps->L, ps->line, ps->linelen, ps->cell, &ps->row, w);
	return ml_layout_row(ps->L, ps->r, ps->cell, &ps->row, w);
}

/* Writes the rows at offsets off[slot[order[i]]] of fd, in order. */
static int
copy_in_order(int fd, const uint64_t *off, const size_t *slot, const size_t *order, size_t n,
              ml_writer *w, ml_err *e)
{
	char *buf = NULL;
	size_t i, cap = 0;
	int rc = -1;

	for (i = 0; i < n; i++) {
		size_t s = slot[order[i]], len = (size_t)(off[s + 1] - off[s]);
		if (len > cap) {
			char *nb = realloc(buf, len);
			if (!nb) {
				ml_err_oom(e);
				goto out;
			}
			buf = nb;
			cap = len;
		}
		if (pread(fd, buf, len, (off_t)off[s]) != (ssize_t)len) {
			ml_errmsg(e, "cannot read a temporary file: %s", strerror(errno));
			goto out;
		}
		if (ml_writer_raw(w, buf, len) < 0)
			break;
	}
	rc = 0;
out:
	free(buf);
	return rc;
}

/* The flagged rows are kept in a temporary file and written in rank order. */
static int
write_ranked(struct pass *ps, int delim, ml_writer *w, ml_err *e)
{
	const ml_audit *a = ps->row.a;
	uint64_t *off = NULL;
	size_t *slot = NULL, j = 0;
	int fd = -1, rc = -1, n;
	ml_writer *tw = NULL;

	if (!(off = malloc((a->nissues + 1) * sizeof *off)) || !(slot = malloc(a->n * sizeof *slot))) {
		ml_err_oom(e);
		goto out;
	}
	if ((fd = ml_tmp_open("ranked", e)) < 0 || !(tw = ml_writer_fd(fd, delim, e)))
		goto out;
	while ((n = next_row(ps, e)) > 0) {
		if (!a->issue[ps->row.row])
			continue;
		slot[ps->row.row] = j;
		off[j++] = ml_writer_offset(tw);
		if (put_row(ps, tw) < 0)
			break;
	}
	if (n < 0)
		goto out;
	off[j] = ml_writer_offset(tw);
	if (ml_writer_flush(tw, e) < 0)
		goto out;
	rc = copy_in_order(fd, off, slot, a->order, a->nissues, w, e);
out:
	if (tw)
		ml_writer_commit(tw, e);
	if (fd >= 0)
		close(fd);
	free(off);
	free(slot);
	return rc;
}

int
ml_audit_write_rows(const ml_audit *a, ml_reader *r, const ml_layout *L,
                    const char *const *newnames, int which, ml_cell_fn cell, void *arg,
                    int delim, ml_writer *w, ml_err *e)
{
	struct pass ps;
	int n;

	memset(&ps, 0, sizeof ps);
	ps.r = r;
	ps.L = L;
	ps.cell = cell;
	ps.row.a = a;
	ps.row.arg = arg;
	/* TSV rows are lines: the second pass copies them unless a column is replaced. */
	ps.lines = delim == '\t' && ml_reader_delim(r) == '\t' && ml_layout_appends(L, r);
	if ((ps.lines ? ml_reader_rewind_lines(r, e) : ml_reader_rewind(r, e)) < 0)
		return -1;
	ml_layout_header(L, r, newnames, w);
	if (which == ML_ROWS_RANKED)
		return write_ranked(&ps, delim, w, e);
	while ((n = next_row(&ps, e)) > 0) {
		if (which != ML_ROWS_ALL && a->issue[ps.row.row] == (which == ML_ROWS_CLEAN))
			continue;
		if (put_row(&ps, w) < 0)
			break;
	}
	return n < 0 ? -1 : 0;
}
