/* mloutlier - Datalab's outlier check on the kNN graph of the features. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mloutlier [-v] [-k K] [-t T] [--threshold TH] [--metric euclidean|cosine]\n"
    "                 [--feature-prefix P] [-d DELIM] [-o FILE] [FILE ...]";

static const char help[] =
    "usage: mloutlier [-v] [-k K] [-t T] [--threshold TH] [--metric euclidean|cosine]\n"
    "                 [--feature-prefix P] [-d DELIM] [-o FILE] [FILE ...]\n"
    "\n"
    "Append outlier_score (exp(-t * average neighbour distance / median of\n"
    "those averages); lower = more unusual) and is_outlier_issue (0/1: the\n"
    "average is above Q3 + (1/TH - 1) * IQR).  The graph is the input's knn,\n"
    "knn_dist columns if it has them, else it is built as mlknn does.\n"
    "\n"
    "  -k K                    neighbours when the graph is built (default 10)\n"
    "  -t T                    score temperature (default 1)\n"
    "      --threshold TH      in [0,1] (default 0.37037)\n"
    "      --metric M          euclidean or cosine (default: cleanlab's rule)\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "  -v, --verbose           dataset information on stderr\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mloutlier(1).\n";

struct opts {
	const char *prefix, *out;
	size_t k;
	double t, threshold;
	int metric, verbose, delim;
};

/* The check: cleanlab's outlier scores and flags, and the info with -v. */
static int
check(void *arg, ml_feat *f, double *score, unsigned char *flag, ml_err *e)
{
	const struct opts *o = arg;
	ml_outlier_info info;
	int metric;
	char b1[ML_NUM_BUFSZ], b2[ML_NUM_BUFSZ], b3[ML_NUM_BUFSZ], b4[ML_NUM_BUFSZ];

	/* The metric of the precision fix: given, used, or cleanlab's rule. */
	metric = o->metric ? o->metric : f->built_metric ? f->built_metric :
	    f->dim ? ml_metric_default(f->dim) : ML_METRIC_AUTO;
	if (ml_outlier(&f->g, metric, o->t, o->threshold, 0.0, score, flag, &info, e) < 0)
		return -1;
	if (o->verbose) {
		ml_format_double(info.threshold, b1);
		ml_format_double(info.issue_threshold, b2);
		ml_format_double(info.scaling_factor, b3);
		ml_format_double(info.average_ood_score, b4);
		fprintf(stderr, "%s: info: threshold=%s issue_threshold=%s scaling_factor=%s "
		        "average_ood_score=%s num_issues=%zu k=%zu metric=%s\n", ml_progname,
		        b1, b2, b3, b4, info.num_issues, f->g.k, ml_metric_name(metric));
	}
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
		{ "output", required_argument, NULL, 'o' },
		{ "threshold", required_argument, NULL, 'H' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const names[] = { "outlier_score", "is_outlier_issue" };
	struct opts o = { "f_", NULL, 10, 1.0, -1.0, ML_METRIC_AUTO, 0, '\t' };
	ml_err e;
	int ch;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "d:hk:o:t:v", longopts, NULL)) != -1) {
		switch (ch) {
		case 'H':
			if (ml_parse_double(optarg, strlen(optarg), &o.threshold) != ML_NUM_OK ||
			    o.threshold < 0.0 || o.threshold > 1.0)
				return ml_usage_error(usage, "--threshold: a number in [0,1], not '%s'", optarg);
			break;
		case 'k':
		case 'M':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &o.k, &o.metric, &o.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case 't':
			if (ml_parse_double(optarg, strlen(optarg), &o.t) != ML_NUM_OK)
				return ml_usage_error(usage, "-t: a number, not '%s'", optarg);
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
