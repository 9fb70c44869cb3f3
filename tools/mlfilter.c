/* mlfilter - keep (or mark) the examples whose labels look wrong. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mlfilter [-f FILTER] [--frac-noise F] [--min-examples-per-class N]\n"
    "                [--num-to-remove-per-class N,N,...] [--rank[=METHOD]] [-v | --annotate]\n"
    "                [--per-class] [--joint FILE] [-l COL] [-d DELIM] [-o FILE] [FILE ...]";

static const char help[] =
    "usage: mlfilter [-f FILTER] [--frac-noise F] [--min-examples-per-class N]\n"
    "                [--num-to-remove-per-class N,N,...] [--rank[=METHOD]] [-v | --annotate]\n"
    "                [--per-class] [--joint FILE] [-l COL] [-d DELIM] [-o FILE] [FILE ...]\n"
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
    "      --annotate          print every row, with is_label_issue and issue_classes\n"
    "      --per-class         with --annotate: also issue_<class> 0/1 columns\n"
    "      --joint FILE        write thresholds and confident joints per class\n"
    "  -l, --labels COL        the label-list column (default: labels, else y_ columns)\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlfilter(1).\n";

enum { MODE_FLAGGED, MODE_INVERT, MODE_ANNOTATE, MODE_RANK };

struct opts {
	ml_audit_opts a;
	int mode, per_class, delim;
	const char *joint, *labname, *out;
};

struct state {
	const ml_audit *a;
	const ml_layout *L;
	ml_reader *r;
	int lines;              /* replay raw lines instead of parsing again */
	const char *line;
	size_t linelen;
	size_t row;
	char *buf;
	size_t cap;
};

/* "-face,+nsfw": given classes that look absent, missing ones that look present. */
static int
issue_classes(struct state *st, ml_writer *w)
{
	const ml_audit *a = st->a;
	size_t c, len = 0;

	for (c = 0; c < a->k; c++) {
		size_t n;
		if (!ML_BIT(a->flags, st->row * a->k + c))
			continue;
		n = strlen(a->cols.names[c]);
		if (len + n + 2 > st->cap) {
			size_t nc = 2 * (len + n + 2);
			char *nb = realloc(st->buf, nc);
			if (!nb)
				return -1;
			st->buf = nb;
			st->cap = nc;
		}
		if (len)
			st->buf[len++] = ',';
		st->buf[len++] = ML_BIT(a->flag_given, st->row * a->k + c) ? '-' : '+';
		memcpy(st->buf + len, a->cols.names[c], n);
		len += n;
	}
	return ml_writer_field(w, st->buf ? st->buf : "", len);
}

static int
cell(void *arg, size_t j, ml_writer *w)
{
	struct state *st = arg;
	const ml_audit *a = st->a;

	if (j == 0)
		return ml_writer_field(w, a->issue[st->row] ? "1" : "0", 1);
	if (j == 1)
		return issue_classes(st, w);
	return ml_writer_field(w, ML_BIT(a->flags, st->row * a->k + j - 2) ? "1" : "0", 1);
}

static int
rank_cell(void *arg, size_t j, ml_writer *w)
{
	struct state *st = arg;

	(void)j;
	return ml_writer_double(w, st->a->rank_score[st->row]);
}

/* The next row of the second pass: 1, 0 at the end, -1 on error. */
static int
next_row(struct state *st, ml_err *e)
{
	int n = st->lines ? ml_reader_next_line(st->r, &st->line, &st->linelen, e) :
	    ml_reader_next(st->r, e);

	if (n <= 0)
		return n;
	st->row = ml_reader_rows(st->r) - 1;
	if (st->row >= st->a->n)
		return ml_errmsg(e, "input changed while it was read");
	return 1;
}

static int
put_row(struct state *st, ml_cell_fn cb, ml_writer *w)
{
	if (st->lines)
		return ml_layout_line(st->L, st->line, st->linelen, cb, st, w);
	return ml_layout_row(st->L, st->r, cb, st, w);
}

