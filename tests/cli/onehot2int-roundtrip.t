# int2onehot | onehot2int gives back the column it was given: names stay names, indices (y_0, y_1, ... from -k) stay indices; --indices and --names force one form
$ printf 'id\tlabels\nx\tcat,dog\ny\t\nz\tdog\n' >"$TMPDIR/n.tsv"
$ int2onehot -c cat,dog "$TMPDIR/n.tsv" | onehot2int | cmp - "$TMPDIR/n.tsv" && echo names kept
$ printf 'id\tlabels\nx\t0,1\ny\t\nz\t1\n' >"$TMPDIR/i.tsv"
$ int2onehot -k 2 "$TMPDIR/i.tsv" | onehot2int | cmp - "$TMPDIR/i.tsv" && echo indices kept
$ int2onehot -c cat,dog "$TMPDIR/n.tsv" | onehot2int --indices | cut -f2 | tail -n 1
$ int2onehot -k 2 "$TMPDIR/i.tsv" | onehot2int --names | cut -f2 | tail -n 1
> names kept
> indices kept
> 1
> 1
