/*
 * reader.h - the reader's insides, shared by the files of lib/stream/ that
 * implement it (read.c, input.c, check.c, split.c, csvpath.c) and by
 * nothing else: the rest of the project sees only stream.h.
 */
#ifndef ML_STREAM_READER_H
#define ML_STREAM_READER_H

#include <csv.h>
#include <stddef.h>
#include <sys/types.h>

#include "stream/stream.h"

#define BLOCK (128 * 1024)

struct qrow {
	size_t f0;              /* index of the first field in fstart/fend */
	size_t nf;
	unsigned long line;
	int fi;                 /* the file it came from */
};

struct ml_reader {
	char *const *files;
	int nfiles, fi;         /* input files; fi = the one being read */
	int fd;
	int *tee;               /* per file: a copy of a non-regular input (stdin, a pipe), or -1 */
	int teeing;             /* the file being read is copied into tee[fi] */
	int fd_is_tee;          /* fd is a copy being read back */
	int replay;             /* a later pass: read the copies back */
	int pass;               /* 1 + the rewinds, for progress */
	off_t fsize, fpos;      /* the file being read: its size (0: not a regular file), bytes read */
	int bom;                /* BOM bytes matched: 3 a BOM, 4 none, 5 skipped (CSV) */
	unsigned char head[10]; /* the file's first bytes, matched against compressors' magic */
	size_t nhead;
	int head_done;          /* no magic can match any more (or one did) */
	int csvish;             /* the first line has a ',' and no TAB (a CSV read as TSV?) */
	int cr_pending;         /* a TSV block ended in CR: the next byte tells CRLF from CR */
	const char *pfname;     /* the file being parsed */
	const char *fname;      /* the file of the current row */
	int hdrfi;              /* the file whose header was read last */
	int delim, flags;
	int fast;               /* TSV split directly, not through libcsv */
	int lazy;               /* fast path, rows found at LF only (one field: the line) */
	struct csv_parser p;
	char *blk;
	int at_file_start, eof_all, live;

	/* the header */
	size_t ncols;
	char *hbuf;
	char **names;

	/* the queue of parsed rows */
	char *q;
	size_t qlen, qcap;
	size_t *fstart, *fend;
	size_t nf, fcap;
	struct qrow *rows;
	size_t nrows, rcap, rnext;
	size_t rowf0;           /* first field of the row being assembled */
	size_t lstart;          /* fast path: q[lstart..qlen) is the line not yet split */
	unsigned long nl, rowline;
	int lastterm;

	/* the current row */
	const struct qrow *cur;
	unsigned long line;
	size_t nread;

	/* line replay (TAB mode): q[lpos..qlen) is read but not handed out */
	size_t lpos;
	unsigned long lline;    /* line number in the replayed file */
	int skiphdr, file_eof;

	/* an error found while parsing, reported after the rows before it */
	int perr;
	size_t perr_row;
	ml_err err;
	int oom;
};

/* input.c: the input files, read block by block, and the queue of rows */
void *rd_grow(void *p, size_t *cap, size_t need, size_t size, int *oom);
/* Room for one more field in fstart/fend: 0, or -1 with r->oom set. */
int rd_field_room(ml_reader *r);
void rd_close_input(ml_reader *r);
int rd_open_next(ml_reader *r, ml_err *e);
int rd_next_row(ml_reader *r, ml_err *e);

/* check.c: what the raw bytes say (a file's start; NUL, and CR in TSV) */
int rd_file_start(ml_reader *r, char **b, ssize_t *n, ml_err *e);
void rd_cr_error(ml_reader *r, int crlf);
void rd_stopped(ml_reader *r, const char *cr, const char *nul, const char *b, ssize_t n);

/* split.c: the TSV fast path */
/* The fields of the line s[0..n): their count; the first max of them as offsets
 * base + ... into fs[], fe[] (a line of more fields is only counted). */
size_t rd_split_line(const char *s, size_t n, size_t base, size_t *fs, size_t *fe, size_t max);
/* read.c: the error of a row with nf fields */
int rd_count_error(const ml_reader *r, size_t nf, ml_err *e);
int rd_split_block(ml_reader *r, char *b, ssize_t n, char *cr, char *nul, ml_err *e);
void rd_split_eof(ml_reader *r);

/* csvpath.c: the libcsv path */
void rd_on_field(void *s, size_t n, void *arg);
void rd_on_row(int c, void *arg);
void rd_parser_reset(ml_reader *r);
int rd_csv_block(ml_reader *r, char *b, ssize_t n, char *cr, char *nul, ml_err *e);
void rd_csv_eof(ml_reader *r);

#endif
