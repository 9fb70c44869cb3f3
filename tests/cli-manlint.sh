#!/bin/sh
# cli-manlint.sh BUILD - every man page is clean roff: no warning from
# mandoc -T lint (level warning and up) and none from groff -ww -z (an
# undefined string or macro, as N\*K once was, loses text).  A linter that is
# not installed is skipped with a message (Debian packages: mandoc, groff);
# with neither, the script says so and passes nothing.
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0
fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# lint NAME PAGE COMMAND...: COMMAND on PAGE prints nothing and exits 0.
lint() {
	name=$1 page=$2
	shift 2
	if "$@" "$page" >"$log" 2>&1 && [ ! -s "$log" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name ${page#$root/}"
		sed 's/^/  /' "$log" | head -10
	fi
}

have_mandoc=0 have_groff=0
command -v mandoc >/dev/null 2>&1 && have_mandoc=1
command -v groff >/dev/null 2>&1 && have_groff=1
[ $have_mandoc = 1 ] || echo "skipped: mandoc -T lint (mandoc is not installed)"
[ $have_groff = 1 ] || echo "skipped: groff -ww -z (groff is not installed)"
for page in "$root"/man/*.[1-9]; do
	[ $have_mandoc = 1 ] && lint "mandoc -T lint" "$page" mandoc -T lint -W warning
	[ $have_groff = 1 ] && lint "groff -ww -z" "$page" groff -ww -z -man
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
