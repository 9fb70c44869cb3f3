# -d takes any separator byte (';' from European spreadsheets: CSV quoting with ';'); -D writes another form (CSV in, TSV out); a field TSV cannot hold is an error, not a broken row; -d x is refused
$ printf 'id;labels;p_a;p_b\n"x;1";"a,b";0.5;0.2\ny;a;0.9;0.1\nz;b;0.1;0.8\n' >"$TMPDIR/e.csv"
$ mlscore -d ';' --columns id,labels "$TMPDIR/e.csv"
$ mlscore -d ';' -D tab --columns id,labels "$TMPDIR/e.csv"
$ printf 'id,labels,p_a,p_b\n"x\ty","a,b",0.5,0.2\nz,b,0.1,0.8\nw,a,0.9,0.1\n' | mlscore -d , -D tab; echo "exit $?"
$ mlscore -d x "$TMPDIR/e.csv"; echo "exit $?"
> id;labels
> "x;1";a,b
> y;a
> z;b
> id	labels
> x;1	a,b
> y	a
> z	b
> exit 1
! mlscore: <stdout>:2: a field holds a TAB or line break, which TSV cannot hold: write CSV (-D ,)
! mlscore: -d: a separator byte (',', ';', '|', TAB ...), not 'x'
! Try 'mlscore --help' for more information.
> exit 2
