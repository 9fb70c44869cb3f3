# -o writes FILE through a temporary file; a failed run leaves the old FILE
$ d=$(mktemp -d); int2onehot -c cat,dog,owl ../data/small.tsv -o $d/o; printf 'labels\n9\n' | int2onehot -k 2 -o $d/o 2>/dev/null; s=$?; cat $d/o; ls $d; rm -rf $d; exit $s
> id	y_cat	y_dog	y_owl	p_cat	p_dog	p_owl
> а1	1	0	1	0.9	0.1	0.8
> b2	0	0	0	0.2	0.3	0.1
> c3	0	1	0	0.1	0.7	0.0
> o
? 1
