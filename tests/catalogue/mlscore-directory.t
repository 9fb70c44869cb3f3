# mlscore: a directory as input is a read error naming it
$ mlscore data
! mlscore: data: read error: Is a directory
? 1
