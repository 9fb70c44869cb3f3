# an unknown --format is a usage error (exit 2) before any input is read
$ mlreport --format xml /nonexistent
! mlreport: --format: text or json, not 'xml'
! Try 'mlreport --help' for more information.
? 2
