/*
 * cols.c - the roles of the header's columns, found by name, and the
 * labels and probabilities of one row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stream/stream.h"

#define NONE ((size_t)-1)

/* --drop-class: one list per process, as the tools' options are. */
static const char **drop;
static size_t ndrop;

int
ml_cols_drop(const char *name)
{
	const char **d = realloc(drop, (ndrop + 1) * sizeof *drop);

	if (!d)
		return -1;
	drop = d;
	drop[ndrop++] = name;
	return 0;
}

static int
is_dropped(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < ndrop; i++)
		if (strncmp(drop[i], name, n) == 0 && drop[i][n] == '\0')
			return 1;
	return 0;
}

/* The p_ columns of the dropped classes: all there, and out of the class list. */
static int
drop_classes(ml_cols *c, const ml_reader *r, ml_err *e)
{
	size_t i, j, k;

	c->korig = c->k;
	if (ndrop == 0)
		return 0;
	for (i = 0; i < ndrop; i++) {
		if (ml_reader_find(r, "p_", drop[i]) == NONE)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "--drop-class: no column 'p_%s'", drop[i]);
		for (j = 0; j < i; j++)
			if (strcmp(drop[i], drop[j]) == 0)
				return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
				    "--drop-class: class '%s' given twice", drop[i]);
	}
	if (!(c->remap = malloc(c->k * sizeof *c->remap)) ||
	    !(c->dropped = malloc(ndrop * sizeof *c->dropped)))
		return ml_err_oom(e);
	for (i = k = 0; i < c->korig; i++) {
		if (is_dropped(c->names[i], strlen(c->names[i]))) {
			c->dropped[c->ndropped++] = c->names[i];
			c->remap[i] = NONE;
			continue;
		}
		c->remap[i] = k;
		c->names[k] = c->names[i];
		c->pcol[k++] = c->pcol[i];
	}
	c->k = k;
	return 0;
}

struct index {
	size_t mask;
	size_t *slot;           /* class + 1, 0 = empty */
};

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static int
build_index(ml_cols *c, const ml_reader *r, ml_err *e)
{
	struct index *ix = calloc(1, sizeof *ix);
	size_t cap = 16, k;
	const char *file = r ? ml_reader_file(r) : NULL;

	if (!ix)
		return ml_err_oom(e);
	while (cap < 2 * c->k)
		cap *= 2;
	if (!(ix->slot = calloc(cap, sizeof *ix->slot))) {
		free(ix);
		return ml_err_oom(e);
	}
	ix->mask = cap - 1;
	c->index = ix;
	for (k = 0; k < c->k; k++) {
		const char *s = c->names[k];
		size_t n = strlen(s), h;
		if (n == 0)
			return ml_errf(e, file, file ? 1 : 0, NULL, NULL, 0, "empty class name");
		if (strchr(s, ','))
			return ml_errf(e, file, file ? 1 : 0, NULL, s, n,
			    "class name contains ',' (label lists are joined with ',')");
		if (!ml_utf8_valid(s, strlen(s)))
			return ml_errf(e, file, file ? 1 : 0, NULL, s, n,
			    "class name is not valid UTF-8");
		for (h = hash(s, n) & ix->mask; ix->slot[h]; h = (h + 1) & ix->mask)
			if (strcmp(c->names[ix->slot[h] - 1], s) == 0)
				return ml_errf(e, file, file ? 1 : 0, NULL, s, n,
				    "class name given twice");
		ix->slot[h] = k + 1;
	}
	return 0;
}

size_t
ml_cols_lookup(const ml_cols *c, const char *s, size_t n)
{
	const struct index *ix = c->index;
	size_t h;

	for (h = hash(s, n) & ix->mask; ix->slot[h]; h = (h + 1) & ix->mask) {
		const char *name = c->names[ix->slot[h] - 1];
		if (strncmp(name, s, n) == 0 && name[n] == '\0')
			return ix->slot[h] - 1;
	}
	return NONE;
}

