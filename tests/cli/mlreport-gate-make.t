# a gate in a Makefile: a tripped gate leaves the -o target unwritten, so a second make runs the rule again (and fails again); a target written by a shell redirect needs .DELETE_ON_ERROR (mlreport(1), README)
$ cp ../conformance/quickstart/input.tsv "$TMPDIR/data.tsv" && cd "$TMPDIR" && unset MAKEFLAGS MFLAGS MAKELEVEL
$ printf 'audit.txt: data.tsv\n\tmlreport --fail-under 0.95 -o $@ $<\n' >Makefile
$ make -s; echo "make $?"; test -e audit.txt || echo "no audit.txt"
$ make -s; echo "make $?"; test -e audit.txt || echo "no audit.txt"
$ printf '.DELETE_ON_ERROR:\naudit.json: data.tsv\n\tmlreport --fail-under 0.95 --format json $< >$@\n' >Makefile
$ make -s 2>&1; echo "make $?"; test -e audit.json || echo "no audit.json"
> make 2
> no audit.txt
> make 2
> no audit.txt
> mlreport: quality gate: overall multilabel health score 0.892857 is below 0.95
> make: *** [Makefile:3: audit.json] Error 3
> make: *** Deleting file 'audit.json'
> make 2
> no audit.json
! mlreport: quality gate: overall multilabel health score 0.892857 is below 0.95
! mlreport: audit.txt: not written: a quality gate tripped
! make: *** [Makefile:2: audit.txt] Error 3
! mlreport: quality gate: overall multilabel health score 0.892857 is below 0.95
! mlreport: audit.txt: not written: a quality gate tripped
! make: *** [Makefile:2: audit.txt] Error 3
