# mlreport: an empty file (not even a header) is an error
$ mlreport data/empty.tsv
! mlreport: data/empty.tsv: empty input: no header line
? 1
