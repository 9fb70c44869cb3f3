/* mlcv - append out-of-fold predicted probabilities (p_ columns) fitted on the feature columns. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"

static const char usage[] =
    "usage: mlcv [--verbose] [--model auto|knn|logreg] [-k K] [-C C] [--folds F]\n"
    "            [--seed S] [--folds-from COL] [--fold-column] [-c NAME,...] [-l COL]\n"
    "            [--replace] [--feature-prefix P] [-j N] [-q] [-d DELIM]\n"
    "            [-D DELIM] [-o FILE] [FILE ...]";

static const char help[] =
    "usage: mlcv [--verbose] [--model auto|knn|logreg] [-k K] [-C C] [--folds F]\n"
    "            [--seed S] [--folds-from COL] [--fold-column] [-c NAME,...] [-l COL]\n"
    "            [--replace] [--feature-prefix P] [-j N] [-q] [-d DELIM]\n"
    "            [-D DELIM] [-o FILE] [FILE ...]\n"
    "\n"
    "Fit one-vs-rest models on the feature columns by F-fold cross-validation\n"
    "and append every row's out-of-fold predicted probabilities, p_<class>.\n"
    "\n"
    "      --model M           knn, logreg, or auto: both, keeping the lower\n"
    "                          out-of-fold log loss (default auto)\n"
    "  -k K                    knn: neighbours, distance-weighted (default 30)\n"
    "  -C C                    logreg: inverse L2 regularisation (default 1)\n"
    "      --folds F           number of folds (default 5)\n"
    "      --seed S            seed of the stratified fold assignment (default 0)\n"
    "      --folds-from COL    take the folds from column COL (0, 1, ...)\n"
    "      --fold-column       also append each row's fold, column fold\n"
    "  -c, --classes NAME,...  the classes, in order (default: from the labels)\n"
    "  -l, --labels COL        label-list column (default: labels, else y_ columns)\n"
    "      --replace           overwrite existing p_ columns\n"
    "      --feature-prefix P  feature columns are P<name> (default f_)\n"
    "      --verbose           dataset and model information on stderr\n"
    "  -q, --quiet             no warnings on stderr (errors are still printed)\n"
    "  -j, --threads N         threads (default: $MLAUDIT_THREADS, else all CPUs)\n"
    "  -d, --delimiter DELIM   ',' reads and writes CSV (default: TAB)\n"
    "  -D, --output-delimiter DELIM   write with this one (default: -d's)\n"
    "  -o, --output FILE       write FILE (replaced only on success)\n"
    "  -h, --help              this help;  --version  the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.  See mlcv(1).\n";

struct opts {
	const char *prefix, *labname, *folds_from, *out;
	char **classes, *classbuf;
	size_t nclasses, folds;
	ml_cv_params par;
	unsigned long seed;
	int fold_column, replace, verbose, delim, odelim, folds_given;
};

struct out {
	ml_reader *r;
	const double *p;
	const size_t *fold;
	size_t k;
};

static int
cell(void *arg, size_t j, ml_writer *w)
{
	const struct out *o = arg;
	size_t i = ml_reader_rows(o->r) - 1;

	if (j < o->k)
		return ml_writer_double(w, o->p[i * o->k + j]);
	return ml_writer_long(w, (long)o->fold[i]);
}

/* The output columns: p_<class> in class order, then fold; stale p_ columns are dropped. */
static int
emit(const struct opts *o, ml_reader *r, const ml_cv_data *d, const double *p, const size_t *fold,
     ml_err *e)
{
	size_t ncols = ml_reader_ncols(r), nnew = d->k + (o->fold_column != 0), i, c;
	char **names = calloc(nnew + 1, sizeof *names);
	unsigned char *drop = calloc(ncols + 1, 1);
	struct out out = { r, p, fold, d->k };
	ml_layout L = { 0, NULL };
	ml_writer *w = NULL;
	int rc = -1, n;

	if (!names || !drop)
		goto oom;
	for (c = 0; c < d->k; c++)
		if (!(names[c] = ml_strdupf("p_%s", d->names[c])))
			goto oom;
	if (o->fold_column && !(names[d->k] = ml_strdupf("fold")))
		goto oom;
	for (i = 0; i < ncols; i++) {
		const char *s = ml_reader_colname(r, i);
		if (strncmp(s, "p_", 2) != 0)
			continue;
		for (c = 0; c < d->k && strcmp(d->names[c], s + 2) != 0; c++)
			;
		drop[i] = c == d->k;
	}
	if (ml_layout_init(&L, r, (const char *const *)names, nnew, SIZE_MAX, drop, e) < 0)
		goto out;
	if (!(w = ml_writer_open(o->out, o->odelim ? o->odelim : o->delim, e)))
		goto out;
	ml_layout_header(&L, r, (const char *const *)names, w);
	while ((n = ml_reader_next(r, e)) > 0)
		if (ml_layout_row(&L, r, cell, &out, w) < 0 || ml_writer_failed(w))
			break;
	if (n < 0)
		goto out;
	rc = ml_writer_commit(w, e);
	w = NULL;
	goto out;
oom:
	ml_err_oom(e);
out:
	ml_writer_abort(w);
	ml_layout_free(&L);
	for (c = 0; names && c < nnew; c++)
		free(names[c]);
	free(names);
	free(drop);
	return rc;
}

