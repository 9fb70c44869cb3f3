# mlcv: a feature value that is not a number
$ printf 'labels\tf_x\n0\t1\n1\tabc\n' | mlcv
! mlcv: <stdin>:3: column 'f_x': feature value is not a number: 'abc'
? 1
