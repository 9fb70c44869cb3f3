#!/bin/sh
# cli-catalogue.sh BUILD - the bad-input catalogue alone (tests/catalogue),
# for the Makefile's check-long target (MLAUDIT_LONG=1).  `sh tests/run.sh
# BUILD cli` runs it with the golden cases of tests/cli.
exec sh "$(dirname "$0")/golden.sh" "${1:-build}" "$(dirname "$0")/catalogue"
