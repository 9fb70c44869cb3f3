# mlknn: CRLF line ends are refused with a hint (TSV)
$ mlknn data/feat-crlf.tsv
! mlknn: data/feat-crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
