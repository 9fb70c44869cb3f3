/* mlscore - append cleanlab's multi-label label quality score to every row. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

#define USAGE \
    "usage: mlscore [-m METHOD] [-a AGGREGATOR] [--adjust] [--per-class]\n" \
    "               [--drop-class NAME] [-l COL] [-j N] [-q] [-d DELIM] [-D DELIM]\n" \
    "               [--columns COL,...] [-o FILE] [--part I/P [--state FILE]]\n" \
    "               [FILE ...]"

static const char usage[] = USAGE;

static const char help[] = USAGE "\n"
    "\n"
    "Append label_score: how likely all of the example's given classes are right\n"
    "(lower = more suspicious), as cleanlab's multilabel get_label_quality_scores.\n"
    "\n"
    "  -m, --method METHOD     self_confidence (default), normalized_margin,\n"
    "                          confidence_weighted_entropy\n"
    "  -a, --aggregator AGG    ema (alpha 0.8, default), ema:ALPHA, ema:auto,\n"
    "                          softmin (T 0.1), softmin:T, mean, min, max\n"
    "      --adjust            subtract the per-class confident thresholds first\n"
    "                          (cleanlab's adjust_pred_probs; reads the input twice)\n"
    "      --per-class         also append s_<class>, each class's one-vs-rest score\n"
    "      --drop-class NAME   leave class NAME out (its p_ column passes through;\n"
    "                          labels naming it are ignored); repeatable\n"
    "  -l, --labels COL        label-list column (default: labels, else y_ columns)\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' (or ';', '|' ...) reads and writes CSV\n"
    "                          with that separator (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "      --columns COL,...   write only these columns, in this order\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "      --part I/P          the input is part I of P: write this round's summary,\n"
    "                          or with a finished --state its rows (mlmerge(1))\n"
    "      --state FILE        the merged summary of the previous round\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlscore(1).\n";

struct opts {
	int method, adjust, per_class, delim, odelim;
	ml_agg agg;
	const char *labname, *out, *columns;
	const char *state;              /* --state */
	size_t part, parts;             /* --part I/P: part I-1 of P; parts 0: one run */
};

static void scratch_free(void *ws);

/* What one thread needs to score a row. */
struct scratch {
	const struct state *st;
	unsigned char *y;
	double *p, *s, *row;    /* probabilities, class scores, aggregation scratch */
};

/* What the rows say about the whole dataset: a chunk's, or the total. */
struct tally {
	size_t n;
	const char *dupfile;    /* the first row listing a class twice, or NULL */
	unsigned long dupline;
	size_t given[];         /* per class: rows with it given */
};

struct state {
	const struct opts *o;
	ml_cols c;
	double *thr;            /* 2k confident thresholds (--adjust) */
	const ml_layout *L;
	const char *const *newnames;
	int raw;                /* rows may be written as their raw line and the new columns */
	struct scratch *sc;     /* this thread's */
	struct tally *total;
	ml_split split;         /* --part: the state */
	int warned;             /* a class listed twice was reported */
};

static int
cell(void *arg, size_t j, ml_writer *w)
{
	struct scratch *sc = arg;
	size_t k = sc->st->c.k;

	if (j == 0) {
		memcpy(sc->row, sc->s, k * sizeof *sc->row);
		return ml_writer_double(w, ml_aggregate(&sc->st->o->agg, sc->row, k));
	}
	return ml_writer_double(w, sc->s[j - 1]);
}

/*
 * One row: its labels and probabilities read, each class scored, counted
 * in t, written to w (the header before the first row).  The same in one
 * thread and in the parallel engine's workers.
 */
static int
score_row(void *arg, void *ws, void *part, const ml_reader *r, ml_writer *w, ml_err *e)
{
	const struct state *st = arg;
	struct scratch *sc = ws;
	struct tally *t = part;
	const char *line;
	size_t c, n;
	int dups = 0;

	if (ml_cols_labels(&st->c, r, sc->y, &dups, e) < 0 || ml_cols_probs(&st->c, r, sc->p, e) < 0)
		return -1;
	if (dups && !t->dupfile) {
		t->dupfile = ml_reader_file(r);
		t->dupline = ml_reader_line(r);
	}
	for (c = 0; c < st->c.k; c++)
		sc->s[c] = ml_class_score(st->o->method, sc->y[c], sc->p[c],
		    st->thr ? st->thr + 2 * c : NULL);
	if (ml_reader_rows(r) == 1 && st->o->part == 0)
		ml_layout_header(st->L, r, st->newnames, w);
	if (!st->o->adjust) {
		for (c = 0; c < st->c.k; c++)
			t->given[c] += sc->y[c];
		t->n++;
	}
	if (st->raw && (line = ml_reader_rawline(r, &n)))
		return ml_layout_line(st->L, line, n, cell, sc, w);
	return ml_layout_row(st->L, r, cell, sc, w);
}

