# mlcv: the lists name one class only (K = 1)
$ printf 'labels\tf_x\n0\t1\n0\t2\n' | mlcv
! mlcv: <stdin>: only one class ('0'): one-vs-rest needs at least 2 (name them with -c)
? 1