static int
run(const struct opts *o, char **files, int nfiles, ml_err *e)
{
	ml_cv_input in = { o->prefix, o->labname, o->classes, o->nclasses, o->folds_from };
	ml_cv_result res;
	ml_cv_data d;
	ml_reader *r;
	double *p = NULL;
	size_t *fold = NULL, nfolds = o->folds, c;
	int rc = -1;

	if (!(r = ml_reader_open(files, nfiles, o->delim, ML_READ_REWIND, e)))
		return -1;
	for (c = 0; c < ml_reader_ncols(r) && !o->replace; c++)
		if (strncmp(ml_reader_colname(r, c), "p_", 2) == 0) {
			ml_errf(e, ml_reader_file(r), 1, ml_reader_colname(r, c), NULL, 0,
			    "the input has p_ columns already (--replace overwrites them)");
			goto close;
		}
	if (ml_cv_read(&d, r, &in, e) < 0)
		goto close;
	if (d.dups)
		ml_warn("warning: a class is listed twice in a label list; duplicates collapse");
	if (d.fold) {
		fold = d.fold;
		nfolds = d.nfolds;
	} else {
		if (!(fold = malloc(d.n * sizeof *fold)))
			goto oom;
		if (ml_cv_stratify(d.y, d.n, d.k, nfolds, (uint32_t)o->seed, fold, e) < 0)
			goto out;
	}
	for (c = 0; c < d.k; c++)
		if (d.count[c] < nfolds)
			ml_warn("warning: class '%s' has %zu examples, fewer than the %zu folds",
			    d.names[c], d.count[c], nfolds);
	if (!(p = malloc(d.n * d.k * sizeof *p)))
		goto oom;
	if (ml_cv_predict(d.x, d.n, d.dim, d.y, d.k, fold, nfolds, &o->par, p, &res, e) < 0)
		goto out;
	if (o->verbose)
		ml_info("info: num_examples=%zu dim=%zu classes=%zu folds=%zu model=%s log_loss=%.6f", d.n,
		    d.dim, d.k, nfolds, ml_cv_model_name(res.model), res.log_loss[res.model]);
	/* The choice is told once the output is complete (not after a failed or cut-off write). */
	if ((rc = emit(o, r, &d, p, fold, e)) == 0 && o->par.model == ML_CV_AUTO)
		ml_warn("model: %s (out-of-fold log loss: knn %.4f, logreg %.4f)",
		    ml_cv_model_name(res.model), res.log_loss[ML_CV_KNN], res.log_loss[ML_CV_LOGREG]);
	goto out;
oom:
	ml_err_oom(e);
out:
	if (fold != d.fold)
		free(fold);
	free(p);
	ml_cv_data_free(&d);
close:
	ml_reader_close(r);
	return rc;
}

