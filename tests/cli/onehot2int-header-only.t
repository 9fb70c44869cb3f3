# header only: header out, exit 0
$ printf 'y_a\ty_b\n' | onehot2int
> labels
