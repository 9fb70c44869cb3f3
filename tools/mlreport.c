/* mlreport - the multi-label label audit: issue summary, worst examples, class health. */
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mlaudit.h"

#define USAGE \
    "usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]\n" \
    "                [--frac-noise F] [--min-examples-per-class N]\n" \
    "                [--num-to-remove-per-class N,...] [--format text|json] [--top N]\n" \
    "                [--html FILE] [--fail-under SCORE]\n" \
    "                [--class-fail-under [CLASS=]SCORE] [--features | --no-features]\n" \
    "                [--feature-prefix P] [--id COL] [--drop-class NAME] [-l COL]\n" \
    "                [-j N] [-q] [-d DELIM] [-o FILE]\n" \
    "                [--part I/P [--state FILE] | --state FILE] [FILE ...]"

static const char usage[] = USAGE;
#define SHORTOPTS "a:d:f:hj:l:m:o:q"

static const char help[] = USAGE "\n"
    "\n"
    "Audit the labels: cleanlab's Datalab label check and report, and the\n"
    "dataset health summary (overall score, classes ranked by label quality,\n"
    "the most common label issues).\n"
    "\n"
    "  -m, --method METHOD     label_score: self_confidence (default),\n"
    "                          normalized_margin, confidence_weighted_entropy\n"
    "  -a, --aggregator AGG    ema (alpha 0.8, default), ema:ALPHA, ema:auto,\n"
    "                          softmin (T 0.1), softmin:T, mean, min, max\n"
    "      --adjust            subtract the per-class confident thresholds first\n"
    "  -f, --filter FILTER     prune_by_noise_rate (default), prune_by_class, both,\n"
    "                          confident_learning, predicted_neq_given,\n"
    "                          low_normalized_margin, low_self_confidence\n"
    "      --frac-noise F      fraction of the estimated issues to flag (1.0)\n"
    "      --min-examples-per-class N   (default 1)\n"
    "      --num-to-remove-per-class N,...   one count per class\n"
    "      --format FORMAT     text (default) or json\n"
    "      --top N             most severe examples in the text report (10;\n"
    "                          5 per check with --features)\n"
    "      --html FILE         also write the report as one HTML page with charts\n"
    "                          (FILE '-': stdout, with the report in -o FILE)\n"
    "      --fail-under SCORE  exit 3 if the overall health score is below SCORE\n"
    "      --class-fail-under [CLASS=]SCORE\n"
    "                          exit 3 if the label quality of CLASS (of every\n"
    "                          class) is below SCORE; repeatable\n"
    "      --features          Datalab's whole audit: null, label (with p_ columns),\n"
    "                          outlier, near_duplicate, non_iid on the f_ columns\n"
    "      --no-features       the label audit alone, whatever else the stream has\n"
    "      --feature-prefix P  the feature columns are P<name> (default f_)\n"
    "      --id COL            the example names (default: id, else the row number)\n"
    "      --drop-class NAME   leave class NAME out (its p_ column passes through;\n"
    "                          labels naming it are ignored); repeatable\n"
    "  -l, --labels COL        label-list column (default: labels, else y_ columns)\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' reads CSV (default: TAB)\n"
    "  -o, --output FILE       write FILE (replaced only on success; left as it\n"
    "                          was when a quality gate trips)\n"
    "  -h, --help              this help;  --version  the version\n"
    "      --part I/P          the input is part I of P: write this round's summary\n"
    "                          (mlmerge(1)), the report's with the finished state\n"
    "      --state FILE        the merged summary of the previous round; without\n"
    "                          --part, the report state: write its report\n"
    "\n"
    "Existing label_score / is_label_issue / issue_classes columns are used\n"
    "unless a score or filter option is given.  The health score and the class\n"
    "tables always use cleanlab's defaults.  Without --features, the columns of\n"
    "mlnull, mloutlier, mldups and mlnoniid are reported as given, and their\n"
    "checks run when the stream has f_ columns or a knn/knn_dist graph.\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage, 3 a quality gate tripped.\n"
    "See mlreport(1).\n";

