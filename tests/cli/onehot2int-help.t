# --help
$ onehot2int --help | head -1
> usage: onehot2int [--names] [-l NAME] [-q] [-d DELIM] [-o FILE] [FILE ...]
