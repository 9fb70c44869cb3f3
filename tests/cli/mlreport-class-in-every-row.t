# a class given to every example: cleanlab raises in the dataset summaries, so exit 1 and no report
$ mlreport ../conformance/class_in_every_row/input.tsv
! mlreport: class 'c1': given to every example: cleanlab requires both labels in each class's one-vs-rest problem (Labels must contain at least 2 classes.); leave it out with --drop-class c1
? 1
