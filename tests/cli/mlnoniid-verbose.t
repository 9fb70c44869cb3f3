# mlnoniid: --verbose adds the KS statistic; --seed changes the permutations
$ mlnoniid --verbose -k 3 --seed 7 --num-permutations 10 ../data/feat-blobs.tsv >/dev/null
! mlnoniid: p-value: 0.8216994284241225
! mlnoniid: info: p-value=0.8216994284241225 ks_observed=0.15384615384615385 num_issues=0 k=3
? 0
