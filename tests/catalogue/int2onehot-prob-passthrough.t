# int2onehot: int2onehot does not read probabilities: they pass through untouched
$ printf 'labels\tp_a\tp_b\n0\tnan\t0x1p-3\n1\t 0.5\t1e-400\n' | int2onehot
> y_a	y_b	p_a	p_b
> 1	0	nan	0x1p-3
> 0	1	 0.5	1e-400
