#!/bin/sh
# run.sh BUILD [unit|cli|conformance|features]... - runs the test suites
# (all four by default) and prints one closing line "N passed, M failed".
#   unit         the Check tests, BUILD/tests/test_*
#   cli          golden.sh on tests/cli and tests/catalogue, then cli-*.sh
#   conformance  conformance-*.sh;  features  features.sh
B=${1:-build}
shift
suites=${*:-unit cli conformance features}
here=$(cd "$(dirname "$0")" && pwd)
pass=0
fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for s in $suites; do
	case $s in
	unit)
		for t in "$B"/tests/test_*; do
			[ -x "$t" ] || continue
			CK_FORK=yes "$t" >"$log" 2>&1
			rc=$?
			line=$(grep -E '^[0-9]+%: Checks: ' "$log" | tail -n 1)
			n=$(echo "$line" | sed -n 's/.*Checks: \([0-9]*\).*/\1/p')
			f=$(echo "$line" | sed -n 's/.*Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1 \2/p')
			[ -n "$f" ] || f="0 0"
			nf=$(( ${f% *} + ${f#* } ))
			if [ -z "$n" ]; then n=1; nf=1; fi
			[ "$rc" -ne 0 ] && [ "$nf" -eq 0 ] && nf=1
			pass=$((pass + n - nf))
			fail=$((fail + nf))
			printf 'unit %-14s %s\n' "${t##*/test_}" "$line"
			[ "$nf" -gt 0 ] && grep -v '^Running' "$log" | head -20
		done
		;;
	cli|conformance|features)
		case $s in
		cli) scripts="golden.sh $(cd "$here" && ls cli-*.sh)" ;;
		*) scripts=$(cd "$here" && ls $s*.sh) ;;
		esac
		for script in $scripts; do
			# golden.sh: the golden cases of tests/cli and the catalogue.
			case $script in
			golden.sh) set -- "$here/cli" "$here/catalogue" ;;
			*) set -- ;;
			esac
			sh "$here/$script" "$B" "$@" >"$log" 2>&1
			rc=$?
			sum=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
			p=$(echo "$sum" | sed 's/ passed.*//')
			f=$(echo "$sum" | sed 's/.* passed, \([0-9]*\) failed.*/\1/')
			[ -z "$p" ] && { p=0; f=1; }
			[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
			pass=$((pass + p))
			fail=$((fail + f))
			printf '%-19s %s\n' "$script" "$sum"
			[ "$f" -gt 0 ] && grep -E '^(FAIL|  )' "$log" | head -40
		done
		;;
	esac
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
