# mlnoniid: a seed outside numpy's 0..2^32-1
$ mlnoniid --seed 4294967296 data/feat-blobs.tsv
! mlnoniid: --seed: a number from 0 to 4294967295, not '4294967296'
! usage: mlnoniid [-v] [-k K] [--num-permutations R] [--seed S] [--significance A]
!                 [--metric euclidean|cosine] [--feature-prefix P] [-d DELIM]
!                 [-o FILE] [FILE ...]
? 2
