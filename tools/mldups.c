/* mldups - Datalab's near_duplicate check on the kNN graph of the features. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mldups [--verbose] [-k K] [--threshold TH] [--metric euclidean|cosine]\n"
    "              [--feature-prefix P] [-j N] [-q] [-d DELIM] [-D DELIM]\n"
    "              [-o FILE] [FILE ...]";

/* The help around the lines the check table writes (-k and the check's options). */
static const char help_head[] =
    "usage: mldups [--verbose] [-k K] [--threshold TH] [--metric euclidean|cosine]\n"
    "              [--feature-prefix P] [-j N] [-q] [-d DELIM] [-D DELIM]\n"
    "              [-o FILE] [FILE ...]\n"
    "\n"
    "Append near_duplicate_score (1 - exp(-nearest distance / median nearest\n"
    "distance); 0 for an exact duplicate), is_near_duplicate_issue (0/1) and\n"
    "near_duplicate_set (the rows closer than TH * median, joined with ',').\n"
    "The graph is the input's knn, knn_dist columns if it has them, else it is\n"
    "built as mlknn does.\n"
    "\n";

static const char help_tail[] =
    "      --metric M          euclidean or cosine (default: cleanlab's rule)\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "      --verbose           dataset information on stderr\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mldups(1).\n";

/* With -v: the check's information on stderr. */
static void
info(void *arg, const ml_feat *f, const ml_check_result *res)
{
	const ml_dup_info *di = &res->info.dup;
	char b1[ML_NUM_BUFSZ], b2[ML_NUM_BUFSZ], b3[ML_NUM_BUFSZ];

	(void)arg;
	ml_format_double(di->median_nn, b1);
	ml_format_double(di->threshold, b2);
	ml_format_double(di->average_score, b3);
	ml_info("info: median_distance_to_nearest_neighbor=%s threshold=%s "
	    "average_near_duplicate_score=%s num_issues=%zu k=%zu", b1, b2, b3, di->num_issues,
	    f->g.k);
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
		{ "threshold", required_argument, NULL, 'H' },
		{ "verbose", no_argument, NULL, ML_OPT_VERBOSE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const ml_check *c = &ml_checks[ML_CHECK_DUP];
	static char *help;
	ml_check_input in = ml_check_input_default;
	double opt[ML_CHECK_MAXOPTS];
	const char *out = NULL;
	int ch, verbose = 0, delim = '\t';
	ml_err e;

	ml_init(argv[0]);
	ml_check_defaults(c, opt);
	if (!(help = ml_check_help(help_head, "neighbours when the graph is built", c, help_tail)))
		return ml_err_oom(&e), ml_report(&e);
	while ((ch = getopt_long(argc, argv, "D:d:hj:k:o:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'H':
			if (ml_parse_double(optarg, strlen(optarg), &opt[ML_DUP_THRESHOLD]) != ML_NUM_OK)
				return ml_usage_error(usage, "--threshold: a number, not '%s'", optarg);
			if (opt[ML_DUP_THRESHOLD] < 0.0) {
				/* cleanlab warns and uses 0. */
				ml_warn("warning: --threshold %s is negative; using 0", optarg);
				opt[ML_DUP_THRESHOLD] = 0.0;
			}
			break;
		case 'k':
		case 'M':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &in.k, &in.metric, &in.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case ML_OPT_VERBOSE:
			verbose = 1;
			break;
		case 'D':
			if (ml_output_delim_option(ch, optarg, usage, &in.odelim) != 0)
				return ML_EXIT_USAGE;
			break;
		default:
			if ((ch = ml_std_option(ch, optarg, usage, help, &delim, &out)) >= 0)
				return ch;
			break;
		}
	}
	if (ml_threads_resolve())
		return ML_EXIT_USAGE;
	if (ml_check_stream(c, opt, &in, argv + optind, argc - optind, delim, out,
	    verbose ? info : NULL, NULL, &e) < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
