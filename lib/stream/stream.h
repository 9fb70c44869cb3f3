/*
 * stream/stream.h - the stream layer, the only one that touches files: the
 * TSV/CSV reader, the writer, temporary files, the column spill, the roles
 * of the header's columns and the output layout.
 */
#ifndef ML_STREAM_H
#define ML_STREAM_H

#include "numbers/numbers.h"

/* ---------------------------------------------------------------- read.c */

/*
 * The input stream: one or more files (or "-" / none for stdin), each with
 * the same header, read in large blocks.  TAB mode: fields split on TAB,
 * '"' is an ordinary character (split directly; through libcsv with
 * ML_READ_LIBCSV, with the same rows, errors and lines).  CSV mode (delim
 * ','): libcsv, RFC 4180 quoting, CRLF accepted.
 */
typedef struct ml_reader ml_reader;

enum {
	ML_READ_REWIND = 1,     /* keep what is needed to read the input again */
	ML_READ_LIBCSV = 2      /* TAB mode through libcsv, not the fast path (tests, bench) */
};

/* Opens the inputs and reads the header.  files == NULL or nfiles == 0: stdin. */
ml_reader *ml_reader_open(char *const *files, int nfiles, int delim, int flags, ml_err *e);
void ml_reader_close(ml_reader *r);
/* The header: number of columns and their names (NUL terminated). */
size_t ml_reader_ncols(const ml_reader *r);
const char *ml_reader_colname(const ml_reader *r, size_t i);
/* The column named PREFIX NAME (prefix may be ""), or (size_t)-1. */
size_t ml_reader_find(const ml_reader *r, const char *prefix, const char *name);
/*
 * Reads the next data row: 1 = a row, 0 = end of input, -1 = error (e set).
 * A row with a different number of fields than the header is an error.
 */
int ml_reader_next(ml_reader *r, ml_err *e);
/* Field i of the current row (not NUL terminated; len in *n). */
const char *ml_reader_field(const ml_reader *r, size_t i, size_t *n);
/*
 * The current row as the raw line it was read from (without the newline)
 * when fields and line are the same bytes (TAB mode's fast path); else NULL.
 */
const char *ml_reader_rawline(const ml_reader *r, size_t *n);
/* Where the current row is, for messages. */
const char *ml_reader_file(const ml_reader *r);
/* The separator: TAB (no quoting) or another byte (RFC 4180 quoting: CSV). */
int ml_reader_delim(const ml_reader *r);
unsigned long ml_reader_line(const ml_reader *r);
/* Data rows read so far (0-based number of the current row is rows() - 1). */
size_t ml_reader_rows(const ml_reader *r);
/* Starts again at the first data row (needs ML_READ_REWIND). */
int ml_reader_rewind(ml_reader *r, ml_err *e);
/*
 * TAB mode only: starts a second pass that hands out each data row as its
 * raw line (without the newline), for input the first pass has validated.
 */
int ml_reader_rewind_lines(ml_reader *r, ml_err *e);
int ml_reader_next_line(ml_reader *r, const char **s, size_t *n, ml_err *e);
/* Formats an error about field i of the current row into e; returns -1. */
int ml_reader_errf(const ml_reader *r, ml_err *e, size_t i, const char *what);

/* --------------------------------------------------------------- write.c */

typedef struct ml_writer ml_writer;
/*
 * path NULL or "-": stdout.  A regular file (or a new one; a symlink is
 * followed): a temporary file beside it, renamed on commit, with the old
 * file's mode.  Anything else (FIFO, device, socket, /dev/stdout, /dev/fd/N):
 * written directly.
 */
ml_writer *ml_writer_open(const char *path, int delim, ml_err *e);
/* A writer on an open file descriptor (a spill file); commit does not close it. */
ml_writer *ml_writer_fd(int fd, int delim, ml_err *e);
/*
 * A writer into memory, for rows formatted away from the output (the
 * parallel engine's chunks).  ml_writer_mem_take hands over its bytes,
 * those of a row that failed too (swapping the buffer with *buf, capacity
 * *cap; *len the bytes) and starts it afresh; -1 only when out of memory.
 * ml_writer_append writes such bytes, `rows` complete rows, to another
 * writer; with unquotable set (a field TSV cannot hold stopped the chunk)
 * it then fails as the row's own write would have.
 */
