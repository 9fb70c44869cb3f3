# --features with a class never given (apple): still 3 classes (the p_ columns), and the predicted list names apple, not None
$ printf 'id\tlabels\tp_zebra\tp_apple\tp_mango\tf_a\tf_b\nr0\tzebra\t0.9\t0.1\t0.1\t0\t0\nr1\tzebra\t0.9\t0.1\t0.1\t1\t2\nr2\tmango\t0.1\t0.1\t0.9\t2\t4\nr3\tzebra,mango\t0.9\t0.1\t0.9\t3\t1\nr4\tmango\t0.1\t0.1\t0.9\t4\t3\nr5\tzebra\t0.9\t0.1\t0.1\t5\t0\nr6\tzebra\t0.9\t0.1\t0.1\t6\t2\nr7\tmango\t0.1\t0.1\t0.9\t7\t4\nr8\tzebra,mango\t0.9\t0.1\t0.9\t8\t1\nr9\tmango\t0.1\t0.1\t0.9\t9\t3\nr10\tzebra\t0.9\t0.1\t0.1\t10\t0\nr11\tzebra\t0.9\t0.1\t0.1\t11\t2\nr12\tmango\t0.1\t0.1\t0.9\t12\t4\nr13\tzebra,mango\t0.9\t0.1\t0.9\t13\t1\nr14\tmango\t0.1\t0.1\t0.9\t14\t3\nr15\tzebra\t0.9\t0.1\t0.1\t15\t0\nr16\tzebra\t0.9\t0.1\t0.1\t16\t2\nr17\tzebra,mango\t0.1\t0.95\t0.1\t17\t4\nr18\tzebra,mango\t0.9\t0.1\t0.9\t18\t1\nr19\tmango\t0.1\t0.1\t0.9\t19\t3\n' >"$TMPDIR/z.tsv"
$ mlreport --features --top 1 "$TMPDIR/z.tsv" | sed -n -e 1p -e '/given_label predicted_label/{n;p;}' | sed -E 's/  +/|/g' | cut -d'|' -f1,2,4,5
> Dataset Information: num_examples: 20, num_classes: 3
> r17|True|[zebra, mango]|[apple]
! mlreport: warning: too few examples with the class to prune (min_examples_per_class), nothing flagged there: apple
! mlreport: warning: class(es) given to no example: apple
