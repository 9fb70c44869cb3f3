#!/bin/sh
# cli-output.sh BUILD - where -o FILE and --html FILE write (DESIGN.md, the
# stream contract), for mlscore -o, mlfilter -o, mlreport -o and --html:
#   - a FIFO is written directly (a reader gets the output; the FIFO stays);
#   - a symlink is followed: its target is replaced, the link kept (a
#     relative link in another directory, a dangling link);
#   - a replaced regular file keeps its mode (0600 stays 0600); a new file
#     gets 0666 & ~umask; no temporary file is left;
#   - /dev/fd/1 and /dev/stdout write where stdout goes (a file, a pipe);
#   - /dev/null (a character device) stays a device;
#   - a Unix socket is connected to (when python3 is there to listen);
#   - a directory is an error (exit 1), left as it was;
#   - a failed run on a FIFO exits 1 and leaves the FIFO.
# Real device nodes are only tried once the FIFO and /dev/fd/1 cases pass,
# so that a build that replaces whatever is at FILE never gets near them
# (as root it could replace /dev/null or /dev/stdout).
# Prints one line per failed check and ends with "N passed, M failed".
B=$(cd "${1:-build}" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd)
in=$here/conformance/quickstart/input.tsv
work=$(mktemp -d)
reader=
trap '[ -n "$reader" ] && kill "$reader" 2>/dev/null; rm -rf "$work"' EXIT
pass=0
fail=0
# The HTML page's date is the run's time: pinned, so that two runs compare equal.
SOURCE_DATE_EPOCH=0
export SOURCE_DATE_EPOCH
T=
if command -v timeout >/dev/null 2>&1; then T="timeout 60"; fi

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# check NAME EXPECTED GOT
check() {
	if [ "$2" = "$3" ]; then ok; else bad "$1: expected '$2', got '$3'"; fi
}
# same NAME FILE1 FILE2: the two files are equal.
same() {
	if cmp -s "$2" "$3"; then ok; else bad "$1: content differs"; fi
}
# kind PATH: what is at PATH (symlinks not followed).
kind() {
	if [ -L "$1" ]; then echo symlink
	elif [ -p "$1" ]; then echo fifo
	elif [ -c "$1" ]; then echo chardev
	elif [ -d "$1" ]; then echo directory
	elif [ -f "$1" ]; then echo file
	else echo none
	fi
}
# leftovers DIR: temporary files left in DIR.
leftovers() {
	find "$1" -name '*.tmp.*' | wc -l | tr -d ' '
}

# run NAME FILE: runs the tool NAME writing to FILE (-o or --html); the
# output expected is in $work/NAME.want.
run() {
	case $1 in
	mlscore) $T "$B/bin/mlscore" -o "$2" "${3:-$in}" ;;
	mlfilter) $T "$B/bin/mlfilter" -o "$2" "${3:-$in}" ;;
	mlreport) $T "$B/bin/mlreport" -o "$2" "${3:-$in}" ;;
	html) $T "$B/bin/mlreport" -o "$work/report.txt" --html "$2" "${3:-$in}" ;;
	esac
}
"$B/bin/mlscore" "$in" >"$work/mlscore.want"
"$B/bin/mlfilter" "$in" >"$work/mlfilter.want"
"$B/bin/mlreport" "$in" >"$work/mlreport.want"
"$B/bin/mlreport" --html "$work/html.want" "$in" >/dev/null
printf 'id\tlabels\tp_a\tp_b\nx\t0\t0.5\t0.5\ny\t1\t2\t0.5\n' >"$work/bad.tsv"
umask 022

