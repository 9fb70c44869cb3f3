# --id naming a missing column: exit 1
$ mlreport --id name ../conformance/quickstart/input.tsv
! mlreport: ../conformance/quickstart/input.tsv:1: no 'name' column (named by --id)
? 1
