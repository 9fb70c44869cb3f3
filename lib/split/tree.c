/*
 * tree.c - numpy's sum of one side of a class, in pieces that merge exactly.
 *
 * np.mean over a side's n values is 0.0 + S(block 0) + S(block 1) + ...,
 * added left to right, where the blocks are consecutive runs of 8192
 * values and S is numpy's pairwise sum: a fixed binary tree over the block
 * whose shape depends only on the block's length, with leaves of at most
 * 128 values.  So a part that knows where its values sit in the side (its
 * offset, from the count round) knows every node of those trees it holds
 * whole: it ships the largest such nodes (a few per block edge), the raw
 * values of the two leaves it only holds in part, and one sum per whole
 * block.  A merge puts the pieces back in the tree: a node whose two
 * children are known becomes known, a leaf whose values are all there is
 * summed, and the known blocks from block 0 on are added into a running
 * total.  Every step is numpy's own operation on the same operands, so the
 * result is bit for bit the single run's, in any grouping.
 */
#include <stdlib.h>
#include <string.h>

#include "split/split.h"

#define BLOCK 8192              /* NPY_BUFSIZE: numpy's reduction block */
#define LEAF  128               /* pairwise_sum's unrolled leaf */

static int
push(ml_split_side *sd, uint64_t lo, uint64_t len, double v)
{
	if (ml_grow(&sd->it, &sd->cap, sd->n + 1, sizeof *sd->it) < 0)
		return -1;
	sd->it[sd->n].lo = lo;
	sd->it[sd->n].len = len;
	sd->it[sd->n].v = v;
	sd->n++;
	return 0;
}

static uint64_t
half(uint64_t n)
{
	uint64_t m = n / 2;

	return m - m % 8;
}

/* The pieces of node [lo, lo+n) that values[a..b) (global positions) hold. */
static int
visit(ml_split_side *sd, const double *vals, uint64_t a, uint64_t b, uint64_t lo, uint64_t n)
{
	uint64_t m, i;

	if (lo + n <= a || lo >= b)
		return 0;
	if (lo >= a && lo + n <= b)
		return push(sd, lo, n, ml_pairwise_block(vals + (lo - a), (size_t)n));
	if (n <= LEAF) {
		for (i = lo > a ? lo : a; i < lo + n && i < b; i++)
			if (push(sd, i, 0, vals[i - a]) < 0)
				return -1;
		return 0;
	}
	m = half(n);
	if (visit(sd, vals, a, b, lo, m) < 0)
		return -1;
	return visit(sd, vals, a, b, lo + m, n - m);
}

int
ml_split_side_part(ml_split_side *sd, const double *vals, uint64_t off, uint64_t cnt,
                   uint64_t total)
{
	uint64_t blk, start, len;

	for (blk = off / BLOCK; blk * BLOCK < off + cnt; blk++) {
		start = blk * BLOCK;
		len = total - start < BLOCK ? total - start : BLOCK;
		if (visit(sd, vals, off, off + cnt, start, len) < 0)
			return -1;
	}
	return 0;
}

static int
by_lo(const void *x, const void *y)
{
	const ml_split_item *a = x, *b = y;

	return (a->lo > b->lo) - (a->lo < b->lo);
}

/*
 * Node [lo, lo+n) from the sorted items it[0..m-1] (all inside it): 1 and
 * *v when its value is known, else 0 with its known pieces appended to out.
 */
static int
resolve(const ml_split_item *it, size_t m, uint64_t lo, uint64_t n, double *v,
        ml_split_side *out, int *oom)
{
	double vals[LEAF], l, r;
	size_t i, s;
	uint64_t mid;
	int kl, kr;

	if (m == 0)
		return 0;
	if (m == 1 && it[0].lo == lo && it[0].len == n) {
		*v = it[0].v;
		return 1;
	}
	if (n <= LEAF) {
		if (m == n) {
			for (i = 0; i < m && it[i].len == 0 && it[i].lo == lo + i; i++)
				vals[i] = it[i].v;
			if (i == m) {
				*v = ml_pairwise_block(vals, (size_t)n);
				return 1;
			}
		}
		for (i = 0; i < m; i++)
			if (push(out, it[i].lo, it[i].len, it[i].v) < 0)
				*oom = 1;
		return 0;
	}
	mid = half(n);
	for (s = 0; s < m && it[s].lo < lo + mid; s++)
		;
	kl = resolve(it, s, lo, mid, &l, out, oom);
	kr = resolve(it + s, m - s, lo + mid, n - mid, &r, out, oom);
	if (kl && kr) {
		*v = l + r;
		return 1;
	}
	if (kl && push(out, lo, mid, l) < 0)
		*oom = 1;
	if (kr && push(out, lo + mid, n - mid, r) < 0)
		*oom = 1;
	return 0;
}

int
ml_split_side_normalize(ml_split_side *sd, uint64_t total)
{
	ml_split_side out = { NULL, 0, 0, sd->folded, sd->acc };
	size_t i, j;
	uint64_t blk, start, len;
	double v;
	int oom = 0;

	/* Nothing to merge (and qsort wants a pointer even for no items). */
	if (sd->n == 0)
		return 0;
	qsort(sd->it, sd->n, sizeof *sd->it, by_lo);
	for (i = 0; i < sd->n; i = j) {
		blk = sd->it[i].lo / BLOCK;
		start = blk * BLOCK;
		len = total - start < BLOCK ? total - start : BLOCK;
		for (j = i; j < sd->n && sd->it[j].lo < start + len; j++)
			;
		if (resolve(sd->it + i, j - i, start, len, &v, &out, &oom) &&
		    push(&out, start, len, v) < 0)
			oom = 1;
	}
	if (out.n)
		qsort(out.it, out.n, sizeof *out.it, by_lo);
	/* numpy adds the blocks to 0.0 from the first one on. */
	for (i = 0; i < out.n; i++) {
		start = out.folded * BLOCK;
		len = total - start < BLOCK ? total - start : BLOCK;
		if (out.it[i].lo != start || out.it[i].len != len)
			break;
		out.acc += out.it[i].v;
		out.folded++;
	}
	if (i < out.n)
		memmove(out.it, out.it + i, (out.n - i) * sizeof *out.it);
	out.n -= i;
	free(sd->it);
	*sd = out;
	return oom ? -1 : 0;
}

/* The side's sum once every block is in, else 0. */
int
ml_split_side_total(const ml_split_side *sd, uint64_t total, double *sum)
{
	if (sd->folded * BLOCK < total || sd->n > 0)
		return 0;
	*sum = sd->acc;
	return 1;
}
