/*
 * test_cl.c - confident learning per class and the combination of
 * classes (cl.c).
 *
 * The small_random conformance case is embedded whole (its input rows and
 * cleanlab 2.9.0's masks, joints and ranked lists); the small synthetic
 * cases are worked out by hand from SPEC 3.2.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlaudit.h"
#include "check_main.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))
#define N 60
#define K 4

/* small_random (N = 60, K = 4): input.tsv rows: labels, p_c0..p_c3. */
static const struct row { const char *labels; double p[4]; } rows[N] = {
	{ "", { 0.4070159894740406, 0.0, 0.1171842279411621, 0.0 } },
	{ "0", { 0.8962753817342262, 0.09633805984136198, 0.3026883490631745, 0.044047491202039754 } },
	{ "", { 1.0, 0.8300684759093818, 0.09284548752791442, 0.1871862735983585 } },
	{ "1", { 0.9101277473256116, 0.8093610008452623, 0.11706084253485916, 0.08986854057582498 } },
	{ "0", { 0.6918694796732262, 0.03323184494602422, 0.041709953501143655, 0.07064069029159395 } },
	{ "2", { 0.013145605317067124, 0.08073628317188047, 0.46813355843707666, 0.07088924785696028 } },
	{ "", { 0.07069036539774204, 0.0, 0.08142866444520261, 0.28658900620536026 } },
	{ "2", { 0.11795973813521898, 0.09959290235118208, 0.7467946175320787, 0.00948265364759594 } },
	{ "", { 0.052819133051282004, 0.4536252456469917, 0.1780653670993089, 0.08578945277205328 } },
	{ "", { 0.4250312535208748, 0.10661318632788538, 0.0795637960769966, 0.05569813485673206 } },
	{ "0,1", { 0.3702576884179221, 0.9181431405718667, 0.08499635396362866, 0.07042162882585509 } },
	{ "0,1,2", { 0.7683341849922065, 0.62913844345247, 0.15973137628040837, 0.09229419626415661 } },
	{ "0", { 0.9854745379302359, 0.3265739321091828, 0.07620182577577071, 0.02720076513788636 } },
	{ "0", { 0.8362825202833888, 0.1877892209722812, 0.7122439721095836, 0.18748484543537414 } },
	{ "1", { 0.06043875587747032, 0.9290173700752542, 0.12312612593742157, 0.04203475519930012 } },
	{ "1,2,3", { 0.1256041762876993, 0.8464841652641054, 0.8771218557305439, 0.6941581090012089 } },
	{ "", { 1.0, 0.7260574389718127, 0.016048079022074762, 0.007586804214836671 } },
	{ "0", { 0.8463797843720727, 0.044326711910791974, 0.11777463776476495, 0.01213083709322303 } },
	{ "0", { 0.0, 0.41666523537494804, 0.30594749004132477, 0.02220677469454756 } },
	{ "2", { 0.12223248663293454, 0.29999567312313846, 0.9623173120179829, 0.026312900030717408 } },
	{ "", { 0.6399475914826868, 0.3616169916859381, 0.07041207523610186, 0.37768757938635794 } },
	{ "1,2", { 0.4161501539525976, 0.01934916761953673, 0.5572337240448171, 0.2128727193755177 } },
	{ "0", { 0.699728770709224, 0.2703125742557468, 0.02605106761197604, 1.0 } },
	{ "0", { 0.8972028612393296, 0.5088204696034605, 0.07985167160037489, 0.052626257922750434 } },
	{ "0,1", { 0.8153280032739115, 0.0, 0.04562861609500297, 0.0667414475602384 } },
	{ "", { 0.67690172387139, 0.27424510470225866, 0.0, 0.04341308073592488 } },
	{ "3", { 0.3619881051147322, 0.03532809667911126, 0.019083686982227704, 0.40175195459789015 } },
	{ "0,1", { 0.9644726218683719, 0.8162608185350184, 0.03660827831978294, 0.0522961012852913 } },
	{ "", { 0.2574876554015068, 0.37950350067655764, 0.5, 0.29672888801515124 } },
	{ "0,2", { 0.9380591897941625, 0.06027572302622468, 0.6391068811447069, 0.1325427222520066 } },
	{ "", { 0.12522457556873112, 0.14873174180738558, 0.031632262640427185, 0.00942759489001415 } },
	{ "0", { 0.989169432786882, 0.15384251614909217, 0.13239310595628817, 0.13508376676217448 } },
	{ "0,3", { 0.9609310622227659, 0.3111381297720004, 0.03281845965155372, 0.06895107332119292 } },
	{ "0,1,2", { 0.8433099073980341, 0.900663071382057, 0.581815157353115, 0.11819098092009167 } },
	{ "", { 0.2091882746677934, 0.5, 0.005066559562296276, 0.0853488401836862 } },
	{ "0", { 0.0, 0.24973272750569217, 0.10343622933609292, 0.030423922217239587 } },
	{ "0,1", { 0.9170721907185657, 0.18739198491671902, 1.0, 0.016291957739607465 } },
	{ "0", { 0.9063057156975886, 0.04972051498059564, 0.20270796185372403, 0.34336952525243375 } },
	{ "0,1,2", { 0.8638089582331483, 0.8270680996567905, 0.11932231787778368, 0.30913923053238185 } },
	{ "0,1", { 0.9638580084785944, 0.8008525632858928, 0.22124958818529264, 0.08215990662211432 } },
	{ "1,2", { 0.10007811527773117, 0.9013478554787617, 0.7199433821573533, 0.02967707828441718 } },
	{ "", { 0.4507523582601293, 0.32761591306784354, 0.03536666808612034, 0.02188193766390627 } },
	{ "0,1", { 0.7830809584412111, 0.8982400948068864, 0.014455421395744655, 0.1540504261786937 } },
	{ "", { 0.2441549681267456, 0.45795073205437525, 0.028850613064137363, 0.06436524735873822 } },
	{ "0,1", { 0.9805576183196624, 0.7289988959843606, 0.30026495044049445, 0.20836918403941057 } },
	{ "0,2", { 0.4243904554834164, 1.0, 0.9033634750715501, 0.044629574993865405 } },
	{ "1,2", { 0.4666516407619262, 0.4993821054804097, 0.32909080647918265, 0.047733462418024786 } },
	{ "0", { 0.9161034128761543, 0.08551668638773322, 0.26124681478434164, 0.013168670723677047 } },
	{ "0,2", { 0.7122931886011291, 0.43472900435875156, 0.13113864846387038, 0.11001705891361775 } },
	{ "", { 0.065251643778238, 0.05748577443502347, 0.07334967021002885, 1.0 } },
	{ "0,2", { 0.9381195333213908, 0.2307377552430809, 0.9255530641866486, 0.09409467516994524 } },
	{ "", { 0.061346260348836154, 0.24493779829379753, 0.02296249109902569, 0.027590043008330612 } },
	{ "0,2", { 0.9841036440514279, 0.351788260541103, 0.16653147529780085, 1.0 } },
	{ "2", { 0.12563325767939437, 0.2322546376837444, 0.5208579971173011, 0.05427553525048299 } },
	{ "", { 0.1848803255067601, 0.47437000287219205, 0.048551850685227646, 0.234149093092947 } },
	{ "", { 0.1681559141390574, 0.017780787512974693, 0.011457912915586168, 0.03582509574264198 } },
	{ "0,1", { 0.9480326374012131, 0.8339664011456276, 0.5129304566792661, 0.7240326518734214 } },
	{ "", { 0.5299089676262685, 0.16885785279340174, 0.4918817559597288, 0.16902076989102277 } },
	{ "0,2", { 0.672353552187716, 0.026744435905254632, 0.5400445067570133, 0.05109422002760016 } },
	{ "0,1,3", { 1.0, 0.9114812941831321, 0.0, 0.9633030611220128 } },
};
/* expected_issues.tsv columns, one character per row. */
static const struct mask { const char *name; const char *bits; } masks[] = {
	{ "prune_by_noise_rate",
	    "001100000011010010100111110000001001101000000100110010001000" },
	{ "prune_by_class",
	    "001100000011010010100111110000001001101000000100110010001000" },
	{ "both",
	    "001100000011010010100111110000001001101000000100110010001000" },
	{ "confident_learning",
	    "001100000000010010100110100000001001101000000100110010001000" },
	{ "predicted_neq_given",
	    "001101000011010010101111111000001001101000000110110010001100" },
	{ "low_normalized_margin",
	    "001100000001000010100110100000001001101000000100110010001000" },
	{ "low_self_confidence",
	    "001100000001000010100110100000001001101000000100110010001000" },
	{ "prune_by_noise_rate.mepc5",
	    "001100000011010010100111110000000001101000000100110010001000" },
	{ "prune_by_noise_rate.frac0.5",
	    "001000000000000010100000100000000000101000000100010010000000" },
	{ "issue_c0",
	    "001100000010000010100000010000000001000000000000000000000000" },
	{ "issue_c1",
	    "001000000000000010000101100000000000100000000100000000000000" },
	{ "issue_c2",
	    "000000000001010000000000000000000000101000000000100000001000" },
	{ "issue_c3",
	    "000000000000000000000010000000001000000000000000010010001000" },
};
/* expected_ranked_by_filter.tsv: prune_by_noise_rate.self_confidence */
static const size_t ranked_prune_by_noise_rate_self_confidence[] = { 52, 2, 36, 16, 45, 18, 21, 22, 35, 24, 49, 32, 48, 3, 38, 11, 56, 13, 25, 10, 23 };
/* expected_ranked_by_filter.tsv: prune_by_noise_rate.confidence_weighted_entropy */
static const size_t ranked_prune_by_noise_rate_confidence_weighted_entropy[] = { 52, 2, 36, 25, 16, 45, 18, 22, 35, 24, 49, 21, 32, 48, 3, 38, 11, 56, 13, 10, 23 };
/* expected_ranked_by_filter.tsv: low_self_confidence.self_confidence */
static const size_t ranked_low_self_confidence_self_confidence[] = { 11, 52, 49, 16, 48, 45, 18, 21, 24, 22, 38, 35, 3, 2, 32, 36, 56 };
/* expected_ranked_by_filter.tsv: low_self_confidence.normalized_margin */
static const size_t ranked_low_self_confidence_normalized_margin[] = { 11, 52, 49, 16, 48, 45, 18, 21, 24, 22, 38, 35, 3, 2, 32, 36, 56 };

