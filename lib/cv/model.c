/*
 * model.c - out-of-fold probabilities: per fold, features standardised on
 * the training rows, then one-vs-rest distance-weighted kNN (exact
 * Euclidean distances, as mlknn's kernel computes them) or L2-regularised
 * logistic regression through liblinear, split over threads.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linear.h>

#include "cv/cv.h"

#define NONE   ((size_t)-1)
#define BLOCK  64               /* test rows per kNN task */

int
ml_cv_model_parse(const char *s)
{
	if (strcmp(s, "auto") == 0)
		return ML_CV_AUTO;
	if (strcmp(s, "knn") == 0)
		return ML_CV_KNN;
	if (strcmp(s, "logreg") == 0)
		return ML_CV_LOGREG;
	return -1;
}

const char *
ml_cv_model_name(int model)
{
	return model == ML_CV_KNN ? "knn" : model == ML_CV_LOGREG ? "logreg" : "auto";
}

double
ml_cv_log_loss(const double *p, const unsigned char *y, size_t n, size_t k)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < n * k; i++) {
		double q = p[i] < 1e-15 ? 1e-15 : p[i] > 1 - 1e-15 ? 1 - 1e-15 : p[i];
		sum -= y[i] ? log(q) : log1p(-q);
	}
	return n > 0 && k > 0 ? sum / (double)(n * k) : 0;
}

/* ---- one fold: the training and test rows, standardised */

typedef struct fold_job {
	const unsigned char *y;     /* n x k labels of all rows */
	size_t k, dim, knn_k;
	double C;
	size_t ntr, nte;
	const size_t *tr, *te;      /* row numbers */
	double *xtr, *xte;          /* ntr x dim, nte x dim, standardised */
	double *p;                  /* n x k output */
	/* logreg: the liblinear problem's rows (the y vector is per task) */
	struct feature_node **rows;
	/* tasks */
	size_t next, ntasks;
	int failed;
	pthread_mutex_t lock;
	int (*task)(struct fold_job *, size_t);
} fold_job;

static int
ncores(void)
{
	long c = sysconf(_SC_NPROCESSORS_ONLN);

	return c < 1 ? 1 : c > 64 ? 64 : (int)c;
}

static void *
worker(void *arg)
{
	fold_job *J = arg;

	for (;;) {
		size_t t;
		pthread_mutex_lock(&J->lock);
		t = J->failed ? J->ntasks : J->next++;
		pthread_mutex_unlock(&J->lock);
		if (t >= J->ntasks)
			return NULL;
		if (J->task(J, t) < 0) {
			pthread_mutex_lock(&J->lock);
			J->failed = 1;
			pthread_mutex_unlock(&J->lock);
		}
	}
}

/* Runs J->task over J->ntasks tasks on `threads` threads; -1 when one failed. */
static int
run_tasks(fold_job *J, int threads)
{
	pthread_t tid[64];
	int t, started = 0;

	J->next = 0;
	J->failed = 0;
	if (threads <= 0)
		threads = ncores();
	if ((size_t)threads > J->ntasks)
		threads = J->ntasks ? (int)J->ntasks : 1;
	pthread_mutex_init(&J->lock, NULL);
	for (t = 1; t < threads; t++) {
		if (pthread_create(&tid[t], NULL, worker, J) != 0)
			break;
		started++;
	}
	worker(J);
	for (t = 1; t <= started; t++)
		pthread_join(tid[t], NULL);
	pthread_mutex_destroy(&J->lock);
	return J->failed ? -1 : 0;
}

/* ---- kNN: the k nearest training rows of a block of test rows */