static void *
scratch_new(void *arg)
{
	const struct state *st = arg;
	struct scratch *sc = calloc(1, sizeof *sc);
	size_t k = st->c.k;

	if (!sc)
		return NULL;
	sc->st = st;
	if (!(sc->y = malloc(k)) || !(sc->p = malloc(k * sizeof *sc->p)) ||
	    !(sc->s = malloc(k * sizeof *sc->s)) || !(sc->row = malloc(k * sizeof *sc->row))) {
		scratch_free(sc);
		return NULL;
	}
	return sc;
}

static void
scratch_free(void *ws)
{
	struct scratch *sc = ws;

	if (!sc)
		return;
	free(sc->y);
	free(sc->p);
	free(sc->s);
	free(sc->row);
	free(sc);
}

static void *
tally_new(void *arg)
{
	const struct state *st = arg;

	return calloc(1, sizeof(struct tally) + st->c.k * sizeof(size_t));
}

static void
tally_reset(void *arg, void *part)
{
	const struct state *st = arg;

	memset(part, 0, sizeof(struct tally) + st->c.k * sizeof(size_t));
}

/* In input order: a chunk's counts added to the total, its warning printed. */
static int
tally_merge(void *arg, void *part, ml_err *e)
{
	struct state *st = arg;
	struct tally *t = part;
	size_t c;

	(void)e;
	for (c = 0; c < st->c.k; c++)
		st->total->given[c] += t->given[c];
	st->total->n += t->n;
	if (t->dupfile)
		ml_warn_dup_class_at(t->dupfile, t->dupline, &st->warned);
	return 0;
}

/* cleanlab's warnings: classes given to no example or to every example. */
static int
warn_classes(const struct state *st, ml_err *e)
{
	char *s = ml_class_warnings(st->c.names, st->total->given, st->c.k, st->total->n, 1);

	if (!s)
		return ml_err_oom(e);
	ml_warn_lines(s);
	free(s);
	return 0;
}

/* The state's arrays and the appended columns' names (label_score, s_<class>). */
static int
prepare(struct state *st, char ***newnames, size_t nnew, ml_err *e)
{
	size_t k = st->c.k, c;

	if (!(st->sc = scratch_new(st)) || !(st->total = tally_new(st)) ||
	    !(*newnames = calloc(nnew, sizeof **newnames)) ||
	    (st->o->adjust && !(st->thr = malloc(2 * k * sizeof *st->thr))))
		return ml_err_oom(e);
	(*newnames)[0] = strdup("label_score");
	for (c = 1; c < nnew; c++)
		(*newnames)[c] = ml_strdupf("s_%s", st->c.names[c - 1]);
	for (c = 0; c < nnew; c++)
		if (!(*newnames)[c])
			return ml_err_oom(e);
	return 0;
}

/*
 * A part of a split run: this round's summary (1: done), or with the
 * finished state the thresholds, and the rows are written as usual (0).
 */
static int
split_round(struct state *st, ml_reader *r, ml_err *e)
{
	const struct opts *o = st->o;
	char *options = ml_split_options("mlscore", NULL, o->adjust, o->labname);
	ml_writer *w;
	int rc = options ? ml_split_load(&st->split, "mlscore", options, o->state, &st->c,
	    o->parts, e) : ml_err_oom(e);

	free(options);
	if (rc < 0)
		return -1;
	if (st->split.round == ML_ROUND_FINISH) {
		if (o->adjust)
			memcpy(st->thr, st->split.thr, 2 * st->c.k * sizeof *st->thr);
		return 0;
	}
	if (!(w = ml_writer_open(o->out, '\t', e)))
		return -1;
	if (ml_split_summarize(&st->split, o->part, r, &st->c, w, e) < 0) {
		ml_writer_abort(w);
		return -1;
	}
	return ml_writer_commit(w, e) < 0 ? -1 : 1;
}

/*
 * Every row with its scores, on this thread (-j 1) or in the parallel
 * engine; then what cleanlab checks on the whole dataset.
 */
