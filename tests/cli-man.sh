#!/bin/sh
# cli-man.sh BUILD - help and man pages agree: every tool's usage line
# equals its man page's SYNOPSIS, and every EXAMPLES command runs (exit 0,
# some output) from the project root.
B=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

# roff text without fonts and escapes, words on one line.
plain() {
	sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/\\(<=/<=/g' -e 's/^\.B //' | tr -s ' \n' '  ' |
	    sed -e 's/^ //' -e 's/ $//'
}

for m in "$root"/man/*.1; do
	tool=$(basename "$m" .1)
	if [ ! -x "$B/bin/$tool" ]; then
		fail=$((fail + 1)); echo "FAIL $tool: man page without a tool"; continue
	fi
	syn=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH/p' "$m" | sed '1d;$d' | plain)
	use=$("$B/bin/$tool" --help | sed '/^$/q' | plain | sed 's/^usage: //')
	if [ "$syn" = "$use" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); echo "FAIL $tool: SYNOPSIS and usage differ"
		echo "  man:   $syn"; echo "  usage: $use"
	fi
	grep -q '^\.SH EXIT STATUS' "$m" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL $tool: no EXIT STATUS"; }
done
for m in "$root"/man/*.1 "$root"/man/*.7; do
	sed -n '/^\.SH EXAMPLES/,/^\.SH/p' "$m" | grep '^\$ ' | sed 's/^\$ //' |
	    sed -e 's/\\-/-/g' -e 's/\\e/\\/g' >"$t/ex"
	while IFS= read -r cmd; do
		if (cd "$root" && PATH="$B/bin:$PATH" TMPDIR="$t" sh -c "set -e; $cmd" >"$t/out" 2>"$t/err") &&
		    [ -s "$t/out" ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1)); echo "FAIL $(basename "$m") example: $cmd"; sed 's/^/  /' "$t/err" | head -3
		fi
	done <"$t/ex"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