/* expected_joint.tsv of small_random: n00 n01 n10 n11, raw_n.., thr0, thr1. */
static const struct joint {
	long cal[2][2], raw[2][2];
	double thr[2];
} joints[K] = {
	{ { { 25, 4 }, { 3, 28 } }, { { 17, 3 }, { 2, 21 } },
	  { 0.6762494212901908, 0.7907469451776509 } },
	{ { { 37, 5 }, { 3, 15 } }, { { 23, 3 }, { 3, 13 } },
	  { 0.7353416204130904, 0.6920636929268972 } },
	{ { { 40, 3 }, { 3, 14 } }, { { 31, 2 }, { 2, 9 } },
	  { 0.8429036432289494, 0.5498882444676019 } },
	{ { { 51, 5 }, { 1, 3 } }, { { 41, 4 }, { 1, 2 } },
	  { 0.8422109956395332, 0.5320410495105762 } },
};

static double pc[K][N], P[N][K];
static unsigned char yc[K][N], Y[N][K];

static void
load(void)
{
	const char *s;
	size_t i, c;

	memset(Y, 0, sizeof Y);
	for (i = 0; i < N; i++) {
		for (s = rows[i].labels; *s != '\0'; s++)
			if (*s >= '0' && *s <= '9')
				Y[i][*s - '0'] = 1;
		for (c = 0; c < K; c++) {
			P[i][c] = pc[c][i] = rows[i].p[c];
			yc[c][i] = Y[i][c];
		}
	}
}

