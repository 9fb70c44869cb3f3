/* mlnull - Datalab's null check: the fraction of present feature values per row. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mlnull [--verbose] [--feature-prefix P] [-j N] [-q] [-d DELIM]\n"
    "              [-D DELIM] [-o FILE] [FILE ...]";

static const char help[] =
    "usage: mlnull [--verbose] [--feature-prefix P] [-j N] [-q] [-d DELIM]\n"
    "              [-D DELIM] [-o FILE] [FILE ...]\n"
    "\n"
    "Append null_score (the fraction of the row's feature values that are\n"
    "present; an empty field or 'nan' is missing) and is_null_issue (0/1: every\n"
    "feature is missing).  Streams: memory does not grow with the input.\n"
    "\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "      --verbose           dataset information on stderr\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlnull(1).\n";

struct opts {
	const char *prefix, *out;
	int verbose, delim, odelim;
};

/* Null patterns of the rows with a missing value, counted (open addressing). */
struct pattern {
	char *bits;
	size_t count, first;
};

struct state {
	size_t m, *fcol, *colnull, nrows, nissues, npat, cap, present;
	double *x, score;
	int all;
	char *bits;
	struct pattern *pat;
};

static unsigned long
hash(const char *s, size_t n)
{
	unsigned long h = 5381;

	while (n--)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static int
count_pattern(struct state *s)
{
	size_t i, h;

	if (s->npat * 2 >= s->cap) {
		struct pattern *old = s->pat;
		size_t oldcap = s->cap;
		s->cap = s->cap ? s->cap * 2 : 64;
		if (!(s->pat = calloc(s->cap, sizeof *s->pat)))
			return -1;
		for (i = 0; i < oldcap; i++)
			if (old[i].bits) {
				for (h = hash(old[i].bits, s->m) % s->cap; s->pat[h].bits; h = (h + 1) % s->cap)
					;
				s->pat[h] = old[i];
			}
		free(old);
	}
	for (h = hash(s->bits, s->m) % s->cap; s->pat[h].bits; h = (h + 1) % s->cap)
		if (memcmp(s->pat[h].bits, s->bits, s->m) == 0) {
			s->pat[h].count++;
			return 0;
		}
	if (!(s->pat[h].bits = malloc(s->m)))
		return -1;
	memcpy(s->pat[h].bits, s->bits, s->m);
	s->pat[h].count = 1;
	s->pat[h].first = s->nrows;
	s->npat++;
	return 0;
}

static int
cell(void *arg, size_t j, ml_writer *w)
{
	struct state *s = arg;

	if (j == 0)
		return ml_writer_double(w, s->score);
	return ml_writer_field(w, s->all ? "1" : "0", 1);
}

static void
info(const struct state *s)
{
	const struct pattern *best = NULL;
	char b[ML_NUM_BUFSZ], *msg;
	ml_buf m = ML_BUF_INIT;
	size_t i;

	for (i = 0; i < s->cap; i++)
		if (s->pat[i].bits && (!best || s->pat[i].count > best->count ||
		    (s->pat[i].count == best->count && s->pat[i].first < best->first)))
			best = &s->pat[i];
	/* The exact mean of the scores, rounded once. */
	ml_format_double((double)s->present / ((double)s->m * (double)s->nrows), b);
	ml_buf_printf(&m, "info: average_null_score=%s num_issues=%zu most_common_issue.pattern=",
	    b, s->nissues);
	if (best)
		ml_buf_printf(&m, "%.*s most_common_issue.count=%zu", (int)s->m, best->bits, best->count);
	else
		ml_buf_puts(&m, "no_null most_common_issue.count=0");
	ml_buf_puts(&m, " column_impact=");
	for (i = 0; i < s->m; i++) {
		ml_format_double((double)s->colnull[i] / (double)s->nrows, b);
		ml_buf_printf(&m, "%s%s", i ? "," : "", b);
	}
	if ((msg = ml_buf_done(&m, NULL)))
		ml_info("%s", msg);
	else
		ml_warn("out of memory");
	free(msg);
}

static int
run(const struct opts *o, char **files, int nfiles, ml_err *e)
{
	const ml_check *c = &ml_checks[ML_CHECK_NULL];
	struct state s;
	ml_reader *r;
	ml_writer *w = NULL;
	ml_layout L = { 0, NULL };
	size_t i, d, len;
	int rc = -1, n;

	memset(&s, 0, sizeof s);
	if (!(r = ml_reader_open(files, nfiles, o->delim, 0, e)))
		return -1;
	if (!(s.fcol = malloc((ml_reader_ncols(r) + 1) * sizeof *s.fcol)))
		goto oom;
	s.m = ml_feat_columns(r, o->prefix, s.fcol);
	if (s.m == 0) {
		if (ml_cols_csv_header(r, e) == 0)
			ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "no feature columns (%s<name>)",
			    o->prefix);
		goto out;
	}
	if (!(s.x = malloc(s.m * sizeof *s.x)) || !(s.bits = malloc(s.m)) ||
	    !(s.colnull = calloc(s.m, sizeof *s.colnull)))
		goto oom;
	if (ml_layout_init(&L, r, c->columns, ml_check_ncolumns(c), SIZE_MAX, NULL, e) < 0)
		goto out;
	if (!(w = ml_writer_open(o->out, o->odelim ? o->odelim : o->delim, e)))
		goto out;
	ml_layout_header(&L, r, c->columns, w);
	while ((n = ml_reader_next(r, e)) > 0) {
		int missing = 0;
		for (d = 0; d < s.m; d++) {
			const char *f = ml_reader_field(r, s.fcol[d], &len);
			int code = ml_parse_double(f, len, &s.x[d]);
			if (code == ML_NUM_EMPTY || code == ML_NUM_NAN) {
				s.x[d] = NAN;
				s.colnull[d]++;
				missing = 1;
			} else if (code == ML_NUM_OK || code == ML_NUM_INF) {
				/* An infinite value is present (numpy's isnan is false). */
				s.present++;
			} else {
				ml_reader_errf(r, e, s.fcol[d], "feature value is not a number");
				goto out;
			}
			s.bits[d] = code == ML_NUM_OK || code == ML_NUM_INF ? '0' : '1';
		}
		s.score = ml_null_score(s.x, s.m, &s.all);
		s.nissues += s.all;
		if (missing && o->verbose && count_pattern(&s) < 0)
			goto oom;
		s.nrows++;
		if (ml_layout_row(&L, r, cell, &s, w) < 0)
			break;
	}
	if (n < 0)
		goto out;
	if (s.nrows == 0) {
		ml_errf(e, ml_reader_file(r), 0, NULL, NULL, 0, "no data rows");
		goto out;
	}
	if (o->verbose)
		info(&s);
	rc = ml_writer_commit(w, e);
	w = NULL;
	goto out;
oom:
	ml_err_oom(e);
out:
	ml_writer_abort(w);
	ml_layout_free(&L);
	for (i = 0; i < s.cap; i++)
		free(s.pat[i].bits);
	free(s.pat);
	free(s.fcol);
	free(s.x);
	free(s.bits);
	free(s.colnull);
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
		{ "output", required_argument, NULL, 'o' },
		{ "verbose", no_argument, NULL, ML_OPT_VERBOSE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { ml_check_input_default.prefix, NULL, 0, '\t', 0 };
	ml_err e;
	int ch;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "D:d:hj:o:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'P':
			if (!*optarg)
				return ml_usage_error(usage, "--feature-prefix: must not be empty");
			o.prefix = optarg;
			break;
		case ML_OPT_VERBOSE:
			o.verbose = 1;
			break;
		case 'D':
			if (ml_output_delim_option(ch, optarg, usage, &o.odelim) != 0)
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
