/*
 * threads.c - n independent jobs on threads: the calling thread and up to
 * n - 1 more, each job i run exactly once.  The jobs' results go to
 * places of their own (indexed by i), so nothing here decides an order.
 */
#include <pthread.h>

#include "base/base.h"

struct forjob {
	size_t n, next;         /* next: the next job to take (atomic) */
	void (*fn)(void *arg, size_t i);
	void *arg;
};

static void *
take(void *p)
{
	struct forjob *J = p;
	size_t i;

	while ((i = __atomic_fetch_add(&J->next, 1, __ATOMIC_RELAXED)) < J->n)
		J->fn(J->arg, i);
	return NULL;
}

void
ml_par_for(size_t n, size_t threads, void (*fn)(void *arg, size_t i), void *arg)
{
	struct forjob J = { n, 0, fn, arg };
	pthread_t tid[64];
	size_t t, started = 0;

	if (threads > n)
		threads = n;
	if (threads > 64)
		threads = 64;
	/* A thread that cannot start leaves its jobs to the others. */
	for (t = 1; t < threads; t++)
		if (pthread_create(&tid[started], NULL, take, &J) == 0)
			started++;
	take(&J);
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
}
