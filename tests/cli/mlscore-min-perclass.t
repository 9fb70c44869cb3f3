# per-class self-confidence (p if given, 1-p if not) and the min aggregator, by hand
$ mlscore -a min --per-class ../data/tiny.tsv
> id	labels	p_a	p_b	label_score	s_a	s_b
> x	0	0.75	0.25	0.75	0.75	0.75
> y	1	0.5	0.5	0.5	0.5	0.5
> z	0,1	1.0	0.0	0.0	1.0	0.0
> w		0.25	1.0	0.0	0.75	0.0
