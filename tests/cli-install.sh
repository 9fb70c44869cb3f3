#!/bin/sh
# cli-install.sh BUILD - make install into a staging root (DESTDIR,
# PREFIX=/usr) puts every tool (mode 755) and man page (mode 644) where
# the README says, the installed tools run, and make uninstall removes
# every file it installed.
B=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
case $B in /*) ;; *) B=$(pwd)/$B ;; esac
pass=0 fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# The build directory is passed on, so that nothing is rebuilt.
mk() { make --no-print-directory -s -C "$root" B="$B" DESTDIR="$t/stage" PREFIX=/usr "$@" >"$t/log" 2>&1; }

mk install && ok || { bad "make install"; cat "$t/log"; }
for tool in "$B"/bin/*; do
	tool=${tool##*/}
	f=$t/stage/usr/bin/$tool
	[ "$(stat -c %a "$f" 2>/dev/null)" = 755 ] && ok || bad "$f: not installed with mode 755"
	"$f" --version >/dev/null 2>&1 && ok || bad "$f --version does not run"
	m=$t/stage/usr/share/man/man1/$tool.1
	[ "$(stat -c %a "$m" 2>/dev/null)" = 644 ] && ok || bad "$m: not installed with mode 644"
done
m=$t/stage/usr/share/man/man7/mlaudit.7
[ "$(stat -c %a "$m" 2>/dev/null)" = 644 ] && ok || bad "$m: not installed with mode 644"
# Nothing else: the installed files are exactly the tools and the pages.
n=$(find "$t/stage" -type f | wc -l)
want=$(( $(ls "$B"/bin | wc -l) + $(ls "$root"/man/*.1 | wc -l) + 1 ))
[ "$n" -eq "$want" ] && ok || bad "make install wrote $n files, expected $want"

mk uninstall && ok || { bad "make uninstall"; cat "$t/log"; }
left=$(find "$t/stage" -type f)
[ -z "$left" ] && ok || bad "make uninstall left: $left"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
