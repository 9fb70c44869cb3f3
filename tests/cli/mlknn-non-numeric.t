# mlknn: a feature value that is not a number
$ printf 'f_x\tf_y\n0\t1\n2\tabc\n3\t4\n' | mlknn -k 1
! mlknn: <stdin>:3: column 'f_y': feature value is not a number: 'abc'
? 1
