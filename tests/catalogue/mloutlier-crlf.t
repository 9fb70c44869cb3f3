# mloutlier: CRLF line ends are refused with a hint (TSV)
$ mloutlier data/feat-crlf.tsv
! mloutlier: data/feat-crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
