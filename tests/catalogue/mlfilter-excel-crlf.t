# mlfilter: a CSV with CRLF line ends (Excel) read without -d ,: suggest -d , rather than dos2unix
$ tr '\t' , <data/base.tsv | sed 's/$/\r/' | mlfilter
! mlfilter: <stdin>:1: CRLF line ends and ',' in the header: a CSV file (Excel?); read it with -d , (which accepts CRLF)
? 1
