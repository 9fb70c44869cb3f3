# --rank --annotate: the flagged rows most severe first, with label_score first (as mlscore | mlfilter --annotate would put it), then the annotation columns; suggested_labels with a class added and one removed
$ printf 'id\tlabels\tp_cat\tp_dog\nr0\tcat\t0.9\t0.1\nr1\tcat\t0.8\t0.2\nr2\tcat\t0.95\t0.3\nr3\tdog\t0.1\t0.9\nr4\tdog\t0.2\t0.85\nr5\tdog\t0.05\t0.7\nr6\tcat,dog\t0.9\t0.8\nr7\tcat,dog\t0.7\t0.9\nr8\tcat\t0.1\t0.9\nr9\tdog\t0.9\t0.2\nr10\t\t0.1\t0.1\nr11\tcat,dog\t0.2\t0.8\n' | mlfilter --rank --annotate
> id	labels	p_cat	p_dog	label_score	is_label_issue	issue_classes	suggested_labels
> r8	cat	0.1	0.9	0.09999999999999998	1	-cat,+dog	dog
> r9	dog	0.9	0.2	0.11999999999999998	1	+cat,-dog	cat
> r11	cat,dog	0.2	0.8	0.32	1	-cat	dog
