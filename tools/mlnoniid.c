/* mlnoniid - Datalab's non_iid check: are neighbours in feature space near in row order? */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mlnoniid [-v] [-k K] [--num-permutations R] [--seed S] [--significance A]\n"
    "                [--metric euclidean|cosine] [--feature-prefix P] [-d DELIM] [-o FILE]\n"
    "                [FILE ...]";

static const char help[] =
    "usage: mlnoniid [-v] [-k K] [--num-permutations R] [--seed S] [--significance A]\n"
    "                [--metric euclidean|cosine] [--feature-prefix P] [-d DELIM] [-o FILE]\n"
    "                [FILE ...]\n"
    "\n"
    "Append non_iid_score (lower = the row's neighbours are unusually close to\n"
    "it in row order) and is_non_iid_issue (0/1: only the lowest score, and only\n"
    "when the dataset's p-value is below A).  The p-value of the permutation\n"
    "test is printed on stderr as 'mlnoniid: p-value: P'.  The graph is the\n"
    "input's knn, knn_dist columns if it has them, else it is built as mlknn does.\n"
    "\n"
    "  -k K                    neighbours when the graph is built (default 10)\n"
    "      --num-permutations R  permutations of the test, >= 2 (default 25)\n"
    "      --seed S            numpy seed of the permutations (default 0)\n"
    "      --significance A    flag a row when p < A (default 0.05)\n"
    "      --metric M          euclidean or cosine (default: cleanlab's rule)\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "  -v, --verbose           dataset information on stderr\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlnoniid(1).\n";

struct opts {
	const char *prefix, *out;
	size_t k, perms;
	unsigned long seed;
	double significance;
	int metric, verbose, delim;
};

/* The check: the permutation test, the scores, the flag; the p-value on stderr. */
static int
check(void *arg, ml_feat *f, double *score, unsigned char *flag, ml_err *e)
{
	const struct opts *o = arg;
	ml_noniid_info info;
	char b1[ML_NUM_BUFSZ], b2[ML_NUM_BUFSZ];

	if (ml_noniid(&f->g, o->perms, (uint32_t)o->seed, o->significance, score, flag, NULL,
	    &info, e) < 0)
		return -1;
	ml_format_double(info.p_value, b1);
	ml_format_double(info.ks_observed, b2);
	fprintf(stderr, "%s: p-value: %s\n", ml_progname, b1);
	if (o->verbose)
		fprintf(stderr, "%s: info: p-value=%s ks_observed=%s num_issues=%zu k=%zu\n",
		        ml_progname, b1, b2, info.num_issues, f->g.k);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "delimiter", required_argument, NULL, 'd' },
		{ "feature-prefix", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "metric", required_argument, NULL, 'M' },
		{ "num-permutations", required_argument, NULL, 'R' },
		{ "output", required_argument, NULL, 'o' },
		{ "seed", required_argument, NULL, 'S' },
		{ "significance", required_argument, NULL, 'A' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const names[] = { "non_iid_score", "is_non_iid_issue" };
	struct opts o = { "f_", NULL, 10, 25, 0, 0.05, ML_METRIC_AUTO, 0, '\t' };
	ml_err e;
	size_t v;
	int ch;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "d:hk:o:v", longopts, NULL)) != -1) {
		switch (ch) {
		case 'A':
			if (ml_parse_double(optarg, strlen(optarg), &o.significance) != ML_NUM_OK)
				return ml_usage_error(usage, "--significance: a number, not '%s'", optarg);
			break;
		case 'k':
		case 'M':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &o.k, &o.metric, &o.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case 'R':
			if (ml_parse_size(optarg, strlen(optarg), &o.perms) < 0 || o.perms < 2)
				return ml_usage_error(usage, "--num-permutations: a number >= 2, not '%s'", optarg);
			break;
		case 'S':
			if (ml_parse_size(optarg, strlen(optarg), &v) < 0 || v > 0xffffffffUL)
				return ml_usage_error(usage, "--seed: a number from 0 to 4294967295, not '%s'",
				    optarg);
			o.seed = v;
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
	if (ml_feat_check(argv + optind, argc - optind, o.delim, o.prefix, o.k, o.metric, names, 2,
	    check, NULL, &o, o.out, &e) < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
