# mlcv: a class given to every row, named
$ printf 'labels\tf_x\n0\t1\n0,1\t2\n' | mlcv
! mlcv: class '0' is given to every row: its one-vs-rest model has nothing to learn
? 1
