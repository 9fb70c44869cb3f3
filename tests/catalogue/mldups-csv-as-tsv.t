# mldups: CSV read without -d , (one header column with commas): suggest -d ,
$ tr '\t' , <data/feat.tsv | mldups
! mldups: <stdin>:1: the header has ',' and no TAB: is it CSV? read it with -d ,
? 1
