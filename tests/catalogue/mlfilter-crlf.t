# mlfilter: CRLF line ends are refused with a hint (TSV)
$ mlfilter data/crlf.tsv
! mlfilter: data/crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
