/*
 * check_main.h - the end of every unit test's main: runs suite s (each test
 * in its own process) and returns the exit status, 0 when all passed.
 */
#ifndef ML_CHECK_MAIN_H
#define ML_CHECK_MAIN_H

#include <check.h>

static int
run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;

	srunner_set_fork_status(sr, CK_FORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}

#endif
