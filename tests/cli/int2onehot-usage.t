# -c with -k is a usage error
$ int2onehot -c a -k 2
! int2onehot: -c and -k exclude each other
! Try 'int2onehot --help' for more information.
? 2
