# mlnoniid: an unterminated CSV quote is named with the line it starts on
$ printf 'id,f_x,f_y\n0,0.0,0.0\n1,"1.0,0.0\n' | mlnoniid -d , >/dev/null
! mlnoniid: <stdin>: unterminated quoted field starting at line 3
? 1
