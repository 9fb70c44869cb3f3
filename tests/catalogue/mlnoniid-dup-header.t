# mlnoniid: two columns with the same name are refused
$ mlnoniid data/feat-dup-header.tsv
! mlnoniid: data/feat-dup-header.tsv:1: column 'id': duplicate column name in the header
? 1