ml_writer *ml_writer_mem(int delim, ml_err *e);
int ml_writer_mem_take(ml_writer *w, char **buf, size_t *len, size_t *cap, ml_err *e);
int ml_writer_append(ml_writer *w, const char *s, size_t n, uint64_t rows, int unquotable);
/* Rows ended so far (the header too). */
uint64_t ml_writer_rows(const ml_writer *w);
/* Non-zero once a field that TSV cannot hold was written (ml_writer_failed too). */
int ml_writer_unquotable(const ml_writer *w);
/* Bytes written so far, buffered ones included. */
uint64_t ml_writer_offset(const ml_writer *w);
/* Appends one field (a delimiter is written before every field but the first). */
int ml_writer_field(ml_writer *w, const char *s, size_t n);
int ml_writer_str(ml_writer *w, const char *s);
int ml_writer_double(ml_writer *w, double x);
int ml_writer_long(ml_writer *w, long x);
/* Writes a raw input line (TAB mode) as the start of the current row. */
int ml_writer_line(ml_writer *w, const char *s, size_t n);
/* Appends raw bytes to the current field (no quoting; TAB mode only use). */
int ml_writer_raw(ml_writer *w, const char *s, size_t n);
int ml_writer_endrow(ml_writer *w);
/* Writes buffered output; on error fills e (e->epipe for a closed pipe). */
int ml_writer_flush(ml_writer *w, ml_err *e);
/* Flushes, closes and renames the temporary file into place. Frees w. */
int ml_writer_commit(ml_writer *w, ml_err *e);
/* Ends after an error: a temporary file is removed, stdout keeps the rows written. Frees w. */
void ml_writer_abort(ml_writer *w);
/* Non-zero once a write failed (checked by flush/commit). */
int ml_writer_failed(const ml_writer *w);

/* ----------------------------------------------------------------- tmp.c */

/*
 * Temporary files under $TMPDIR (default /tmp), removed on ml_tmp_cleanup,
 * at exit, and on SIGINT/SIGTERM/SIGHUP.  Returns an fd open for reading
 * and writing, or -1 (e set).
 */
int ml_tmp_open(const char *tag, ml_err *e);
/* Registers a path to be removed on exit or signal (used by the writer). */
void ml_tmp_register(const char *path);
void ml_tmp_unregister(const char *path);
void ml_tmp_cleanup(void);

/* ---------------------------------------------------------------- cols.c */

/* The roles of the header's columns (DESIGN.md: columns are found by name). */
typedef struct ml_cols {
	size_t   k;             /* number of classes (p_ columns, or as given) */
	char   **names;         /* class names, k of them (point into the header) */
	size_t  *pcol;          /* input column of p_<name>, or (size_t)-1 */
	size_t  *ycol;          /* input column of y_<name>, or NULL if none */
	size_t   labcol;        /* input column of the label list, or (size_t)-1 */
	const char *labname;    /* its name */
	void    *index;         /* name -> class lookup (private) */
	/* Classes left out (ml_cols_drop): their p_ and y_ columns pass through
	 * and labels naming them are ignored. */
	char   **dropped;       /* their names, in header order */
	size_t   ndropped;
	size_t   korig;         /* p_ columns in the header: class indices in labels count these */
	size_t  *remap;         /* korig entries: header class -> class, or (size_t)-1 if dropped */
} ml_cols;

enum {
	ML_COLS_NEED_P = 1,     /* p_ columns are required */
	ML_COLS_NEED_LABELS = 2 /* a label list or y_ columns are required */
};
/*
 * Finds the p_ columns (class order), the label list (labname, else
 * "labels") or else the y_ columns matched by name, checks the header for
 * duplicate names and bad class names.
 */
int ml_cols_find(ml_cols *c, const ml_reader *r, const char *labname, int flags, ml_err *e);
/*
 * Leaves class name out of every later ml_cols_find (--drop-class): its
 * p_ column must exist.  0, or -1 when out of memory.
 */
int ml_cols_drop(const char *name);
/* A header that is one column with ',' in it (a CSV file read as TSV): -1 with a hint to use -d ,. */
int ml_cols_csv_header(const ml_reader *r, ml_err *e);
/* The classes are the y_ columns, in header order (onehot2int). */
int ml_cols_from_y(ml_cols *c, const ml_reader *r, ml_err *e);
/* Uses the given class names instead of the p_ columns (int2onehot -c/-k). */
int ml_cols_set_names(ml_cols *c, char **names, size_t k, ml_err *e);
void ml_cols_free(ml_cols *c);
/* Class of a name, or (size_t)-1. */
size_t ml_cols_lookup(const ml_cols *c, const char *s, size_t n);

/*
 * Reads the given labels of the current row into y[0..k-1] (0/1), from the
 * label list or the y_ columns.  *dups is set when a list named a class twice.
 */
int ml_cols_labels(const ml_cols *c, const ml_reader *r, unsigned char *y, int *dups, ml_err *e);
/* Reads p[0..k-1] of the current row: numbers in [0,1], else an error. */
int ml_cols_probs(const ml_cols *c, const ml_reader *r, double *p, ml_err *e);

