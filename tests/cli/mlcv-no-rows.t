# mlcv: a header and no data rows
$ printf 'labels\tf_x\n' | mlcv
! mlcv: <stdin>: no data rows
? 1
