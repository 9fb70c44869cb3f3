/*
 * test_progress.c - the progress line's rule (lib/cli/msg.c): only on a
 * terminal, never with -q, only after the delay, at most every 0.25 s.
 */
#include <check.h>

#include "mlaudit.h"

START_TEST(test_due)
{
	/* quiet, tty, after, elapsed, since_last */
	ck_assert(ml_progress_due(0, 1, 2, 2.5, 1e9));
	ck_assert(ml_progress_due(0, 1, 2, 2.0, 0.25));
	ck_assert(!ml_progress_due(0, 1, 2, 1.9, 1e9));   /* a short run shows nothing */
	ck_assert(!ml_progress_due(1, 1, 2, 10, 1e9));    /* -q */
	ck_assert(!ml_progress_due(0, 0, 2, 10, 1e9));    /* not a terminal */
	ck_assert(!ml_progress_due(0, 1, 2, 10, 0.1));    /* drawn a moment ago */
	ck_assert(ml_progress_due(0, 1, 0, 0, 1e9));
}
END_TEST

START_TEST(test_hook)
{
	/* Without a hook (not a terminal), reporting does nothing. */
	ml_progress_hook = NULL;
	ml_progress(NULL, 1, 8192, 0.5);
	ml_progress("kNN graph", 0, 256, -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("progress");
	TCase *tc = tcase_create("progress");

	tcase_add_test(tc, test_due);
	tcase_add_test(tc, test_hook);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(suite());
	int nfailed;

	srunner_set_fork_status(sr, CK_FORK);
	srunner_run_all(sr, CK_NORMAL);
	nfailed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfailed == 0 ? 0 : 1;
}