static int
score_rows(struct state *st, ml_reader *r, ml_writer *w, ml_err *e)
{
	const struct opts *o = st->o;
	ml_par_job J = { ml_threads, st, scratch_new, scratch_free, tally_new, tally_reset, free,
	    tally_merge, score_row };
	int n;

	if (ml_threads > 1) {
		if (ml_par_run(&J, r, w, o->odelim, e) < 0)
			return -1;
	} else {
		while ((n = ml_reader_next(r, e)) > 0) {
			int rc = score_row(st, st->sc, st->total, r, w, e);
			if (st->total->dupfile) {
				ml_warn_dup_class_at(st->total->dupfile, st->total->dupline, &st->warned);
				st->total->dupfile = NULL;
			}
			if (rc < 0 && !ml_writer_failed(w))
				return -1;
			if (rc < 0)
				break;
		}
		if (n < 0)
			return -1;
	}
	/*
	 * A split run checked the whole label matrix when it was counted; a
	 * failed write (reported by commit) stops the input: no verdict on part of it.
	 */
	if (!o->parts && !ml_writer_failed(w)) {
		if (!o->adjust && ml_score_check(st->total->given, st->c.k, st->total->n, r, e) < 0)
			return -1;
		if (warn_classes(st, e) < 0)
			return -1;
	}
	return 0;
}

static int
run(const struct opts *o, char **files, int nfiles, ml_err *e)
{
	struct state st;
	ml_reader *r;
	ml_writer *w = NULL;
	ml_layout L = { 0, NULL };
	char **newnames = NULL;
	size_t c, nnew = 0;
	int rc = -1;

	memset(&st, 0, sizeof st);
	st.o = o;
	if (!(r = ml_reader_open(files, nfiles, o->delim,
	    o->adjust && !o->parts ? ML_READ_REWIND : 0, e)))
		return -1;
	if (ml_cols_find(&st.c, r, o->labname, ML_COLS_NEED_P | ML_COLS_NEED_LABELS, e) < 0)
		goto out;
	if (st.c.k < 2) {
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "only one class (p_%s): cleanlab's "
		    "multi-label scores need at least 2 classes", st.c.names[0]);
		goto out;
	}
	nnew = 1 + (o->per_class ? st.c.k : 0);
	if (prepare(&st, &newnames, nnew, e) < 0)
		goto out;
	if (o->parts) {
		if ((rc = split_round(&st, r, e)) != 0) {
			rc = rc > 0 ? 0 : -1;
			goto out;
		}
		rc = -1;
	} else if (o->adjust && ml_score_thresholds(&st.c, r, st.thr, st.total->given,
	    &st.total->n, e) < 0)
		goto out;
	if (ml_layout_init(&L, r, (const char *const *)newnames, nnew, (size_t)-1, NULL, e) < 0)
		goto out;
	if (o->columns && ml_layout_select(&L, r, (const char *const *)newnames, o->columns, e) < 0) {
		rc = -2;
		goto out;
	}
	st.L = &L;
	st.newnames = (const char *const *)newnames;
	st.raw = ml_layout_appends(&L, r) && o->odelim == '\t';
	if (!(w = ml_writer_open(o->out, o->odelim, e)) || score_rows(&st, r, w, e) < 0)
		goto out;
	rc = ml_writer_commit(w, e);
	w = NULL;
out:
	ml_writer_abort(w);
	if (newnames)
		for (c = 0; c < nnew; c++)
			free(newnames[c]);
	free(newnames);
	scratch_free(st.sc);
	free(st.total);
	free(st.thr);
	ml_split_free(&st.split);
	ml_layout_free(&L);
	ml_cols_free(&st.c);
	ml_reader_close(r);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "aggregator", required_argument, NULL, 'a' },
		{ "adjust", no_argument, NULL, ML_OPT_ADJUST },
		{ "drop-class", required_argument, NULL, ML_OPT_DROP_CLASS },
		{ "columns", required_argument, NULL, ML_OPT_COLUMNS },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "labels", required_argument, NULL, 'l' },
		{ "method", required_argument, NULL, 'm' },
		{ "output", required_argument, NULL, 'o' },
		{ "part", required_argument, NULL, ML_OPT_PART },
		{ "output-delimiter", required_argument, NULL, 'D' },
		{ "per-class", no_argument, NULL, ML_OPT_PER_CLASS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "state", required_argument, NULL, ML_OPT_STATE },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	ml_err e;
	int ch, rc;

	memset(&o, 0, sizeof o);
	o.method = ML_METHOD_DEFAULT;
	o.delim = '\t';
	o.agg = ml_agg_default;
	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "a:D:d:hj:l:m:o:q", longopts, NULL)) != -1) {
		switch (ch) {
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
		case ML_OPT_COLUMNS:
			o.columns = optarg;
			break;
		default:
			if ((rc = ml_score_option(ch, optarg, usage, &o.method, &o.agg, &o.adjust)) < 0)
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
	if (ml_opt_adjust(usage, o.adjust, o.method))
		return ML_EXIT_USAGE;
	if (o.state && !o.parts)
		return ml_usage_error(usage, "--state needs --part");
	if (!o.odelim)
		o.odelim = o.delim;
	if ((rc = run(&o, argv + optind, argc - optind, &e)) == -2)
		return ml_usage_error(usage, "%s", e.msg);
	if (rc < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