static const char *
expected(const char *name)
{
	size_t j;

	for (j = 0; j < LEN(masks); j++)
		if (strcmp(masks[j].name, name) == 0)
			return masks[j].bits;
	ck_abort_msg("no expected column %s", name);
	return NULL;
}

static ml_cl_opts
opts(int filter)
{
	ml_cl_opts o = { filter, 1.0, 1, -1, NULL };

	return o;
}

/* The multi-label mask: OR over classes of the per-class flags. */
static void
mask_of(const ml_cl_opts *o, unsigned char *mask)
{
	unsigned char flag[N];
	ml_cl_result res;
	ml_err e;
	size_t c, i;

	memset(mask, 0, N);
	for (c = 0; c < K; c++) {
		ck_assert_msg(ml_cl_class(pc[c], yc[c], N, o, flag, &res, NULL, &e) == 0, "%s", e.msg);
		for (i = 0; i < N; i++)
			mask[i] |= flag[i];
	}
}

static void
assert_mask(const unsigned char *mask, const char *name)
{
	const char *want = expected(name);
	size_t i;

	for (i = 0; i < N; i++)
		ck_assert_msg(mask[i] == want[i] - '0', "%s: row %zu is %d", name, i, mask[i]);
}

static size_t
count(const unsigned char *m, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += m[i] != 0;
	return k;
}

/* The default scores every row gets for low_* (self_confidence, EMA 0.8). */
static void
rank_scores(int method, double *s)
{
	double scratch[K];
	size_t i;

	for (i = 0; i < N; i++)
		s[i] = ml_rank_score(method, Y[i], P[i], K, scratch);
}

/* low_*: the E lowest-scored rows, E from the confident_learning mask. */
static size_t
low_rows(size_t *lowest)
{
	ml_cl_opts o = opts(ML_CONFIDENT_LEARNING);
	unsigned char mask[N];
	double s[N];

	mask_of(&o, mask);
	rank_scores(ML_SELF_CONFIDENCE, s);
	return ml_low_issues(s, N, count(mask, N), lowest);
}

