#!/bin/sh
# cli.sh BUILD - golden CLI tests: every tests/cli/*.t file is one case.
#   # what it checks
#   $ command (run from tests/, the tools on PATH; several $ lines join)
#   > expected stdout line      (">" alone: an empty line)
#   ! expected stderr line      ("!" alone: an empty line)
#   ? expected exit status (default 0)
# MLAUDIT_WRAP (e.g. valgrind ...) is put before every tool.
B=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0

mkdir "$work/bin"
for t in "$B"/bin/*; do
	[ -x "$t" ] || continue
	if [ -n "$MLAUDIT_WRAP" ]; then
		printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$MLAUDIT_WRAP" "$t" >"$work/bin/${t##*/}"
		chmod +x "$work/bin/${t##*/}"
	else
		ln -s "$t" "$work/bin/${t##*/}"
	fi
done

for t in "$here"/cli/*.t; do
	[ -f "$t" ] || continue
	awk -v d="$work" '
		/^\$ / { print substr($0, 3) > (d "/cmd"); next }
		/^> / || /^>$/ { print substr($0, 3) > (d "/out"); next }
		/^! / || /^!$/ { print substr($0, 3) > (d "/err"); next }
		/^\? / { print substr($0, 3) > (d "/status"); next }
	' "$t"
	: >>"$work/out"; : >>"$work/err"
	[ -f "$work/status" ] || echo 0 >"$work/status"
	mkdir "$work/tmp"
	(cd "$here" && PATH="$work/bin:$PATH" LC_ALL=C TMPDIR="$work/tmp" sh "$work/cmd" \
	    >"$work/got.out" 2>"$work/got.err")
	echo $? >"$work/got.status"
	if cmp -s "$work/out" "$work/got.out" && cmp -s "$work/err" "$work/got.err" &&
	    [ "$(cat "$work/status")" = "$(cat "$work/got.status")" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL ${t#$here/}"
		diff "$work/out" "$work/got.out" | sed 's/^/  stdout /' | head -10
		diff "$work/err" "$work/got.err" | sed 's/^/  stderr /' | head -10
		echo "  status expected $(cat "$work/status"), got $(cat "$work/got.status")"
	fi
	rm -rf "$work/cmd" "$work/out" "$work/err" "$work/status" "$work"/got.* "$work/tmp"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
