# mlnoniid: a NUL byte (binary data) is an error at its line
$ mlnoniid data/feat-nul.tsv
! mlnoniid: data/feat-nul.tsv:3: NUL byte in the input (binary data?)
? 1
