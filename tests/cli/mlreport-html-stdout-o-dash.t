# --html - with -o - (the report on stdout, said explicitly) is the same usage error, JSON too
$ mlreport --format json -o - --html - ../conformance/quickstart/input.tsv
! mlreport: --html -: the report goes to standard output already; write it with -o FILE, or the page with --html FILE
! Try 'mlreport --help' for more information.
? 2
