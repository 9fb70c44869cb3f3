# the tutorial has 30 issues: 30 flagged rows, 250 kept by -v
$ mlfilter ../conformance/quickstart/input.tsv | wc -l; mlfilter -v ../conformance/quickstart/input.tsv | wc -l
> 31
> 251
