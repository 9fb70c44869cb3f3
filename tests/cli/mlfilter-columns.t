# --columns with --rank --annotate: a relabelling queue picked by name, in the order given; -D , writes it as CSV
$ printf 'id\tlabels\tp_cat\tp_dog\nr0\tcat\t0.9\t0.1\nr1\tcat\t0.8\t0.2\nr2\tcat\t0.95\t0.3\nr3\tdog\t0.1\t0.9\nr4\tdog\t0.2\t0.85\nr5\tdog\t0.05\t0.7\nr6\tcat,dog\t0.9\t0.8\nr7\tcat,dog\t0.7\t0.9\nr8\tcat\t0.1\t0.9\nr9\tdog\t0.9\t0.2\nr10\t\t0.1\t0.1\nr11\tcat,dog\t0.2\t0.8\n' | mlfilter --rank --annotate --columns id,suggested_labels,labels,label_score -D ,
> id,suggested_labels,labels,label_score
> r8,dog,cat,0.09999999999999998
> r9,cat,dog,0.11999999999999998
> r11,dog,"cat,dog",0.32
