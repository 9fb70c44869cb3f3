# mlreport: a directory as input is a read error naming it
$ mlreport data
! mlreport: data: read error: Is a directory
? 1
