# mloutlier: a neighbour that is not a row
$ printf 'knn\tknn_dist\n1\t1\n7\t1\n' | mloutlier
! mloutlier: <stdin>:3: column 'knn': neighbour is not a row (there are 2 rows): '7'
? 1