/* Finds y_<name> for every class; an extra y_ column is an error. */
static int
match_y(ml_cols *c, const ml_reader *r, ml_err *e)
{
	size_t i, k, ny = 0;

	for (i = 0; i < ml_reader_ncols(r); i++)
		if (strncmp(ml_reader_colname(r, i), "y_", 2) == 0)
			ny++;
	if (ny == 0)
		return 0;
	if (!(c->ycol = malloc((c->k ? c->k : 1) * sizeof *c->ycol)))
		return ml_err_oom(e);
	for (k = 0; k < c->k; k++)
		if ((c->ycol[k] = ml_reader_find(r, "y_", c->names[k])) == NONE)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no column 'y_%s' for class '%s' (the y_ columns must match the classes)",
			    c->names[k], c->names[k]);
	for (i = 0; i < ml_reader_ncols(r); i++) {
		const char *n = ml_reader_colname(r, i);
		if (strncmp(n, "y_", 2) == 0 && !is_dropped(n + 2, strlen(n + 2)) &&
		    (c->k == 0 || ml_cols_lookup(c, n + 2, strlen(n + 2)) == NONE))
			return ml_errf(e, ml_reader_file(r), 1, n, NULL, 0,
			    "y_ column of a class that has no p_ column");
	}
	return 0;
}

int
ml_cols_csv_header(const ml_reader *r, ml_err *e)
{
	if (ml_reader_ncols(r) == 1 && strchr(ml_reader_colname(r, 0), ','))
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "the header has ',' and no TAB: is it CSV? read it with -d ,");
	return 0;
}

/* The classes are the columns PREFIX<name> (p_ or y_), in header order; their columns in *col. */
static int
prefixed_classes(ml_cols *c, const ml_reader *r, const char *prefix, size_t **col, ml_err *e)
{
	size_t i, n = ml_reader_ncols(r);

	memset(c, 0, sizeof *c);
	c->labcol = NONE;
	if (ml_cols_csv_header(r, e) < 0)
		return -1;
	if (!(c->names = malloc((n ? n : 1) * sizeof *c->names)) ||
	    !(*col = malloc((n ? n : 1) * sizeof **col)))
		return ml_err_oom(e);
	for (i = 0; i < n; i++) {
		const char *name = ml_reader_colname(r, i);
		if (strncmp(name, prefix, 2) == 0) {
			c->names[c->k] = (char *)name + 2;
			(*col)[c->k++] = i;
		}
	}
	return 0;
}

int
ml_cols_find(ml_cols *c, const ml_reader *r, const char *labname, int flags, ml_err *e)
{
	if (prefixed_classes(c, r, "p_", &c->pcol, e) < 0)
		return -1;
	if ((flags & ML_COLS_NEED_P) && c->k == 0)
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "no p_<class> columns in the header (one predicted probability column per class)");
	if (drop_classes(c, r, e) < 0)
		return -1;
	if ((flags & ML_COLS_NEED_P) && c->k == 0)
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "--drop-class leaves no class");
	if (build_index(c, r, e) < 0)
		return -1;
	if (labname) {
		if ((c->labcol = ml_reader_find(r, "", labname)) == NONE)
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no column '%s' (named by -l)", labname);
	} else if ((c->labcol = ml_reader_find(r, "", "labels")) == NONE) {
		if (match_y(c, r, e) < 0)
			return -1;
		if (!c->ycol && (flags & ML_COLS_NEED_LABELS))
			return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
			    "no 'labels' column and no y_<class> columns (name another label column with -l)");
	}
	c->labname = c->labcol != NONE ? ml_reader_colname(r, c->labcol) : NULL;
	return 0;
}

int
ml_cols_set_names(ml_cols *c, char **names, size_t k, ml_err *e)
{
	struct index *ix = c->index;

	if (ix)
		free(ix->slot);
	free(ix);
	c->index = NULL;
	free(c->names);
	free(c->pcol);
	free(c->remap);
	c->pcol = NULL;
	c->remap = NULL;
	if (!(c->names = malloc((k ? k : 1) * sizeof *c->names)))
		return ml_err_oom(e);
	memcpy(c->names, names, k * sizeof *names);
	c->k = k;
	return build_index(c, NULL, e);
}

int
ml_cols_from_y(ml_cols *c, const ml_reader *r, ml_err *e)
{
	if (prefixed_classes(c, r, "y_", &c->ycol, e) < 0)
		return -1;
	if (c->k == 0)
		return ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "no y_<class> columns in the header");
	return build_index(c, r, e);
}

void
ml_cols_free(ml_cols *c)
{
	struct index *ix = c->index;

	if (ix)
		free(ix->slot);
	free(ix);
	free(c->names);
	free(c->pcol);
	free(c->ycol);
	free(c->dropped);
	free(c->remap);
	memset(c, 0, sizeof *c);
}

/*
 * Appends to e's message what the user can do about an unknown class name:
 * the p_ column it lacks (when the classes are the p_ columns) and the
 * first few classes there are.
 */
