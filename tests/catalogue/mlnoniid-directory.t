# mlnoniid: a directory as input is a read error naming it
$ mlnoniid data
! mlnoniid: data: read error: Is a directory
? 1
