# onehot2int | int2onehot gives back its input byte for byte
$ printf 'id\ty_a\ty_b\tnote\n1\t1\t1\tx\n2\t0\t0\ty\n' > $TMPDIR/in; onehot2int $TMPDIR/in | int2onehot -c a,b | cmp - $TMPDIR/in && echo same
> same
