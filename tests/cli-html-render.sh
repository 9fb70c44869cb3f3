#!/bin/sh
# cli-html-render.sh BUILD - mlreport's HTML page rendered by headless
# Chromium (Debian package chromium): it loads with no console message,
# has its SVG charts (the scatter picture among them), and its screenshot
# is not blank (ppmink counts the non-white pixels of the PNG turned into
# a PPM by convert: ImageMagick, or python3 when that is missing).
# Without chromium the checks are skipped with a message.
B=$(cd "${1:-build}" && pwd) || exit 1
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

browser=
for c in chromium chromium-browser; do
	command -v "$c" >/dev/null 2>&1 && { browser=$c; break; }
done
if [ -z "$browser" ]; then
	echo "skipped: chromium is not installed (apt-get install chromium)"
	echo "0 passed, 0 failed"
	exit 0
fi
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
run() {
	HOME=$t timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
	    --no-first-run --user-data-dir="$t/profile" --enable-logging=stderr "$@"
}

# The tutorial data with its two features: the scatter picture; the date pinned.
SOURCE_DATE_EPOCH=0 "$B/bin/mlreport" --html "$t/report.html" \
    "$root/examples/quickstart-features.tsv" >/dev/null || bad "mlreport --html"
run --dump-dom "file://$t/report.html" >"$t/dom" 2>"$t/log"
if grep -q 'CONSOLE' "$t/log"; then
	bad "console messages:"; grep 'CONSOLE' "$t/log" | head -5 | sed 's/^/  /'
else
	ok
fi
n=$(grep -c '</svg>' "$t/dom")
[ "$n" -ge 4 ] && ok || bad "the rendered page has $n SVG charts, not 4 or more"
grep -q 'id="scatter"' "$t/dom" && ok || bad "no scatter picture in the rendered page"

run --window-size=1100,2400 --screenshot="$t/shot.png" "file://$t/report.html" \
    >/dev/null 2>&1
if [ ! -s "$t/shot.png" ]; then
	bad "no screenshot"
elif command -v convert >/dev/null 2>&1 && convert "$t/shot.png" ppm:- >"$t/shot.ppm" 2>/dev/null &&
    [ -s "$t/shot.ppm" ] || python3 -c '
import sys, zlib, struct
d = open(sys.argv[1], "rb").read(); i = 8; idat = b""
while i < len(d):
    n, k = struct.unpack(">I4s", d[i:i + 8]); c = d[i + 8:i + 8 + n]; i += 12 + n
    if k == b"IHDR": w, h, bits, ct = struct.unpack(">IIBB", c[:10])
    elif k == b"IDAT": idat += c
raw = zlib.decompress(idat); bpp = {2: 3, 6: 4}[ct]; s = w * bpp; out = bytearray(); prev = bytearray(s); p = 0
for y in range(h):
    f = raw[p]; line = bytearray(raw[p + 1:p + 1 + s]); p += 1 + s
    for x in range(s):
        a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    for x in range(w): out += line[x * bpp:x * bpp + 3]
sys.stdout.buffer.write(b"P6\n%d %d\n255\n" % (w, h) + bytes(out))' "$t/shot.png" >"$t/shot.ppm" 2>/dev/null; then
	set -- $("$B/tests/ppmink" <"$t/shot.ppm")
	# Not blank: more than 1% of the pixels have ink.
	if [ -n "$1" ] && [ "$1" -gt $(($2 * $3 / 100)) ]; then ok; else bad "blank screenshot (${1:-?} pixels with ink)"; fi
else
	echo "skipped: the screenshot check (no convert or python3 to read the PNG)"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
