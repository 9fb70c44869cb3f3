#!/bin/sh
# cli-catalogue.sh BUILD - the bad-input catalogue: every tool against the
# inputs users really produce (empty files, CRLF, BOM, NUL, ragged rows,
# huge fields and lines, bad numbers and label lists, ...).
# One case per file, tests/catalogue/TOOL-CASE.t, in the format of
# tests/cli.sh:
#   # what it checks
#   $ command (run from tests/catalogue/, the tools on PATH; several $ lines join)
#   > expected stdout line      (">" alone: an empty line)
#   ! expected stderr line      ("!" alone: an empty line)
#   ? expected exit status (default 0)
# A case whose tool is not built is skipped.  The cases under
# tests/catalogue/long/ (more than 2^31 bytes of input) run only with
# MLAUDIT_LONG=1.  MLAUDIT_WRAP (e.g. valgrind ...) is put before every tool.
B=$(cd "${1:-build}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
cat_dir=$here/catalogue
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
skip=0

mkdir "$work/bin" "$work/tmp"
for t in "$B"/bin/*; do
	[ -x "$t" ] || continue
	if [ -n "$MLAUDIT_WRAP" ]; then
		printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$MLAUDIT_WRAP" "$t" >"$work/bin/${t##*/}"
		chmod +x "$work/bin/${t##*/}"
	else
		ln -s "$t" "$work/bin/${t##*/}"
	fi
done

cases=$(ls "$cat_dir"/*.t 2>/dev/null)
[ "${MLAUDIT_LONG:-0}" = 1 ] && cases="$cases $(ls "$cat_dir"/long/*.t 2>/dev/null)"
for t in $cases; do
	[ -f "$t" ] || continue
	name=${t##*/}
	tool=${name%%-*}
	if [ ! -x "$B/bin/$tool" ]; then
		skip=$((skip + 1))
		continue
	fi
	awk -v d="$work" '
		/^\$ / { print substr($0, 3) > (d "/cmd"); next }
		/^> / || /^>$/ { print substr($0, 3) > (d "/out"); next }
		/^! / || /^!$/ { print substr($0, 3) > (d "/err"); next }
		/^\? / { print substr($0, 3) > (d "/status"); next }
	' "$t"
	: >>"$work/out"; : >>"$work/err"
	[ -f "$work/status" ] || echo 0 >"$work/status"
	# Each case gets an empty TMPDIR of its own.
	rm -rf "$work/tmp"
	mkdir "$work/tmp"
	(cd "$cat_dir" && PATH="$work/bin:$PATH" LC_ALL=C TMPDIR="$work/tmp" sh "$work/cmd" \
	    >"$work/got.out" 2>"$work/got.err")
	echo $? >"$work/got.status"
	if cmp -s "$work/out" "$work/got.out" && cmp -s "$work/err" "$work/got.err" &&
	    [ "$(cat "$work/status")" = "$(cat "$work/got.status")" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL catalogue/${t#$cat_dir/}"
		diff "$work/out" "$work/got.out" | sed 's/^/  stdout /' | head -10
		diff "$work/err" "$work/got.err" | sed 's/^/  stderr /' | head -10
		echo "  status expected $(cat "$work/status"), got $(cat "$work/got.status")"
	fi
	rm -f "$work/cmd" "$work/out" "$work/err" "$work/status" "$work"/got.*
done
[ "$skip" -gt 0 ] && echo "$skip skipped (tool not built)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
