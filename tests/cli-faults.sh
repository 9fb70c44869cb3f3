#!/bin/sh
# cli-faults.sh BUILD - I/O faults and determinism, for every tool in BUILD/bin:
#   - a read error in the middle of the input (tests/shim/failread.c, an
#     LD_PRELOAD shim) is reported naming the input, exit 1, not taken for EOF;
#   - writing to /dev/full: exit 1 and "write error";
#   - a closed pipe (| head -1) ends quietly: exit 0, nothing on stderr;
#   - -o FILE: the old FILE is intact after a failed run and after SIGTERM or
#     SIGINT in the middle of a run, and no temporary file is left beside it
#     or in $TMPDIR (after success, error, SIGINT and SIGTERM);
#   - an input that is a FIFO (as from `tool <(zcat data.gz)`) works even for
#     the tools that read their input twice;
#   - the output does not depend on the locale (LC_ALL=de_DE.UTF-8: the tools
#     never call setlocale, which is checked on the binaries), on whether the
#     input is a file or a pipe, or on how read() cuts it up (1, 2, 7, 4096
#     bytes at a time; the messages of bad inputs included).
# Prints one line per failed check and ends with "N passed, M failed".
# MLAUDIT_WRAP is not applied: LD_PRELOAD and signal timing do not mix with
# valgrind.
B=$(cd "${1:-build}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
data=$here/catalogue/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
CC=${CC:-cc}

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# check NAME EXPECTED GOT
check() {
	if [ "$2" = "$3" ]; then ok; else bad "$1: expected '$2', got '$3'"; fi
}

if ! $CC -shared -fPIC -o "$work/failread.so" "$here/shim/failread.c" -ldl; then
	echo "FAIL cannot build tests/shim/failread.c"
	echo "0 passed, 1 failed"
	exit 1
fi
shim=$work/failread.so
# Under ASan (make asan) the shim comes before the sanitizer's runtime.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# Inputs: the catalogue's small ones, and big ones (more than one 128 KiB
# block, more than a pipe's 64 KiB of output) made here.
awk 'NR == 1 { print; next } { a[NR] = $0 } END { for (i = 0; i < 5000; i++) for (j = 2; j <= NR; j++) print a[j] }' \
    "$data/base.tsv" >"$work/big.tsv"
awk 'NR == 1 { print; next } { a[NR] = $0 } END { for (i = 0; i < 5000; i++) for (j = 2; j <= NR; j++) print a[j] }' \
    "$data/onehot.tsv" >"$work/big-onehot.tsv"
awk 'BEGIN { pad = sprintf("%100s", ""); gsub(/ /, "p", pad)
	print "id\tf_x\tf_y\tpad"; for (i = 0; i < 3000; i++)
	printf "%d\t%.3f\t%.3f\t%s\n", i, (i * 7919 % 1000) / 100, (i * 104729 % 997) / 100, pad }' \
    >"$work/big-feat.tsv"
awk 'BEGIN { pad = sprintf("%100s", ""); gsub(/ /, "p", pad)
	print "id\tlabels\tf_x\tf_y\tpad"; for (i = 0; i < 3000; i++)
	printf "%d\t%s\t%.3f\t%.3f\t%s\n", i, i % 3 == 0 ? "a,b" : i % 3 == 1 ? "a" : "",
	    (i * 7919 % 1000) / 100, (i * 104729 % 997) / 100, pad }' \
    >"$work/big-feat-labels.tsv"

# mlmerge reads the split audit's summaries: one part's, and 3000 parts' in one file.
"$B/bin/mlscore" --part 1/3000 "$data/base.tsv" >"$work/summary.tsv"
awk 'FNR == 1 { for (i = 1; i <= 3000; i++) { $0 = ""; while ((getline l < FILENAME) > 0) {
	if (l ~ /^parts\t/) l = "parts\t3000"; if (l ~ /^part\t/) sub(/^part\t[0-9]+/, "part\t" i, l)
	print l } close(FILENAME) } exit }' "$work/summary.tsv" >"$work/big-summary.tsv"

input() {       # input TOOL [big]: the tool's clean input
	case $1 in
	mlmerge) [ "${2:-}" = big ] && echo "$work/big-summary.tsv" || echo "$work/summary.tsv"; return ;;
	int2onehot|mlscore|mlfilter|mlreport) f=base.tsv b=big.tsv ;;
	onehot2int) f=onehot.tsv b=big-onehot.tsv ;;
	mlcv) f=feat-labels.tsv b=big-feat-labels.tsv ;;
	*) f=feat.tsv b=big-feat.tsv ;;
	esac
	if [ "${2:-}" = big ]; then echo "$work/$b"; else echo "$data/$f"; fi
}
badinput() {    # an input with a ragged row at line 3
	case $1 in
	int2onehot|mlscore|mlfilter|mlreport) echo "$data/ragged-short.tsv" ;;
	onehot2int) echo "$data/onehot-ragged-short.tsv" ;;
	*) echo "$data/feat-ragged-short.tsv" ;;
	esac
}

