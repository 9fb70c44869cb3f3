# --help
$ onehot2int --help | head -n 2
> usage: onehot2int [--names | --indices] [-l NAME] [-j N] [-q] [-d DELIM]
>                   [-D DELIM] [-o FILE] [FILE ...]
