# CRLF line ends are refused with a hint
$ printf 'id\tlabels\r\n1\t0\r\n' | int2onehot -k 2
! int2onehot: <stdin>:1: CRLF line ends (Windows text); convert the file with dos2unix
? 1
