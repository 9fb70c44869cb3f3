# plain mlreport on features without p_ columns: the label audit cannot run; the message points to --features
$ mlreport ../data/feat-blobs.tsv
! mlreport: ../data/feat-blobs.tsv:1: no p_<class> columns in the header: the label audit needs them (mlreport --features audits the features alone)
? 1
