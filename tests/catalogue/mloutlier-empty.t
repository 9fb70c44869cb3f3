# mloutlier: an empty file (not even a header) is an error
$ mloutlier data/empty.tsv
! mloutlier: data/empty.tsv: empty input: no header line
? 1
