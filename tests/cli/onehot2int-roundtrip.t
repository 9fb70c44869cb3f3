# int2onehot | onehot2int gives back its input byte for byte
$ for f in ../conformance/*/input.tsv; do int2onehot $f | onehot2int | cmp - $f || echo $f differs; done; echo done
> done
