# --help goes to stdout, its usage lines are the man page SYNOPSIS
$ mlreport --help | head -n 8
> usage: mlreport [-m METHOD] [-a AGGREGATOR] [--adjust] [-f FILTER]
>                 [--frac-noise F] [--min-examples-per-class N]
>                 [--num-to-remove-per-class N,...] [--format text|json] [--top N]
>                 [--html FILE] [--fail-under SCORE]
>                 [--class-fail-under [CLASS=]SCORE] [--features | --no-features]
>                 [--feature-prefix P] [--id COL] [--drop-class NAME] [-l COL]
>                 [-j N] [-q] [-d DELIM] [-o FILE]
>                 [--part I/P [--state FILE] | --state FILE] [FILE ...]