struct opts {
	ml_audit_opts audit;
	ml_rep_opts rep;
	const char *labname, *out, *html, *prefix;
	int delim, json, features, no_features, top_given, drop, render_opts;
	const char *state;      /* --state */
	size_t part, parts;     /* --part I/P: part I-1 of P; parts 0: one run */
	size_t top;
	ml_rep_gates gates;     /* --fail-under, --class-fail-under */
	ml_rep_run run;         /* what the JSON and HTML record */
};

/* Writes buf[0..len-1] to path (NULL: stdout) through the all-or-nothing writer. */
static int
emit(const char *path, const char *buf, size_t len, ml_err *e)
{
	ml_writer *w = ml_writer_open(path, '\t', e);

	if (!w)
		return -1;
	ml_writer_raw(w, buf, len);     /* a failed write is reported by commit */
	return ml_writer_commit(w, e);
}

/* Non-zero when the header has p_ columns (the label check can run). */
static int
has_probs(const ml_reader *r)
{
	size_t j;

	for (j = 0; j < ml_reader_ncols(r); j++)
		if (strncmp(ml_reader_colname(r, j), "p_", 2) == 0)
			return 1;
	return 0;
}

/* Non-zero when the header has a p_ column for class cls. */
static int
header_has(const void *r, const char *cls)
{
	return ml_reader_find(r, "p_", cls) != (size_t)-1;
}

/*
 * A class gate that names no class of the header: ML_EXIT_USAGE after a
 * message that lists the first classes, else 0.
 */
static int
check_gate_names(const struct opts *o, const ml_reader *r)
{
	const char *cls = ml_rep_gates_unknown(&o->gates, header_has, r);
	ml_buf b = ML_BUF_INIT;
	size_t j, n = 0;
	char *list;
	int rc;

	if (!cls)
		return 0;
	for (j = 0; j < ml_reader_ncols(r); j++)
		if (strncmp(ml_reader_colname(r, j), "p_", 2) == 0 && n++ < 5)
			ml_buf_printf(&b, "%s%s", n > 1 ? ", " : "", ml_reader_colname(r, j) + 2);
	if (n > 5)
		ml_buf_puts(&b, ", ...");
	list = ml_buf_done(&b, NULL);
	rc = ml_usage_error(usage, "--class-fail-under: '%s' is not a class (no p_%s column; "
	    "the classes: %s)", cls, cls, list ? list : "");
	free(list);
	return rc;
}

/*
 * The quality gates' outcomes, in o->run.gates (lib/report/gates.c), each
 * tripped one named on stderr.  Returns ML_EXIT_GATE when one tripped, 0,
 * or -1 when out of memory.
 */
static int
check_gates(struct opts *o, const ml_rep *rep)
{
	ml_rep_gate *g;
	size_t i, n;
	int status = ML_EXIT_OK;

	if (ml_rep_gates_eval(&o->gates, rep, &g, &n) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (g[i].passed)
			continue;
		status = ML_EXIT_GATE;
		if (g[i].cls)
			ml_warn("quality gate: class '%s' label quality score %.6g is below %.6g",
			    g[i].cls, g[i].value, g[i].threshold);
		else
			ml_warn("quality gate: overall multilabel health score %.6g is below %.6g",
			    g[i].value, g[i].threshold);
	}
	o->run.gates = g;
	o->run.ngates = n;
	return status;
}

/* The report's date: $SOURCE_DATE_EPOCH (reproducible builds) or now, in UTC; -1 if malformed. */
static int
report_date(char *buf, size_t size)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	size_t secs;
	time_t t;
	struct tm tm;

	if (s && *s) {
		if (ml_parse_size_arg(s, 0, (size_t)INT64_MAX, &secs) != ML_NUM_OK)
			return -1;
		t = (time_t)secs;
	} else
		t = time(NULL);
	if (!gmtime_r(&t, &tm) || !strftime(buf, size, "%Y-%m-%d %H:%M:%S UTC", &tm))
		return -1;
	return 0;
}