/* -c a,b,c: non-empty names, none twice. */
static int
parse_classes(struct opts *o, const char *arg)
{
	size_t i, j;
	char *s;

	if (!(o->classbuf = strdup(arg)) || !(o->classes = malloc((strlen(arg) + 1) * sizeof *o->classes)))
		return ml_usage_error(usage, "out of memory");
	for (s = o->classbuf;; s++) {
		o->classes[o->nclasses++] = s;
		if (!(s = strchr(s, ',')))
			break;
		*s = '\0';
	}
	for (i = 0; i < o->nclasses; i++) {
		if (!*o->classes[i])
			return ml_usage_error(usage, "-c: an empty class name in '%s'", arg);
		for (j = 0; j < i; j++)
			if (strcmp(o->classes[i], o->classes[j]) == 0)
				return ml_usage_error(usage, "-c: class '%s' named twice", o->classes[i]);
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	enum { OPT_FOLDS = 0x100, OPT_SEED, OPT_FOLDS_FROM, OPT_FOLD_COLUMN, OPT_MODEL, OPT_REPLACE };
	static const struct option longopts[] = {
		{ "classes", required_argument, NULL, 'c' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "output-delimiter", required_argument, NULL, 'D' },
		{ "feature-prefix", required_argument, NULL, 'P' },
		{ "fold-column", no_argument, NULL, OPT_FOLD_COLUMN },
		{ "folds", required_argument, NULL, OPT_FOLDS },
		{ "folds-from", required_argument, NULL, OPT_FOLDS_FROM },
		{ "help", no_argument, NULL, 'h' },
		{ "labels", required_argument, NULL, 'l' },
		{ "model", required_argument, NULL, OPT_MODEL },
		{ "output", required_argument, NULL, 'o' },
		{ "replace", no_argument, NULL, OPT_REPLACE },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "threads", required_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, ML_OPT_VERBOSE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "version", no_argument, NULL, ML_OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	ml_err e;
	size_t v;
	int ch, rc, metric = ML_METRIC_EUCLIDEAN;

	memset(&o, 0, sizeof o);
	o.prefix = "f_";
	o.folds = 5;
	o.delim = '\t';
	o.par.model = ML_CV_AUTO;
	o.par.knn_k = 30;
	o.par.C = 1;
	ml_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "D:C:c:d:hj:k:l:o:q", longopts, NULL)) != -1) {
		switch (ch) {
		case 'C':
			if (ml_parse_double(optarg, strlen(optarg), &o.par.C) != ML_NUM_OK || !(o.par.C > 0))
				return ml_usage_error(usage, "-C: a number > 0, not '%s'", optarg);
			break;
		case 'c':
			if ((rc = parse_classes(&o, optarg)) != 0)
				return rc;
			break;
		case 'k':
		case 'P':
			if (ml_feat_option(ch, optarg, usage, &o.par.knn_k, &metric, &o.prefix) != 0)
				return ML_EXIT_USAGE;
			break;
		case 'l':
			o.labname = optarg;
			break;
		case ML_OPT_VERBOSE:
			o.verbose = 1;
			break;
		case OPT_FOLDS:
			if (ml_parse_size(optarg, strlen(optarg), &o.folds) < 0 || o.folds < 2)
				return ml_usage_error(usage, "--folds: a number >= 2, not '%s'", optarg);
			o.folds_given = 1;
			break;
		case OPT_FOLDS_FROM:
			o.folds_from = optarg;
			break;
		case OPT_FOLD_COLUMN:
			o.fold_column = 1;
			break;
		case OPT_MODEL:
			if ((o.par.model = ml_cv_model_parse(optarg)) < 0)
				return ml_usage_error(usage, "--model: auto, knn or logreg, not '%s'", optarg);
			break;
		case OPT_REPLACE:
			o.replace = 1;
			break;
		case OPT_SEED:
			if (ml_parse_size(optarg, strlen(optarg), &v) < 0 || v > UINT32_MAX)
				return ml_usage_error(usage, "--seed: a number from 0 to 4294967295, not '%s'",
				    optarg);
			o.seed = v;
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
	o.par.threads = ml_threads;
	if (o.folds_given && o.folds_from)
		return ml_usage_error(usage, "--folds and --folds-from exclude each other");
	rc = run(&o, argv + optind, argc - optind, &e) < 0 ? ml_report(&e) : ML_EXIT_OK;
	free(o.classes);
	free(o.classbuf);
	return rc;
}
