/*
 * knn.c - the exact k-nearest-neighbour graph of the feature checks (SPEC 5.5),
 * with no I/O: brute force, blocked for the caches, split over threads, for
 * every row or for one block of query rows against all rows.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

#include "features/features.h"

/*
 * The distance kernels are built for AVX2 and plain x86-64, picked at load
 * time by an ifunc resolver; under ThreadSanitizer (make tsan) that
 * resolver runs before the sanitizer is up and crashes, so there is one
 * version.
 */
#ifdef __SANITIZE_THREAD__
#define CLONES
#else
#define CLONES __attribute__((target_clones("avx2", "default")))
#endif

#define PANEL   8               /* rows per panel (two 4-lane vectors) */
#define QROWS   4               /* query rows per kernel call */
#define BLOCK   256             /* rows per cache block (both sides) */

typedef double v4d __attribute__((vector_size(32)));
typedef long long v4l __attribute__((vector_size(32)));

int
ml_metric_parse(const char *s)
{
	if (strcmp(s, "euclidean") == 0)
		return ML_METRIC_EUCLIDEAN;
	if (strcmp(s, "cosine") == 0)
		return ML_METRIC_COSINE;
	return -1;
}

const char *
ml_metric_name(int metric)
{
	switch (metric) {
	case ML_METRIC_EUCLIDEAN: return "euclidean";
	case ML_METRIC_COSINE:    return "cosine";
	default:                  return "None";
	}
}

int
ml_metric_default(size_t dim)
{
	return dim > 3 ? ML_METRIC_COSINE : ML_METRIC_EUCLIDEAN;
}

int
ml_knn_alloc(ml_knn *g, size_t n, size_t k, ml_err *e)
{
	g->n = n;
	g->k = k;
	g->nbr = NULL;
	g->dist = NULL;
	if (n && k > SIZE_MAX / sizeof(double) / n)
		return ml_errmsg(e, "kNN graph of %zu x %zu is too large", n, k);
	g->nbr = malloc(n * k * sizeof *g->nbr + 1);
	g->dist = malloc(n * k * sizeof *g->dist + 1);
	if (!g->nbr || !g->dist) {
		ml_knn_free(g);
		return ml_err_oom(e);
	}
	return 0;
}

void
ml_knn_free(ml_knn *g)
{
	free(g->nbr);
	free(g->dist);
	g->nbr = NULL;
	g->dist = NULL;
}

/* One thread's k best of every query row, ordered by (key, row). */
typedef struct knn_best {
	double *key;            /* (end - first) x k: squared distance (Euclidean) or distance */
	size_t *idx;            /* (end - first) x k */
	double *worst;          /* n + PANEL: key[(i - first) * k + k - 1] of a query
	                           row, -inf for the others (never offered to) */
} knn_best;

/* The work shared by the threads: read-only inputs, per-thread outputs. */
typedef struct knn_job {
	const double *panels;   /* npanels x dim x PANEL */
	size_t n, dim, k, nblocks;
	size_t first, end;      /* the query rows; all rows: 0, n */
	int cosine, fma;        /* fma: the fused cosine kernel */
	knn_best *best;         /* one per thread */
	size_t next;            /* next row block I to take (under lock) */
	size_t done, total;     /* block pairs taken, in all (for the progress line) */
	int nextthread;
	pthread_mutex_t lock;
} knn_job;

/*
 * The column blocks paired with row block I: from I on (each pair of blocks
 * once, in the same orientation whatever the query rows, so a distance has
 * the same bits in every run), only pairs where a side holds query rows.
 * Returns their number, the first in *lo.
 */
static size_t
block_span(const knn_job *J, size_t I, size_t *lo)
{
	size_t qlo = J->first / BLOCK, qhi = (J->end + BLOCK - 1) / BLOCK;

	*lo = I;
	if (J->first == J->end || I >= qhi)
		return 0;
	if (I >= qlo)
		return J->nblocks - I;
	*lo = qlo;
	return qhi - qlo;
}