/* What one run holds; the *_built flags say what to free. */
struct job {
	ml_reader *r;
	ml_audit a;
	ml_rep rep;
	ml_rep_dl dl;
	ml_rep_scatter scatter;
	int labels, built, dl_built, scatter_built;
};

/* The label audit and the report's model; -2 after a usage error (*status set). */
static int
audit_labels(struct opts *o, struct job *j, int *status, ml_err *e)
{
	char *warnings;
	int rc;

	if ((rc = ml_audit_run(&j->a, j->r, o->labname, &o->audit, e)) == -2) {
		*status = ml_usage_error(usage, "%s", e->msg);
		return -2;
	}
	if (rc < 0)
		return -1;
	if (!(warnings = ml_audit_warnings(&j->a)))
		return ml_err_oom(e);
	ml_warn_lines(warnings);
	free(warnings);
	if (ml_rep_build(&j->rep, &j->a, j->r, &o->rep, e) < 0)
		return -1;
	j->built = 1;
	return 0;
}

/*
 * --features: Datalab's whole audit.  Without it, the checks whose
 * columns, features or kNN graph are in the stream join the report.
 */
static int
other_checks(struct opts *o, struct job *j, ml_err *e)
{
	int plain = !o->features && !o->no_features && ml_rep_has_features(j->r, o->prefix, 1);
	int oom = 0;
	char *why;

	if (!o->features && !plain)
		return 0;
	if (ml_rep_features(&j->dl, j->labels ? &j->rep : NULL, j->labels ? &j->a : NULL, j->r,
	    o->labname, o->rep.idcol, o->prefix, o->top_given || plain ? o->top : 5, plain, e) < 0) {
		ml_rep_dl_free(&j->dl);
		return -1;
	}
	j->dl_built = 1;
	ml_warn_lines(j->dl.warnings);
	/* Once per reason, even with -q: the report is incomplete (exit 1 in run). */
	why = ml_rep_dl_not_run(&j->dl, "checks not run: ", &oom);
	ml_error_lines(why);
	free(why);
	return oom ? ml_err_oom(e) : 0;
}

/* The report as JSON (written as it is made: label_issues can be millions) or text. */
static int
write_report(struct opts *o, struct job *j, ml_err *e)
{
	ml_rep_dl *dl = j->dl_built ? &j->dl : NULL;
	char *buf;
	size_t len;
	int colour, rc;

	if (o->json) {
		ml_writer *w = ml_writer_open(o->out, '\t', e);
		if (!w)
			return -1;
		if (ml_rep_json_write(j->labels ? &j->rep : NULL, dl, &o->run, w) < 0) {
			ml_writer_abort(w);
			return ml_err_oom(e);
		}
		return ml_writer_commit(w, e);
	}
	colour = !o->out && isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL;
	if ((o->features ? ml_rep_dl_text(&j->dl, o->top_given ? o->top : 5, &buf, &len) :
	    ml_rep_text(&j->rep, dl, o->top, colour, &buf, &len)) < 0)
		return ml_err_oom(e);
	rc = emit(o->out, buf, len, e);
	free(buf);
	return rc;
}

/* The HTML page, with the date of the run and the scatter picture. */
static int
write_html(struct opts *o, struct job *j, ml_err *e)
{
	char date[64], *buf;
	size_t len;
	int rc;

	if (report_date(date, sizeof date) < 0)
		return ml_errmsg(e, "SOURCE_DATE_EPOCH: not a number of seconds: '%s'",
		    getenv("SOURCE_DATE_EPOCH"));
	o->run.date = date;
	/* A split report has no stream to draw the examples from: no scatter picture. */
	if (j->r && ml_rep_scatter_build(&j->scatter, &j->rep, &j->a, j->r, o->prefix, e) < 0)
		return -1;
	j->scatter_built = j->r != NULL;
	o->run.scatter = j->r ? &j->scatter : NULL;
	rc = ml_rep_html(&j->rep, j->dl_built ? &j->dl : NULL, &o->run, o->top, &buf, &len);
	o->run.date = NULL;
	if (rc < 0)
		return ml_err_oom(e);
	rc = emit(o->html, buf, len, e);
	free(buf);
	return rc;
}

