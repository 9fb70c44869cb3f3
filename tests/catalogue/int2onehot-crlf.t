# int2onehot: CRLF line ends are refused with a hint (TSV)
$ int2onehot data/crlf.tsv
! int2onehot: data/crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
