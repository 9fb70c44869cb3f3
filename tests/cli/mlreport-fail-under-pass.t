# --fail-under below the health score (0.892857): exit 0
$ mlreport --fail-under 0.89 --format json ../conformance/quickstart/input.tsv >/dev/null