START_TEST(test_filter_names)
{
	int f;

	for (f = ML_PRUNE_BY_NOISE_RATE; f <= ML_LOW_SELF_CONFIDENCE; f++)
		ck_assert_int_eq(ml_filter_parse(ml_filter_name(f)), f);
	ck_assert_int_eq(ml_filter_parse("prune_by_noise_rate"), ML_PRUNE_BY_NOISE_RATE);
	ck_assert_int_eq(ml_filter_parse("both"), ML_BOTH);
	ck_assert_int_eq(ml_filter_parse("Both"), -1);
	ck_assert_int_eq(ml_filter_parse("prune"), -1);
	ck_assert_ptr_null(ml_filter_name(7));
}
END_TEST

START_TEST(test_fixture_joint)
{
	ml_cl_result res;
	double thr[2];
	size_t c;

	load();
	for (c = 0; c < K; c++) {
		ml_cl_thresholds(pc[c], yc[c], N, thr);
		ck_assert(thr[0] == joints[c].thr[0] && thr[1] == joints[c].thr[1]);
		ml_cl_joint(pc[c], yc[c], N, &res);
		ck_assert(res.thr[0] == joints[c].thr[0] && res.thr[1] == joints[c].thr[1]);
		ck_assert_mem_eq(res.raw, joints[c].raw, sizeof res.raw);
		ck_assert_mem_eq(res.cal, joints[c].cal, sizeof res.cal);
		/* n10 + n11 is the number of rows given the class. */
		ck_assert_uint_eq(res.count[1], (size_t)(joints[c].cal[1][0] + joints[c].cal[1][1]));
		ck_assert_uint_eq(res.count[0] + res.count[1], N);
	}
}
END_TEST

START_TEST(test_fixture_masks)
{
	static const struct { const char *name; int filter; double frac; long mepc; } cfg[] = {
		{ "prune_by_noise_rate", ML_PRUNE_BY_NOISE_RATE, 1, 1 },
		{ "prune_by_class", ML_PRUNE_BY_CLASS, 1, 1 },
		{ "both", ML_BOTH, 1, 1 },
		{ "confident_learning", ML_CONFIDENT_LEARNING, 1, 1 },
		{ "predicted_neq_given", ML_PREDICTED_NEQ_GIVEN, 1, 1 },
		{ "prune_by_noise_rate.mepc5", ML_PRUNE_BY_NOISE_RATE, 1, 5 },
		{ "prune_by_noise_rate.frac0.5", ML_PRUNE_BY_NOISE_RATE, 0.5, 1 },
	};
	unsigned char mask[N];
	size_t j;

	load();
	for (j = 0; j < LEN(cfg); j++) {
		ml_cl_opts o = { cfg[j].filter, cfg[j].frac, cfg[j].mepc, -1, NULL };

		mask_of(&o, mask);
		assert_mask(mask, cfg[j].name);
	}
}
END_TEST

START_TEST(test_fixture_per_class)
{
	ml_cl_opts o = opts(ML_PRUNE_BY_NOISE_RATE);
	unsigned char flag[N];
	ml_cl_result res;
	ml_err e;
	char name[16];
	size_t c;

	load();
	for (c = 0; c < K; c++) {
		ck_assert_int_eq(ml_cl_class(pc[c], yc[c], N, &o, flag, &res, NULL, &e), 0);
		snprintf(name, sizeof name, "issue_c%zu", c);
		assert_mask(flag, name);
		ck_assert_mem_eq(res.cal, joints[c].cal, sizeof res.cal);
	}
}
END_TEST

START_TEST(test_fixture_low)
{
	size_t lowest[N], E, i;
	unsigned char mask[N];

	load();
	E = low_rows(lowest);
	memset(mask, 0, N);
	for (i = 0; i < E; i++)
		mask[lowest[i]] = 1;
	assert_mask(mask, "low_self_confidence");
	assert_mask(mask, "low_normalized_margin");
}
END_TEST

START_TEST(test_fixture_ranked)
{
	ml_cl_opts o = opts(ML_PRUNE_BY_NOISE_RATE);
	unsigned char mask[N];
	size_t rowsf[N], out[N], m = 0, i;
	double s[N];

	load();
	mask_of(&o, mask);
	for (i = 0; i < N; i++)
		if (mask[i])
			rowsf[m++] = i;
	ck_assert_uint_eq(m, LEN(ranked_prune_by_noise_rate_self_confidence));
	rank_scores(ML_SELF_CONFIDENCE, s);
	ml_rank_rows(s, rowsf, m, out);
	for (i = 0; i < m; i++)
		ck_assert_uint_eq(out[i], ranked_prune_by_noise_rate_self_confidence[i]);
	rank_scores(ML_CWE, s);
	ml_rank_rows(s, rowsf, m, out);
	for (i = 0; i < m; i++)
		ck_assert_uint_eq(out[i], ranked_prune_by_noise_rate_confidence_weighted_entropy[i]);
}
END_TEST

