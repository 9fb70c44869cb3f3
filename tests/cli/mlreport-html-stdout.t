# --html - with the report on stdout too is a usage error (exit 2) before any input is read: text and HTML would follow each other on stdout
$ mlreport --html - /nonexistent
! mlreport: --html -: the report goes to standard output already; write it with -o FILE, or the page with --html FILE
! Try 'mlreport --help' for more information.
? 2
