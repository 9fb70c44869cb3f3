# -k: hex, inf, nan, spaces and 0 are usage errors (exit 2), before any input is read
$ for v in 0x10 inf nan " 3" "3 " 0 -1 2.0; do int2onehot -k "$v" /nonexistent 2>"$TMPDIR/err"; echo "$? $(head -n 1 "$TMPDIR/err")"; done
> 2 int2onehot: -k: a number of classes >= 1, not '0x10'
> 2 int2onehot: -k: a number of classes >= 1, not 'inf'
> 2 int2onehot: -k: a number of classes >= 1, not 'nan'
> 2 int2onehot: -k: a number of classes >= 1, not ' 3'
> 2 int2onehot: -k: a number of classes >= 1, not '3 '
> 2 int2onehot: -k: a number of classes >= 1, not '0'
> 2 int2onehot: -k: a number of classes >= 1, not '-1'
> 2 int2onehot: -k: a number of classes >= 1, not '2.0'
