# -d , reads and writes CSV with RFC 4180 quoting
$ printf 'id,labels,note\n1,"0,1","a ""b"", c"\r\n' | int2onehot -d , -k 2
> id,y_0,y_1,note
> 1,1,1,"a ""b"", c"
