# max and mean aggregators, by hand
$ mlscore -a max ../data/tiny.tsv | cut -f5; mlscore -a mean ../data/tiny.tsv | cut -f5
> label_score
> 0.75
> 0.5
> 1.0
> 0.75
> label_score
> 0.75
> 0.5
> 0.5
> 0.375
