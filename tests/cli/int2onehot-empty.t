# an empty input has no header
$ int2onehot -k 2 < /dev/null
! int2onehot: <stdin>: empty input: no header line
? 1
