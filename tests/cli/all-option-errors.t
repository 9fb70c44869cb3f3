# getopt's other option errors, and a tool's own, end the same way
$ "$(command -v mlscore)" -Z 2>&1; "$(command -v mlfilter)" -f 2>&1; "$(command -v mlreport)" --top 2>&1; "$(command -v mlknn)" -k 0 2>&1
> mlscore: invalid option -- 'Z'
> Try 'mlscore --help' for more information.
> mlfilter: option requires an argument -- 'f'
> Try 'mlfilter --help' for more information.
> mlreport: option '--top' requires an argument
> Try 'mlreport --help' for more information.
> mlknn: -k: a number of neighbours >= 1, not '0'
> Try 'mlknn --help' for more information.
? 2
