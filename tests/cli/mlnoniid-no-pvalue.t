# mlnoniid prints its p-value only with --verbose (cron mails nothing); -v is not an option of the feature tools (it is mlfilter's invert)
$ mlnoniid -k 3 ../data/feat-blobs.tsv >/dev/null
$ mlknn -v ../data/feat-blobs.tsv
! mlknn: invalid option -- 'v'
! Try 'mlknn --help' for more information.
? 2
