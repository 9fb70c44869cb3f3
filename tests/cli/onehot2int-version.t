# --version
$ onehot2int --version
> onehot2int (mlaudit) 0.1.0
