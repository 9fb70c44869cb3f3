# -c with -k is a usage error
$ int2onehot -c a -k 2
! int2onehot: -c and -k exclude each other
! usage: int2onehot [-c NAME,...|-k K] [--keep] [-l COL] [-d DELIM] [-D DELIM]
!                   [-o FILE] [FILE ...]
? 2
