# onehot2int: CRLF line ends are refused with a hint (TSV)
$ onehot2int data/onehot-crlf.tsv
! onehot2int: data/onehot-crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