/*
 * The gates, the report and the page.  The quality gates come before
 * anything is written: a tripped gate leaves the -o file as it was, so
 * that make(1) runs the rule again.
 */
static int
deliver(struct opts *o, struct job *j, int *status, ml_err *e)
{
	if (j->labels && (*status = check_gates(o, &j->rep)) < 0)
		return ml_err_oom(e);
	if (*status == ML_EXIT_GATE && o->out && strcmp(o->out, "-") != 0)
		ml_warn("%s: not written: a quality gate tripped", o->out);
	else if (write_report(o, j, e) < 0)
		return -1;
	if (o->html && j->labels && write_html(o, j, e) < 0)
		return -1;
	/* A check that could not run makes the audit incomplete: a cron job must notice. */
	if (j->dl_built && j->dl.nfailed)
		*status = ML_EXIT_FAIL;
	return 0;
}

/* The options line of a split report: the audit's and the score's (lib/split). */
static char *
split_options(const struct opts *o)
{
	return ml_split_report_options(&o->audit, o->rep.method, &o->rep.agg, o->rep.adjust,
	    o->labname, o->rep.idcol);
}

/*
 * --part: this round's summary of one part, or with the finished state the
 * part's report summary.  The stream's own label columns and feature
 * columns would change a single run's report: refused, with the option
 * that makes the two agree.
 */
static int
run_part(struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_reader *r;
	char *options = NULL;
	int rc = -1;

	if (!(r = ml_reader_open(files, nfiles, o->delim, 0, e)))
		return -1;
	if (!o->rep.recompute && (ml_reader_find(r, "", "label_score") != (size_t)-1 ||
	    ml_reader_find(r, "", "is_label_issue") != (size_t)-1))
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "the input has label_score or "
		    "is_label_issue columns, which a single run would report as given: mlreport "
		    "--part computes them (say so with a score option, e.g. -m self_confidence)");
	else if (!o->no_features && ml_rep_has_features(r, o->prefix, 1))
		ml_errf(e, ml_reader_file(r), 1, NULL, NULL, 0, "the input has feature columns: "
		    "a split report is the label audit alone (say so with --no-features)");
	else if (!(options = split_options(o)))
		ml_err_oom(e);
	else
		rc = ml_split_run("mlreport", options, r, o->labname, o->state, o->part, o->parts,
		    o->out, '\t', NULL, NULL, e);
	free(options);
	ml_reader_close(r);
	return rc;
}

/* Non-zero when the split state has class cls. */
static int
state_has(const void *arg, const char *cls)
{
	const ml_split *s = arg;
	size_t c;

	for (c = 0; c < s->k && strcmp(s->names[c], cls) != 0; c++)
		;
	return c < s->k;
}

/* --state FILE without --part: the report of a split audit's report state. */
static int
run_state(struct opts *o, int *status, ml_err *e)
{
	struct job j;
	ml_split s;
	char *options = split_options(o);
	const char *cls;
	int rc = -1;

	memset(&j, 0, sizeof j);
	memset(&s, 0, sizeof s);
	if (!options) {
		ml_err_oom(e);
		goto out;
	}
	if (ml_split_read(&s, o->state, e) < 0)
		goto out;
	if (strcmp(s.tool, "mlreport") != 0 || strcmp(s.options, options) != 0) {
		ml_errf(e, o->state, 0, NULL, NULL, 0, "made by %s with other options (%s), not "
		    "these (%s)", s.tool, s.options, options);
		goto out;
	}
	if (!s.is_state || !ml_split_complete(&s)) {
		ml_errf(e, o->state, 0, NULL, NULL, 0, "a part's summary, not a state: merge "
		    "every part's summary with mlmerge first");
		goto out;
	}
	if ((cls = ml_rep_gates_unknown(&o->gates, state_has, &s))) {
		*status = ml_usage_error(usage, "--class-fail-under: '%s' is not a class of the "
		    "state", cls);
		rc = 0;
		goto out;
	}
	if (ml_rep_from_split(&j.rep, &s, o->json, e) < 0)
		goto out;
	j.built = j.labels = 1;
	rc = deliver(o, &j, status, e);
out:
	if (j.built)
		ml_rep_free(&j.rep);
	ml_split_free(&s);
	free(options);
	return rc;
}

