/* mlknn - append the exact k-nearest-neighbour graph of the feature columns. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mlknn [--verbose] [-k K] [--metric euclidean|cosine] [--feature-prefix P]\n"
    "             [-j N] [--part I/N] [-q] [-d DELIM] [-D DELIM] [-o FILE]\n"
    "             [FILE ...]";

/* The help around the -k line (its default is the check table's). */
static const char help_head[] =
    "usage: mlknn [--verbose] [-k K] [--metric euclidean|cosine] [--feature-prefix P]\n"
    "             [-j N] [--part I/N] [-q] [-d DELIM] [-D DELIM] [-o FILE]\n"
    "             [FILE ...]\n"
    "\n"
    "Append the k nearest other rows of every row, by its feature columns:\n"
    "knn (row numbers, nearest first, joined with ',') and knn_dist (their\n"
    "distances), with cleanlab's exact-duplicate correction.\n"
    "\n";

static const char help_tail[] =
    "      --metric M          euclidean or cosine (default: cosine for more\n"
    "                          than 3 feature columns, else euclidean)\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "      --part I/N          only the rows of block I of N (the header in part\n"
    "                          1): the N parts' outputs concatenated are the graph\n"
    "      --verbose           dataset information on stderr\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlknn(1).\n";

struct opts {
	ml_check_input in;
	const char *out;
	int verbose, delim;
	size_t part, parts;     /* --part I/N: I - 1, N; parts = 0: every row */
};

struct ctx {
	ml_feat *f;
	ml_reader *r;
	size_t first;           /* the graph's first row */
};

static int
cell(void *arg, size_t j, ml_writer *w)
{
	struct ctx *c = arg;
	size_t i = ml_reader_rows(c->r) - 1 - c->first, k = c->f->g.k;

	if (j == 0)
		return ml_feat_write_list(c->f, w, c->f->g.nbr + i * k, NULL, k);
	return ml_feat_write_list(c->f, w, NULL, c->f->g.dist + i * k, k);
}

static int
run(const struct opts *o, char **files, int nfiles, ml_err *e)
{
	static const char *const names[] = { "knn", "knn_dist" };
	ml_reader *r;
	ml_feat f;
	struct ctx c = { &f, NULL, 0 };
	ml_emit_rows rows = { 0, 0, o->part == 0 };
	int rc = -1;

	if (!(r = ml_reader_open(files, nfiles, o->delim, ML_READ_REWIND, e)))
		return -1;
	if (ml_feat_read(&f, r, o->in.prefix, ML_FEAT_X, e) < 0)
		goto out;
	rows.end = f.n;
	if (o->parts)
		ml_knn_part_rows(f.n, o->part, o->parts, &rows.first, &rows.end);
	if (ml_feat_graph_rows(&f, o->in.k, o->in.metric, ml_threads, rows.first, rows.end, e) < 0)
		goto free;
	if (o->verbose)
		ml_info("info: num_examples=%zu dim=%zu k=%zu metric=%s", f.n, f.dim, f.g.k,
		    ml_metric_name(f.built_metric));
	if (o->verbose && o->parts)
		ml_info("info: part=%zu/%zu first_row=%zu num_rows=%zu", o->part + 1, o->parts,
		    rows.first, rows.end - rows.first);
	c.r = r;
	c.first = rows.first;
	rc = ml_check_emit_rows(r, names, 2, cell, &c, &rows, o->out,
	    o->in.odelim ? o->in.odelim : o->delim, e);
free:
	ml_feat_free(&f);
out:
	ml_reader_close(r);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "delimiter", required_argument, NULL, 'd' },
		{ "output-delimiter", required_argument, NULL, 'D' },
		{ "feature-prefix", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "metric", required_argument, NULL, 'M' },
		{ "output", required_argument, NULL, 'o' },
		{ "part", required_argument, NULL, ML_OPT_PART },
		{ "threads", required_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, ML_OPT_VERBOSE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { ml_check_input_default, NULL, 0, '\t', 0, 0 };
	static char *help;
	ml_err e;
	int ch;

	ml_init(argv[0]);
	if (!(help = ml_check_help(help_head, "neighbours per row", NULL, help_tail)))
		return ml_err_oom(&e), ml_report(&e);
	while ((ch = getopt_long(argc, argv, "D:d:hj:k:o:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'k':
		case 'M':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &o.in.k, &o.in.metric, &o.in.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case ML_OPT_PART:
			if (ml_split_parse_part(optarg, &o.part, &o.parts) < 0)
				return ml_usage_error(usage, "--part: I/N with 1 <= I <= N, not '%s'",
				                      optarg);
			break;
		case ML_OPT_VERBOSE:
			o.verbose = 1;
			break;
		case 'D':
			if (ml_output_delim_option(ch, optarg, usage, &o.in.odelim) != 0)
				return ML_EXIT_USAGE;
			break;
		default:
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
