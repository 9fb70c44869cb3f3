# --help
$ onehot2int --help | head -1
> usage: onehot2int [--names | --indices] [-l NAME] [-d DELIM] [-D DELIM]
