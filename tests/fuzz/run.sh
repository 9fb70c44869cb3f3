#!/bin/sh
# run.sh - builds the libFuzzer harnesses tests/fuzz/fuzz_*.c with clang
# (-fsanitize=fuzzer,address,undefined) into build-fuzz/, replays the
# regression inputs in tests/fuzz/regress/HARNESS/ (every crash found
# becomes one), then fuzzes each harness for FUZZ_SECONDS (default 60)
# seconds, one at a time, from a seed corpus built from the conformance
# inputs and the catalogue's data.  The corpus grows in
# build-fuzz/corpus/HARNESS between runs; crashes are written as
# build-fuzz/crash-HARNESS-*.
#   FUZZ_SECONDS=600 sh tests/fuzz/run.sh [HARNESS...]
set -u
cd "$(dirname "$0")/../.." || exit 1
B=${FUZZ_BUILD:-build-fuzz}
# FUZZ_LIBSRC: another copy of lib/ (e.g. with a fix being tried).
L=${FUZZ_LIBSRC:-lib}
S=${FUZZ_SECONDS:-60}
CC=${FUZZ_CC:-clang}
# FUZZ_CFLAGS: more flags, e.g. -fno-sanitize=pointer-overflow to look past a known bug.
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer ${FUZZ_CFLAGS:-}"
CFLAGS="-O1 -g -std=c11 -ffp-contract=off -pthread -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I$L"
JSON=$(pkg-config --cflags --libs jansson 2>/dev/null)
fail=0

command -v "$CC" >/dev/null 2>&1 || { echo "fuzz: $CC not found (apt-get install clang)" >&2; exit 1; }
mkdir -p "$B/lib" "$B/corpus" "$B/seed" || exit 1
# Other flags than last time: build the library again.
if [ "$(cat "$B/flags" 2>/dev/null)" != "$CC $CFLAGS $SAN" ]; then
	rm -rf "$B/lib"
	mkdir -p "$B/lib"
	echo "$CC $CFLAGS $SAN" >"$B/flags"
fi

