/* mlfilter - keep (or mark) the examples whose labels look wrong. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

#define USAGE \
    "usage: mlfilter [-f FILTER] [--frac-noise F] [--min-examples-per-class N]\n" \
    "                [--num-to-remove-per-class N,N,...] [--rank[=METHOD]]\n" \
    "                [-v | --annotate] [--per-class] [--joint FILE]\n" \
    "                [--drop-class NAME] [--columns COL,...] [-l COL] [-j N] [-q]\n" \
    "                [-d DELIM] [-D DELIM] [-o FILE] [--part I/P [--state FILE]]\n" \
    "                [FILE ...]"

static const char usage[] = USAGE;

static const char help[] = USAGE "\n"
    "\n"
    "Print the examples with a label error in at least one class (cleanlab's\n"
    "multilabel find_label_issues), in input order.\n"
    "\n"
    "  -f, --filter FILTER     prune_by_noise_rate (default), prune_by_class, both,\n"
    "                          confident_learning, predicted_neq_given,\n"
    "                          low_normalized_margin, low_self_confidence\n"
    "      --frac-noise F      prune only this fraction of the estimated errors (1.0)\n"
    "      --min-examples-per-class N   keep at least N per side of a class (1)\n"
    "      --num-to-remove-per-class N,N,...   remove exactly N per class\n"
    "      --rank[=METHOD]     flagged rows most severe first, with label_score\n"
    "                          (self_confidence, normalized_margin,\n"
    "                          confidence_weighted_entropy)\n"
    "  -v, --invert            print the rows not flagged (the cleaned dataset)\n"
    "      --annotate          print every row (with --rank: the flagged ones),\n"
    "                          with is_label_issue, issue_classes and\n"
    "                          suggested_labels (the given ones, fixed)\n"
    "      --per-class         with --annotate: also issue_<class> 0/1 columns\n"
    "      --joint FILE        write thresholds and confident joints per class\n"
    "      --drop-class NAME   leave class NAME out (its p_ column passes through;\n"
    "                          labels naming it are ignored); repeatable\n"
    "      --columns COL,...   write only these columns, in this order\n"
    "  -l, --labels COL        label-list column (default: labels, else y_ columns)\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' (or ';', '|' ...) reads and writes CSV\n"
    "                          with that separator (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "      --part I/P          the input is part I of P: write this round's summary,\n"
    "                          or with a finished --state its rows (mlmerge(1))\n"
    "      --state FILE        the merged summary of the previous round\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlfilter(1).\n";

struct opts {
	ml_audit_opts a;
	int mode, annotate, per_class, delim, odelim;   /* mode: ML_ROWS_* */
	const char *joint, *labname, *out, *columns;
	const char *state;              /* --state */
	size_t part, parts;             /* --part I/P: part I-1 of P; parts 0: one run */
};

struct state {
	const ml_audit *a;
	size_t row;
	int rank;               /* label_score comes first */
	size_t nflags;          /* issue_<class> columns: k with --per-class, else 0 */
	ml_buf buf;             /* issue_classes or suggested_labels of the row */
	uint64_t *suggested;    /* k bits: the row's suggested labels */
};

/* "-face,+nsfw": given classes that look absent, missing ones that look present. */
static int
issue_classes(struct state *st, ml_writer *w)
{
	static const ml_list_style style = { "", ",", "", NULL };
	const ml_audit *a = st->a;

	st->buf.len = 0;
	ml_class_list(&st->buf, &style, a->cols.names, a->k, a->flags, a->flag_given, st->row);
	if (st->buf.oom)
		return -1;
	return ml_writer_field(w, st->buf.s ? st->buf.s : "", st->buf.len);
}

/*
 * The given labels with issue_classes applied (a class judged wrong is
 * removed when given, added when not: given XOR wrong), by name, in class
 * order, joined with ','.
 */
static int
suggested_labels(struct state *st, ml_writer *w)
{
	static const ml_list_style style = { "", ",", "", NULL };
	const ml_audit *a = st->a;
	size_t c, bit;

	for (c = 0; c < a->k; c++) {
		bit = st->row * a->k + c;
		if (ML_BIT(a->given_bits, bit) != ML_BIT(a->flags, bit))
			st->suggested[c / 64] |= (uint64_t)1 << (c % 64);
		else
			st->suggested[c / 64] &= ~((uint64_t)1 << (c % 64));
	}
	st->buf.len = 0;
	ml_class_list(&st->buf, &style, a->cols.names, a->k, st->suggested, NULL, 0);
	if (st->buf.oom)
		return -1;
	return ml_writer_field(w, st->buf.s ? st->buf.s : "", st->buf.len);
}

