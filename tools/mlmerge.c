/* mlmerge - merge the summaries of a split audit (mlscore/mlfilter --part). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

#define USAGE "usage: mlmerge [-r] [-j N] [-o FILE] [FILE ...]"

static const char usage[] = USAGE;

static const char help[] = USAGE "\n"
    "\n"
    "Merge the summaries that mlscore --part or mlfilter --part wrote for some\n"
    "parts of a split dataset (files, or standard input; a file may hold several\n"
    "summaries one after another), in any grouping.  Once every part is in, the\n"
    "round is finished and the output is the state the parts read next\n"
    "(--state FILE); its state line says which round that is.\n"
    "\n"
    "  -r, --round             print the round of the merged summary (count, sums,\n"
    "                          joint, prune, ties or finish) instead of the summary\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlmerge(1).\n";

/* Merges every summary of text (a file's) into a (*have: a holds one already). */
static int
merge_file(ml_split *a, int *have, char *text, size_t len, const char *path, int round_only,
           ml_err *e)
{
	unsigned long line = 0;
	size_t used;
	ml_split b;

	while (len > 0) {
		if (ml_split_parse(*have ? &b : a, text, len, path, &line, &used, e) < 0) {
			if (*have)
				ml_split_free(&b);
			return -1;
		}
		text += used;
		len -= used;
		if (!*have) {
			*have = 1;
			if (a->is_state && !round_only)
				return ml_errf(e, path, 0, NULL, NULL, 0,
				    "a state, not a part's summary: the parts read it with --state");
			continue;
		}
		if (ml_split_merge(a, &b, path, e) < 0) {
			ml_split_free(&b);
			return -1;
		}
		ml_split_free(&b);
	}
	return 0;
}

static int
run(char **files, int nfiles, int round_only, const char *out, ml_err *e)
{
	ml_split a;
	ml_buf text = ML_BUF_INIT;
	ml_writer *w = NULL;
	char *in;
	size_t len;
	int i, have = 0, counting, done, rc = -1;

	memset(&a, 0, sizeof a);
	for (i = 0; i < nfiles; i++) {
		if (!(in = ml_slurp(files[i], &len, e)))
			goto out;
		rc = merge_file(&a, &have, in, len, files[i], round_only, e);
		free(in);
		if (rc < 0)
			goto out;
		rc = -1;
	}
	if (!have) {
		ml_errmsg(e, "no summary in the input");
		goto out;
	}
	counting = !a.is_state && a.round == ML_ROUND_COUNT;
	if ((done = ml_split_advance(&a, e)) < 0)
		goto out;
	/* The single run's warnings on the whole label matrix, once it is counted. */
	if (done && counting && !round_only) {
		char *warn = ml_class_warnings(a.names, a.n1, a.k, a.n, strcmp(a.tool, "mlscore") == 0);
		if (!warn) {
			ml_err_oom(e);
			goto out;
		}
		ml_warn_lines(warn);
		free(warn);
	}
	if (round_only)
		ml_buf_printf(&text, "%s\n", ml_split_round_name(a.round));
	else
		ml_split_text(&a, &text);
	if (text.oom) {
		ml_err_oom(e);
		goto out;
	}
	if (!(w = ml_writer_open(out, '\t', e)))
		goto out;
	ml_writer_raw(w, text.s, text.len);
	rc = ml_writer_commit(w, e);
	w = NULL;
out:
	ml_writer_abort(w);
	free(text.s);
	ml_split_free(&a);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "output", required_argument, NULL, 'o' },
		{ "threads", required_argument, NULL, 'j' },
		{ "round", no_argument, NULL, 'r' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL;
	ml_err e;
	int ch, rc, delim = '\t', round_only = 0;

	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "hj:o:r", longopts, NULL)) != -1) {
		switch (ch) {
		case 'r':
			round_only = 1;
			break;
		default:
			if ((rc = ml_std_option(ch, optarg, usage, help, &delim, &out)) >= 0)
				return rc;
			break;
		}
	}
	if (ml_threads_resolve())
		return ML_EXIT_USAGE;
	if (optind == argc) {
		static char *dash[] = { "-", NULL };
		if (run(dash, 1, round_only, out, &e) < 0)
			return ml_report(&e);
		return ML_EXIT_OK;
	}
	if (run(argv + optind, argc - optind, round_only, out, &e) < 0)
		return ml_report(&e);
	return ML_EXIT_OK;
}
