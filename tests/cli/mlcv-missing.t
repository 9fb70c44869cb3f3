# mlcv: an empty feature value
$ printf 'labels\tf_x\n0\t1\n1\t\n' | mlcv
! mlcv: <stdin>:3: column 'f_x': missing feature value: ''
? 1
