# -v with --annotate is a usage error
$ mlfilter -v --annotate ../conformance/quickstart/input.tsv 2>&1 | head -1
> mlfilter: -v and --annotate exclude each other
