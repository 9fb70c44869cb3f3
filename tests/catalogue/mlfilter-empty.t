# mlfilter: an empty file (not even a header) is an error
$ mlfilter data/empty.tsv
! mlfilter: data/empty.tsv: empty input: no header line
? 1
