# mlfilter: a directory as input is a read error naming it
$ mlfilter data
! mlfilter: data: read error: Is a directory
? 1
