# table.awk - expands a table of cases into .t files, one per case and tool:
#   awk -f table.awk -v out=OUTDIR -v dir=DIR DIR/tools.tsv DIR/TABLE.tsv
# Both files are TAB-separated, the first line that is not a '#' comment
# naming the columns.
#
# DIR/tools.tsv has one row per tool, with its column "tool" and "group" and
# the values a case may name: {in} (the tool's clean input), {pre} (the
# prefix of its bad-input files), {rows}, ... ('-' is empty).  {NAME+N} and
# {NAME-N} add to a number.
#
# A table has one row per case, with these columns:
#   case     the case name: the file is OUTDIR/TOOL-CASE.t
#   tools    the tools it runs against: "all", group names or tool names
#   status   the expected exit status
#   stdout   "-": nothing; "=N": the first N lines of the tool's own output
#            DIR/expect/STREAM (column "stream" of tools.tsv; a tool
#            without one prints nothing); else the lines, separated by '|'
#   stderr   "-": nothing; else the lines, separated by '|' (empty ones,
#            such as an empty {note}, are left out)
#   command  one line of shell
#   what     what the case checks (the .t file's comment)
BEGIN { FS = "\t"; bad = 0 }
/^#/ || /^$/ { next }
!(FILENAME in header) { header[FILENAME] = 1; for (i = 1; i <= NF; i++) col[FILENAME, $i] = i; next }
FILENAME == ARGV[1] {
	t = $col[FILENAME, "tool"]
	ntools++
	tool[ntools] = t
	for (key in col) {
		split(key, kp, SUBSEP)
		if (kp[1] != FILENAME)
			continue
		v = $col[key]
		val[t, kp[2]] = v == "-" ? "" : v
	}
	next
}
{
	c = $col[FILENAME, "case"]
	split($col[FILENAME, "tools"], want, " ")
	for (i = 1; i <= ntools; i++) {
		t = tool[i]
		for (w in want)
			if (want[w] == "all" || want[w] == t || want[w] == val[t, "group"]) {
				emit(t, c)
				break
			}
	}
}
END { exit bad }

function emit(t, c,    f, s, n, i, lines, stream, line) {
	f = out "/" t "-" c ".t"
	if (f in done) {
		print "table.awk: " FILENAME ":" FNR ": " t "-" c " twice" > "/dev/stderr"
		bad = 1
	}
	done[f] = 1
	printf "# %s: %s\n", t, subst(t, $col[FILENAME, "what"]) > f
	printf "$ %s\n", subst(t, $col[FILENAME, "command"]) > f
	s = subst(t, $col[FILENAME, "stdout"])
	if (s ~ /^=[0-9]+$/) {
		stream = val[t, "stream"]
		for (i = substr(s, 2) + 0; stream != "" && i > 0; i--) {
			if ((getline line < (dir "/expect/" stream)) <= 0)
				break
			print (line == "" ? ">" : "> " line) > f
		}
		if (stream != "")
			close(dir "/expect/" stream)
	} else if (s != "-") {
		n = split(s, lines, "|")
		for (i = 1; i <= n; i++)
			print (lines[i] == "" ? ">" : "> " lines[i]) > f
	}
	s = subst(t, $col[FILENAME, "stderr"])
	if (s != "-") {
		n = split(s, lines, "|")
		for (i = 1; i <= n; i++)
			if (lines[i] != "")
				print "! " lines[i] > f
	}
	if ($col[FILENAME, "status"] != 0)
		print "? " $col[FILENAME, "status"] > f
	close(f)
}

# Replaces {NAME}, {NAME+N} and {NAME-N} with tool t's values.
function subst(t, s,    r, m, name, num) {
	r = ""
	while (match(s, /\{[a-z]+([+-][0-9]+)?\}/)) {
		m = substr(s, RSTART + 1, RLENGTH - 2)
		name = m
		sub(/[+-].*/, "", name)
		if (!((t, name) in val)) {
			print "table.awk: " FILENAME ":" FNR ": no value {" name "} for " t > "/dev/stderr"
			bad = 1
		}
		if (m != name)
			num = val[t, name] + substr(m, length(name) + 1)
		else
			num = val[t, name]
		r = r substr(s, 1, RSTART - 1) num
		s = substr(s, RSTART + RLENGTH)
	}
	return r s
}
