# mlnull: --help
$ mlnull --help | head -1
> usage: mlnull [--verbose] [--feature-prefix P] [-q] [-d DELIM] [-D DELIM]
? 0
