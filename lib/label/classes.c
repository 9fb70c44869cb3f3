/*
 * classes.c - the audit's second stage: each class's binary problem solved
 * on its own column of the spill, the classes shared out among ml_threads
 * threads.
 *
 * A thread takes the next class in class order and sets that class's bits
 * in the audit's bitmaps with atomic ORs, so the bitmaps do not depend on
 * which thread solved which class; everything else it writes is the
 * class's own (res[c], def_given[c], def_added[c]).  When classes fail, the
 * error is the first failing class's, as with one thread: every class
 * before it is solved, none after it is started once it is known.  Each
 * thread needs about 35 bytes a row of scratch, so the threads beyond the
 * first are as many as fit in 64 MiB (1,000,000 rows: 2 in all).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label/label.h"

/* A solver's bytes per row: p, y, flag, and ml_cl_work's rows, order, keys, other. */
#define SCRATCH_PER_ROW (sizeof(double) + 2 + 3 * 8 + 1)
#define EXTRA_BYTES ((size_t)64 << 20)

struct job {
	ml_audit *a;
	ml_spill *sp;
	const ml_cl_opts *co;   /* the options asked for */
	const ml_cl_opts *def;  /* cleanlab's defaults too, or NULL */
	const long *ntr;        /* num_to_remove per class, or NULL */
	size_t next;            /* the next class to take (atomic) */
	size_t bad;             /* the first failing class so far, or k (atomic) */
	ml_err err;             /* its error */
	pthread_mutex_t lock;
};

/* One thread's columns and scratch. */
struct solver {
	struct job *J;
	double *p;
	unsigned char *y, *flag;
	ml_cl_work *w;
};

static void
set_bit(uint64_t *map, size_t b)
{
	__atomic_fetch_or(&map[b >> 6], (uint64_t)1 << (b & 63), __ATOMIC_RELAXED);
}

/* One class with the options o; sets its bits in map (and given, issue). */
static int
solve_one(ml_audit *a, size_t c, struct solver *S, const ml_cl_opts *o, uint64_t *map,
          uint64_t *given, unsigned char *issue, ml_err *e)
{
	const unsigned char *y = S->y;
	size_t i;

	if (ml_cl_class(S->p, y, a->n, o, S->flag, &a->res[c], S->w, e) < 0) {
		char msg[sizeof e->msg];
		snprintf(msg, sizeof msg, "%s", e->msg);
		for (i = 0; i < a->n && y[i]; i++)
			;
		/* cleanlab stops here; the way on is to audit the other classes. */
		if (a->n > 0 && i == a->n)
			return ml_errmsg(e, "class '%s': %s; leave it out with --drop-class %s",
			    a->cols.names[c], msg, a->cols.names[c]);
		return ml_errmsg(e, "class '%s': %s", a->cols.names[c], msg);
	}
	for (i = 0; i < a->n; i++)
		if (S->flag[i]) {
			size_t b = i * a->k + c;
			set_bit(map, b);
			if (given && y[i])
				set_bit(given, b);
			if (issue)
				__atomic_store_n(&issue[i], 1, __ATOMIC_RELAXED);
		}
	return 0;
}

/* Class c: its column, the options asked for, then the defaults. */
static int
solve_class(struct job *J, struct solver *S, size_t c, ml_err *e)
{
	ml_audit *a = J->a;
	ml_cl_opts co = *J->co;
	size_t i;

	if (ml_spill_column(J->sp, c, S->p, S->y, e) < 0)
		return -1;
	co.num_to_remove = J->ntr ? J->ntr[c] : -1;
	if (solve_one(a, c, S, &co, a->flags, a->flag_given, a->issue, e) < 0)
		return -1;
	if (J->def && solve_one(a, c, S, J->def, a->def_flags, NULL, NULL, e) < 0)
		return -1;
	/* flag[] now holds the default options' flags. */
	for (i = 0; i < a->n; i++)
		if (S->flag[i]) {
			if (S->y[i])
				a->def_given[c]++;
			else
				a->def_added[c]++;
		}
	return 0;
}

/* Solver i: the next class, until none is left or a class before it failed. */
static void
solver_main(void *arg, size_t i)
{
	struct solver *S = (struct solver *)arg + i;
	struct job *J = S->J;
	ml_err e;
	size_t c;

	for (;;) {
		c = __atomic_fetch_add(&J->next, 1, __ATOMIC_RELAXED);
		if (c >= J->a->k || c > __atomic_load_n(&J->bad, __ATOMIC_RELAXED))
			break;
		if (solve_class(J, S, c, &e) < 0) {
			pthread_mutex_lock(&J->lock);
			if (c < J->bad) {
				J->err = e;
				__atomic_store_n(&J->bad, c, __ATOMIC_RELAXED);
			}
			pthread_mutex_unlock(&J->lock);
		}
	}
}

static void
free_solvers(struct solver *S, size_t t)
{
	size_t i;

	for (i = 0; S && i < t; i++) {
		free(S[i].p);
		free(S[i].y);
		free(S[i].flag);
		ml_cl_work_free(S[i].w);
	}
	free(S);
}

int
ml_audit_classes(ml_audit *a, ml_spill *sp, const ml_cl_opts *co, const ml_cl_opts *def,
                 const long *ntr, ml_err *e)
{
	struct job J = { a, sp, co, def, ntr, 0, a->k, { { 0 }, 0 }, PTHREAD_MUTEX_INITIALIZER };
	size_t t = ml_threads > 1 ? (size_t)ml_threads : 1, m = a->n ? a->n : 1, i;
	struct solver *S;

	if (t > a->k)
		t = a->k ? a->k : 1;
	/* Memory stays flat in -j: threads beyond the first only while their scratch fits EXTRA_BYTES. */
	if (t > 1 + EXTRA_BYTES / (SCRATCH_PER_ROW * m))
		t = 1 + EXTRA_BYTES / (SCRATCH_PER_ROW * m);
	if (!(S = calloc(t, sizeof *S)))
		return ml_err_oom(e);
	for (i = 0; i < t; i++) {
		S[i].J = &J;
		if (!(S[i].p = malloc(m * sizeof *S[i].p)) || !(S[i].y = malloc(m)) ||
		    !(S[i].flag = malloc(m)) || !(S[i].w = ml_cl_work_new(a->n))) {
			free_solvers(S, t);
			return ml_err_oom(e);
		}
	}
	ml_par_for(t, t, solver_main, S);
	pthread_mutex_destroy(&J.lock);
	free_solvers(S, t);
	if (J.bad < a->k) {
		*e = J.err;
		return -1;
	}
	return 0;
}
