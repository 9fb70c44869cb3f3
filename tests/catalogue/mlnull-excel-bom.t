# mlnull: Excel's "CSV UTF-8" (byte order mark, CRLF) read without -d ,: suggest -d ,
$ { printf '\357\273\277'; tr '\t' , <data/feat.tsv | sed 's/$/\r/'; } | mlnull
! mlnull: <stdin>:1: starts with a UTF-8 byte order mark and has ',' in the header: a CSV file (Excel?); read it with -d , (which skips the mark)
? 1
