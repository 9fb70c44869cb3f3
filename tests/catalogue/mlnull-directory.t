# mlnull: a directory as input is a read error naming it
$ mlnull data
! mlnull: data: read error: Is a directory
? 1
