# mlscore: a header without p_ columns
$ printf 'id\tlabels\nr1\t0\n' | mlscore
! mlscore: <stdin>:1: no p_<class> columns in the header (one predicted probability column per class)
? 1
