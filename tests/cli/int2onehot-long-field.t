# a 5 MB pass-through field is no problem
$ awk 'BEGIN { s = "x"; while (length(s) < 5000000) s = s s; print "labels\tblob"; print "1\t" s }' | int2onehot -k 2 | awk -F '\t' '{ print $1, $2, length($3) }'
> y_0 y_1 4
> 0 1 8388608