/*
 * Returns -1 on error (e set), else 0 with *status the exit status: 0, or
 * ML_EXIT_GATE (a quality gate tripped), or ML_EXIT_USAGE (already told).
 */
static int
run(struct opts *o, char **files, int nfiles, int *status, ml_err *e)
{
	struct job j;
	int rc = -1;

	memset(&j, 0, sizeof j);
	if (!(j.r = ml_reader_open(files, nfiles, o->delim, ML_READ_REWIND, e)))
		return -1;
	if ((*status = check_gate_names(o, j.r)) != 0) {
		ml_reader_close(j.r);
		return 0;
	}
	j.labels = !o->features || has_probs(j.r);
	if (!o->features && !o->no_features && !has_probs(j.r) &&
	    ml_rep_has_features(j.r, o->prefix, 1)) {
		ml_errf(e, ml_reader_file(j.r), 1, NULL, NULL, 0, "no p_<class> columns in the "
		    "header: the label audit needs them (mlreport --features audits the features "
		    "alone)");
		goto out;
	}
	if (j.labels && (rc = audit_labels(o, &j, status, e)) < 0) {
		rc = rc == -2 ? 0 : -1;
		goto out;
	}
	rc = -1;
	if (other_checks(o, &j, e) < 0 || deliver(o, &j, status, e) < 0)
		goto out;
	rc = 0;
out:
	if (j.scatter_built)
		ml_rep_scatter_free(&j.scatter);
	if (j.dl_built)
		ml_rep_dl_free(&j.dl);
	if (j.built)
		ml_rep_free(&j.rep);
	ml_audit_free(&j.a);
	ml_reader_close(j.r);
	return rc;
}

/* --class-fail-under [CLASS=]SCORE (the last '=' ends CLASS): 0, or ML_EXIT_USAGE after a message. */
static int
class_gate_option(const char *arg, struct opts *o)
{
	const char *eq = strrchr(arg, '=');
	double t;

	if (eq == arg)
		return ml_usage_error(usage, "--class-fail-under: CLASS=SCORE needs a class name, "
		    "not '%s'", arg);
	if (ml_opt_double(usage, "--class-fail-under", "a score", eq ? eq + 1 : arg, 0, 1, &t))
		return ML_EXIT_USAGE;
	if (ml_rep_gates_add(&o->gates, eq ? arg : NULL, eq ? (size_t)(eq - arg) : 0, t) < 0)
		return ml_usage_error(usage, "out of memory");
	return 0;
}