/* -------------------------------------------------------------- layout.c */

/*
 * The output header: input columns pass through in place; new columns
 * replace an input column of the same name in place, or are inserted at
 * `at` (SIZE_MAX = the end) in their order; input columns marked in drop[]
 * are left out.
 */
typedef struct ml_layout {
	size_t  nout;
	long   *src;            /* >= 0: input column; < 0: new column -(src+1) */
} ml_layout;

int ml_layout_init(ml_layout *L, const ml_reader *r, const char *const *newnames,
                   size_t nnew, size_t at, const unsigned char *drop, ml_err *e);
void ml_layout_free(ml_layout *L);
/*
 * Keeps only the output columns named in names (joined with ','), in that
 * order (--columns): -1 with e set when a name is not an output column.
 */
int ml_layout_select(ml_layout *L, const ml_reader *r, const char *const *newnames,
                     const char *names, ml_err *e);
int ml_layout_header(const ml_layout *L, const ml_reader *r, const char *const *newnames,
                     ml_writer *w);
/*
 * Writes the current row; new column j is produced by cb(arg, j, w), which
 * must write exactly one field with ml_writer_field/double/long.
 */
typedef int (*ml_cell_fn)(void *arg, size_t j, ml_writer *w);
int ml_layout_row(const ml_layout *L, const ml_reader *r, ml_cell_fn cb, void *arg, ml_writer *w);
/* Non-zero when the layout only appends columns (a raw input line can be reused). */
int ml_layout_appends(const ml_layout *L, const ml_reader *r);
/* Writes a raw input line (TAB mode) followed by the new columns. */
int ml_layout_line(const ml_layout *L, const char *s, size_t n, ml_cell_fn cb, void *arg, ml_writer *w);

/* ----------------------------------------------------------------- par.c */

/*
 * The parallel row engine: the rows left in a reader, handed in chunks to
 * `threads` worker threads, while the calling thread reads; each chunk's
 * output and partial state are written and merged in input order, so that
 * neither depends on the number of threads.
 */
typedef struct ml_par_job {
	int threads;                    /* worker threads, >= 1 */
	void *arg;                      /* the tool's; the workers only read it */
	/* Per worker scratch (optional): NULL from worker_new = out of memory. */
	void *(*worker_new)(void *arg);
	void (*worker_free)(void *ws);
	/* Per chunk partial state (optional): made once per chunk slot, reset
	 * before each chunk, merged by the calling thread in input order. */
	void *(*part_new)(void *arg);
	void (*part_reset)(void *arg, void *part);
	void (*part_free)(void *part);
	int (*merge)(void *arg, void *part, ml_err *e);
	/*
	 * One row: r is a view with the row current (fields, line, file and
	 * ml_reader_rows as the reader would give them), w the chunk's output
	 * (NULL without output).  0, or -1 with e set before anything of the
	 * row is written (unless writing it failed).
	 */
	int (*row)(void *arg, void *ws, void *part, const ml_reader *r, ml_writer *w, ml_err *e);
} ml_par_job;
/*
 * Runs J on every row left in r, writing to w (NULL: no output) with the
 * separator delim.  0 at the end of the input or when writing to w failed
 * (ml_writer_failed tells; nothing more is read), -1 with e set at the
 * first bad row in input order, after the rows before it were written.
 */
int ml_par_run(const ml_par_job *J, ml_reader *r, ml_writer *w, int delim, ml_err *e);

/* --------------------------------------------------------------- spill.c */

/*
 * A column-wise copy of the labels and probabilities in a temporary file,
 * so that one class's column can be loaded at a time: the working set of
 * the dataset-wide tools is O(N) per class, not O(N K).
 */
typedef struct ml_spill ml_spill;
ml_spill *ml_spill_open(size_t k, ml_err *e);
/* Appends one row: y[0..k-1] (0/1) and p[0..k-1]. */
int ml_spill_add(ml_spill *s, const unsigned char *y, const double *p, ml_err *e);
/* No more rows: the last chunk goes to the file too (if there is one) and its buffers are freed. */
int ml_spill_finish(ml_spill *s, ml_err *e);
size_t ml_spill_rows(const ml_spill *s);
/* Loads class c's column: p[0..n-1] and y[0..n-1]. */
int ml_spill_column(ml_spill *s, size_t c, double *p, unsigned char *y, ml_err *e);
void ml_spill_close(ml_spill *s);

/* --------------------------------------------------------------- slurp.c */

/*
 * The whole file at path ("-": stdin, named <stdin> in errors),
 * NUL-terminated, malloc'ed; *len its bytes.
 */
char *ml_slurp(const char *path, size_t *len, ml_err *e);

#endif
