# mldups: CRLF line ends are refused with a hint (TSV)
$ mldups data/feat-crlf.tsv
! mldups: data/feat-crlf.tsv:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
