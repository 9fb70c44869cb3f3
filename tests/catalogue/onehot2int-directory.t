# onehot2int: a directory as input is a read error naming it
$ onehot2int data
! onehot2int: data: read error: Is a directory
? 1