/* The report's own options: 0 when taken, ML_EXIT_USAGE after a message, -1 otherwise. */
static int
report_option(int ch, const char *arg, struct opts *o)
{
	switch (ch) {
	case 'l':
		o->labname = arg;
		return 0;
	case ML_OPT_DROP_CLASS:
		o->drop = 1;
		return -1;      /* taken by ml_std_option */
	case ML_OPT_PART:
		if (ml_split_parse_part(arg, &o->part, &o->parts) < 0)
			return ml_usage_error(usage, "--part: I/P with 1 <= I <= P, not '%s'", arg);
		return 0;
	case ML_OPT_STATE:
		o->state = arg;
		return 0;
	case ML_OPT_CLASS_FAIL_UNDER:
		o->render_opts = 1;
		return class_gate_option(arg, o);
	case ML_OPT_FAIL_UNDER:
		o->render_opts = 1;
		o->gates.overall = 1;
		return ml_opt_double(usage, "--fail-under", "a score", arg, 0, 1,
		    &o->gates.fail_under);
	case ML_OPT_FEATURE_PREFIX:
		if (!*arg)
			return ml_usage_error(usage, "--feature-prefix: must not be empty");
		o->prefix = arg;
		return 0;
	case ML_OPT_FEATURES:
		o->features = 1;
		return 0;
	case ML_OPT_NO_FEATURES:
		o->no_features = 1;
		return 0;
	case ML_OPT_FORMAT:
		o->render_opts = 1;
		if (strcmp(arg, "json") != 0 && strcmp(arg, "text") != 0)
			return ml_usage_error(usage, "--format: text or json, not '%s'", arg);
		o->json = strcmp(arg, "json") == 0;
		return 0;
	case ML_OPT_HTML:
		o->render_opts = 1;
		o->html = arg;
		return 0;
	case ML_OPT_ID:
		o->rep.idcol = arg;
		return 0;
	case ML_OPT_TOP:
		o->render_opts = 1;
		o->top_given = 1;
		return ml_opt_size(usage, "--top", "a count", arg, 0, SIZE_MAX, &o->top);
	}
	return -1;
}

/*
 * One option: -1 to go on, else the exit status main returns (after the
 * help, the version or a message).  A score or filter option means the
 * label columns are computed again.
 */
static int
option(int ch, const char *arg, struct opts *o)
{
	int rc;

	if ((rc = ml_score_option(ch, arg, usage, &o->rep.method, &o->rep.agg, &o->rep.adjust)) < 0)
		rc = ml_audit_option(ch, arg, usage, &o->audit);
	if (rc == 0)
		o->rep.recompute = 1;
	else if (rc < 0 && (rc = report_option(ch, arg, o)) < 0)
		return ml_std_option(ch, arg, usage, help, &o->delim, &o->out);
	return rc == 0 ? -1 : rc;
}

/*
 * What --part and --state allow: the parts take the audit's options, the
 * report state the report's; cleanlab's default filter only (the health
 * score is its), no feature checks.  -1 to go on, else the exit status.
 */
static int
split_usage(const struct opts *o, int noperands)
{
	const ml_audit_opts *a = &o->audit;

	if (!o->parts && !o->state)
		return -1;
	if (o->features)
		return ml_usage_error(usage, "--features does not go with --part or --state: a split "
		    "report is the label audit alone (the feature checks run on one machine)");
	if (o->drop)
		return ml_usage_error(usage, "--drop-class does not go with --part or --state (yet)");
	if (a->filter != ml_audit_default.filter || a->frac_noise != ml_audit_default.frac_noise ||
	    a->min_examples_per_class != ml_audit_default.min_examples_per_class ||
	    a->num_to_remove)
		return ml_usage_error(usage, "--part and --state take cleanlab's default filter only "
		    "(the health score is its): no -f, --frac-noise, --min-examples-per-class or "
		    "--num-to-remove-per-class");
	if (o->parts && o->render_opts)
		return ml_usage_error(usage, "--part writes a summary: --format, --top, --html and "
		    "the gates go to the run that reads the report state (mlreport --state FILE)");
	if (!o->parts && noperands)
		return ml_usage_error(usage, "--state without --part reads the report state, not "
		    "input files");
	return -1;
}

