# the HTML page names its input, date (SOURCE_DATE_EPOCH pins it) and version, and records each gate; --html is written even when a gate trips (it shows why), unlike -o
$ cp ../conformance/quickstart/input.tsv "$TMPDIR/q.tsv" && cd "$TMPDIR"
$ SOURCE_DATE_EPOCH=86400 mlreport --fail-under 0.9 --class-fail-under c1=0.9 --html r.html -o r.txt q.tsv 2>/dev/null
$ echo "exit $?"
$ grep -E '^<p class="lead">Input|^<tr><td>(overall|label quality)' r.html
> exit 3
> <p class="lead">Input: <code>q.tsv</code> &middot; Date: 1970-01-02 00:00:00 UTC &middot; mlreport (mlaudit) 0.1.0</p>
> <tr><td>overall multilabel health score</td><td class="num">0.9</td><td class="num">0.892857</td><td class="fail">FAILED</td></tr>
> <tr><td>label quality score of class c1</td><td class="num">0.9</td><td class="num">0.946429</td><td class="pass">passed</td></tr>
