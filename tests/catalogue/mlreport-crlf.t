# mlreport: CRLF line ends are refused with a hint (TSV)
$ mlreport data/crlf.tsv
! mlreport: data/crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
