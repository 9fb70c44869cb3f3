# mlreport: a NUL byte (binary data) is an error at its line
$ mlreport data/nul.tsv
! mlreport: data/nul.tsv:3: NUL byte in the input (binary data?)
? 1
