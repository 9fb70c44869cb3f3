# mlfilter: a NUL byte (binary data) is an error at its line
$ mlfilter data/nul.tsv
! mlfilter: data/nul.tsv:3: NUL byte in the input (binary data?)
? 1
