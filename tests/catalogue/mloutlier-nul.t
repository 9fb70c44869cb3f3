# mloutlier: a NUL byte (binary data) is an error at its line
$ mloutlier data/feat-nul.tsv
! mloutlier: data/feat-nul.tsv:3: NUL byte in the input (binary data?)
? 1
