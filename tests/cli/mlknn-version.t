# mlknn: --version
$ mlknn --version
> mlknn (mlaudit) 0.1.0
? 0