/* Parses the command line into o: -1 to go on, else the exit status. */
static int
parse_args(int argc, char *argv[], struct opts *o)
{
	static char *stdin_name[] = { "-" }, *state_name[] = { NULL };
	static const struct option longopts[] = {
		{ "adjust", no_argument, NULL, ML_OPT_ADJUST },
		{ "aggregator", required_argument, NULL, 'a' },
		{ "class-fail-under", required_argument, NULL, ML_OPT_CLASS_FAIL_UNDER },
		{ "drop-class", required_argument, NULL, ML_OPT_DROP_CLASS },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "fail-under", required_argument, NULL, ML_OPT_FAIL_UNDER },
		{ "feature-prefix", required_argument, NULL, ML_OPT_FEATURE_PREFIX },
		{ "features", no_argument, NULL, ML_OPT_FEATURES },
		{ "no-features", no_argument, NULL, ML_OPT_NO_FEATURES },
		{ "filter", required_argument, NULL, 'f' },
		{ "format", required_argument, NULL, ML_OPT_FORMAT },
		{ "frac-noise", required_argument, NULL, ML_OPT_FRAC_NOISE },
		{ "help", no_argument, NULL, 'h' },
		{ "html", required_argument, NULL, ML_OPT_HTML },
		{ "id", required_argument, NULL, ML_OPT_ID },
		{ "labels", required_argument, NULL, 'l' },
		{ "method", required_argument, NULL, 'm' },
		{ "min-examples-per-class", required_argument, NULL, ML_OPT_MIN_EXAMPLES },
		{ "num-to-remove-per-class", required_argument, NULL, ML_OPT_NUM_TO_REMOVE },
		{ "output", required_argument, NULL, 'o' },
		{ "part", required_argument, NULL, ML_OPT_PART },
		{ "state", required_argument, NULL, ML_OPT_STATE },
		{ "top", required_argument, NULL, ML_OPT_TOP },
		{ "quiet", no_argument, NULL, 'q' },
		{ "threads", required_argument, NULL, 'j' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	int ch, rc;

	while ((ch = getopt_long(argc, argv, SHORTOPTS, longopts, NULL)) != -1)
		if ((rc = option(ch, optarg, o)) >= 0)
			return rc;
	if (ml_threads_resolve())
		return ML_EXIT_USAGE;
	if (o->features && o->no_features)
		return ml_usage_error(usage, "--features and --no-features exclude each other");
	if (o->html && strcmp(o->html, "-") == 0 && (!o->out || strcmp(o->out, "-") == 0))
		return ml_usage_error(usage, "--html -: the report goes to standard output already; "
		    "write it with -o FILE, or the page with --html FILE");
	if ((rc = split_usage(o, argc - optind)) >= 0)
		return rc;
	o->rep.utf8_ids = o->json;
	o->rep.lines = o->delim == '\t';
	/* label_score and the label bits come from the first pass, unless --adjust needs thresholds. */
	if (!o->rep.adjust) {
		o->audit.score_agg = &o->rep.agg;
		o->audit.score_method = o->rep.method;
	}
	o->audit.want_bits = 1;
	/* getopt_long has moved the operands after the options. */
	o->run.tool = "mlreport";
	o->run.options = argv + 1;
	o->run.noptions = ml_opts_drop_threads(argv + 1, (size_t)(optind - 1), SHORTOPTS);
	o->run.inputs = optind < argc ? argv + optind : stdin_name;
	o->run.ninputs = optind < argc ? (size_t)(argc - optind) : 1;
	if (o->state && !o->parts) {
		state_name[0] = (char *)o->state;
		o->run.inputs = state_name;
	}
	return ml_opt_adjust(usage, o->rep.adjust, o->rep.method) ? ML_EXIT_USAGE : -1;
}

int
main(int argc, char *argv[])
{
	struct opts o;
	ml_err e;
	int status = ML_EXIT_OK;

	memset(&o, 0, sizeof o);
	ml_audit_defaults(&o.audit);
	o.audit.want_default = 1;
	o.audit.score_rows = 1;
	o.rep.method = ML_METHOD_DEFAULT;
	o.rep.agg = ml_agg_default;
	o.delim = '\t';
	o.top = 10;
	o.prefix = ml_check_input_default.prefix;
	ml_init(argv[0]);
	if ((status = parse_args(argc, argv, &o)) < 0) {
		status = ML_EXIT_OK;
		if ((o.parts ? run_part(&o, argv + optind, argc - optind, &e) : o.state ?
		    run_state(&o, &status, &e) : run(&o, argv + optind, argc - optind, &status, &e)) < 0)
			status = ml_report(&e);
	}
	ml_rep_gates_free(&o.gates);
	free((void *)o.run.gates);
	return status;
}
