#!/bin/sh
# cli-verbose.sh BUILD - the --verbose information lines of mlcv and the
# feature tools go through the library's message function: on a terminal
# (a pty from script(1)) the progress line is taken off before the line is
# printed, never drawn over it; with stderr not a terminal, the line alone.
B=$(cd "${1:-build}" && pwd)
pass=0 fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export PATH="$B/bin:$PATH" LC_ALL=C
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

if ! script -qec true /dev/null >/dev/null 2>&1; then
	echo "script(1) is not installed: not tested (apt-get install bsdutils)"
	echo "0 passed, 0 failed"
	exit 0
fi
pty() { script -qec "$1" /dev/null </dev/null | tr '\r\033' '|~'; }
awk 'BEGIN { print "id\tlabels\tf_a\tf_b"; for (i = 0; i < 9000; i++) printf "%d\t%d\t%d\t%d\n", i, i % 2, i % 97, i % 89 }' >"$t/feat.tsv"

# Every tool: a progress line (drawn at once), then it is cleared ("|~[K")
# before "TOOL: info: ..." (mlcv draws none: its line alone).
for tool in mlknn mloutlier mldups mlnoniid mlnull mlcv; do
	k="-k 5"; [ $tool = mlnull ] && k=
	got=$(pty "MLAUDIT_PROGRESS_AFTER=0 $tool --verbose $k $t/feat.tsv >/dev/null")
	case $tool:$got in
	mlcv:*"mlcv: info: "*) ok ;;    # no progress line to take off
	*"|~[K$tool: "*) ok ;;
	*"$tool: info: "*) bad "$tool --verbose on a pty: the info line is not after a cleared line: '$got'" ;;
	*) bad "$tool --verbose on a pty: no info line: '$got'" ;;
	esac
	MLAUDIT_PROGRESS_AFTER=0 $tool --verbose $k "$t/feat.tsv" 2>"$t/err" >/dev/null
	if grep -q "^$tool: info: " "$t/err" && ! grep -q "$(printf '\r')" "$t/err"; then ok; else
		bad "$tool --verbose, stderr a file: '$(cat "$t/err")'"; fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