/*
 * The appended columns: label_score (with --rank), then with --annotate
 * is_label_issue, issue_classes, issue_<class> (--per-class) and
 * suggested_labels.
 */
static int
cell(void *arg, size_t j, ml_writer *w)
{
	const ml_audit_row *ar = arg;
	struct state *st = ar->arg;
	const ml_audit *a = st->a;

	st->row = ar->row;
	if (st->rank && j-- == 0)
		return ml_writer_double(w, a->rank_score[st->row]);
	if (j == 0)
		return ml_writer_field(w, a->issue[st->row] ? "1" : "0", 1);
	if (j == 1)
		return issue_classes(st, w);
	if (j - 2 < st->nflags)
		return ml_writer_field(w, ML_BIT(a->flags, st->row * a->k + j - 2) ? "1" : "0", 1);
	return suggested_labels(st, w);
}

static int
run(struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_audit a;
	ml_reader *r;
	ml_writer *w = NULL;
	ml_layout L = { 0, NULL };
	struct state st;
	char **newnames = NULL, *warn;
	size_t nnew = 0, c;
	int rc = -1;

	memset(&a, 0, sizeof a);
	memset(&st, 0, sizeof st);
	st.a = &a;
	if (!(r = ml_reader_open(files, nfiles, o->delim, ML_READ_REWIND, e)))
		return -1;
	if ((rc = ml_audit_run(&a, r, o->labname, &o->a, e)) < 0)
		goto out;
	rc = -1;
	if (!(warn = ml_audit_warnings(&a)))
		goto oom;
	ml_warn_lines(warn);
	free(warn);
	if (o->joint && ml_audit_write_joint(&a, o->joint, e) < 0)
		goto out;
	st.rank = o->mode == ML_ROWS_RANKED;
	st.nflags = o->per_class ? a.k : 0;
	nnew = (size_t)st.rank + (o->annotate ? 3 + st.nflags : 0);
	if (!(newnames = calloc(nnew ? nnew : 1, sizeof *newnames)) ||
	    !(st.suggested = calloc(a.k / 64 + 1, sizeof *st.suggested)))
		goto oom;
	if (st.rank)
		newnames[0] = strdup("label_score");
	if (o->annotate) {
		char **an = newnames + st.rank;
		an[0] = strdup("is_label_issue");
		an[1] = strdup("issue_classes");
		for (c = 0; c < st.nflags; c++)
			if ((an[2 + c] = malloc(strlen(a.cols.names[c]) + 7)))
				sprintf(an[2 + c], "issue_%s", a.cols.names[c]);
		an[2 + st.nflags] = strdup("suggested_labels");
	}
	for (c = 0; c < nnew; c++)
		if (!newnames[c])
			goto oom;
	if (ml_layout_init(&L, r, (const char *const *)newnames, nnew, (size_t)-1, NULL, e) < 0)
		goto out;
	if (o->columns && ml_layout_select(&L, r, (const char *const *)newnames, o->columns, e) < 0) {
		rc = -2;
		goto out;
	}
	if (!(w = ml_writer_open(o->out, o->odelim, e)))
		goto out;
	if (ml_audit_write_rows(&a, r, &L, (const char *const *)newnames, o->mode, cell, &st,
	    o->odelim, w, e) < 0)
		goto out;
	rc = ml_writer_commit(w, e);
	w = NULL;
	goto out;
oom:
	ml_err_oom(e);
out:
	ml_writer_abort(w);
	if (newnames)
		for (c = 0; c < nnew; c++)
			free(newnames[c]);
	free(newnames);
	free(st.buf.s);
	free(st.suggested);
	ml_layout_free(&L);
	ml_audit_free(&a);
	ml_reader_close(r);
	return rc;
}

/* The last round of --part: the part's rows. */
static int
part_rows(void *arg, ml_split *s, ml_reader *r, const ml_cols *cols, ml_writer *w, ml_err *e)
{
	const struct opts *o = arg;

	return ml_split_filter_rows(s, o->part, r, cols, o->mode, o->per_class, o->columns, w, e);
}

/* --part: one part of a split audit (lib/split). */
static int
run_part(struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_reader *r;
	char *options = NULL;
	int rc = -1;

	if (!(r = ml_reader_open(files, nfiles, o->delim, 0, e)))
		return -1;
	if (!(options = ml_split_options("mlfilter", &o->a, 0, o->labname)))
		ml_err_oom(e);
	else
		rc = ml_split_run("mlfilter", options, r, o->labname, o->state, o->part, o->parts,
		    o->out, o->odelim, part_rows, o, e);
	free(options);
	ml_reader_close(r);
	return rc;
}