static int
unknown_hint(const ml_cols *c, const char *s, size_t n, ml_err *e)
{
	size_t o = strlen(e->msg), cap = sizeof e->msg, k, few = c->k < 5 ? c->k : 5;

	if (c->pcol && o < cap)
		o += (size_t)snprintf(e->msg + o, cap - o, " (no column 'p_%.*s'; the classes are ",
		    (int)(n < 60 ? n : 60), s);
	else if (o < cap)
		o += (size_t)snprintf(e->msg + o, cap - o, " (the classes are ");
	for (k = 0; k < few && o < cap; k++)
		o += (size_t)snprintf(e->msg + o, cap - o, "%s%s", k ? ", " : "", c->names[k]);
	if (few < c->k && o < cap)
		o += (size_t)snprintf(e->msg + o, cap - o, ", ... (%zu in all)", c->k);
	if (o < cap)
		snprintf(e->msg + o, cap - o, ")");
	return -1;
}

/*
 * One token of a label list: a class name, else a class index below k
 * (counting the dropped classes' p_ columns).  *cls is NONE for a dropped
 * class.
 */
static int
token(const ml_cols *c, const ml_reader *r, const char *s, size_t n, size_t *cls, ml_err *e)
{
	const char *file = ml_reader_file(r), *col = c->labname;
	unsigned long line = ml_reader_line(r);
	size_t v, i, k = c->remap ? c->korig : c->k;

	if ((*cls = ml_cols_lookup(c, s, n)) != NONE)
		return 0;
	if (c->remap && is_dropped(s, n))
		return 0;
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == n) {
		if (ml_parse_size(s, n, &v) < 0 || v >= k)
			return ml_errf(e, file, line, col, s, n,
			    "class index out of range (%zu classes: 0 to %zu)", k, k - 1);
		*cls = c->remap ? c->remap[v] : v;
		return 0;
	}
	if (s[0] == '-' && n > 1 && i == 0) {
		for (i = 1; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == n)
			return ml_errf(e, file, line, col, s, n, "negative class index");
	}
	for (i = 0; i < n && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9')); i++)
		;
	if (i == n)
		return ml_errf(e, file, line, col, s, n, "class index is not an integer");
	ml_errf(e, file, line, col, s, n, "unknown class name");
	return unknown_hint(c, s, n, e);
}

int
ml_cols_labels(const ml_cols *c, const ml_reader *r, unsigned char *y, int *dups, ml_err *e)
{
	size_t k, n, cls = 0;
	const char *s, *end, *t;

	memset(y, 0, c->k);
	if (c->labcol == NONE) {
		for (k = 0; k < c->k; k++) {
			s = ml_reader_field(r, c->ycol[k], &n);
			if (n != 1 || (s[0] != '0' && s[0] != '1'))
				return ml_reader_errf(r, e, c->ycol[k], "one-hot value must be 0 or 1");
			y[k] = (unsigned char)(s[0] - '0');
		}
		return 0;
	}
	s = ml_reader_field(r, c->labcol, &n);
	if (n == 0)
		return 0;
	/* pandas writes a list column as Python's repr: ['cat', 'dog']. */
	if (s[0] == '[' && s[n - 1] == ']' && ml_cols_lookup(c, s, n) == NONE)
		return ml_reader_errf(r, e, c->labcol, "a Python list, not a label list: join "
		    "the classes with ',' (pandas: df.labels.str.join(\",\"))");
	for (end = s + n; ; s = t + 1) {
		if (!(t = memchr(s, ',', (size_t)(end - s))))
			t = end;
		if (t == s)
			return ml_reader_errf(r, e, c->labcol,
			    "empty class in the label list (classes are joined with a single ',')");
		if (token(c, r, s, (size_t)(t - s), &cls, e) < 0)
			return -1;
		if (cls != NONE) {
			if (y[cls])
				*dups = 1;
			y[cls] = 1;
		}
		if (t == end)
			return 0;
	}
}

int
ml_cols_probs(const ml_cols *c, const ml_reader *r, double *p, ml_err *e)
{
	size_t k, n;
	int rc;

	for (k = 0; k < c->k; k++) {
		const char *s = ml_reader_field(r, c->pcol[k], &n);
		if ((rc = ml_parse_double(s, n, &p[k])) != ML_NUM_OK) {
			char what[64];
			snprintf(what, sizeof what, "probability is %s", ml_num_strerror(rc));
			return ml_reader_errf(r, e, c->pcol[k], what);
		}
		if (!(p[k] >= 0.0 && p[k] <= 1.0))
			return ml_reader_errf(r, e, c->pcol[k], "probability is outside [0, 1]");
	}
	return 0;
}
