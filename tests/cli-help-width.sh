#!/bin/sh
# cli-help-width.sh BUILD - every tool's --help fits 80 columns (a terminal,
# a man-page-like reading): one check per tool, each line at most 80
# characters (counted in characters, not bytes).
B=$(cd "${1:-build}" && pwd) || exit 1
pass=0 fail=0
for t in "$B"/bin/*; do
	[ -x "$t" ] || continue
	wide=$(LC_ALL=C.UTF-8 "$t" --help | LC_ALL=C.UTF-8 awk 'length($0) > 80 { print length($0) ": " $0 }')
	if [ -z "$wide" ] && "$t" --help >/dev/null; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL ${t##*/} --help: lines wider than 80 columns"
		echo "$wide" | sed 's/^/  /'
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
