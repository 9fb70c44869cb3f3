# every example has every class: with -o the target is untouched
$ printf 'labels\tp_a\tp_b\n0,1\t0.5\t0.5\n' | mlscore -o $TMPDIR/out; s=$?; ls $TMPDIR; exit $s
! mlscore: every example has every class: cleanlab cannot score such labels (Labels must be in multi-label format.)
? 1
