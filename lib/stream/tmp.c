/*
 * tmp.c - temporary files that never outlive the tool.
 *
 * Spill files are unlinked as soon as they are created, so the kernel
 * removes them whatever way the process ends.  Named files (the -o output
 * before its rename) are registered and removed at exit and on
 * SIGINT/SIGTERM/SIGHUP.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stream/stream.h"

#define MAXREG 8

static char registered[MAXREG][4096];
static volatile sig_atomic_t nreg;

static void
on_signal(int sig)
{
	ml_tmp_cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
install(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	atexit(ml_tmp_cleanup);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
}

void
ml_tmp_register(const char *path)
{
	int i;

	install();
	for (i = 0; i < MAXREG; i++) {
		if (registered[i][0] == '\0' && strlen(path) < sizeof registered[i]) {
			strcpy(registered[i], path);
			if (i >= nreg)
				nreg = i + 1;
			return;
		}
	}
}

void
ml_tmp_unregister(const char *path)
{
	int i;

	for (i = 0; i < nreg; i++)
		if (strcmp(registered[i], path) == 0)
			registered[i][0] = '\0';
}

/* Async-signal-safe: only unlink(). */
void
ml_tmp_cleanup(void)
{
	int i;

	for (i = 0; i < nreg; i++)
		if (registered[i][0] != '\0')
			unlink(registered[i]);
}

int
ml_tmp_open(const char *tag, ml_err *e)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;

	install();
	if (!dir || !*dir)
		dir = "/tmp";
	if ((size_t)snprintf(path, sizeof path, "%s/mlaudit-%s-XXXXXX", dir, tag) >= sizeof path)
		return ml_errf(e, dir, 0, NULL, NULL, 0, "temporary directory name too long");
	if ((fd = mkstemp(path)) < 0)
		return ml_errf(e, dir, 0, NULL, NULL, 0,
		    "cannot create a temporary file (set TMPDIR?): %s", strerror(errno));
	unlink(path);
	return fd;
}