static int
knn_task(fold_job *J, size_t t)
{
	size_t k = J->knn_k < J->ntr ? J->knn_k : J->ntr, lo = t * BLOCK, hi = lo + BLOCK, q, j, d, c;
	double *key = malloc(k * sizeof *key), *num = malloc(J->k * sizeof *num);
	size_t *idx = malloc(k * sizeof *idx);

	if (!key || !idx || !num) {
		free(key);
		free(idx);
		free(num);
		return -1;
	}
	if (hi > J->nte)
		hi = J->nte;
	for (q = lo; q < hi; q++) {
		const double *a = J->xte + q * J->dim;
		double wsum = 0;
		int exact = 0;
		for (j = 0; j < k; j++) {
			key[j] = INFINITY;
			idx[j] = NONE;
		}
		for (j = 0; j < J->ntr; j++) {
			const double *b = J->xtr + j * J->dim;
			double s = 0;
			size_t p = k - 1;
			for (d = 0; d < J->dim; d++) {
				double diff = a[d] - b[d];
				s += diff * diff;
			}
			/* Ties keep the lower training row (j only grows). */
			if (!(s < key[p]))
				continue;
			while (p > 0 && s < key[p - 1]) {
				key[p] = key[p - 1];
				idx[p] = idx[p - 1];
				p--;
			}
			key[p] = s;
			idx[p] = j;
		}
		/*
		 * scikit-learn's weights="distance": 1/d, except that rows at
		 * distance 0 get weight 1 and all others 0.
		 */
		exact = key[0] == 0;
		memset(num, 0, J->k * sizeof *num);
		for (j = 0; j < k; j++) {
			double w = exact ? (key[j] == 0) : 1 / sqrt(key[j]);
			const unsigned char *yy = J->y + J->tr[idx[j]] * J->k;
			wsum += w;
			for (c = 0; c < J->k; c++)
				num[c] += w * yy[c];
		}
		/*
		 * The rule of succession over the k neighbours, (k v + 1) / (k + 2):
		 * never exactly 0 or 1, so that the log loss compares models, and a
		 * map p -> a p + b with 1 - p -> a (1 - p) + b, which leaves every
		 * confident-learning threshold test and score order unchanged.
		 */
		for (c = 0; c < J->k; c++) {
			double v = num[c] / wsum;
			v = v > 1 ? 1 : v;
			J->p[J->te[q] * J->k + c] = ((double)k * v + 1) / ((double)k + 2);
		}
	}
	free(key);
	free(idx);
	free(num);
	return 0;
}

/* ---- logistic regression: one liblinear model per class */

static void
quiet(const char *s)
{
	(void)s;
}

static int
logreg_task(fold_job *J, size_t c)
{
	struct problem prob;
	struct parameter par;
	struct model *m;
	double *yy, sign;
	size_t i, d, pos = 0;

	for (i = 0; i < J->ntr; i++)
		pos += J->y[J->tr[i] * J->k + c];
	if (pos == 0 || pos == J->ntr) {
		/* One label value only: scikit-learn's OneVsRest predicts it (_ConstantPredictor). */
		for (i = 0; i < J->nte; i++)
			J->p[J->te[i] * J->k + c] = pos ? 1 : 0;
		return 0;
	}
	if (!(yy = malloc(J->ntr * sizeof *yy)))
		return -1;
	for (i = 0; i < J->ntr; i++)
		yy[i] = J->y[J->tr[i] * J->k + c] ? 1 : -1;
	memset(&par, 0, sizeof par);
	par.solver_type = L2R_LR;
	par.eps = 1e-4;             /* scikit-learn's tol */
	par.C = J->C;
	prob.l = (int)J->ntr;
	prob.n = (int)J->dim + 1;   /* the bias feature, as intercept_scaling=1 */
	prob.y = yy;
	prob.x = J->rows;
	prob.bias = 1;
	m = train(&prob, &par);
	free(yy);
	if (!m)
		return -1;
	/* liblinear's w is the decision function of its first label. */
	sign = m->label[0] == 1 ? 1 : -1;
	for (i = 0; i < J->nte; i++) {
		const double *x = J->xte + i * J->dim;
		double dec = m->w[J->dim] * m->bias;
		for (d = 0; d < J->dim; d++)
			dec += m->w[d] * x[d];
		J->p[J->te[i] * J->k + c] = 1 / (1 + exp(-sign * dec));
	}
	free_and_destroy_model(&m);
	return 0;
}

static int
logreg_rows(fold_job *J, struct feature_node **nodes)
{
	size_t i, d, w = J->dim + 2;

	if (!(J->rows = malloc(J->ntr * sizeof *J->rows)) ||
	    !(*nodes = malloc(J->ntr * w * sizeof **nodes)))
		return -1;
	for (i = 0; i < J->ntr; i++) {
		struct feature_node *f = *nodes + i * w;
		for (d = 0; d < J->dim; d++) {
			f[d].index = (int)d + 1;
			f[d].value = J->xtr[i * J->dim + d];
		}
		f[J->dim].index = (int)J->dim + 1;
		f[J->dim].value = 1;
		f[J->dim + 1].index = -1;
		f[J->dim + 1].value = 0;
		J->rows[i] = f;
	}
	return 0;
}

