# mlknn --part with more parts than rows: 5 rows in 9 parts; part 1 (rows 0 .. floor(5/9) - 1: none) is the header alone, part 7 (rows 3 .. 2: none) nothing
$ mlknn -k 2 --part 1/9 ../data/feat-line.tsv
> id	f_x	f_y	knn	knn_dist
$ mlknn -k 2 --part 7/9 ../data/feat-line.tsv
$ mlknn -k 2 --verbose --part 7/9 ../data/feat-line.tsv
! mlknn: info: num_examples=5 dim=2 k=2 metric=euclidean
! mlknn: info: part=7/9 first_row=3 num_rows=0
? 0
