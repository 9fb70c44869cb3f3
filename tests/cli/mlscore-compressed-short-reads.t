# mlscore: a magic that arrives in pieces (a pipe's first reads may be one byte) is still recognised
$ { printf '\375'; sleep 0.2; printf '7z'; sleep 0.2; printf 'XZ\0\0\004'; } | mlscore
! mlscore: <stdin>: xz-compressed data; decompress it first with xzcat
? 1
