# several files are one stream; line numbers are per file
$ int2onehot -c cat,dog,owl ../data/small.tsv ../data/small.tsv | wc -l
> 7
