# mldups: a NUL byte (binary data) is an error at its line
$ mldups data/feat-nul.tsv
! mldups: data/feat-nul.tsv:3: NUL byte in the input (binary data?)
? 1
