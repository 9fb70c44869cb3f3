/*
 * timer.c - wall-clock time of one command, for bench/run.sh.
 *
 *	timer FILE COMMAND [ARG...]
 *
 * Runs COMMAND, writes its elapsed wall time in seconds (monotonic clock)
 * to FILE and exits with COMMAND's status (128 + signal if it was killed).
 * A fork and an exec are all it adds, so short runs are timed fairly.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	FILE *out;
	pid_t pid;
	int status;

	if (argc < 3) {
		fputs("usage: timer FILE COMMAND [ARG...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		fprintf(stderr, "timer: fork: %s\n", strerror(errno));
		return 125;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "timer: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "timer: wait: %s\n", strerror(errno));
			return 125;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!(out = fopen(argv[1], "w"))) {
		fprintf(stderr, "timer: %s: %s\n", argv[1], strerror(errno));
		return 125;
	}
	fprintf(out, "%.6f\n", (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	if (fclose(out) != 0)
		return 125;
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}
