/* onehot2int - one 0/1 column per class to a label-list column. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

#define USAGE \
    "usage: onehot2int [--names | --indices] [-l NAME] [-j N] [-q] [-d DELIM]\n" \
    "                  [-D DELIM] [-o FILE] [FILE ...]"

static const char usage[] = USAGE;

static const char help[] = USAGE "\n"
    "\n"
    "Replace the y_<class> 0/1 columns by one label-list column (the class\n"
    "indices, ascending, joined with ','), at the place of the first of them.\n"
    "\n"
    "  -n, --names             write class names (default unless the classes\n"
    "                          are named 0, 1, ... in order)\n"
    "      --indices           write class indices (cleanlab's onehot2int)\n"
    "  -l, --labels NAME       name of the list column (default: labels)\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' (or ';', '|' ...) reads and writes CSV\n"
    "                          with that separator (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See onehot2int(1).\n";

struct opts {
	const char *labname, *out;
	int names, delim, odelim;
};

struct row {
	const ml_cols *c;
	const unsigned char *y;
	int names;
	char *buf;
	size_t cap;
};

static int
cell(void *arg, size_t j, ml_writer *w)
{
	struct row *row = arg;
	size_t k, len = 0;

	(void)j;
	for (k = 0; k < row->c->k; k++) {
		char num[24];
		const char *s = num;
		size_t n;
		if (!row->y[k])
			continue;
		if (row->names)
			s = row->c->names[k];
		else
			snprintf(num, sizeof num, "%zu", k);
		n = strlen(s);
		if (len + n + 1 > row->cap) {
			char *nb = realloc(row->buf, 2 * (len + n + 1));
			if (!nb)
				return -1;
			row->buf = nb;
			row->cap = 2 * (len + n + 1);
		}
		if (len)
			row->buf[len++] = ',';
		memcpy(row->buf + len, s, n);
		len += n;
	}
	return ml_writer_field(w, row->buf ? row->buf : "", len);
}

static int
run(const struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_reader *r;
	ml_writer *w = NULL;
	ml_cols c;
	ml_layout L = { 0, NULL };
	unsigned char *y = NULL, *drop = NULL;
	const char *newname[1];
	size_t k;
	int rc = -1, dups = 0;
	struct row row = { &c, NULL, o->names, NULL, 0 };
	char num[24];

	if (!(r = ml_reader_open(files, nfiles, o->delim, 0, e)))
		return -1;
	if (ml_cols_from_y(&c, r, e) < 0)
		goto out;
	if (!(y = malloc(c.k)) || !(drop = calloc(ml_reader_ncols(r), 1))) {
		ml_err_oom(e);
		goto out;
	}
	for (k = 0; k < c.k; k++)
		drop[c.ycol[k]] = 1;
	/*
	 * By default the list names the classes as the y_ columns do, so that
	 * int2onehot | onehot2int gives back the column it was given: indices
	 * for y_0, y_1, ... (int2onehot -k), names otherwise.
	 */
	for (k = 0; row.names < 0 && k < c.k; k++) {
		snprintf(num, sizeof num, "%zu", k);
		if (strcmp(c.names[k], num) != 0)
			row.names = 1;
	}
	if (row.names < 0)
		row.names = 0;
	newname[0] = o->labname ? o->labname : "labels";
	if (ml_layout_init(&L, r, newname, 1, c.ycol[0], drop, e) < 0)
		goto out;
	if (!(w = ml_writer_open(o->out, o->odelim ? o->odelim : o->delim, e)))
		goto out;
	ml_layout_header(&L, r, newname, w);
	row.y = y;
	for (;;) {
		int n = ml_reader_next(r, e);
		if (n < 0)
			goto out;
		if (n == 0)
			break;
		if (ml_cols_labels(&c, r, y, &dups, e) < 0)
			goto out;
		if (ml_layout_row(&L, r, cell, &row, w) < 0)
			break;
	}
	rc = ml_writer_commit(w, e);
	w = NULL;
out:
	ml_writer_abort(w);
	free(row.buf);
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
		{ "delimiter", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "labels", required_argument, NULL, 'l' },
		{ "indices", no_argument, NULL, ML_OPT_INDICES },
		{ "names", no_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "output-delimiter", required_argument, NULL, 'D' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { NULL, NULL, -1, '\t', 0 };
	ml_err e;
	int ch, rc;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "D:d:hj:l:no:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'l':
			o.labname = optarg;
			break;
		case ML_OPT_INDICES:
			o.names = 0;
			break;
		case 'n':
			o.names = 1;
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
	if (run(&o, argv + optind, argc - optind, &e) < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
