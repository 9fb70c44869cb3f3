# --frac-noise outside [0, 1]
$ mlfilter --frac-noise 1.5 ../conformance/quickstart/input.tsv 2>&1 | head -1
> mlfilter: --frac-noise: a number in [0, 1], not '1.5'
