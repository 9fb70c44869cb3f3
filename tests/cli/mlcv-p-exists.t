# mlcv: existing p_ columns need --replace (checked before any fitting)
$ printf 'labels\tf_x\tp_0\n0\t1\t0.5\n1\t2\t0.5\n' | mlcv
! mlcv: <stdin>:1: column 'p_0': the input has p_ columns already (--replace overwrites them)
? 1
