# --help goes to stdout and exits 0
$ int2onehot --help | head -n 2
> usage: int2onehot [-c NAME,...|-k K] [--keep] [-l COL] [-j N] [-q] [-d DELIM]
>                   [-D DELIM] [-o FILE] [FILE ...]