/* --rank: the flagged rows are kept in a spill file and written in rank order. */
static int
write_ranked(struct state *st, ml_writer *w, int delim, ml_err *e)
{
	const ml_audit *a = st->a;
	uint64_t *off = NULL;
	size_t *slot = NULL, i, j = 0;
	int fd = -1, rc = -1, n;
	ml_writer *tw = NULL;
	char *buf = NULL;
	size_t cap = 0;

	if (!(off = malloc((a->nissues + 1) * sizeof *off)) || !(slot = malloc(a->n * sizeof *slot))) {
		ml_err_oom(e);
		goto out;
	}
	if ((fd = ml_tmp_open("ranked", e)) < 0 || !(tw = ml_writer_fd(fd, delim, e)))
		goto out;
	while ((n = next_row(st, e)) > 0) {
		if (!a->issue[st->row])
			continue;
		slot[st->row] = j;
		off[j++] = ml_writer_offset(tw);
		if (put_row(st, rank_cell, tw) < 0)
			break;
	}
	if (n < 0)
		goto out;
	off[j] = ml_writer_offset(tw);
	if (ml_writer_flush(tw, e) < 0)
		goto out;
	for (i = 0; i < a->nissues; i++) {
		size_t s = slot[a->order[i]], len = (size_t)(off[s + 1] - off[s]);
		if (len > cap) {
			char *nb = realloc(buf, len);
			if (!nb) {
				ml_err_oom(e);
				goto out;
			}
			buf = nb;
			cap = len;
		}
		if (pread(fd, buf, len, (off_t)off[s]) != (ssize_t)len) {
			ml_errmsg(e, "cannot read a temporary file: %s",
			    strerror(errno));
			goto out;
		}
		if (ml_writer_raw(w, buf, len) < 0)
			break;
	}
	rc = 0;
out:
	if (tw)
		ml_writer_commit(tw, e);
	if (fd >= 0)
		close(fd);
	free(buf);
	free(off);
	free(slot);
	return rc;
}

static int
run(struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_audit a;
	ml_reader *r;
	ml_writer *w = NULL;
	ml_layout L = { 0, NULL };
	struct state st;
	char **newnames = NULL;
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
	ml_audit_warn(&a);
	if (o->joint && ml_audit_write_joint(&a, o->joint, e) < 0)
		goto out;
	if (o->mode == MODE_ANNOTATE) {
		nnew = 2 + (o->per_class ? a.k : 0);
		if (!(newnames = calloc(nnew, sizeof *newnames)))
			goto oom;
		newnames[0] = strdup("is_label_issue");
		newnames[1] = strdup("issue_classes");
		for (c = 2; c < nnew; c++)
			if ((newnames[c] = malloc(strlen(a.cols.names[c - 2]) + 7)))
				sprintf(newnames[c], "issue_%s", a.cols.names[c - 2]);
	} else if (o->mode == MODE_RANK) {
		nnew = 1;
		if (!(newnames = calloc(1, sizeof *newnames)))
			goto oom;
		newnames[0] = strdup("label_score");
	}
	for (c = 0; c < nnew; c++)
		if (!newnames[c])
			goto oom;
	if (ml_layout_init(&L, r, (const char *const *)newnames, nnew, (size_t)-1, NULL, e) < 0 ||
	    !(w = ml_writer_open(o->out, o->delim, e)))
		goto out;
	st.L = &L;
	st.r = r;
	/* TSV rows are lines: the second pass copies them unless a column is replaced. */
	st.lines = o->delim != ',' && ml_layout_appends(&L, r);
	if ((st.lines ? ml_reader_rewind_lines(r, e) : ml_reader_rewind(r, e)) < 0)
		goto out;
	ml_layout_header(&L, r, (const char *const *)newnames, w);
	if (o->mode == MODE_RANK) {
		if (write_ranked(&st, w, o->delim, e) < 0)
			goto out;
	} else {
		int n;
		while ((n = next_row(&st, e)) > 0) {
			if (o->mode != MODE_ANNOTATE && a.issue[st.row] == (o->mode == MODE_INVERT))
				continue;
			if (put_row(&st, cell, w) < 0)
				break;
		}
		if (n < 0)
			goto out;
	}
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
	free(st.buf);
	ml_layout_free(&L);
	ml_audit_free(&a);
	ml_reader_close(r);
	return rc;
}