for t in mlscore mlfilter mlreport html; do
	d=$work/$t
	mkdir "$d"
	want=$work/$t.want

	# A FIFO with a reader.
	mkfifo "$d/fifo"
	cat "$d/fifo" >"$d/fifo.out" &
	reader=$!
	run "$t" "$d/fifo" 2>"$d/err"
	check "$t: FIFO: exit status" 0 $?
	fifo_ok=0
	if [ "$(kind "$d/fifo")" = fifo ]; then
		wait "$reader"
		fifo_ok=1
	else
		kill "$reader" 2>/dev/null
	fi
	reader=
	check "$t: FIFO: still a FIFO" fifo "$(kind "$d/fifo")"
	same "$t: FIFO: the reader got the output" "$want" "$d/fifo.out"

	# A failed run on a FIFO: exit 1, the FIFO stays.
	rm -f "$d/fifo.out"
	cat "$d/fifo" >"$d/fifo.out" &
	reader=$!
	run "$t" "$d/fifo" "$work/bad.tsv" 2>"$d/err"
	check "$t: FIFO, bad input: exit status" 1 $?
	# The tool may have failed before opening the FIFO: end the reader.
	kill "$reader" 2>/dev/null
	wait "$reader" 2>/dev/null
	reader=
	check "$t: FIFO, bad input: still a FIFO" fifo "$(kind "$d/fifo")"

	# A symlink to a file, relative, from another directory.
	mkdir "$d/a" "$d/b"
	echo old >"$d/a/target"
	ln -s ../a/target "$d/b/link"
	run "$t" "$d/b/link" 2>"$d/err"
	check "$t: symlink: exit status" 0 $?
	check "$t: symlink: the link is kept" symlink "$(kind "$d/b/link")"
	check "$t: symlink: its target" ../a/target "$(readlink "$d/b/link")"
	same "$t: symlink: the target replaced" "$want" "$d/a/target"
	check "$t: symlink: no temporary file left" 0 "$(leftovers "$d")"

	# A dangling symlink: the target is created.
	ln -s new-target "$d/dangling"
	run "$t" "$d/dangling" 2>"$d/err"
	check "$t: dangling symlink: exit status" 0 $?
	check "$t: dangling symlink: the link is kept" symlink "$(kind "$d/dangling")"
	same "$t: dangling symlink: the target written" "$want" "$d/new-target"

	# A 0600 file stays 0600; a new file gets 0666 & ~umask.
	echo old >"$d/private"
	chmod 600 "$d/private"
	run "$t" "$d/private" 2>"$d/err"
	check "$t: 0600 file: exit status" 0 $?
	check "$t: 0600 file: mode kept" 600 "$(stat -c %a "$d/private")"
	same "$t: 0600 file: replaced" "$want" "$d/private"
	(umask 027 && run "$t" "$d/new") 2>"$d/err"
	check "$t: new file, umask 027: mode" 640 "$(stat -c %a "$d/new")"
	check "$t: no temporary file left" 0 "$(leftovers "$d")"

	# A directory: an error, left alone.
	mkdir "$d/dir"
	run "$t" "$d/dir" 2>"$d/err"
	check "$t: directory: exit status" 1 $?
	check "$t: directory: still a directory" directory "$(kind "$d/dir")"
	check "$t: directory: no temporary file left" 0 "$(leftovers "$d")"

	# Stdout by its kernel name, into a file and into a pipe.
	run "$t" /dev/fd/1 >"$d/fd1.out" 2>"$d/err"
	check "$t: -o /dev/fd/1: exit status" 0 $?
	same "$t: -o /dev/fd/1 > file" "$want" "$d/fd1.out"
	fd_ok=0
	cmp -s "$want" "$d/fd1.out" && fd_ok=1

	# Real device nodes: only when the cases above show that this build
	# does not replace what is there.
	if [ $fifo_ok = 1 ] && [ $fd_ok = 1 ]; then
		run "$t" /dev/stdout >"$d/stdout.out" 2>"$d/err"
		check "$t: -o /dev/stdout: exit status" 0 $?
		same "$t: -o /dev/stdout > file" "$want" "$d/stdout.out"
		run "$t" /dev/stdout 2>"$d/err" | cat >"$d/pipe.out"
		same "$t: -o /dev/stdout | cat" "$want" "$d/pipe.out"
		{ echo before; run "$t" /dev/stdout; } >"$d/append.out" 2>"$d/err"
		{ echo before; cat "$want"; } >"$d/append.want"
		same "$t: -o /dev/stdout after other output: appended" "$d/append.want" "$d/append.out"
		run "$t" /dev/null 2>"$d/err"
		check "$t: -o /dev/null: exit status" 0 $?
		check "$t: -o /dev/null: still a device" chardev "$(kind /dev/null)"
	else
		bad "$t: device nodes not tried: the FIFO or /dev/fd/1 case failed"
	fi
done

# A Unix socket with a listener (python3 plays the listener; skipped without it).
if command -v python3 >/dev/null 2>&1; then
	python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.bind(sys.argv[1])
s.listen(1)
sys.stdout.write("\n")
sys.stdout.flush()
s.settimeout(60)
c, _ = s.accept()
with open(sys.argv[2], "wb") as f:
    while True:
        b = c.recv(65536)
        if not b:
            break
        f.write(b)
' "$work/sock" "$work/sock.out" >"$work/sock.ready" &
	reader=$!
	i=0
	while [ ! -s "$work/sock.ready" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	run mlscore "$work/sock" 2>"$work/err"
	check "mlscore: socket: exit status" 0 $?
	wait "$reader"
	reader=
	same "mlscore: socket: the listener got the output" "$work/mlscore.want" "$work/sock.out"
else
	echo "skipped: a Unix socket (no python3 to listen)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
