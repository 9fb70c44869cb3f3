# plain mlreport: a feature check's score column without its flag column (or the reverse, or near_duplicate without near_duplicate_set) is an error, not a guess
$ cut -f1-5 ../data/given.tsv | mlreport; cut -f1-4,6 ../data/given.tsv | mlreport; cut -f1-4,7,8 ../data/given.tsv | mlreport
! mlreport: <stdin>:1: column 'outlier_score' without column 'is_outlier_issue': the outlier check needs both
! mlreport: <stdin>:1: column 'is_outlier_issue' without column 'outlier_score': the outlier check needs both
! mlreport: <stdin>:1: column 'near_duplicate_score' without column 'near_duplicate_set': the near_duplicate check needs near_duplicate_score, is_near_duplicate_issue and near_duplicate_set (mldups writes them)
? 1
