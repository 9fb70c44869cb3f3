/*
 * layout.c - where output columns go: input columns pass through in place,
 * a new column replaces an input column of the same name (so that running a
 * tool twice is idempotent), the others are inserted together.
 */
#include <stdlib.h>
#include <string.h>

#include "stream/stream.h"

int
ml_layout_init(ml_layout *L, const ml_reader *r, const char *const *newnames,
               size_t nnew, size_t at, const unsigned char *drop, ml_err *e)
{
	size_t nin = ml_reader_ncols(r), i, j, o = 0;
	long *replaced;

	L->nout = 0;
	if (!(L->src = malloc((nin + nnew + 1) * sizeof *L->src)) ||
	    !(replaced = calloc(nin + 1, sizeof *replaced))) {
		free(L->src);
		return ml_err_oom(e);
	}
	/* replaced[i] = j + 1 when new column j takes input column i's place. */
	for (j = 0; j < nnew; j++)
		for (i = 0; i < nin; i++)
			if (!replaced[i] && strcmp(ml_reader_colname(r, i), newnames[j]) == 0) {
				replaced[i] = (long)j + 1;
				break;
			}
	if (at > nin)
		at = nin;
	for (i = 0; i <= nin; i++) {
		if (i == at)
			for (j = 0; j < nnew; j++) {
				size_t k;
				for (k = 0; k < nin && replaced[k] != (long)j + 1; k++)
					;
				if (k == nin)
					L->src[o++] = -(long)j - 1;
			}
		if (i == nin)
			break;
		if (replaced[i])
			L->src[o++] = -replaced[i];
		else if (!drop || !drop[i])
			L->src[o++] = (long)i;
	}
	L->nout = o;
	free(replaced);
	return 0;
}

void
ml_layout_free(ml_layout *L)
{
	free(L->src);
	L->src = NULL;
}

int
ml_layout_header(const ml_layout *L, const ml_reader *r, const char *const *newnames,
                 ml_writer *w)
{
	size_t o;

	for (o = 0; o < L->nout; o++) {
		long s = L->src[o];
		if (ml_writer_str(w, s >= 0 ? ml_reader_colname(r, (size_t)s) : newnames[-s - 1]) < 0)
			return -1;
	}
	return ml_writer_endrow(w);
}

int
ml_layout_row(const ml_layout *L, const ml_reader *r, ml_cell_fn cb, void *arg, ml_writer *w)
{
	size_t o, n;
	const char *f;

	for (o = 0; o < L->nout; o++) {
		long s = L->src[o];
		if (s >= 0) {
			f = ml_reader_field(r, (size_t)s, &n);
			if (ml_writer_field(w, f, n) < 0)
				return -1;
		} else if (cb(arg, (size_t)(-s - 1), w) < 0) {
			return -1;
		}
	}
	return ml_writer_endrow(w);
}

int
ml_layout_appends(const ml_layout *L, const ml_reader *r)
{
	size_t i, n = ml_reader_ncols(r);

	for (i = 0; i < n; i++)
		if (i >= L->nout || L->src[i] != (long)i)
			return 0;
	for (; i < L->nout; i++)
		if (L->src[i] >= 0)
			return 0;
	return 1;
}

int
ml_layout_line(const ml_layout *L, const char *s, size_t n, ml_cell_fn cb, void *arg, ml_writer *w)
{
	size_t o;

	if (ml_writer_line(w, s, n) < 0)
		return -1;
	for (o = 0; o < L->nout; o++)
		if (L->src[o] < 0 && cb(arg, (size_t)(-L->src[o] - 1), w) < 0)
			return -1;
	return ml_writer_endrow(w);
}

/* The name of output column o. */
static const char *
out_name(const ml_layout *L, const ml_reader *r, const char *const *newnames, size_t o)
{
	long s = L->src[o];

	return s >= 0 ? ml_reader_colname(r, (size_t)s) : newnames[-s - 1];
}

int
ml_layout_select(ml_layout *L, const ml_reader *r, const char *const *newnames,
                 const char *names, ml_err *e)
{
	const char *p = names, *end;
	size_t n = 1, o, m = 0, len;
	long *src;

	for (end = names; *end; end++)
		n += *end == ',';
	if (!(src = malloc(n * sizeof *src)))
		return ml_err_oom(e);
	for (;; p = end + 1) {
		end = strchr(p, ',');
		len = end ? (size_t)(end - p) : strlen(p);
		for (o = 0; o < L->nout; o++) {
			const char *name = out_name(L, r, newnames, o);
			if (strlen(name) == len && memcmp(name, p, len) == 0)
				break;
		}
		if (o == L->nout) {
			free(src);
			return ml_errmsg(e, "--columns: no column '%.*s' in the output", (int)len, p);
		}
		src[m++] = L->src[o];
		if (!end)
			break;
	}
	free(L->src);
	L->src = src;
	L->nout = m;
	return 0;
}
