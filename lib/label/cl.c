/*
 * cl.c - confident learning on one class's one-vs-rest problem (SPEC 3.2)
 * and the ways cleanlab combines and orders the flagged rows (SPEC 3.3,
 * 3.4).
 *
 * For class c, cleanlab works on the two-column matrix B = [1 - p, p] and
 * the binary label y; column 0 ("absent") always reads the stored
 * complement q = 1.0 - p, never -p, because that decides ties.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label/label.h"

#define EPS_CMP   1e-6          /* FLOATING_POINT_COMPARISON */
#define THR_LB    2e-6          /* CONFIDENT_THRESHOLDS_LOWER_BOUND */
#define THR_EMPTY 2.0           /* threshold of a side without examples */
#define NOT_COUNTED 2           /* neither side confident */

static const char *const filter_names[] = {
	[ML_PRUNE_BY_NOISE_RATE] = "prune_by_noise_rate",
	[ML_PRUNE_BY_CLASS] = "prune_by_class",
	[ML_BOTH] = "both",
	[ML_CONFIDENT_LEARNING] = "confident_learning",
	[ML_PREDICTED_NEQ_GIVEN] = "predicted_neq_given",
	[ML_LOW_NORMALIZED_MARGIN] = "low_normalized_margin",
	[ML_LOW_SELF_CONFIDENCE] = "low_self_confidence",
};
#define NFILTERS (sizeof filter_names / sizeof filter_names[0])