/* Offers candidate j at key d to one row's list. */
static inline void
offer(double *key, size_t *idx, size_t k, double d, size_t j)
{
	size_t p = k - 1;

	if (d > key[p] || (d == key[p] && j >= idx[p]))
		return;
	while (p > 0 && (d < key[p - 1] || (d == key[p - 1] && j < idx[p - 1]))) {
		key[p] = key[p - 1];
		idx[p] = idx[p - 1];
		p--;
	}
	key[p] = d;
	idx[p] = j;
}

/*
 * One QROWS x PANEL tile: distances between QROWS query rows, read from
 * their own panel (q[d * PANEL + r] is row r's value d), and the PANEL rows
 * of one panel.  The eight accumulators are named variables so that they
 * stay in registers.
 */
#define EUCLID(acc, b, p) do { v4d t_ = (b) - (p); (acc) += t_ * t_; } while (0)
#define DOT(acc, b, p) do { (acc) += (b) * (p); } while (0)
#define TILE_LOOP(OP)                                                           \
	for (d = 0; d < dim; d++) {                                             \
		v4d p0, p1, b;                                                  \
		memcpy(&p0, panel + d * PANEL, sizeof p0);                      \
		memcpy(&p1, panel + d * PANEL + 4, sizeof p1);                  \
		const double *qd = q + d * PANEL;                               \
		b = (v4d){ qd[0], qd[0], qd[0], qd[0] };                        \
		OP(a00, b, p0); OP(a01, b, p1);                                 \
		b = (v4d){ qd[1], qd[1], qd[1], qd[1] };                        \
		OP(a10, b, p0); OP(a11, b, p1);                                 \
		b = (v4d){ qd[2], qd[2], qd[2], qd[2] };                        \
		OP(a20, b, p0); OP(a21, b, p1);                                 \
		b = (v4d){ qd[3], qd[3], qd[3], qd[3] };                        \
		OP(a30, b, p0); OP(a31, b, p1);                                 \
	}

