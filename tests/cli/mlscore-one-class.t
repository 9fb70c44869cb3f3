# K = 1 is refused from the header
$ printf 'labels\tp_a\n0\t0.5\n' | mlscore
! mlscore: <stdin>:1: only one class (p_a): cleanlab's multi-label scores need at least 2 classes
? 1
