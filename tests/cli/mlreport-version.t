# --version
$ mlreport --version
> mlreport (mlaudit) 0.1.0
