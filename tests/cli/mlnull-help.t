# mlnull: --help
$ mlnull --help | head -1
> usage: mlnull [--verbose] [--feature-prefix P] [-j N] [-q] [-d DELIM]
? 0
