# mloutlier: a directory as input is a read error naming it
$ mloutlier data
! mloutlier: data: read error: Is a directory
? 1
