# mloutlier: a distance that is not a number
$ printf 'knn\tknn_dist\n1\t1\n0\t-1\n' | mloutlier
! mloutlier: <stdin>:3: column 'knn_dist': not a distance (a finite number >= 0): '-1'
? 1
