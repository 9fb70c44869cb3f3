#!/bin/sh
# cli-readme.sh BUILD - README.md followed literally: a copy of the
# repository as it is now (the files git knows, edits included; no build
# directory) is made in a temporary directory, and the README's ```sh
# blocks run there in order, as one bash session with set -e -o pipefail
# (as a reader pasting them into a terminal would), with HOME in the
# temporary directory (for `make install PREFIX=$HOME/.local`) and no
# mlaudit tool on PATH before the README puts build/bin there.  The first
# command that fails stops the run and is named by its README line.
#
# The convention (also at the top of README.md): only blocks fenced exactly
# ```sh run; ```sh no-run marks shell that needs what a fresh clone does
# not have (the reader's own files, Python, GNU parallel hosts, a
# cluster); ```python, ```make, ```text are not shell.  `make check`
# itself is left out (this test is part of it).  Indented code blocks and
# fences without a language are refused, so that no block is left
# unclassified.
#
# The README builds its own tools, so the run is the same whatever BUILD
# is: it is made for the default build directory only (make check), not
# again under make asan or make valgrind.
B=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0
# The copy below takes root's files: make sure root is this repository.
if [ ! -f "$root/README.md" ] || [ ! -f "$root/tests/cli-readme.sh" ]; then
	echo "FAIL $root is not the mlaudit repository"
	echo "0 passed, 1 failed"
	exit 1
fi

case ${B%/} in
build | */build) ;;
*)
	echo "the README builds its own tools: not run again for $B"
	echo "0 passed, 0 failed"
	exit 0
	;;
esac
if [ -n "$MLAUDIT_WRAP" ]; then
	echo "the README builds its own tools: not run again under MLAUDIT_WRAP"
	echo "0 passed, 0 failed"
	exit 0
fi
if ! command -v bash >/dev/null 2>&1; then
	echo "bash is not installed: the README is not run"
	echo "0 passed, 0 failed"
	exit 0
fi

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir "$t/clone" "$t/home" "$t/tmp"

# The blocks, as one script whose line N is README.md's line N: the code
# of the ```sh blocks in place, every other line empty, and on each
# closing fence a note of the block that ended there (on fd 3).
awk -v bad="$t/bad" '
	function refuse(msg) { print "README.md:" NR ": " msg >bad; print "" }
	/^```/ && !inblock {
		inblock = 1; start = NR; info = substr($0, 4)
		run = info == "sh"
		if (info == "") refuse("a code block without a language (```sh, ```sh no-run, ```text ...)")
		else print ""
		next
	}
	/^```/ && inblock { inblock = 0; prev = $0; print run ? "echo " start " >&3" : ""; next }
	inblock && run && /^make check([ \t]|$)/ { print ": make check is left out"; next }
	inblock && run { print; next }
	!inblock && /^    / && prev == "" && !inlist { refuse("an indented code block: fence it"); prev = $0; next }
	{ print "" }
	!inblock { prev = $0; inlist = /^ *([-*+]|[0-9]+\.) / || (inlist && $0 != "") }
	END { if (inblock) print "README.md: a code block is not closed" >bad }
' "$root/README.md" >"$t/readme.sh"
if [ -s "$t/bad" ]; then
	fail=$((fail + 1))
	sed 's/^/FAIL /' "$t/bad"
fi
# Line 1 holds the trap that names the failing command by its README line.
if [ "$(sed -n 1p "$t/readme.sh")" != "" ]; then
	fail=$((fail + 1))
	echo "FAIL README.md:1 is code: the test needs that line"
fi
sed -i '1s/.*/trap '\''echo "README.md:$LINENO: exit status $?: $BASH_COMMAND" >\&2'\'' ERR/' "$t/readme.sh"
blocks=$(grep -c '>&3$' "$t/readme.sh")

# The repository as it is now, without build output.
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
	(cd "$root" && git ls-files --cached --others --exclude-standard) |
	    while IFS= read -r f; do [ -e "$root/$f" ] && printf '%s\n' "$f"; done >"$t/files"
	(cd "$root" && tar -cf - -T "$t/files") | (cd "$t/clone" && tar -xf -)
else
	(cd "$root" && tar --exclude=./build --exclude='./build-*' -cf - .) | (cd "$t/clone" && tar -xf -)
fi
# PATH without any mlaudit tool (an installed one would hide a README that
# forgets to set PATH).
path=$(echo "$PATH" | tr ':' '\n' | while IFS= read -r d; do
	[ -n "$d" ] && [ ! -x "$d/mlreport" ] && printf '%s:' "$d"; done)
# A make that runs this test passes its own flags (and jobserver) down:
# the README's make starts afresh, two jobs at a time (the same build).
(cd "$t/clone" && env -u MAKELEVEL -u MFLAGS MAKEFLAGS=-j2 HOME="$t/home" TMPDIR="$t/tmp" \
    PATH="${path%:}" LC_ALL=C \
    timeout 900 bash -e -o pipefail "$t/readme.sh" >"$t/out" 2>"$t/err" 3>"$t/done")
rc=$?
ran=$(wc -l <"$t/done")
pass=$((pass + ran))
if [ "$rc" -ne 0 ] || [ "$ran" -ne "$blocks" ]; then
	fail=$((fail + 1))
	echo "FAIL README.md: the run stopped (exit status $rc) after $ran of $blocks blocks"
	grep '^README.md:' "$t/err" | tail -n 1 | sed 's/^/  /'
	tail -n 15 "$t/err" | grep -v '^README.md:' | sed 's/^/  stderr: /'
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
