# plain mlreport: a given feature check's score must be a number in [0, 1], its flag 0 or 1 (True/False as pandas writes them), near_duplicate_set row numbers of the input
$ sed '3s/\t1.0\t0\t0.75/\t1.5\t0\t0.75/' ../data/given.tsv | mlreport; sed '3s/\t1.0\t0\t0.75/\tx\t0\t0.75/' ../data/given.tsv | mlreport; sed '3s/\t1.0\t0\t0.75/\t1.0\tyes\t0.75/' ../data/given.tsv | mlreport; sed '2s/\t3\t/\t4\t/' ../data/given.tsv | mlreport; sed '2s/\t3\t/\t3,\t/' ../data/given.tsv | mlreport; sed -e '3s/\t1.0\t0\t0.75/\t1.0\tFalse\t0.75/' -e '2s/\t1\t0.25\t1\t3/\tTrue\t0.25\t1\t3/' ../data/given.tsv | mlreport --format json 2>/dev/null | grep -A2 '"outlier"'
>       "issue_type": "outlier",
>       "score": 0.625,
>       "num_issues": 2
! mlreport: <stdin>:3: column 'outlier_score': not a score in [0, 1]: '1.5'
! mlreport: <stdin>:3: column 'outlier_score': not a number: 'x'
! mlreport: <stdin>:3: column 'is_outlier_issue': not a flag (0 or 1): 'yes'
! mlreport: <stdin>:2: column 'near_duplicate_set': not a row number of the input: '4'
! mlreport: <stdin>:2: column 'near_duplicate_set': empty row number: '3,'
? 0
