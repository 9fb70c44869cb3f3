# mlnoniid: an empty file (not even a header) is an error
$ mlnoniid data/empty.tsv
! mlnoniid: data/empty.tsv: empty input: no header line
? 1
