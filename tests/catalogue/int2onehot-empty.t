# int2onehot: an empty file (not even a header) is an error
$ int2onehot data/empty.tsv
! int2onehot: data/empty.tsv: empty input: no header line
? 1