/* Standardises x's rows tr and te with the mean and population deviation of tr. */
static void
standardise(const double *x, size_t dim, const size_t *tr, size_t ntr, const size_t *te,
            size_t nte, double *xtr, double *xte, double *mean, double *scale)
{
	size_t i, d;

	for (d = 0; d < dim; d++) {
		double s = 0, ss = 0;
		for (i = 0; i < ntr; i++)
			s += x[tr[i] * dim + d];
		mean[d] = s / (double)ntr;
		for (i = 0; i < ntr; i++) {
			double v = x[tr[i] * dim + d] - mean[d];
			ss += v * v;
		}
		/* scikit-learn's StandardScaler: a constant feature keeps scale 1. */
		scale[d] = ss > 0 ? sqrt(ss / (double)ntr) : 1;
	}
	for (i = 0; i < ntr; i++)
		for (d = 0; d < dim; d++)
			xtr[i * dim + d] = (x[tr[i] * dim + d] - mean[d]) / scale[d];
	for (i = 0; i < nte; i++)
		for (d = 0; d < dim; d++)
			xte[i * dim + d] = (x[te[i] * dim + d] - mean[d]) / scale[d];
}

/* One model over all folds. */
static int
predict_model(const double *x, size_t n, size_t dim, const unsigned char *y, size_t k,
              const size_t *fold, size_t nfolds, const ml_cv_params *par, int model, double *p,
              ml_err *e)
{
	size_t *tr = NULL, *te = NULL, f, i;
	double *xtr = NULL, *xte = NULL, *mean = NULL, *scale = NULL;
	struct feature_node *nodes = NULL;
	fold_job J;
	int rc = -1;

	memset(&J, 0, sizeof J);
	if (!(tr = malloc(n * sizeof *tr)) || !(te = malloc(n * sizeof *te)) ||
	    !(xtr = malloc(n * dim * sizeof *xtr)) || !(xte = malloc(n * dim * sizeof *xte)) ||
	    !(mean = malloc(dim * sizeof *mean)) || !(scale = malloc(dim * sizeof *scale)))
		goto oom;
	set_print_string_function(quiet);
	for (f = 0; f < nfolds; f++) {
		J.ntr = J.nte = 0;
		for (i = 0; i < n; i++) {
			if (fold[i] == f)
				te[J.nte++] = i;
			else
				tr[J.ntr++] = i;
		}
		if (J.nte == 0)
			continue;
		if (J.ntr == 0) {
			rc = ml_errmsg(e, "fold %zu holds every row: nothing to train on", f);
			goto out;
		}
		standardise(x, dim, tr, J.ntr, te, J.nte, xtr, xte, mean, scale);
		J.y = y;
		J.k = k;
		J.dim = dim;
		J.knn_k = par->knn_k;
		J.C = par->C;
		J.tr = tr;
		J.te = te;
		J.xtr = xtr;
		J.xte = xte;
		J.p = p;
		if (model == ML_CV_KNN) {
			J.task = knn_task;
			J.ntasks = (J.nte + BLOCK - 1) / BLOCK;
		} else {
			if (logreg_rows(&J, &nodes) < 0)
				goto oom;
			J.task = logreg_task;
			J.ntasks = k;
		}
		if (run_tasks(&J, par->threads) < 0)
			goto oom;
		free(J.rows);
		free(nodes);
		J.rows = NULL;
		nodes = NULL;
	}
	rc = 0;
	goto out;
oom:
	rc = ml_err_oom(e);
out:
	free(J.rows);
	free(nodes);
	free(tr);
	free(te);
	free(xtr);
	free(xte);
	free(mean);
	free(scale);
	return rc;
}

int
ml_cv_predict(const double *x, size_t n, size_t dim, const unsigned char *y, size_t k,
              const size_t *fold, size_t nfolds, const ml_cv_params *par, double *p,
              ml_cv_result *res, ml_err *e)
{
	double *other;
	int rc;

	res->log_loss[ML_CV_AUTO] = res->log_loss[ML_CV_KNN] = res->log_loss[ML_CV_LOGREG] = NAN;
	if (par->model != ML_CV_AUTO) {
		res->model = par->model;
		if (predict_model(x, n, dim, y, k, fold, nfolds, par, par->model, p, e) < 0)
			return -1;
		res->log_loss[par->model] = ml_cv_log_loss(p, y, n, k);
		return 0;
	}
	if (!(other = malloc(n * k * sizeof *other + 1)))
		return ml_err_oom(e);
	rc = predict_model(x, n, dim, y, k, fold, nfolds, par, ML_CV_KNN, p, e);
	if (rc == 0)
		rc = predict_model(x, n, dim, y, k, fold, nfolds, par, ML_CV_LOGREG, other, e);
	if (rc == 0) {
		res->log_loss[ML_CV_KNN] = ml_cv_log_loss(p, y, n, k);
		res->log_loss[ML_CV_LOGREG] = ml_cv_log_loss(other, y, n, k);
		res->model = ML_CV_KNN;
		if (res->log_loss[ML_CV_LOGREG] < res->log_loss[ML_CV_KNN]) {
			res->model = ML_CV_LOGREG;
			memcpy(p, other, n * k * sizeof *p);
		}
	}
	free(other);
	return rc;
}
