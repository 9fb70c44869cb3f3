/*
 * sort.c - numpy 1.24's np.argsort (kind="quicksort") and pandas'
 * descending sort_values order.
 *
 * cleanlab breaks ties wherever numpy's unstable introsort happens to put
 * them, and its masks and ranked lists depend on that order, so this is a
 * line-by-line port of aquicksort_ and aheapsort_ rather than a stable sort.
 */
#include <stddef.h>
#include <stdlib.h>

#include "numpy/numpy.h"

/* numpy's partitions of at most this many + 1 elements go to insertion sort. */
#define SMALL_QUICKSORT 15
/*
 * Two entries per pending partition: at most log2(n) <= 64 are pending,
 * because the larger side is pushed and the smaller one sorted first.
 */
#define STACKSZ 128

/*
 * The key of element i: v[i], v[map[i]] (a gathered subset) or v[n-1-i]
 * (the reversed array pandas sorts for a descending order).
 */
struct keys {
	const double *v;
	const size_t *map;
	size_t rev;             /* n - 1 when reversed, else 0 */
	int reversed;
};

static inline double
key(const struct keys *k, size_t i)
{
	if (k->map != NULL)
		return k->v[k->map[i]];
	if (k->reversed)
		return k->v[k->rev - i];
	return k->v[i];
}

/* numpy's Tag::less for doubles: NaN sorts after everything. */
static inline int
less(double a, double b)
{
	return a < b || (b != b && a == a);
}

static void
aheapsort(const struct keys *k, size_t *tosort, size_t n)
{
	size_t *a = tosort - 1;         /* 1-based heap indexing */
	size_t i, j, l, tmp;

	for (l = n >> 1; l > 0; --l) {
		tmp = a[l];
		for (i = l, j = l << 1; j <= n;) {
			if (j < n && less(key(k, a[j]), key(k, a[j + 1])))
				j += 1;
			if (less(key(k, tmp), key(k, a[j]))) {
				a[i] = a[j];
				i = j;
				j += j;
			} else
				break;
		}
		a[i] = tmp;
	}
	for (; n > 1;) {
		tmp = a[n];
		a[n] = a[1];
		n -= 1;
		for (i = 1, j = 2; j <= n;) {
			if (j < n && less(key(k, a[j]), key(k, a[j + 1])))
				j++;
			if (less(key(k, tmp), key(k, a[j]))) {
				a[i] = a[j];
				i = j;
				j += j;
			} else
				break;
		}
		a[i] = tmp;
	}
}

static int
msb(size_t n)
{
	int depth = 0;

	while (n >>= 1)
		depth++;
	return depth;
}

static inline void
swap(size_t *a, size_t *b)
{
	size_t t = *a;

	*a = *b;
	*b = t;
}

/*
 * aquicksort_ of numpy 1.24 (npysort/quicksort.cpp) over idx[0..n-1].
 * Only idx[0..limit-1] need be right: a partition lying wholly at or past
 * limit is left unsorted.  That changes nothing before limit, as every
 * step only permutes its own partition.
 */