START_TEST(test_fixture_low_ranked)
{
	/*
	 * cleanlab's scrambled low_* order: subset scores in row order index
	 * the rows in score order.
	 */
	size_t lowest[N], flagged[N], out[N], E, m = 0, i, j;
	unsigned char mask[N];
	double s[N], sub[N];

	load();
	E = low_rows(lowest);
	ck_assert_uint_eq(E, LEN(ranked_low_self_confidence_self_confidence));
	memset(mask, 0, N);
	for (i = 0; i < E; i++)
		mask[lowest[i]] = 1;
	for (i = 0; i < N; i++)
		if (mask[i])
			flagged[m++] = i;
	for (j = 0; j < 2; j++) {
		const size_t *want = j == 0 ? ranked_low_self_confidence_self_confidence :
		    ranked_low_self_confidence_normalized_margin;

		/* Unadjusted scores of a row do not depend on the other rows. */
		rank_scores(j == 0 ? ML_SELF_CONFIDENCE : ML_NORMALIZED_MARGIN, s);
		for (i = 0; i < m; i++)
			sub[i] = s[flagged[i]];
		ml_low_rank(sub, lowest, m, out);
		for (i = 0; i < m; i++)
			ck_assert_uint_eq(out[i], want[i]);
	}
}
END_TEST

/* A hand-worked class: y = 1 for rows 0-4, p chosen so that t1 = 0.41, t0 = 0.63. */
static const double hp[10] = { 0.9, 0.8, 0.2, 0.1, 0.05, 0.1, 0.2, 0.7, 0.8, 0.05 };
static const unsigned char hy[10] = { 1, 1, 1, 1, 1, 0, 0, 0, 0, 0 };

static void
hand_flags(const ml_cl_opts *o, unsigned char *flag, ml_cl_result *res)
{
	ml_err e;

	ck_assert_msg(ml_cl_class(hp, hy, 10, o, flag, res, NULL, &e) == 0, "%s", e.msg);
}

static void
assert_flags(const unsigned char *flag, const char *want)
{
	size_t i;

	for (i = 0; i < 10; i++)
		ck_assert_msg(flag[i] == want[i] - '0', "row %zu: %d, want %s", i, flag[i], want);
}

START_TEST(test_hand_joint_and_filters)
{
	/*
	 * Given rows 2-4 are confidently absent, rows 7-8 confidently present:
	 * raw = calibrated = [[3, 2], [3, 2]].  prune_by_noise_rate flags the
	 * 3 given rows with the smallest p and the 2 other rows with the
	 * largest p; prune_by_class keeps the diagonal (2 given, 3 other
	 * rows) and so flags the same rows.
	 */
	static const long want[2][2] = { { 3, 2 }, { 3, 2 } };
	ml_cl_opts o = opts(ML_PRUNE_BY_NOISE_RATE);
	unsigned char flag[10];
	ml_cl_result res;

	hand_flags(&o, flag, &res);
	ck_assert_mem_eq(res.raw, want, sizeof want);
	ck_assert_mem_eq(res.cal, want, sizeof want);
	assert_flags(flag, "0011100110");
	o.filter = ML_PRUNE_BY_CLASS;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0011100110");
	o.filter = ML_BOTH;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0011100110");
	o.filter = ML_CONFIDENT_LEARNING;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0011100110");
	o.filter = ML_PREDICTED_NEQ_GIVEN;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0011100110");
}
END_TEST

START_TEST(test_hand_frac_and_min_examples)
{
	ml_cl_opts o = opts(ML_PRUNE_BY_NOISE_RATE);
	unsigned char flag[10];
	ml_cl_result res;

	/* frac_noise 0.5: 3 * 0.5 and 2 * 0.5 truncate to 1 each. */
	o.frac_noise = 0.5;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0000100010");
	/* prune_by_class keeps trunc(2 + 1.5) = 3 given and 3 + 1 other rows. */
	o.filter = ML_PRUNE_BY_CLASS;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0001100010");
	o.filter = ML_PRUNE_BY_NOISE_RATE;
	/* min_examples_per_class 3: the given side's diagonal 2 -> 3 costs one off-diagonal. */
	o.frac_noise = 1;
	o.min_examples_per_class = 3;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0001100110");
	ck_assert(!res.too_few[0] && !res.too_few[1]);
	/* 5 rows per side <= 5: nothing is flagged, cleanlab warns. */
	o.min_examples_per_class = 5;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0000000000");
	ck_assert(res.too_few[0] && res.too_few[1]);
}
END_TEST