CLONES
static void
tile(const double *q, const double *panel, size_t dim, int cosine, double out[QROWS][PANEL])
{
	v4d z = { 0, 0, 0, 0 }, a00 = z, a01 = z, a10 = z, a11 = z, a20 = z, a21 = z,
	    a30 = z, a31 = z;
	size_t d;

	if (cosine)
		TILE_LOOP(DOT)
	else
		TILE_LOOP(EUCLID)
	memcpy(out[0], &a00, sizeof a00);
	memcpy(out[0] + 4, &a01, sizeof a01);
	memcpy(out[1], &a10, sizeof a10);
	memcpy(out[1] + 4, &a11, sizeof a11);
	memcpy(out[2], &a20, sizeof a20);
	memcpy(out[2] + 4, &a21, sizeof a21);
	memcpy(out[3], &a30, sizeof a30);
	memcpy(out[3] + 4, &a31, sizeof a31);
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
/*
 * The cosine tile with fused multiply-adds, for CPUs that have them.
 * Cosine distances are not bit-reproducible anyway (scikit-learn's BLAS
 * fuses and reorders too); Euclidean ones are, so they never take this path.
 */
__attribute__((target("avx2,fma")))
static void
tile_cos_fma(const double *q, const double *panel, size_t dim, double out[QROWS][PANEL])
{
	__m256d a00 = _mm256_setzero_pd(), a01 = a00, a10 = a00, a11 = a00, a20 = a00,
	        a21 = a00, a30 = a00, a31 = a00;
	size_t d;

	for (d = 0; d < dim; d++) {
		__m256d p0 = _mm256_loadu_pd(panel + d * PANEL), p1 = _mm256_loadu_pd(panel + d * PANEL + 4);
		__m256d b = _mm256_broadcast_sd(q + d * PANEL);
		a00 = _mm256_fmadd_pd(b, p0, a00);
		a01 = _mm256_fmadd_pd(b, p1, a01);
		b = _mm256_broadcast_sd(q + d * PANEL + 1);
		a10 = _mm256_fmadd_pd(b, p0, a10);
		a11 = _mm256_fmadd_pd(b, p1, a11);
		b = _mm256_broadcast_sd(q + d * PANEL + 2);
		a20 = _mm256_fmadd_pd(b, p0, a20);
		a21 = _mm256_fmadd_pd(b, p1, a21);
		b = _mm256_broadcast_sd(q + d * PANEL + 3);
		a30 = _mm256_fmadd_pd(b, p0, a30);
		a31 = _mm256_fmadd_pd(b, p1, a31);
	}
	_mm256_storeu_pd(out[0], a00);
	_mm256_storeu_pd(out[0] + 4, a01);
	_mm256_storeu_pd(out[1], a10);
	_mm256_storeu_pd(out[1] + 4, a11);
	_mm256_storeu_pd(out[2], a20);
	_mm256_storeu_pd(out[2] + 4, a21);
	_mm256_storeu_pd(out[3], a30);
	_mm256_storeu_pd(out[3] + 4, a31);
}

static int
have_fma(void)
{
	__builtin_cpu_init();
	return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#else
static void
tile_cos_fma(const double *q, const double *panel, size_t dim, double out[QROWS][PANEL])
{
	tile(q, panel, dim, 1, out);
}

static int
have_fma(void)
{
	return 0;
}
#endif

/* The blocks (I, J), J >= I, of one row block I. */
CLONES
static void
knn_rowblock(knn_job *J, knn_best *B, size_t I)
{
	size_t n = J->n, k = J->k, dim = J->dim, i0 = I * BLOCK, q0 = J->first;
	size_t i1 = i0 + BLOCK < n ? i0 + BLOCK : n, bj, lo, nb = block_span(J, I, &lo);
	size_t i, p, r, c, cmax;
	double out[QROWS][PANEL], *W = B->worst;
	v4d one = { 1, 1, 1, 1 }, wb0, wb1;
	v4l any;

	for (bj = lo; bj < lo + nb; bj++) {
		size_t p0 = bj * BLOCK / PANEL, p1 = ((bj + 1) * BLOCK + PANEL - 1) / PANEL;
		if (p1 > (n + PANEL - 1) / PANEL)
			p1 = (n + PANEL - 1) / PANEL;
		for (i = i0; i < i1; i += QROWS) {
			size_t nq = i1 - i < QROWS ? i1 - i : QROWS;
			/* i is a multiple of QROWS, so its QROWS rows share a panel. */
			const double *qp = J->panels + (i / PANEL) * dim * PANEL + i % PANEL;
			for (p = p0; p < p1; p++) {
				size_t base = p * PANEL;
				if (J->fma)
					tile_cos_fma(qp, J->panels + p * dim * PANEL, dim, out);
				else
					tile(qp, J->panels + p * dim * PANEL, dim, J->cosine, out);
				cmax = n - base < PANEL ? n - base : PANEL;
				memcpy(&wb0, W + base, sizeof wb0);
				memcpy(&wb1, W + base + 4, sizeof wb1);
				/*
				 * Most candidates are worse than both rows' k-th
				 * (clipping to [0, 2] cannot change that): one test
				 * for the whole tile first.
				 */
				any = (v4l){ 0, 0, 0, 0 };
				for (r = 0; r < QROWS; r++) {
					v4d v0, v1, va = { W[i + r], W[i + r], W[i + r], W[i + r] };
					memcpy(&v0, out[r], sizeof v0);
					memcpy(&v1, out[r] + 4, sizeof v1);
					if (J->cosine) {
						v0 = one - v0;
						v1 = one - v1;
					}
					any |= (v0 <= va) | (v1 <= va) | (v0 <= wb0) | (v1 <= wb1);
				}
				if (!(any[0] | any[1] | any[2] | any[3]))
					continue;
				for (r = 0; r < nq; r++) {
					size_t a = i + r;
					double wa = W[a];
					for (c = 0; c < cmax; c++) {
						size_t b = base + c;
						double d = out[r][c];
						/* The diagonal block holds each pair twice. */
						if (bj == I && b <= a)
							continue;
						if (J->cosine) {
							/* scikit-learn: S *= -1; S += 1; clip(S, 0, 2). */
							d = -d + 1.0;
							d = d < 0.0 ? 0.0 : d > 2.0 ? 2.0 : d;
						}
						if (d <= wa) {
							offer(B->key + (a - q0) * k, B->idx + (a - q0) * k, k, d, b);
							wa = W[a] = B->key[(a - q0) * k + k - 1];
						}
						if (d <= W[b]) {
							offer(B->key + (b - q0) * k, B->idx + (b - q0) * k, k, d, a);
							W[b] = B->key[(b - q0) * k + k - 1];
						}
					}
				}
			}
		}
	}
}

static void *
knn_worker(void *arg)
{
	knn_job *J = arg;
	knn_best *B;
	size_t I, lo;

	pthread_mutex_lock(&J->lock);
	B = &J->best[J->nextthread++];
	pthread_mutex_unlock(&J->lock);
	for (;;) {
		pthread_mutex_lock(&J->lock);
		I = J->next++;
		if (I < J->nblocks) {
			ml_progress("kNN graph", 0, I * BLOCK, (double)J->done / (double)J->total);
			J->done += block_span(J, I, &lo);
		}
		pthread_mutex_unlock(&J->lock);
		if (I >= J->nblocks)
			break;
		knn_rowblock(J, B, I);
	}
	return NULL;
}

static int
ncores(void)
{
	long c = sysconf(_SC_NPROCESSORS_ONLN);

	return c < 1 ? 1 : c > 64 ? 64 : (int)c;
}

/*
 * The rows in panels of PANEL rows, dim-major; for cosine, scikit-learn's
 * normalize(): x / ||x||, a zero row stays zero.
 */
static void
knn_panels(double *panels, const double *x, size_t n, size_t dim, int cosine)
{
	size_t i, d;
	double s;

	for (i = 0; i < n; i++) {
		s = 1.0;
		if (cosine) {
			s = 0.0;
			for (d = 0; d < dim; d++)
				s += x[i * dim + d] * x[i * dim + d];
			s = sqrt(s);
			if (s == 0.0)
				s = 1.0;
		}
		for (d = 0; d < dim; d++)
			panels[(i / PANEL) * dim * PANEL + d * PANEL + i % PANEL] =
			    cosine ? x[i * dim + d] / s : x[i * dim + d];
	}
}

/* One thread's empty lists of the query rows: every key infinite. */
static int
knn_best_init(knn_best *B, size_t n, size_t first, size_t end, size_t k)
{
	size_t i, m = end - first;

	B->key = malloc(m * k * sizeof *B->key + 1);
	B->idx = malloc(m * k * sizeof *B->idx + 1);
	B->worst = malloc((n + PANEL) * sizeof *B->worst);
	if (!B->key || !B->idx || !B->worst)
		return -1;
	for (i = 0; i < n + PANEL; i++)
		B->worst[i] = i >= first && i < end ? INFINITY : -INFINITY;
	for (i = 0; i < m * k; i++) {
		B->key[i] = INFINITY;
		B->idx[i] = SIZE_MAX;
	}
	return 0;
}

/* Runs the job on `threads` threads (this one included). */
static void
knn_run(knn_job *J, int threads)
{
	pthread_t tid[64];
	size_t t;
	int started = 0;

	J->next = 0;
	J->nextthread = 0;
	pthread_mutex_init(&J->lock, NULL);
	for (t = 1; t < (size_t)threads; t++) {
		if (pthread_create(&tid[t], NULL, knn_worker, J) != 0)
			break;
		started++;
	}
	knn_worker(J);
	for (t = 1; t <= (size_t)started; t++)
		pthread_join(tid[t], NULL);
	pthread_mutex_destroy(&J->lock);
}

/* Merges the threads' lists of every query row into g (pos: one cursor per thread). */
static int
knn_merge(ml_knn *g, const knn_job *J, int threads, size_t *pos, ml_err *e)
{
	size_t i, c, t, bt, n = g->n, k = J->k;
	double a, b;

	for (i = 0; i < n; i++) {
		for (t = 0; t < (size_t)threads; t++)
			pos[t] = 0;
		for (c = 0; c < k; c++) {
			bt = 0;
			for (t = 1; t < (size_t)threads; t++) {
				a = J->best[t].key[i * k + pos[t]];
				b = J->best[bt].key[i * k + pos[bt]];
				if (a < b || (a == b && J->best[t].idx[i * k + pos[t]] <
				                        J->best[bt].idx[i * k + pos[bt]]))
					bt = t;
			}
			g->nbr[i * k + c] = J->best[bt].idx[i * k + pos[bt]];
			g->dist[i * k + c] = J->cosine ? J->best[bt].key[i * k + pos[bt]] :
			                                 sqrt(J->best[bt].key[i * k + pos[bt]]);
			pos[bt]++;
			if (g->nbr[i * k + c] == SIZE_MAX)
				/* Only an infinite distance (overflow) leaves a slot empty. */
				return ml_errmsg(e, "row %zu: distances overflow (features too large)",
				                 J->first + i);
		}
	}
	return 0;
}

/* The arguments ml_knn_build refuses. */
static int
knn_args(const double *x, size_t n, size_t dim, size_t k, ml_err *e)
{
	size_t i;

	if (k < 1)
		return ml_errmsg(e, "k must be at least 1");
	if (n < k + 1)
		return ml_errmsg(e,
		               "%zu rows are too few for k = %zu (need at least k + 1 = %zu)",
		               n, k, k + 1);
	if (dim < 1)
		return ml_errmsg(e, "no feature columns");
	for (i = 0; i < n * dim; i++)
		if (isnan(x[i]))
			return ml_errmsg(e,
			               "row %zu has a missing feature value (NaN): "
			               "the kNN graph needs complete features", i / dim);
	return 0;
}

void
ml_knn_part_rows(size_t n, size_t part, size_t parts, size_t *first, size_t *end)
{
	/* floor(part * n / parts) without overflow, for any n. */
	*first = part * (n / parts) + part * (n % parts) / parts;
	*end = (part + 1) * (n / parts) + (part + 1) * (n % parts) / parts;
}

int
ml_knn_build(ml_knn *g, const double *x, size_t n, size_t dim, size_t k,
             int metric, int threads, ml_err *e)
{
	return ml_knn_build_rows(g, x, n, dim, k, 0, n, metric, threads, e);
}

int
ml_knn_build_rows(ml_knn *g, const double *x, size_t n, size_t dim, size_t k, size_t first,
                  size_t end, int metric, int threads, ml_err *e)
{
	knn_job J;
	double *panels = NULL;
	size_t t, I, lo, *pos = NULL;
	int rc = 0;

	g->nbr = NULL;
	g->dist = NULL;
	if (knn_args(x, n, dim, k, e) < 0)
		return -1;
	if (first > end || end > n)
		return ml_errmsg(e, "query rows %zu to %zu are not rows of %zu", first, end, n);
	if (ml_knn_alloc(g, end - first, k, e) < 0)
		return -1;
	if (first == end)
		return 0;
	if (metric == ML_METRIC_AUTO)
		metric = ml_metric_default(dim);
	if (threads <= 0)
		threads = ncores();
	J.nblocks = (n + BLOCK - 1) / BLOCK;
	J.first = first;
	J.end = end;
	/* Row blocks after the query rows' last one have no work. */
	if ((size_t)threads > (end + BLOCK - 1) / BLOCK)
		threads = (int)((end + BLOCK - 1) / BLOCK);
	J.done = J.total = 0;
	for (I = 0; I < J.nblocks; I++)
		J.total += block_span(&J, I, &lo);
	panels = calloc(((n + PANEL - 1) / PANEL) * dim * PANEL, sizeof *panels);
	J.best = calloc((size_t)threads, sizeof *J.best);
	pos = malloc((size_t)threads * sizeof *pos);
	if (!panels || !J.best || !pos)
		goto oom;
	for (t = 0; t < (size_t)threads; t++)
		if (knn_best_init(&J.best[t], n, first, end, k) < 0)
			goto oom;
	J.cosine = metric == ML_METRIC_COSINE;
	knn_panels(panels, x, n, dim, J.cosine);
	J.panels = panels;
	J.n = n;
	J.dim = dim;
	J.k = k;
	J.fma = J.cosine && have_fma();
	knn_run(&J, threads);
	rc = knn_merge(g, &J, threads, pos, e);
	goto done;
oom:
	rc = ml_err_oom(e);
done:
	if (J.best)
		for (t = 0; t < (size_t)threads; t++) {
			free(J.best[t].key);
			free(J.best[t].idx);
			free(J.best[t].worst);
		}
	free(J.best);
	free(pos);
	free(panels);
	if (rc < 0)
		ml_knn_free(g);
	return rc;
}
