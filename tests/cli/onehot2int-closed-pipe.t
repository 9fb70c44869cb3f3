# a closed pipe ends quietly
$ awk 'BEGIN { print "y_a\ty_b"; for (i = 0; i < 300000; i++) print "1\t0" }' | onehot2int | head -1
> labels