START_TEST(test_hand_num_to_remove)
{
	/*
	 * SPEC 3.2.6, nothing degenerate: r = 2 makes prune_by_noise_rate
	 * flag the 2 given rows with the smallest p, prune_by_class the 2
	 * other rows with the smallest 1 - p.
	 */
	ml_cl_opts o = opts(ML_PRUNE_BY_NOISE_RATE);
	unsigned char flag[10];
	ml_cl_result res;
	ml_err e;

	o.num_to_remove = 2;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0001100000");
	o.filter = ML_PRUNE_BY_CLASS;
	hand_flags(&o, flag, &res);
	assert_flags(flag, "0000000110");
	o.filter = ML_CONFIDENT_LEARNING;
	ck_assert_int_eq(ml_cl_class(hp, hy, 10, &o, flag, &res, NULL, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, "is not supported (yet) when setting 'num_to_remove_per_class'"));
	o.filter = ML_PREDICTED_NEQ_GIVEN;
	ck_assert_int_eq(ml_cl_class(hp, hy, 10, &o, flag, &res, NULL, &e), -1);
}
END_TEST

START_TEST(test_agreement_rule)
{
	/*
	 * predicted_neq_given, then the agreement rule: a given class stays
	 * flagged only if p + 1e-6 <= q, an absent one only if q + 1e-6 < p.
	 */
	double p[] = { 0.5, 0.2, 0.4999994, 0.4999996, 0.5, 0.8, 0.5000004, 0.5000006 };
	unsigned char y[] = { 1, 1, 1, 1, 0, 0, 0, 0 }, flag[8];
	const char *want = "01100101";
	ml_cl_opts o = opts(ML_PREDICTED_NEQ_GIVEN);
	ml_cl_result res;
	ml_err e;
	size_t i;

	ck_assert_int_eq(ml_cl_class(p, y, 8, &o, flag, &res, NULL, &e), 0);
	for (i = 0; i < 8; i++)
		ck_assert_msg(flag[i] == want[i] - '0', "row %zu", i);
}
END_TEST

START_TEST(test_single_row_side_never_written)
{
	/*
	 * SPEC 3.2.7 assembly quirk: with a user joint asking to prune the
	 * only given row, and min_examples_per_class 0, nothing is flagged;
	 * confident_learning has no such rule.
	 */
	double p[] = { 0.0, 0.1, 0.1, 0.1, 0.1, 0.1 };
	unsigned char y1[] = { 1, 0, 0, 0, 0, 0 }, y2[] = { 1, 1, 0, 0, 0, 0 }, flag[6];
	long j1[4] = { 5, 0, 1, 0 }, j2[4] = { 4, 0, 2, 0 };
	ml_cl_opts o = { ML_PRUNE_BY_NOISE_RATE, 1.0, 0, -1, j1 };
	ml_cl_result res;
	ml_err e;

	ck_assert_int_eq(ml_cl_class(p, y1, 6, &o, flag, &res, NULL, &e), 0);
	ck_assert_uint_eq(count(flag, 6), 0);
	o.joint = NULL;
	o.filter = ML_CONFIDENT_LEARNING;
	ck_assert_int_eq(ml_cl_class(p, y1, 6, &o, flag, &res, NULL, &e), 0);
	ck_assert(flag[0] == 1 && count(flag, 6) == 1);
	/* Two given rows are written back. */
	o.filter = ML_PRUNE_BY_NOISE_RATE;
	o.joint = j2;
	ck_assert_int_eq(ml_cl_class(p, y2, 6, &o, flag, &res, NULL, &e), 0);
	ck_assert(flag[0] == 1 && flag[1] == 1 && count(flag, 6) == 2);
}
END_TEST

START_TEST(test_validation)
{
	double p[] = { 0.2, 0.7, 0.9, 0.4 };
	unsigned char all[] = { 1, 1, 1, 1 }, none[] = { 0, 0, 0, 0 }, flag[4];
	ml_cl_opts o = opts(ML_PRUNE_BY_NOISE_RATE);
	ml_cl_result res;
	ml_err e;
	int f;

	/* A class given to every example: every filter raises. */
	for (f = ML_PRUNE_BY_NOISE_RATE; f <= ML_LOW_SELF_CONFIDENCE; f++) {
		o.filter = f;
		ck_assert_int_eq(ml_cl_class(p, all, 4, &o, flag, &res, NULL, &e), -1);
		ck_assert_ptr_nonnull(strstr(e.msg, "(Labels must contain at least 2 classes.)"));
		ck_assert_ptr_nonnull(strstr(e.msg, "every example"));
	}
	/* A class given to no example: only predicted_neq_given raises. */
	for (f = ML_PRUNE_BY_NOISE_RATE; f <= ML_LOW_SELF_CONFIDENCE; f++) {
		o.filter = f;
		ck_assert_int_eq(ml_cl_class(p, none, 4, &o, flag, &res, NULL, &e),
		    f == ML_PREDICTED_NEQ_GIVEN ? -1 : 0);
	}
	ck_assert_ptr_nonnull(strstr(e.msg, "(Labels must contain at least 2 classes.)"));
	/* The joint of a never-given class: t1 = 2.0, raw_n11 clipped to 1. */
	o.filter = ML_PRUNE_BY_NOISE_RATE;
	ck_assert_int_eq(ml_cl_class(p, none, 4, &o, flag, &res, NULL, &e), 0);
	ck_assert(res.thr[1] == 2.0 && res.raw[1][1] == 1 && res.raw[1][0] == 0);
	ck_assert(res.cal[1][0] == 0 && res.cal[1][1] == 0);
	/* Probabilities beyond the 1e-6 slack. */
	p[2] = 1.5;
	ck_assert_int_eq(ml_cl_class(p, none, 4, &o, flag, &res, NULL, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, "Values in pred_probs must be between 0 and 1."));
	p[2] = 1 + 1e-7;
	ck_assert_int_eq(ml_cl_class(p, none, 4, &o, flag, &res, NULL, &e), 0);
}
END_TEST