/* What the options mean together: -1 to go on, else the exit status (after a message). */
static int
settle(struct opts *o, int annotate, int invert, int rank)
{
	if (invert && annotate)
		return ml_usage_error(usage, "-v and --annotate exclude each other");
	if (rank && invert)
		return ml_usage_error(usage, "--rank does not go with -v");
	if (o->per_class && !annotate)
		return ml_usage_error(usage, "--per-class needs --annotate");
	o->annotate = annotate;
	if (!o->odelim)
		o->odelim = o->delim;
	/* suggested_labels needs every row's given labels. */
	o->a.want_bits = annotate;
	o->mode = rank ? ML_ROWS_RANKED : annotate ? ML_ROWS_ALL : invert ? ML_ROWS_CLEAN : ML_ROWS_FLAGGED;
	if (o->state && !o->parts)
		return ml_usage_error(usage, "--state needs --part");
	if (o->parts && (rank || o->joint || o->a.filter == ML_LOW_NORMALIZED_MARGIN ||
	    o->a.filter == ML_LOW_SELF_CONFIDENCE))
		return ml_usage_error(usage, "--part does not go with --rank (its order interleaves "
		    "the parts' rows), nor (yet) with --joint or the low_* filters");
	return -1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "annotate", no_argument, NULL, ML_OPT_ANNOTATE },
		{ "drop-class", required_argument, NULL, ML_OPT_DROP_CLASS },
		{ "columns", required_argument, NULL, ML_OPT_COLUMNS },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "filter", required_argument, NULL, 'f' },
		{ "frac-noise", required_argument, NULL, ML_OPT_FRAC_NOISE },
		{ "help", no_argument, NULL, 'h' },
		{ "invert", no_argument, NULL, 'v' },
		{ "joint", required_argument, NULL, ML_OPT_JOINT },
		{ "labels", required_argument, NULL, 'l' },
		{ "min-examples-per-class", required_argument, NULL, ML_OPT_MIN_EXAMPLES },
		{ "num-to-remove-per-class", required_argument, NULL, ML_OPT_NUM_TO_REMOVE },
		{ "output", required_argument, NULL, 'o' },
		{ "part", required_argument, NULL, ML_OPT_PART },
		{ "output-delimiter", required_argument, NULL, 'D' },
		{ "per-class", no_argument, NULL, ML_OPT_PER_CLASS },
		{ "rank", optional_argument, NULL, ML_OPT_RANK },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "state", required_argument, NULL, ML_OPT_STATE },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	ml_err e;
	int ch, annotate = 0, invert = 0, rank = 0, rc;

	memset(&o, 0, sizeof o);
	ml_audit_defaults(&o.a);
	o.delim = '\t';
	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "D:d:f:hj:l:o:qv", longopts, NULL)) != -1) {
		switch (ch) {
		case ML_OPT_ANNOTATE:
			annotate = 1;
			break;
		case 'v':
			invert = 1;
			break;
		case ML_OPT_COLUMNS:
			o.columns = optarg;
			break;
		case ML_OPT_JOINT:
			o.joint = optarg;
			break;
		case 'l':
			o.labname = optarg;
			break;
		case ML_OPT_PER_CLASS:
			o.per_class = 1;
			break;
		case ML_OPT_PART:
			if (ml_split_parse_part(optarg, &o.part, &o.parts) < 0)
				return ml_usage_error(usage, "--part: I/P with 1 <= I <= P, not '%s'",
				    optarg);
			break;
		case ML_OPT_STATE:
			o.state = optarg;
			break;
		case ML_OPT_RANK:
			rank = 1;
			o.a.rank_method = ML_METHOD_DEFAULT;
			if (optarg && ml_opt_method(usage, "--rank", optarg, &o.a.rank_method))
				return ML_EXIT_USAGE;
			break;
		default:
			if ((rc = ml_audit_option(ch, optarg, usage, &o.a)) < 0)
				rc = ml_output_delim_option(ch, optarg, usage, &o.odelim);
			if (rc == 0)
				break;
			if (rc < 0)
				rc = ml_std_option(ch, optarg, usage, help, &o.delim, &o.out);
			if (rc >= 0)
				return rc;
			break;
		}
	}
	if (ml_threads_resolve())
		return ML_EXIT_USAGE;
	if ((rc = settle(&o, annotate, invert, rank)) >= 0)
		return rc;
	rc = o.parts ? run_part(&o, argv + optind, argc - optind, &e) :
	    run(&o, argv + optind, argc - optind, &e);
	if (rc == -2)
		return ml_usage_error(usage, "%s", e.msg);
	if (rc < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
