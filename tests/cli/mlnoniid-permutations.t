# mlnoniid: the test needs at least 2 permutations
$ mlnoniid --num-permutations 1 ../data/feat-blobs.tsv
! mlnoniid: --num-permutations: a number >= 2, not '1'
! Try 'mlnoniid --help' for more information.
? 2