/*
 * calibrate_confident_joint sums A in numpy's memory order of cleanlab's
 * Fortran-ordered joint: T = ((A00 + A10) + A01) + A11 (issue 17).  Each
 * case below lands a calibrated row on x.5; the values are IEEE doubles
 * (A[r][g] = (raw[r][g] / RS_r) * L_r, A' = (A / T) * (L0 + L1)), and the
 * rounding is round_preserving_sum's: rint each cell, and while the rint
 * of the cells' sum differs from the rint of the row's sum, move one unit
 * to the largest residual f - rint(f) (an increment; equal residuals: the
 * last position) or from the smallest (a decrement; equal: the first).
 */
static const struct calcase {
	long raw[2][2];
	size_t count[2];
	long cal[2][2];         /* cleanlab: column-major T */
	long rowmajor[2][2];    /* what a row-major T would give */
} calcases[] = {
	/*
	 * The issue's joint, row 1 from above: A = [[254.08064516129033,
	 * 12.919354838709678], [8.5, 93.5]]; column-major T =
	 * ((254.08064516129033 + 8.5) + 12.919354838709678) + 93.5 =
	 * 369.00000000000006 (row-major 369.0).  A' row 1 = [8.499999999999998,
	 * 93.49999999999997]: rint [8, 93], sum 101 < rint(101.99999999999997)
	 * = 102; residuals 0.4999999999999982, 0.4999999999999716: +1 to
	 * position 0, [9, 93].  Row 0 [254.0806451612903, 12.919354838709674]
	 * rounds to [254, 13].  Row-major: [8.5, 93.5] -> [8, 94], sum 102.
	 */
	{ { { 177, 9 }, { 5, 55 } }, { 267, 102 }, { { 254, 13 }, { 9, 93 } },
	  { { 254, 13 }, { 8, 94 } } },
	/*
	 * Row 1 from below: raw [[1, 2], [3, 1]], L [17, 14]: A =
	 * [[5.666666666666666, 11.333333333333332], [10.5, 3.5]], T =
	 * ((5.666666666666666 + 10.5) + 11.333333333333332) + 3.5 =
	 * 30.999999999999996 (row-major 31.0).  A' row 1 =
	 * [10.500000000000002, 3.5000000000000004]: rint [11, 4] = 15 >
	 * rint(14.000000000000002) = 14; residuals -0.4999999999999982,
	 * -0.49999999999999956: -1 at position 1 (the smallest), [11, 3].
	 * Row 0 [5.666666666666667, 11.333333333333334] -> [6, 11].
	 * Row-major: [10.5, 3.5] -> [10, 4] (half to even), sum 14.
	 */
	{ { { 1, 2 }, { 3, 1 } }, { 17, 14 }, { { 6, 11 }, { 11, 3 } },
	  { { 6, 11 }, { 10, 4 } } },
	/*
	 * Row 0 from above: raw [[1, 3], [5, 1]], L [26, 8]: A = [[6.5, 19.5],
	 * [6.666666666666667, 1.3333333333333333]], T = ((6.5 +
	 * 6.666666666666667) + 19.5) + 1.3333333333333333 = 34.00000000000001
	 * (row-major 34.0).  A' row 0 = [6.499999999999998, 19.499999999999996]:
	 * rint [6, 19] = 25 < 26; residuals 0.4999999999999982,
	 * 0.49999999999999645: +1 at position 0, [7, 19].  Row 1
	 * [6.666666666666666, 1.333333333333333] -> [7, 1].  Row-major:
	 * [6.5, 19.5] -> [6, 20].
	 */
	{ { { 1, 3 }, { 5, 1 } }, { 26, 8 }, { { 7, 19 }, { 7, 1 } },
	  { { 6, 20 }, { 7, 1 } } },
	/*
	 * Row 0 from below: raw [[1, 3], [1, 2]], L [14, 8]: A = [[3.5, 10.5],
	 * [2.6666666666666665, 5.333333333333333]], T = ((3.5 +
	 * 2.6666666666666665) + 10.5) + 5.333333333333333 = 21.999999999999996
	 * (row-major 22.0).  A' row 0 = [3.5000000000000004, 10.500000000000002]:
	 * rint [4, 11] = 15 > 14; residuals -0.49999999999999956,
	 * -0.4999999999999982: -1 at position 0, [3, 11].  Row 1
	 * [2.666666666666667, 5.333333333333334] -> [3, 5].  Row-major:
	 * [3.5, 10.5] -> [4, 10].
	 */
	{ { { 1, 3 }, { 1, 2 } }, { 14, 8 }, { { 3, 11 }, { 3, 5 } },
	  { { 4, 10 }, { 3, 5 } } },
	/*
	 * Row 1 lands on x.5 only in column order: raw [[1, 2], [9, 5]],
	 * L [4, 21]: A = [[1.3333333333333333, 2.6666666666666665],
	 * [13.500000000000002, 7.5]], T = ((1.3333333333333333 +
	 * 13.500000000000002) + 2.6666666666666665) + 7.5 = 25.000000000000004
	 * (row-major 25.0).  A' row 1 = [13.5, 7.499999999999998]: rint
	 * [14, 7] = 21 = rint(20.999999999999998), kept.  Row 0
	 * [1.333333333333333, 2.666666666666666] -> [1, 3].  Row-major:
	 * [13.5, 7.5] -> [14, 8] = 22 > 21, equal residuals -0.5: -1 at the
	 * first, [13, 8].
	 */
	{ { { 1, 2 }, { 9, 5 } }, { 4, 21 }, { { 1, 3 }, { 14, 7 } },
	  { { 1, 3 }, { 13, 8 } } },
	/*
	 * Every cell exactly x.5 (T = 6 in either order): raw all 1, L [3, 3]:
	 * A = A' = 1.5 everywhere; each row rints to [2, 2] = 4 > 3, equal
	 * residuals -0.5: -1 at the first, [1, 2].
	 */
	{ { { 1, 1 }, { 1, 1 } }, { 3, 3 }, { { 1, 2 }, { 1, 2 } },
	  { { 1, 2 }, { 1, 2 } } },
};