int
main(int argc, char *argv[])
{
	enum { O_ANNOTATE = 256, O_FRAC, O_JOINT, O_MEPC, O_NTR, O_PERCLASS, O_RANK };
	static const struct option longopts[] = {
		{ "annotate", no_argument, NULL, O_ANNOTATE },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "filter", required_argument, NULL, 'f' },
		{ "frac-noise", required_argument, NULL, O_FRAC },
		{ "help", no_argument, NULL, 'h' },
		{ "invert", no_argument, NULL, 'v' },
		{ "joint", required_argument, NULL, O_JOINT },
		{ "labels", required_argument, NULL, 'l' },
		{ "min-examples-per-class", required_argument, NULL, O_MEPC },
		{ "num-to-remove-per-class", required_argument, NULL, O_NTR },
		{ "output", required_argument, NULL, 'o' },
		{ "per-class", no_argument, NULL, O_PERCLASS },
		{ "rank", optional_argument, NULL, O_RANK },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	ml_err e;
	int ch, annotate = 0, invert = 0, rank = 0, rc;
	size_t n;

	memset(&o, 0, sizeof o);
	o.a.filter = ML_PRUNE_BY_NOISE_RATE;
	o.a.frac_noise = 1.0;
	o.a.min_examples_per_class = 1;
	o.a.rank_method = -1;
	o.delim = '\t';
	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "d:f:hl:o:v", longopts, NULL)) != -1) {
		switch (ch) {
		case O_ANNOTATE:
			annotate = 1;
			break;
		case 'f':
			if ((o.a.filter = ml_filter_parse(optarg)) < 0)
				return ml_usage_error(usage, "-f: unknown filter '%s' (use prune_by_noise_rate, "
				    "prune_by_class, both, confident_learning, predicted_neq_given, "
				    "low_normalized_margin or low_self_confidence)", optarg);
			break;
		case O_FRAC:
			if (ml_opt_double(usage, "--frac-noise", "a number in [0, 1]", optarg, 0, 1,
			    &o.a.frac_noise))
				return ML_EXIT_USAGE;
			break;
		case 'v':
			invert = 1;
			break;
		case O_JOINT:
			o.joint = optarg;
			break;
		case 'l':
			o.labname = optarg;
			break;
		case O_MEPC:
			if (ml_opt_size(usage, "--min-examples-per-class", "a non-negative integer",
			    optarg, 0, LONG_MAX, &n))
				return ML_EXIT_USAGE;
			o.a.min_examples_per_class = (long)n;
			break;
		case O_NTR:
			o.a.num_to_remove = optarg;
			break;
		case O_PERCLASS:
			o.per_class = 1;
			break;
		case O_RANK:
			rank = 1;
			o.a.rank_method = ML_SELF_CONFIDENCE;
			if (optarg && (o.a.rank_method = ml_method_parse(optarg)) < 0)
				return ml_usage_error(usage, "--rank: unknown method '%s' (use "
				    "self_confidence, normalized_margin or confidence_weighted_entropy)",
				    optarg);
			break;
		default:
			if ((ch = ml_std_option(ch, optarg, usage, help, &o.delim, &o.out)) >= 0)
				return ch;
			break;
		}
	}
	if (invert && annotate)
		return ml_usage_error(usage, "-v and --annotate exclude each other");
	if (rank && (invert || annotate))
		return ml_usage_error(usage, "--rank does not go with -v or --annotate");
	if (o.per_class && !annotate)
		return ml_usage_error(usage, "--per-class needs --annotate");
	o.mode = rank ? MODE_RANK : annotate ? MODE_ANNOTATE : invert ? MODE_INVERT : MODE_FLAGGED;
	rc = run(&o, argv + optind, argc - optind, &e);
	if (rc == -2)
		return ml_usage_error(usage, "%s", e.msg);
	if (rc < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
