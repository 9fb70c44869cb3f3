# the tutorial's first label scores (cleanlab prints 1.0, 0.888, 0.8224, 0.9632 rounded to 4 places)
$ mlscore ../conformance/quickstart/input.tsv | head -5 | cut -f6
> label_score
> 1.0
> 0.888
> 0.8224
> 0.9632
