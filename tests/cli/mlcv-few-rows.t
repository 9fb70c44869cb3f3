# mlcv: fewer rows than folds
$ printf 'labels\tf_x\n0\t1\n1\t2\n2\t3\n' | mlcv
! mlcv: 3 rows: fewer than the 5 folds
? 1
