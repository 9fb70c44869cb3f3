# mlscore: xz, zstd and bzip2 files are recognised by their magic (the magic alone when the compressor is not installed); the hint names the file and the command
$ f=$PWD/../data/tiny.tsv; cd $TMPDIR; { xz -c "$f" 2>/dev/null || printf '\3757zXZ\0\0'; } >in.xz; mlscore in.xz; echo $?
$ { zstd -qc "$f" 2>/dev/null || printf '\050\265\057\375'; } >in.zst; mlscore in.zst; echo $?
$ { bzip2 -c "$f" 2>/dev/null || printf 'BZh91AY&SY\001'; } >in.bz2; mlscore in.bz2
> 1
> 1
! mlscore: in.xz: xz-compressed data; decompress it first, e.g. xzcat in.xz | mlscore
! mlscore: in.zst: zstd-compressed data; decompress it first, e.g. zstdcat in.zst | mlscore
! mlscore: in.bz2: bzip2-compressed data; decompress it first, e.g. bzcat in.bz2 | mlscore
? 1