# ready PID WRITER TOOL: waits (0.05 s steps, 60 s at most) until the run
# is stalled: the writer has written all its rows (it is now `sleep`), the
# process PID is TOOL (perl has exec'd it: SIGINT is no longer ignored) and
# every thread of it sleeps (blocked on the stalled input, so it is not
# between creating a temporary file and registering it for removal).  The
# old fixed sleep made this check fail on a busy machine.
ready() {
	i=0
	while [ $i -lt 1200 ]; do
		if [ "$(head -c 5 /proc/$2/cmdline 2>/dev/null)" = sleep ] &&
		    [ "$(readlink /proc/$1/exe)" = "$(readlink -f "$3")" ] &&
		    [ "$(cat /proc/$1/task/*/stat 2>/dev/null | awk '$3 != "S"' | wc -l)" -eq 0 ]; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# The tools never call setlocale, so LC_ALL cannot change how they read
# or write numbers.
for t in "$B"/bin/*; do
	[ -x "$t" ] || continue
	if nm -D --undefined-only "$t" 2>/dev/null | grep -Eq ' (setlocale|uselocale|newlocale)(@|$)'; then
		bad "${t##*/}: calls setlocale/uselocale/newlocale: its numbers may depend on LC_ALL"
	else
		ok
	fi
done
have_de=no
locale -a 2>/dev/null | grep -Eqi '^de_DE\.utf-?8$' && have_de=yes
[ "$have_de" = no ] && echo "note: locale de_DE.UTF-8 not installed (apt-get install locales-all); the LC_ALL runs use the C locale"

