# standard input is read twice through a temporary copy; nothing is left behind
$ cat ../conformance/quickstart/input.tsv | mlfilter --rank | cut -f1 | head -3; ls $TMPDIR | wc -l
> id
> 275
> 267
> 0
