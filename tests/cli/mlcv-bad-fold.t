# mlcv: a fold number that is not one
$ printf 'labels\tf_x\tfold\n0\t1\t0\n1\t2\tx\n' | mlcv --folds-from fold
! mlcv: <stdin>:3: column 'fold': fold is not a fold number (0, 1, 2, ...): 'x'
? 1