for t in "$B"/bin/*; do
	[ -x "$t" ] || continue
	T=${t##*/}
	in=$(input "$T")
	big=$(input "$T" big)
	tmp=$work/tmp
	rm -rf "$tmp"
	mkdir "$tmp"
	export TMPDIR="$tmp"
	LC_ALL=C "$t" "$in" >"$work/want" 2>"$work/want.err"
	check "$T clean run" 0 $?

	# A read error in the middle of the input: reported, naming it.
	LD_PRELOAD=$shim FAILREAD_AFTER=40 "$t" "$in" >/dev/null 2>"$work/err"
	check "$T read error (file) status" 1 $?
	check "$T read error (file) message" "$T: $in: read error: Input/output error" "$(tail -n 1 "$work/err")"
	LD_PRELOAD=$shim FAILREAD_AFTER=40 "$t" <"$in" >/dev/null 2>"$work/err"
	check "$T read error (stdin) status" 1 $?
	check "$T read error (stdin) message" "$T: <stdin>: read error: Input/output error" "$(tail -n 1 "$work/err")"
	LD_PRELOAD=$shim FAILREAD_AFTER=200000 "$t" "$big" >/dev/null 2>"$work/err"
	check "$T read error after the first block status" 1 $?
	check "$T read error after the first block message" "$T: $big: read error: Input/output error" \
	    "$(tail -n 1 "$work/err")"

	# /dev/full
	"$t" "$in" >/dev/full 2>"$work/err"
	check "$T /dev/full status" 1 $?
	check "$T /dev/full message" "$T: <stdout>: write error: No space left on device" \
	    "$(grep -v 'p-value' "$work/err")"

	# A closed pipe ends quietly.
	{ "$t" "$big" 2>"$work/err"; echo $? >"$work/st"; } | head -n 1 >/dev/null
	check "$T closed pipe status" 0 "$(cat "$work/st")"
	check "$T closed pipe stderr" "" "$(grep -v 'p-value' "$work/err")"

	# -o FILE: success replaces it, a failed run leaves it, no temporary files.
	o=$work/out
	rm -rf "$o"
	mkdir "$o"
	"$t" -o "$o/f" "$in" 2>/dev/null
	check "$T -o status" 0 $?
	if cmp -s "$o/f" "$work/want"; then ok; else bad "$T -o: FILE differs from stdout"; fi
	echo old >"$o/f"
	"$t" -o "$o/f" "$(badinput "$T")" 2>/dev/null
	check "$T -o failed run status" 1 $?
	check "$T -o failed run leaves FILE" old "$(cat "$o/f")"
	check "$T -o failed run leaves no temporary file" f "$(ls -A "$o" | tr '\n' ' ' | sed 's/ $//')"
	check "$T no temporary file in TMPDIR after success and error" "" "$(ls -A "$tmp")"

	# -o FILE, killed in the middle of the run (the input stalls after its
	# rows; the signal is sent once the tool is ready for it, see ready()):
	# the old FILE stays, temporary files go.
	for sig in TERM INT; do
		rm -f "$o/fifo"
		mkfifo "$o/fifo"
		echo old >"$o/f"
		# An asynchronous command of a non-interactive shell starts with
		# SIGINT ignored; perl restores the default, as in a terminal.
		perl -e '$SIG{INT} = $SIG{TERM} = "DEFAULT"; exec @ARGV or die' \
		    "$t" -o "$o/f" <"$o/fifo" 2>/dev/null &
		pid=$!
		(cat "$big"; exec sleep 60) >"$o/fifo" &
		writer=$!
		if ! ready $pid $writer "$t"; then
			bad "$T -o SIG$sig: the tool did not reach its stalled read within 60 s"
			kill -KILL $pid $writer 2>/dev/null
			wait $pid $writer 2>/dev/null
			continue
		fi
		kill -$sig $pid
		wait $pid 2>/dev/null
		st=$?
		kill -PIPE $writer 2>/dev/null
		wait $writer 2>/dev/null
		case $sig in TERM) want_st=143 ;; INT) want_st=130 ;; esac
		check "$T -o killed by SIG$sig: status" $want_st $st
		check "$T -o killed by SIG$sig: FILE intact" old "$(cat "$o/f")"
		check "$T -o killed by SIG$sig: no temporary file beside FILE" "f fifo" \
		    "$(ls -A "$o" | sort | tr '\n' ' ' | sed 's/ $//')"
		check "$T killed by SIG$sig: no temporary file in TMPDIR" "" "$(ls -A "$tmp")"
	done

	# An input that is a FIFO (`tool <(zcat data.gz)`), even for the tools
	# that read their input twice.
	rm -f "$o/fifo"
	mkfifo "$o/fifo"
	cat "$in" >"$o/fifo" &
	writer=$!
	timeout 10 "$t" "$o/fifo" >"$work/got" 2>"$work/err"
	st=$?
	kill -PIPE $writer 2>/dev/null
	wait $writer 2>/dev/null
	check "$T FIFO input status" 0 $st
	if [ $st -eq 0 ] && cmp -s "$work/want" "$work/got"; then ok; else
		bad "$T FIFO input: output differs from the file's ($(head -c 200 "$work/err"))"
	fi

	# Determinism: locale, file or pipe, chunking.
	LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 LC_NUMERIC=de_DE.UTF-8 "$t" "$in" >"$work/got" 2>/dev/null
	if cmp -s "$work/want" "$work/got"; then ok; else bad "$T: output differs under LC_ALL=de_DE.UTF-8"; fi
	cat "$in" | "$t" >"$work/got" 2>/dev/null
	if cmp -s "$work/want" "$work/got"; then ok; else bad "$T: output differs when the input is a pipe"; fi
	for n in 1 2 7 4096; do
		LD_PRELOAD=$shim FAILREAD_CHUNK=$n "$t" "$in" >"$work/got" 2>"$work/got.err"
		if cmp -s "$work/want" "$work/got" && cmp -s "$work/want.err" "$work/got.err"; then ok; else
			bad "$T: output differs when read() returns $n bytes at a time"
		fi
	done
	case $T in
	int2onehot|mlscore|mlfilter|mlreport) p= ;;
	onehot2int) p=onehot- ;;
	*) p=feat- ;;
	esac
	for c in bom crlf cr-field nul ragged-short blank-line; do
		f=$data/$p$c.tsv
		"$t" "$f" >"$work/want.bad" 2>"$work/want.bad.err"
		for n in 1 2 7; do
			LD_PRELOAD=$shim FAILREAD_CHUNK=$n "$t" "$f" >"$work/got" 2>"$work/got.err"
			if cmp -s "$work/want.bad" "$work/got" && cmp -s "$work/want.bad.err" "$work/got.err"; then ok; else
				bad "$T $p$c.tsv: read $n bytes at a time: '$(head -n 1 "$work/got.err")'," \
				    "in whole blocks: '$(head -n 1 "$work/want.bad.err")'"
			fi
		done
	done
	unset TMPDIR
done

# An unreadable file is named (root reads everything: checked as non-root only).
if [ "$(id -u)" != 0 ]; then
	cp "$data/base.tsv" "$work/unreadable.tsv"
	chmod 000 "$work/unreadable.tsv"
	"$B/bin/mlscore" "$work/unreadable.tsv" >/dev/null 2>"$work/err"
	check "unreadable file status" 1 $?
	check "unreadable file message" "mlscore: $work/unreadable.tsv: cannot open: Permission denied" "$(cat "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
