# mlknn: a directory as input is a read error naming it
$ mlknn data
! mlknn: data: read error: Is a directory
? 1
