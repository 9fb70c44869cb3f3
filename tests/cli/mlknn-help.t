# mlknn: --help prints the usage on stdout
$ mlknn --help | head -2
> usage: mlknn [-v] [-k K] [--metric euclidean|cosine] [--feature-prefix P]
>              [--threads N] [-d DELIM] [-o FILE] [FILE ...]
? 0
