# mlnull: an empty file (not even a header) is an error
$ mlnull data/empty.tsv
! mlnull: data/empty.tsv: empty input: no header line
? 1
