#!/bin/sh
# golden.sh BUILD DIR... - golden CLI tests.  Every DIR/*.t file is one case,
# and every row of a DIR/*.tsv table is one case per tool (tests/table.awk);
# a case runs from its DIR with the tools of BUILD/bin on PATH:
#   # what it checks
#   $ command (several $ lines make one script)
#   > expected stdout line      (">" alone: an empty line)
#   ! expected stderr line      ("!" alone: an empty line)
#   ? expected exit status (default 0)
# A case named TOOL-*.t whose TOOL is not built is skipped.  The cases under
# DIR/long/ (more than 2^31 bytes of input) run only with MLAUDIT_LONG=1.
# MLAUDIT_WRAP (e.g. valgrind ...) is put before every tool.  Each case gets
# an empty TMPDIR of its own.  Ends with "N passed, M failed".
B=$(cd "${1:-build}" && pwd) || exit 1
shift
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
skip=0

mkdir "$work/bin"
tools=
for t in "$B"/bin/*; do
	[ -x "$t" ] || continue
	tools="$tools ${t##*/}"
	if [ -n "$MLAUDIT_WRAP" ]; then
		printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$MLAUDIT_WRAP" "$t" >"$work/bin/${t##*/}"
		chmod +x "$work/bin/${t##*/}"
	else
		ln -s "$t" "$work/bin/${t##*/}"
	fi
done

# run CASE DIR LABEL: runs one case file from DIR.
run() {
	rm -rf "$work/case"
	mkdir "$work/case" "$work/case/tmp"
	c=$work/case
	awk -v d="$c" '
		/^\$ / { print substr($0, 3) > (d "/cmd"); next }
		/^> / || /^>$/ { print substr($0, 3) > (d "/out"); next }
		/^! / || /^!$/ { print substr($0, 3) > (d "/err"); next }
		/^\? / { print substr($0, 3) > (d "/status"); next }
	' "$1"
	: >>"$c/out"; : >>"$c/err"
	[ -f "$c/status" ] || echo 0 >"$c/status"
	(cd "$2" && PATH="$work/bin:$PATH" LC_ALL=C TMPDIR="$c/tmp" sh "$c/cmd" \
	    >"$c/got.out" 2>"$c/got.err")
	echo $? >"$c/got.status"
	if cmp -s "$c/out" "$c/got.out" && cmp -s "$c/err" "$c/got.err" &&
	    [ "$(cat "$c/status")" = "$(cat "$c/got.status")" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $3"
		diff "$c/out" "$c/got.out" | sed 's/^/  stdout /' | head -10
		diff "$c/err" "$c/got.err" | sed 's/^/  stderr /' | head -10
		echo "  status expected $(cat "$c/status"), got $(cat "$c/got.status")"
	fi
}

# built FILE: the case is not for a tool missing from BUILD/bin.
built() {
	n=${1##*/}
	case " $all_tools " in
	*" ${n%%-*} "*) case " $tools " in *" ${n%%-*} "*) ;; *) return 1 ;; esac ;;
	esac
	return 0
}
all_tools=$(ls "$here/../tools" 2>/dev/null | sed -n 's/\.c$//p' | tr '\n' ' ')

for dir in "$@"; do
	dir=$(cd "$dir" && pwd) || { fail=$((fail + 1)); continue; }
	name=${dir#$here/}
	gen=$work/gen/$name
	mkdir -p "$gen"
	for table in "$dir"/*.tsv; do
		[ -f "$table" ] && [ "${table##*/}" != tools.tsv ] || continue
		awk -f "$here/table.awk" -v out="$gen" -v dir="$dir" "$dir/tools.tsv" "$table" ||
		    { fail=$((fail + 1)); echo "FAIL $name/${table##*/}: bad table"; }
	done
	cases="$(ls "$dir"/*.t "$gen"/*.t 2>/dev/null)"
	[ "${MLAUDIT_LONG:-0}" = 1 ] && cases="$cases $(ls "$dir"/long/*.t 2>/dev/null)"
	for t in $cases; do
		[ -f "$t" ] || continue
		if ! built "$t"; then
			skip=$((skip + 1))
			continue
		fi
		case $t in
		"$gen"/*) run "$t" "$dir" "$name/${t#$gen/} (a row of $name/*.tsv)" ;;
		*) run "$t" "$dir" "${t#$here/}" ;;
		esac
	done
done
[ "$skip" -gt 0 ] && echo "$skip skipped (tool not built)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
