# mlknn: --help prints the usage on stdout
$ mlknn --help | head -n 2
> usage: mlknn [--verbose] [-k K] [--metric euclidean|cosine] [--feature-prefix P]
>              [-j N] [--part I/N] [-q] [-d DELIM] [-D DELIM] [-o FILE]
