# mlknn: a NUL byte (binary data) is an error at its line
$ mlknn data/feat-nul.tsv
! mlknn: data/feat-nul.tsv:3: NUL byte in the input (binary data?)
? 1
