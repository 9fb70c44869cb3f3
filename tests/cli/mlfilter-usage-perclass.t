# --per-class needs --annotate
$ mlfilter --per-class ../conformance/quickstart/input.tsv 2>&1 | head -1
> mlfilter: --per-class needs --annotate
