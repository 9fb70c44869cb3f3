# mlcv: -c names the classes; a list naming another is an error
$ printf 'labels\tf_x\na\t1\nc\t2\n' | mlcv -c a,b
! mlcv: <stdin>:3: column 'labels': unknown class name: 'c' (the classes are a, b)
? 1
