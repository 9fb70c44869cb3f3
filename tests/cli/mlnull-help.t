# mlnull: --help
$ mlnull --help | head -1
> usage: mlnull [-v] [--feature-prefix P] [-d DELIM] [-o FILE] [FILE ...]
? 0
