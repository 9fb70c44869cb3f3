# mloutlier: a knn list with a different number of neighbours than the first row
$ printf 'knn\tknn_dist\n1,2\t1,2\n0\t1\n0,1\t1,1\n' | mloutlier
! mloutlier: <stdin>:3: column 'knn': a different number of neighbours than the first row: '0'
? 1
