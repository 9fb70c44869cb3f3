# mlnoniid: a header without feature columns or a graph
$ printf 'id\tx\n0\t1\n1\t2\n' | mlnoniid
! mlnoniid: <stdin>:1: no feature columns (f_<name>) and no knn, knn_dist columns
? 1