int
ml_filter_parse(const char *s)
{
	size_t i;

	for (i = 0; i < NFILTERS; i++)
		if (strcmp(s, filter_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
ml_filter_name(int f)
{
	if (f < 0 || (size_t)f >= NFILTERS)
		return NULL;
	return filter_names[f];
}

/* B[i][k]: q = 1.0 - p for k = 0, p for k = 1. */
static inline double
col(double p, int k)
{
	return k ? p : 1.0 - p;
}

/* np.argmax([b0, b1]): first maximum, and the first NaN wins. */
static inline int
argmax2(double b0, double b1)
{
	if (b0 != b0)
		return 0;
	if (b1 != b1)
		return 1;
	return b1 > b0;
}

/* The values B[i][k] of the rows with y_i = k, in row order. */
struct sidesrc {
	const double *p;
	const unsigned char *y;
	size_t i;
	int k;
};

static double
next_side(void *arg)
{
	struct sidesrc *s = arg;

	while ((s->y[s->i] != 0) != s->k)
		s->i++;
	return col(s->p[s->i++], s->k);
}

void
ml_cl_thresholds(const double *p, const unsigned char *y, size_t n, double thr[2])
{
	size_t cnt[2] = { 0, 0 }, i;
	int k;

	for (i = 0; i < n; i++)
		cnt[y[i] != 0]++;
	for (k = 0; k < 2; k++) {
		struct sidesrc s = { p, y, 0, k };

		if (cnt[k] > 0)
			thr[k] = ml_pairwise_sum_fn(next_side, &s, cnt[k]) /
			    (double)cnt[k];
		else
			thr[k] = THR_EMPTY;
		/* np.clip keeps NaN. */
		if (thr[k] < THR_LB)
			thr[k] = THR_LB;
	}
}

/*
 * calibrate_confident_joint on one 2x2 slice (SPEC 3.2.3).
 *
 * The total T is np.sum(A) in A's memory order, column by column:
 * compute_confident_joint builds CJ as confusion_matrix(...).T (Fortran
 * order) and calibrate_confident_joint's A = (CJ.T / row_sums * counts).T
 * is Fortran-ordered again, so numpy adds A00, A10, A01, A11.  When a cell
 * of A' lands on x.5 the last bit of T decides its rounding: raw
 * [[177, 9], [5, 55]] with counts [267, 102] calibrates to [[254, 13],
 * [9, 93]], where the row-major total gives [8, 94] in the second row.
 * Every joint calibrated here comes from compute_confident_joint (every
 * filter, mlfilter --joint's output, the report's tables).  A user joint
 * (ml_cl_opts.joint, SPEC 3.2.4) is never calibrated: cleanlab's
 * find_label_issues uses the slice it is given as is; only a slice of a
 * C-ordered K x 2 x 2 array handed to calibrate_confident_joint would sum
 * row by row, and no mlaudit path does that.
 */
void
ml_cl_calibrate(const long (*raw)[2], const size_t *count, long (*cal)[2])
{
	double a[2][2], total;
	int r, g;

	for (r = 0; r < 2; r++)
		for (g = 0; g < 2; g++)
			a[r][g] = ((double)raw[r][g] /
			    (double)(raw[r][0] + raw[r][1])) * (double)count[r];
	total = (((-0.0 + a[0][0]) + a[1][0]) + a[0][1]) + a[1][1];
	if (total < 1e-100)
		total = 1e-100;
	for (r = 0; r < 2; r++) {
		for (g = 0; g < 2; g++)
			a[r][g] = (a[r][g] / total) * (double)(count[0] + count[1]);
		ml_round_preserving_sum(a[r], 2);
		for (g = 0; g < 2; g++)
			cal[r][g] = (long)a[r][g];
	}
}

/* Which side of row i is confidently true (SPEC 3.2.2), or NOT_COUNTED. */
static inline int
confident_guess(double p, const double lim[2])
{
	double q = 1.0 - p;
	int c0 = q >= lim[0], c1 = p >= lim[1];

	if (c0 && c1)
		return argmax2(q, p);
	if (c0 || c1)
		return c1;
	return NOT_COUNTED;
}

void
ml_cl_joint(const double *p, const unsigned char *y, size_t n, ml_cl_result *res)
{
	double lim[2];
	size_t i;
	int g, k;

	memset(res, 0, sizeof *res);
	for (i = 0; i < n; i++)
		res->count[y[i] != 0]++;
	ml_cl_thresholds(p, y, n, res->thr);
	lim[0] = res->thr[0] - EPS_CMP;
	lim[1] = res->thr[1] - EPS_CMP;
	for (i = 0; i < n; i++)
		if ((g = confident_guess(p[i], lim)) != NOT_COUNTED)
			res->raw[y[i] != 0][g]++;
	for (k = 0; k < 2; k++)
		if (res->raw[k][k] < 1)
			res->raw[k][k] = 1;
	ml_cl_calibrate((const long (*)[2])res->raw, res->count, res->cal);
}

/* x converts to a long (NaN and values out of range do not). */
static int
in_long(double x)
{
	return x > -0x1p63 && x < 0x1p63;
}

/*
 * The per-side prune counts (SPEC 3.2.5, 3.2.6): remove[k] = how many
 * given-k rows prune_by_noise_rate flags, keep[k] = how many given-k rows
 * prune_by_class keeps.
 */
static void
prune_counts(const long C[2][2], const size_t count[2], const ml_cl_opts *o,
    long remove[2], long keep[2])
{
	double m[2][2], psy[2][2], tmp[2][2], rho[2], noise, nd, o1, o2;
	long d, off, ntr[2];
	int k, i, j;

	for (k = 0; k < 2; k++) {
		d = C[k][k];
		off = C[k][1 - k];
		nd = (double)(d > o->min_examples_per_class ? d : o->min_examples_per_class);
		o1 = (double)off - (nd - (double)d);
		if (o1 < 0)
			o1 = 0;
		o2 = o1 * o->frac_noise;
		remove[k] = (long)o2;
		keep[k] = (long)(nd + (o1 - o2));
	}
	if (o->num_to_remove < 0)
		return;

	/*
	 * cleanlab's num_to_remove_per_class arithmetic on the prune count
	 * matrix m (column = given label), including its division of
	 * column j by row sum j.
	 */
	m[0][0] = (double)keep[0];
	m[1][1] = (double)keep[1];
	m[1][0] = (double)remove[0];
	m[0][1] = (double)remove[1];
	ntr[0] = o->num_to_remove;
	ntr[1] = 0;
	for (i = 0; i < 2; i++)
		rho[i] = m[i][0] + m[i][1];
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++)
			psy[i][j] = m[i][j] / rho[j];
	for (i = 0; i < 2; i++) {
		noise = ((-0.0 + psy[i][0]) + psy[i][1]) - psy[i][i];
		for (j = 0; j < 2; j++)
			tmp[i][j] = (psy[i][j] * (double)ntr[i]) / noise;
		tmp[i][i] = (double)count[i] - (double)ntr[i];
		ml_round_preserving_sum(tmp[i], 2);
	}
	/*
	 * A 0/0 (or an overflow) left in the matrix becomes INT64_MIN in
	 * numpy's astype(int), which ends up pruning nothing on that side.
	 */
	for (k = 0; k < 2; k++) {
		keep[k] = in_long(tmp[k][k]) ? (long)tmp[k][k] : (long)count[k];
		remove[k] = in_long(tmp[1 - k][k]) ? (long)tmp[1 - k][k] : 0;
	}
}

/* prune's scratch, n of each, kept from class to class (ml_cl_work_new). */
struct ml_cl_work {
	size_t n;
	size_t *rows;           /* the rows of one side */
	size_t *order;
	double *keys;
	unsigned char *other;   /* prune_by_class's flags */
};
typedef struct ml_cl_work work;

ml_cl_work *
ml_cl_work_new(size_t n)
{
	work *w = calloc(1, sizeof *w);
	size_t m = n ? n : 1;

	if (!w)
		return NULL;
	w->n = n;
	w->rows = malloc(m * sizeof *w->rows);
	w->order = malloc(m * sizeof *w->order);
	w->keys = malloc(m * sizeof *w->keys);
	w->other = malloc(m);
	if (!w->rows || !w->order || !w->keys || !w->other) {
		ml_cl_work_free(w);
		return NULL;
	}
	return w;
}

void
ml_cl_work_free(ml_cl_work *w)
{
	if (!w)
		return;
	free(w->rows);
	free(w->order);
	free(w->keys);
	free(w->other);
	free(w);
}

/*
 * Flags the first `want` rows of side k in numpy's argsort order of key
 * (prune_by_noise_rate: margin of the other side, descending;
 * prune_by_class: B[i][k] ascending).
 */
static void
flag_lowest(const double *p, const unsigned char *y, size_t n, int k, int bymargin,
    long want, work *w, unsigned char *flag)
{
	size_t nk = 0, i, t, lim;

	for (i = 0; i < n; i++)
		if ((y[i] != 0) == k) {
			w->rows[nk] = i;
			if (bymargin)
				w->keys[nk] = -(col(p[i], 1 - k) - col(p[i], k));
			else
				w->keys[nk] = col(p[i], k);
			nk++;
		}
	/* cleanlab only writes a side's mask back when it has >= 2 rows. */
	if (nk <= 1 || want <= 0)
		return;
	lim = (unsigned long)want < nk ? (size_t)want : nk;
	ml_argsort_prefix(w->keys, nk, w->order, lim);
	for (t = 0; t < lim; t++)
		flag[w->rows[w->order[t]]] = 1;
}

static int
is_low(int f)
{
	return f == ML_LOW_NORMALIZED_MARGIN || f == ML_LOW_SELF_CONFIDENCE;
}

/* cleanlab's checks of one class's binary problem, in its order; count[] gets L0, L1. */
static int
validate(const double *p, const unsigned char *y, size_t n, const ml_cl_opts *o, long count[2],
    ml_err *e)
{
	int f = o->filter;
	char buf[32];
	double q;
	size_t i;

	if (f < 0 || (size_t)f >= NFILTERS)
		return ml_errmsg(e, "unknown filter");
	count[0] = count[1] = 0;
	for (i = 0; i < n; i++)
		count[y[i] != 0]++;
	if (n == 0)
		return ml_errmsg(e,
		    "no examples (Labels must contain at least 2 classes.)");
	if (count[0] == 0)
		return ml_errmsg(e,
		    "given to every example: cleanlab requires both labels in "
		    "each class's one-vs-rest problem (Labels must contain at "
		    "least 2 classes.)");
	for (i = 0; i < n; i++) {
		q = 1.0 - p[i];
		if (p[i] < -1e-6 || p[i] > 1 + 1e-6 || q < -1e-6 || q > 1 + 1e-6) {
			snprintf(buf, sizeof buf, "%.17g", p[i]);
			return ml_errf(e, NULL, 0, NULL, buf, strlen(buf),
			    "probability outside [0, 1] (Values in pred_probs "
			    "must be between 0 and 1.)");
		}
	}
	if (o->num_to_remove >= 0 && (f == ML_CONFIDENT_LEARNING ||
	    f == ML_PREDICTED_NEQ_GIVEN || is_low(f)))
		return ml_errmsg(e,
		    "num_to_remove_per_class does not work with filter %s "
		    "(filter_by 'confident_learning', 'predicted_neq_given', "
		    "'low_normalized_margin' or 'low_self_confidence' is not "
		    "supported (yet) when setting 'num_to_remove_per_class')",
		    filter_names[f]);
	if (f == ML_PREDICTED_NEQ_GIVEN && count[1] == 0)
		return ml_errmsg(e,
		    "given to no example: predicted_neq_given requires both "
		    "labels in each class's one-vs-rest problem (Labels must "
		    "contain at least 2 classes.)");
	return 0;
}

/* prune_by_noise_rate, prune_by_class and both (SPEC 3.2.5-3.2.7) into flag[]. */
static void
prune(const double *p, const unsigned char *y, size_t n, const ml_cl_opts *o,
    const long count[2], unsigned char *flag, ml_cl_result *res, work *w)
{
	const long (*C)[2];
	long remove[2], keep[2];
	unsigned char *other = w->other;
	int f = o->filter, k;
	size_t i;

	if (f != ML_PRUNE_BY_NOISE_RATE)
		memset(other, 0, n);
	/* A user joint replaces the calibrated one as is. */
	C = o->joint != NULL ? (const long (*)[2])o->joint : (const long (*)[2])res->cal;
	prune_counts(C, res->count, o, remove, keep);
	for (k = 0; k < 2; k++) {
		if (count[k] <= o->min_examples_per_class) {
			res->too_few[k] = 1;
			continue;
		}
		if (f != ML_PRUNE_BY_CLASS)
			flag_lowest(p, y, n, k, 1, remove[k], w, flag);
		if (f != ML_PRUNE_BY_NOISE_RATE)
			flag_lowest(p, y, n, k, 0, count[k] - keep[k], w, other);
	}
	if (f == ML_PRUNE_BY_CLASS)
		memcpy(flag, other, n);
	else if (f == ML_BOTH)
		for (i = 0; i < n; i++)
			flag[i] &= other[i];
}

/*
 * _reduce_issues (SPEC 3.2.8): unflag where the given label wins the
 * argmax once 1e-6 is added to its column.
 */
static void
reduce_issues(const double *p, const unsigned char *y, size_t n, unsigned char *flag)
{
	size_t i;
	double q;
	int g, yi;

	for (i = 0; i < n; i++) {
		if (!flag[i])
			continue;
		q = 1.0 - p[i];
		yi = y[i] != 0;
		if (yi)
			g = argmax2(q, p[i] + EPS_CMP);
		else
			g = argmax2(q + EPS_CMP, p[i]);
		if (g == yi)
			flag[i] = 0;
	}
}

int
ml_cl_class(const double *p, const unsigned char *y, size_t n, const ml_cl_opts *o,
    unsigned char *flag, ml_cl_result *res, ml_cl_work *w, ml_err *e)
{
	long count[2];
	double lim[2];
	size_t i;
	int g;

	if (validate(p, y, n, o, count, e) < 0)
		return -1;
	ml_cl_joint(p, y, n, res);
	memset(flag, 0, n);
	switch (o->filter) {
	case ML_PRUNE_BY_NOISE_RATE:
	case ML_PRUNE_BY_CLASS:
	case ML_BOTH:
		if (w && w->n >= n) {
			prune(p, y, n, o, count, flag, res, w);
		} else {
			if (!(w = ml_cl_work_new(n)))
				return ml_err_oom(e);
			prune(p, y, n, o, count, flag, res, w);
			ml_cl_work_free(w);
		}
		break;
	case ML_PREDICTED_NEQ_GIVEN:
		for (i = 0; i < n; i++)
			flag[i] = argmax2(1.0 - p[i], p[i]) != (y[i] != 0);
		break;
	default:
		/* confident_learning: the off-diagonal rows.  low_* count E from it. */
		lim[0] = res->thr[0] - EPS_CMP;
		lim[1] = res->thr[1] - EPS_CMP;
		for (i = 0; i < n; i++) {
			g = confident_guess(p[i], lim);
			flag[i] = g != NOT_COUNTED && g != (y[i] != 0);
		}
		break;
	}
	reduce_issues(p, y, n, flag);
	return 0;
}

size_t
ml_low_issues(const double *s, size_t n, size_t E, size_t *out)
{
	size_t *idx, i;

	if (E > n)
		E = n;
	if ((idx = malloc((n ? n : 1) * sizeof *idx)) == NULL)
		return (size_t)-1;
	ml_argsort_prefix(s, n, idx, E);
	for (i = 0; i < E; i++)
		out[i] = idx[i];
	free(idx);
	return E;
}

void
ml_rank_rows(const double *score, const size_t *rows, size_t m, size_t *out)
{
	size_t i;

	ml_argsort_subset(score, rows, m, out);
	for (i = 0; i < m; i++)
		out[i] = rows[out[i]];
}

/*
 * cleanlab returns cl_error_indices[argsort(subset_scores)]: the subset
 * scores are in row order, cl_error_indices in score order, so the
 * positions of one index the other (a cleanlab bug, kept).
 */
void
ml_low_rank(const double *score, const size_t *lowest, size_t m, size_t *out)
{
	size_t i;

	ml_argsort(score, m, out);
	for (i = 0; i < m; i++)
		out[i] = lowest[out[i]];
}

int
ml_cl_guess(double p, const double thr[2])
{
	double lim[2] = { thr[0] - EPS_CMP, thr[1] - EPS_CMP };

	return confident_guess(p, lim);
}

int
ml_cl_disagrees(double p, int y)
{
	unsigned char flag = 1, yy = (unsigned char)(y != 0);

	reduce_issues(&p, &yy, 1, &flag);
	return flag;
}

void
ml_cl_prune_counts(const long C[2][2], const size_t count[2], const ml_cl_opts *o,
                   long remove[2], long keep[2])
{
	prune_counts(C, count, o, remove, keep);
}
