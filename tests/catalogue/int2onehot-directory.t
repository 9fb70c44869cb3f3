# int2onehot: a directory as input is a read error naming it
$ int2onehot data
! int2onehot: data: read error: Is a directory
? 1