START_TEST(test_calibrate_column_major)
{
	const struct calcase *t = &calcases[_i];
	long cal[2][2];

	ml_cl_calibrate(t->raw, t->count, cal);
	ck_assert_mem_eq(cal, t->cal, sizeof cal);
	/* Each case but the last tells the two orders apart. */
	if (_i + 1 < (int)LEN(calcases))
		ck_assert(memcmp(t->cal, t->rowmajor, sizeof cal) != 0);
}
END_TEST

START_TEST(test_low_issues_and_ranks)
{
	double s[] = { 0.5, 0.1, 0.3, 0.1 };
	double score[] = { 9, 0.5, 9, 9, 0.2, 9, 0.5 };
	size_t out[4], rowsf[] = { 1, 4, 6 }, lowest[] = { 7, 2, 5 };
	double sub[] = { 0.3, 0.1, 0.2 };

	/* Ties keep row order below 17 rows. */
	ck_assert_uint_eq(ml_low_issues(s, 4, 2, out), 2);
	ck_assert(out[0] == 1 && out[1] == 3);
	ck_assert_uint_eq(ml_low_issues(s, 4, 9, out), 4);
	ck_assert(out[2] == 2 && out[3] == 0);
	ml_rank_rows(score, rowsf, 3, out);
	ck_assert(out[0] == 4 && out[1] == 1 && out[2] == 6);
	/* Flagged rows 2, 5, 7 (scores 0.3, 0.1, 0.2): argsort [1, 2, 0] of
	 * the row-ordered scores applied to the score-ordered [7, 2, 5]. */
	ml_low_rank(sub, lowest, 3, out);
	ck_assert(out[0] == 2 && out[1] == 5 && out[2] == 7);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("cl");
	TCase *tc = tcase_create("fixture");

	tcase_add_test(tc, test_filter_names);
	tcase_add_test(tc, test_fixture_joint);
	tcase_add_test(tc, test_fixture_masks);
	tcase_add_test(tc, test_fixture_per_class);
	tcase_add_test(tc, test_fixture_low);
	tcase_add_test(tc, test_fixture_ranked);
	tcase_add_test(tc, test_fixture_low_ranked);
	suite_add_tcase(s, tc);
	tc = tcase_create("hand");
	tcase_add_test(tc, test_hand_joint_and_filters);
	tcase_add_test(tc, test_hand_frac_and_min_examples);
	tcase_add_test(tc, test_hand_num_to_remove);
	tcase_add_test(tc, test_agreement_rule);
	tcase_add_test(tc, test_single_row_side_never_written);
	tcase_add_test(tc, test_validation);
	tcase_add_test(tc, test_low_issues_and_ranks);
	tcase_add_loop_test(tc, test_calibrate_column_major, 0, (int)LEN(calcases));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return run_suite(suite());
}
