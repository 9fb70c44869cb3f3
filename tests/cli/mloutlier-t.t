# mloutlier: -t scales the score exponent
$ mloutlier -t 2 -k 3 ../data/feat-blobs.tsv | cut -f 1,4 | head -3
> id	outlier_score
> 0	0.08107227287820905
> 1	0.15605140188629604
? 0