static void
aquicksort(const struct keys *k, size_t *idx, size_t n, size_t limit)
{
	size_t *pl, *pr, *pm, *pi, *pj, *pk, vi;
	size_t *stack[STACKSZ], **sptr = stack;
	int depth[STACKSZ], *psdepth = depth;
	int cdepth;
	double vp;

	if (n < 2)
		return;
	pl = idx;
	pr = idx + n - 1;
	cdepth = msb(n) * 2;
	for (;;) {
		if ((size_t)(pl - idx) >= limit)
			goto pop;
		if (cdepth < 0) {
			aheapsort(k, pl, (size_t)(pr - pl) + 1);
			goto pop;
		}
		while (pr - pl > SMALL_QUICKSORT) {
			if ((size_t)(pl - idx) >= limit)
				goto pop;
			pm = pl + ((pr - pl) >> 1);
			if (less(key(k, *pm), key(k, *pl)))
				swap(pm, pl);
			if (less(key(k, *pr), key(k, *pm)))
				swap(pr, pm);
			if (less(key(k, *pm), key(k, *pl)))
				swap(pm, pl);
			vp = key(k, *pm);
			pi = pl;
			pj = pr - 1;
			swap(pm, pj);
			for (;;) {
				do
					++pi;
				while (less(key(k, *pi), vp));
				do
					--pj;
				while (less(vp, key(k, *pj)));
				if (pi >= pj)
					break;
				swap(pi, pj);
			}
			pk = pr - 1;
			swap(pi, pk);
			/* Push the larger partition, go on with the smaller. */
			if (pi - pl < pr - pi) {
				*sptr++ = pi + 1;
				*sptr++ = pr;
				pr = pi - 1;
			} else {
				*sptr++ = pl;
				*sptr++ = pi - 1;
				pl = pi + 1;
			}
			*psdepth++ = --cdepth;
		}
		if ((size_t)(pl - idx) >= limit)
			goto pop;
		for (pi = pl + 1; pi <= pr; ++pi) {
			vi = *pi;
			vp = key(k, vi);
			pj = pi;
			pk = pi - 1;
			while (pj > pl && less(vp, key(k, *pk)))
				*pj-- = *pk--;
			*pj = vi;
		}
pop:
		if (sptr == stack)
			break;
		pr = *(--sptr);
		pl = *(--sptr);
		cdepth = *(--psdepth);
	}
}

static void
argsort_keys(const struct keys *k, size_t n, size_t *idx)
{
	size_t i;

	for (i = 0; i < n; i++)
		idx[i] = i;
	aquicksort(k, idx, n, n);
}

void
ml_argsort_prefix(const double *v, size_t n, size_t *idx, size_t m)
{
	struct keys k = { v, NULL, 0, 0 };
	size_t i;

	for (i = 0; i < n; i++)
		idx[i] = i;
	aquicksort(&k, idx, n, m);
}

void
ml_argsort(const double *v, size_t n, size_t *idx)
{
	struct keys k = { v, NULL, 0, 0 };

	argsort_keys(&k, n, idx);
}

/*
 * Argsort of the subset v[map[0]], ..., v[map[n-1]] (as if gathered into
 * a new array): idx receives positions 0..n-1 into map.
 */
void
ml_argsort_subset(const double *v, const size_t *map, size_t n, size_t *idx)
{
	struct keys k = { v, map, 0, 0 };

	argsort_keys(&k, n, idx);
}

/*
 * pandas nargsort(ascending=False): argsort the reversed array, map the
 * positions back, reverse the result.  NaNs go last, in index order, as
 * with na_position="last".
 */
void
ml_argsort_desc(const double *v, size_t n, size_t *idx)
{
	struct keys k = { v, NULL, n ? n - 1 : 0, 1 };
	size_t i, m, nnan = 0, *rev;

	for (i = 0; i < n; i++)
		if (v[i] != v[i])
			nnan++;
	if (nnan == 0 || (rev = malloc(n * sizeof *rev)) == NULL) {
		argsort_keys(&k, n, idx);
		for (i = 0; i < n; i++)
			idx[i] = n - 1 - idx[i];
		m = n;
	} else {
		/* pandas sorts the non-NaN values alone. */
		for (m = 0, i = n; i-- > 0;)
			if (v[i] == v[i])
				rev[m++] = i;
		k.map = rev;
		argsort_keys(&k, m, idx);
		for (i = 0; i < m; i++)
			idx[i] = rev[idx[i]];
		free(rev);
	}
	for (i = 0; i < m / 2; i++)
		swap(&idx[i], &idx[m - 1 - i]);
	for (i = 0; m < n; i++)
		if (v[i] != v[i])
			idx[m++] = i;
}
