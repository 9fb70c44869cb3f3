# mloutlier: --threshold outside [0,1] is a usage error
$ mloutlier --threshold 1.5 ../data/feat-blobs.tsv
! mloutlier: --threshold: a number in [0,1], not '1.5'
! Try 'mloutlier --help' for more information.
? 2
