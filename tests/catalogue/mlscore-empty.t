# mlscore: an empty file (not even a header) is an error
$ mlscore data/empty.tsv
! mlscore: data/empty.tsv: empty input: no header line
? 1
