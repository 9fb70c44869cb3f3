# mlfilter: an unterminated CSV quote is named with the line it starts on
$ printf 'id,labels,p_a,p_b,p_c\nr1,0,0.9,0.1,0.2\nr2,"1,0.2,0.8,0.1\n' | mlfilter -d , >/dev/null
! mlfilter: <stdin>: unterminated quoted field starting at line 3
? 1
