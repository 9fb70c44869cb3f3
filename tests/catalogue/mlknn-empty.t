# mlknn: an empty file (not even a header) is an error
$ mlknn data/empty.tsv
! mlknn: data/empty.tsv: empty input: no header line
? 1
