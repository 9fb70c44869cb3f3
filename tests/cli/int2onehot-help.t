# --help goes to stdout and exits 0
$ int2onehot --help | head -1
> usage: int2onehot [-c NAME,...|-k K] [--keep] [-l COL] [-d DELIM] [-D DELIM]