# The library, instrumented for coverage (the harness links libFuzzer's main).
objs=
newest_h=$(ls -t "$L"/*.h "$L"/*/*.h | head -n 1)
for f in "$L"/*/*.c; do
	o="$B/lib/$(echo "${f#"$L"/}" | tr / _ | sed 's/\.c$//').o"
	if [ ! -f "$o" ] || [ "$f" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then
		$CC $CFLAGS $SAN -fsanitize=fuzzer-no-link $(pkg-config --cflags jansson 2>/dev/null) \
		    -c -o "$o" "$f" || exit 1
	fi
	objs="$objs $o"
done
rm -f "$B/libmlaudit.a"
ar rcs "$B/libmlaudit.a" $objs || exit 1

if [ $# -gt 0 ]; then
	harnesses=$*
else
	harnesses=$(for f in tests/fuzz/fuzz_*.c; do [ -f "$f" ] && basename "$f" .c; done)
fi

# Seed inputs: the first 40 lines of every conformance input and every
# catalogue data file, in each harness's format.
seed() {
	h=$1 d="$B/seed/$1"
	rm -rf "$d"
	mkdir -p "$d"
	n=0
	for f in tests/conformance/*/input.tsv tests/catalogue/data/* tests/data/*; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		case $h in
		fuzz_read)
			# TSV whole, CSV in 1-byte reads with rewind, two files in 7-byte reads
			{ printf '\000'; head -n 40 "$f"; } >"$d/$n-tsv"
			{ printf '\013'; head -n 40 "$f"; } >"$d/$n-csv"
			{ printf '\046'; head -n 5 "$f"; head -n 5 "$f"; } >"$d/$n-two"
			;;
		fuzz_labels)
			# the class names (p_ suffixes), then the labels column
			awk -F '\t' 'NR == 1 { for (i = 1; i <= NF; i++) {
					if ($i == "labels") lc = i
					if ($i ~ /^p_/) names = names (names == "" ? "" : "\t") substr($i, 3)
				}
				if (!lc || names == "") exit 1
				printf "%c%s\n", mode, names; next }
				NR <= 40 { print $lc }' mode=0 "$f" >"$d/$n-list" 2>/dev/null ||
				rm -f "$d/$n-list"
			;;
		fuzz_num)
			# a few probabilities, one per input
			awk -F '\t' 'NR > 1 && NR <= 6 { for (i = 1; i <= NF; i++)
				if ($i ~ /^[-+0-9.eE]+$/) { printf "%s", $i > (out "-" NR "-" i); close(out "-" NR "-" i) } }' \
			    out="$d/$n" "$f"
			;;
		*)
			head -n 40 "$f" >"$d/$n"
			;;
		esac
	done
	case $h in
	fuzz_labels)
		printf '\000a\tb\tc\n0\n1,2\n\nc,a\n01\n' >"$d/hand-0"
		printf '\001a\tb\n0\t1\n1\t1\n' >"$d/hand-1"
		printf '\002x\ty\tz\n0,x\n2,y,z\n' >"$d/hand-2"
		printf '\003face\tnsfw\nface,nsfw\n1\n' >"$d/hand-3"
		;;
	fuzz_num)
		for v in 0 1 0.5 .5 5e-1 -0 1e-400 1.0000001 nan inf 0x1p-3 ' 0.5' 1e308 \
		    4.9406564584124654e-324 0.30000000000000004; do
			n=$((n + 1))
			printf '%s' "$v" >"$d/hand-$n"
		done
		;;
	esac
}

for h in $harnesses; do
	src=tests/fuzz/$h.c
	[ -f "$src" ] || { echo "fuzz: no $src" >&2; fail=1; continue; }
	wrap=
	[ "$h" = fuzz_read ] && wrap=-Wl,--wrap=read
	$CC $CFLAGS $SAN -fsanitize=fuzzer $wrap -o "$B/$h" "$src" "$B/libmlaudit.a" \
	    -lcsv -lm $JSON || { fail=1; continue; }
	seed "$h"
	mkdir -p "$B/corpus/$h"

	# Regression inputs (former crashes) must pass.
	# (FUZZ_SKIP_REGRESS=1: fuzz on while a known crash is not fixed yet.)
	if [ -z "${FUZZ_SKIP_REGRESS:-}" ] && [ -d "tests/fuzz/regress/$h" ] &&
	    [ -n "$(ls "tests/fuzz/regress/$h")" ]; then
		if ! "$B/$h" tests/fuzz/regress/"$h"/* >"$B/$h.regress.log" 2>&1; then
			echo "FAIL $h: a regression input crashes again (see $B/$h.regress.log)"
			fail=1
			continue
		fi
		echo "$h: $(ls "tests/fuzz/regress/$h" | wc -l) regression inputs pass"
	fi

	# The harnesses write their input to $TMPDIR: give them their own.
	tmp=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
	TMPDIR=$tmp "$B/$h" -max_total_time="$S" -workers=1 -max_len=16384 -timeout=20 \
	    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$B/crash-$h-" \
	    "$B/corpus/$h" "$B/seed/$h" >"$B/$h.log" 2>&1
	rc=$?
	rm -rf "$tmp"
	last=$(grep -E '^#[0-9]+' "$B/$h.log" | tail -n 1)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$B/$h.log")
	echo "$h: ${S}s, $execs runs, corpus $(ls "$B/corpus/$h" | wc -l) files: $last"
	if [ "$rc" -ne 0 ]; then
		echo "FAIL $h: exit $rc; crash input: $(ls "$B"/crash-"$h"-* 2>/dev/null | tail -n 1)"
		grep -E 'ERROR|SUMMARY|runtime error|fuzz_' "$B/$h.log" | head -5
		fail=1
	fi
done
exit $fail
