/* mlnoniid - Datalab's non_iid check: are neighbours in feature space near in row order? */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mlnoniid [--verbose] [-k K] [--num-permutations R] [--seed S]\n"
    "                [--significance A] [--metric euclidean|cosine]\n"
    "                [--feature-prefix P] [-j N] [-q] [-d DELIM] [-D DELIM]\n"
    "                [-o FILE] [FILE ...]";

/* The help around the lines the check table writes (-k and the check's options). */
static const char help_head[] =
    "usage: mlnoniid [--verbose] [-k K] [--num-permutations R] [--seed S]\n"
    "                [--significance A] [--metric euclidean|cosine]\n"
    "                [--feature-prefix P] [-j N] [-q] [-d DELIM] [-D DELIM]\n"
    "                [-o FILE] [FILE ...]\n"
    "\n"
    "Append non_iid_score (lower = the row's neighbours are unusually close to\n"
    "it in row order) and is_non_iid_issue (0/1: only the lowest score, and only\n"
    "when the dataset's p-value is below A).  With --verbose the p-value of the\n"
    "permutation test is printed on stderr as 'mlnoniid: p-value: P'.  The graph\n"
    "is the input's knn, knn_dist columns if it has them, else it is built as\n"
    "mlknn does.\n"
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
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlnoniid(1).\n";

/* With --verbose (arg non-NULL): the p-value and the check's information on stderr. */
static void
info(void *arg, const ml_feat *f, const ml_check_result *res)
{
	const ml_noniid_info *ni = &res->info.noniid;
	char b1[ML_NUM_BUFSZ], b2[ML_NUM_BUFSZ];

	ml_format_double(ni->p_value, b1);
	ml_format_double(ni->ks_observed, b2);
	if (!arg)
		return;
	ml_info("p-value: %s", b1);
	ml_info("info: p-value=%s ks_observed=%s num_issues=%zu k=%zu", b1, b2, ni->num_issues,
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
		{ "num-permutations", required_argument, NULL, 'R' },
		{ "output", required_argument, NULL, 'o' },
		{ "seed", required_argument, NULL, 'S' },
		{ "significance", required_argument, NULL, 'A' },
		{ "verbose", no_argument, NULL, ML_OPT_VERBOSE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const ml_check *c = &ml_checks[ML_CHECK_NONIID];
	static char *help;
	ml_check_input in = ml_check_input_default;
	double opt[ML_CHECK_MAXOPTS];
	const char *out = NULL;
	int ch, verbose = 0, delim = '\t';
	size_t v;
	ml_err e;

	ml_init(argv[0]);
	ml_check_defaults(c, opt);
	if (!(help = ml_check_help(help_head, "neighbours when the graph is built", c, help_tail)))
		return ml_err_oom(&e), ml_report(&e);
	while ((ch = getopt_long(argc, argv, "D:d:hj:k:o:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'A':
			if (ml_parse_double(optarg, strlen(optarg), &opt[ML_NONIID_SIGNIFICANCE]) != ML_NUM_OK)
				return ml_usage_error(usage, "--significance: a number, not '%s'", optarg);
			break;
		case 'k':
		case 'M':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &in.k, &in.metric, &in.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case 'R':
			if (ml_parse_size(optarg, strlen(optarg), &v) < 0 || v < 2)
				return ml_usage_error(usage, "--num-permutations: a number >= 2, not '%s'", optarg);
			opt[ML_NONIID_PERMUTATIONS] = (double)v;
			break;
		case 'S':
			if (ml_parse_size(optarg, strlen(optarg), &v) < 0 || v > 0xffffffffUL)
				return ml_usage_error(usage, "--seed: a number from 0 to 4294967295, not '%s'",
				    optarg);
			opt[ML_NONIID_SEED] = (double)v;
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
	/* The p-value is printed with or without -v. */
	if (ml_check_stream(c, opt, &in, argv + optind, argc - optind, delim, out, info,
	    verbose ? &verbose : NULL, &e) < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
