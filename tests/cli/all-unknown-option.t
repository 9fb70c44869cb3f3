# every tool answers an unknown option the GNU way: the program name without its path, no usage dump, exit 2
$ for t in int2onehot mlcv mldups mlfilter mlknn mlnoniid mlnull mloutlier mlreport mlscore onehot2int; do "$(command -v $t)" --no-such-option; echo "status $?"; done 2>&1
> int2onehot: unrecognized option '--no-such-option'
> Try 'int2onehot --help' for more information.
> status 2
> mlcv: unrecognized option '--no-such-option'
> Try 'mlcv --help' for more information.
> status 2
> mldups: unrecognized option '--no-such-option'
> Try 'mldups --help' for more information.
> status 2
> mlfilter: unrecognized option '--no-such-option'
> Try 'mlfilter --help' for more information.
> status 2
> mlknn: unrecognized option '--no-such-option'
> Try 'mlknn --help' for more information.
> status 2
> mlnoniid: unrecognized option '--no-such-option'
> Try 'mlnoniid --help' for more information.
> status 2
> mlnull: unrecognized option '--no-such-option'
> Try 'mlnull --help' for more information.
> status 2
> mloutlier: unrecognized option '--no-such-option'
> Try 'mloutlier --help' for more information.
> status 2
> mlreport: unrecognized option '--no-such-option'
> Try 'mlreport --help' for more information.
> status 2
> mlscore: unrecognized option '--no-such-option'
> Try 'mlscore --help' for more information.
> status 2
> onehot2int: unrecognized option '--no-such-option'
> Try 'onehot2int --help' for more information.
> status 2
