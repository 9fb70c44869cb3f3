# onehot2int: an unterminated CSV quote is named with the line it starts on
$ printf 'id,y_a,y_b\nr1,1,0\nr2,"0,1\n' | onehot2int -d , >/dev/null
! onehot2int: <stdin>: unterminated quoted field starting at line 3
? 1
