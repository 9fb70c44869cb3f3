# a one-hot value other than 0/1 is an error
$ printf 'y_a\ty_b\n1\t2\n' | onehot2int
> labels
! onehot2int: <stdin>:2: column 'y_b': one-hot value must be 0 or 1: '2'
? 1
