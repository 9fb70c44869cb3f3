# --help
$ onehot2int --help | head -1
> usage: onehot2int [--names] [-l NAME] [-d DELIM] [-o FILE] [FILE ...]
