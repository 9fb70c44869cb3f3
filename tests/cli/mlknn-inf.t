# mlknn: an infinite feature value cannot go into the graph
$ printf 'f_a\n1\ninf\n3\n' | mlknn -k 1
! mlknn: <stdin>:3: column 'f_a': feature value is not finite: 'inf'
? 1
