# mlnoniid: the test needs at least 2 permutations
$ mlnoniid --num-permutations 1 data/feat-blobs.tsv
! mlnoniid: --num-permutations: a number >= 2, not '1'
! usage: mlnoniid [-v] [-k K] [--num-permutations R] [--seed S] [--significance A]
!                 [--metric euclidean|cosine] [--feature-prefix P] [-d DELIM]
!                 [-o FILE] [FILE ...]
? 2
