# mlreport: invalid UTF-8 in the id column cannot be written as JSON: a clear error, not "out of memory"
$ mlreport --format json data/utf8-passthrough.tsv
! mlreport: data/utf8-passthrough.tsv:8: column 'id': not valid UTF-8, cannot be written as JSON: 'r7Ã('
? 1
