/* mldups - Datalab's near_duplicate check on the kNN graph of the features. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mldups [-v] [-k K] [--threshold TH] [--metric euclidean|cosine]\n"
    "              [--feature-prefix P] [-d DELIM] [-o FILE] [FILE ...]";

static const char help[] =
    "usage: mldups [-v] [-k K] [--threshold TH] [--metric euclidean|cosine]\n"
    "              [--feature-prefix P] [-d DELIM] [-o FILE] [FILE ...]\n"
    "\n"
    "Append near_duplicate_score (1 - exp(-nearest distance / median nearest\n"
    "distance); 0 for an exact duplicate), is_near_duplicate_issue (0/1) and\n"
    "near_duplicate_set (the rows closer than TH * median, joined with ',').\n"
    "The graph is the input's knn, knn_dist columns if it has them, else it is\n"
    "built as mlknn does.\n"
    "\n"
    "  -k K                    neighbours when the graph is built (default 10)\n"
    "      --threshold TH      radius as a fraction of the median (default 0.13)\n"
    "      --metric M          euclidean or cosine (default: cleanlab's rule)\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "  -v, --verbose           dataset information on stderr\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mldups(1).\n";

struct opts {
	const char *prefix, *out;
	size_t k;
	double threshold;
	int metric, verbose, delim;
};

/* What the check leaves for the set column. */
struct run {
	const struct opts *o;
	size_t *off, *set;      /* row i's set: set[off[i] .. off[i+1]-1] */
};

/* The check: cleanlab's near-duplicate scores, flags and sets, and the info with -v. */
static int
check(void *arg, ml_feat *f, double *score, unsigned char *flag, ml_err *e)
{
	struct run *run = arg;
	ml_dup_info info;
	char b1[ML_NUM_BUFSZ], b2[ML_NUM_BUFSZ], b3[ML_NUM_BUFSZ];

	if (ml_near_duplicate(&f->g, run->o->threshold, score, flag, &run->off, &run->set, &info,
	    e) < 0)
		return -1;
	if (run->o->verbose) {
		ml_format_double(info.median_nn, b1);
		ml_format_double(info.threshold, b2);
		ml_format_double(info.average_score, b3);
		fprintf(stderr, "%s: info: median_distance_to_nearest_neighbor=%s threshold=%s "
		        "average_near_duplicate_score=%s num_issues=%zu k=%zu\n", ml_progname,
		        b1, b2, b3, info.num_issues, f->g.k);
	}
	return 0;
}

/* near_duplicate_set: the row numbers joined with ','. */
static int
set_cell(void *arg, ml_feat *f, size_t i, size_t j, ml_writer *w)
{
	struct run *run = arg;

	(void)j;
	return ml_feat_write_list(f, w, run->set + run->off[i], NULL, run->off[i + 1] - run->off[i]);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "delimiter", required_argument, NULL, 'd' },
		{ "feature-prefix", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "metric", required_argument, NULL, 'M' },
		{ "output", required_argument, NULL, 'o' },
		{ "threshold", required_argument, NULL, 'H' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const names[] = {
		"near_duplicate_score", "is_near_duplicate_issue", "near_duplicate_set"
	};
	struct run r = { NULL, NULL, NULL };
	struct opts o = { "f_", NULL, 10, 0.13, ML_METRIC_AUTO, 0, '\t' };
	ml_err e;
	int ch, rc;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "d:hk:o:v", longopts, NULL)) != -1) {
		switch (ch) {
		case 'H':
			if (ml_parse_double(optarg, strlen(optarg), &o.threshold) != ML_NUM_OK)
				return ml_usage_error(usage, "--threshold: a number, not '%s'", optarg);
			if (o.threshold < 0.0) {
				/* cleanlab warns and uses 0. */
				ml_warn("warning: --threshold %s is negative; using 0", optarg);
				o.threshold = 0.0;
			}
			break;
		case 'k':
		case 'M':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &o.k, &o.metric, &o.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case 'v':
			o.verbose = 1;
			break;
		default:
			if ((ch = ml_std_option(ch, optarg, usage, help, &o.delim, &o.out)) >= 0)
				return ch;
			break;
		}
	}
	r.o = &o;
	rc = ml_feat_check(argv + optind, argc - optind, o.delim, o.prefix, o.k, o.metric, names, 3,
	    check, set_cell, &r, o.out, &e);
	free(r.off);
	free(r.set);
	if (rc < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
