/* int2onehot - label-list column to one 0/1 column per class. */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

#define USAGE \
    "usage: int2onehot [-c NAME,...|-k K] [--keep] [-l COL] [-j N] [-q] [-d DELIM]\n" \
    "                  [-D DELIM] [-o FILE] [FILE ...]"

static const char usage[] = USAGE;

static const char help[] = USAGE "\n"
    "\n"
    "Replace the label-list column (class indices or names joined with ',')\n"
    "by one y_<class> column of 0/1 per class, at the same position.\n"
    "\n"
    "  -c, --classes NAME,...  the classes, in order (default: the p_ columns)\n"
    "  -k, --num-classes K     K classes named 0..K-1\n"
    "      --keep              keep the list column; the y_ columns follow it\n"
    "  -l, --labels COL        the list column (default: labels)\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' (or ';', '|' ...) reads and writes CSV\n"
    "                          with that separator (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See int2onehot(1).\n";

struct opts {
	const char *classes, *labname, *out;
	size_t k;
	int keep, delim, odelim;
};

struct row {
	const unsigned char *y;
};

static int
cell(void *arg, size_t j, ml_writer *w)
{
	const struct row *row = arg;

	return ml_writer_field(w, row->y[j] ? "1" : "0", 1);
}

/* -c NAME,... or -k K: the class names, in names[] pointing into *buf. */
static int
given_classes(ml_cols *c, const struct opts *o, char ***names, char **buf, ml_err *e)
{
	size_t k = o->k, i;

	if (o->classes) {
		const char *s;
		if (!(*buf = strdup(o->classes)))
			return ml_err_oom(e);
		for (k = 1, s = *buf; (s = strchr(s, ',')); s++)
			k++;
	}
	if (!(*names = malloc(k * sizeof **names)))
		return ml_err_oom(e);
	if (o->classes) {
		char *s = *buf;
		for (i = 0; i < k; i++) {
			(*names)[i] = s;
			s = strchr(s, ',');
			if (s)
				*s++ = '\0';
		}
	} else {
		/* "0".."K-1" in one buffer. */
		if (!(*buf = malloc(k * 21)))
			return ml_err_oom(e);
		for (i = 0; i < k; i++) {
			(*names)[i] = *buf + i * 21;
			snprintf((*names)[i], 21, "%zu", i);
		}
	}
	return ml_cols_set_names(c, *names, k, e);
}

static int
run(const struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_reader *r;
	ml_writer *w = NULL;
	ml_cols c;
	ml_layout L = { 0, NULL };
	char **names = NULL, **newnames = NULL, *buf = NULL;
	unsigned char *y = NULL, *drop = NULL;
	size_t k;
	int rc = -1, dups = 0, warned = 0;
	struct row row;

	if (!(r = ml_reader_open(files, nfiles, o->delim, 0, e)))
		return -1;
	if (ml_cols_find(&c, r, o->labname, 0, e) < 0)
		goto out;
	if (c.labcol == (size_t)-1) {
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "no '%s' column (name the label list with -l)",
		    o->labname ? o->labname : "labels");
		goto out;
	}
	if ((o->classes || o->k) && given_classes(&c, o, &names, &buf, e) < 0)
		goto out;
	if (c.k == 0) {
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0,
		    "no classes: give -c NAME,... or -k K, or a header with p_<class> columns");
		goto out;
	}
	if (!(newnames = calloc(c.k, sizeof *newnames)) || !(y = malloc(c.k)) ||
	    !(drop = calloc(ml_reader_ncols(r), 1)))
		goto oom;
	for (k = 0; k < c.k; k++) {
		if (!(newnames[k] = malloc(strlen(c.names[k]) + 3)))
			goto oom;
		strcpy(newnames[k], "y_");
		strcat(newnames[k], c.names[k]);
	}
	drop[c.labcol] = !o->keep;
	if (ml_layout_init(&L, r, (const char *const *)newnames, c.k, c.labcol + (o->keep != 0),
	    drop, e) < 0)
		goto out;
	if (!(w = ml_writer_open(o->out, o->odelim ? o->odelim : o->delim, e)))
		goto out;
	ml_layout_header(&L, r, (const char *const *)newnames, w);
	row.y = y;
	for (;;) {
		int n = ml_reader_next(r, e);
		if (n < 0)
			goto out;
		if (n == 0)
			break;
		if (ml_cols_labels(&c, r, y, &dups, e) < 0)
			goto out;
		if (dups)
			ml_warn_dup_class(r, &warned);
		if (ml_layout_row(&L, r, cell, &row, w) < 0)
			break;
	}
	rc = ml_writer_commit(w, e);
	w = NULL;
	goto out;
oom:
	ml_err_oom(e);
out:
	ml_writer_abort(w);
	if (newnames)
		for (k = 0; k < c.k; k++)
			free(newnames[k]);
	free(newnames);
	free(names);
	free(buf);
	free(y);
	free(drop);
	ml_layout_free(&L);
	ml_cols_free(&c);
	ml_reader_close(r);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "classes", required_argument, NULL, 'c' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "keep", no_argument, NULL, ML_OPT_KEEP },
		{ "num-classes", required_argument, NULL, 'k' },
		{ "labels", required_argument, NULL, 'l' },
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "output-delimiter", required_argument, NULL, 'D' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { NULL, NULL, NULL, 0, 0, '\t', 0 };
	ml_err e;
	int ch, rc;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "D:c:d:hj:k:l:o:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.classes = optarg;
			break;
		case ML_OPT_KEEP:
			o.keep = 1;
			break;
		case 'k':
			if (ml_opt_size(usage, "-k", "a number of classes >= 1", optarg, 1, SIZE_MAX, &o.k))
				return ML_EXIT_USAGE;
			break;
		case 'l':
			o.labname = optarg;
			break;
		default:
			if ((rc = ml_output_delim_option(ch, optarg, usage, &o.odelim)) == 0)
				break;
			if (rc > 0)
				return rc;
			if ((ch = ml_std_option(ch, optarg, usage, help, &o.delim, &o.out)) >= 0)
				return ch;
			break;
		}
	}
	if (ml_threads_resolve())
		return ML_EXIT_USAGE;
	if (o.classes && o.k)
		return ml_usage_error(usage, "-c and -k exclude each other");
	if (run(&o, argv + optind, argc - optind, &e) < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
