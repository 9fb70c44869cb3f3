# mldups: a directory as input is a read error naming it
$ mldups data
! mldups: data: read error: Is a directory
? 1
