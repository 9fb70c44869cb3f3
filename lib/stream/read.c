/*
 * read.c - the input stream: TSV split directly, CSV through libcsv, in
 * large blocks.
 *
 * TSV has no quoting, so a row is a line and a field is the bytes between
 * TABs: blocks are read into the queue buffer itself and scanned for TAB
 * and LF sixteen bytes at a time, fields being offsets into the raw text
 * (the fast path).  CSV (and TSV with ML_READ_LIBCSV, the reference the
 * fuzz harness compares with) goes through libcsv, which parses a whole
 * block at a time and reports fields and row ends through callbacks that
 * copy them into the queue.  Either way completed rows are queued and
 * handed out one at a time, and nothing is allocated per row or per field:
 * the queue and its offset arrays only grow to the largest block's worth.
 */
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
	int gz;                 /* leading bytes matched against gzip's magic, 2 = done */
	int csvish;             /* the first line has a ',' and no TAB (a CSV read as TSV?) */
	int cr_pending;         /* a TSV block ended in CR: the next byte tells CRLF from CR */
	const char *pfname;     /* the file being parsed */
	const char *fname;      /* the file of the current row */
	int hdrfi;              /* the file whose header was read last */
	int delim, flags;
	int fast;               /* TSV split directly, not through libcsv */
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

static void *
grow(void *p, size_t *cap, size_t need, size_t size, int *oom)
{
	size_t n = *cap ? *cap : 64;
	void *np;

	if (need <= *cap)
		return p;
	while (n < need)
		n *= 2;
	np = realloc(p, n * size);
	if (!np) {
		*oom = 1;
		return NULL;
	}
	*cap = n;
	return np;
}

static void
on_field(void *s, size_t n, void *arg)
{
	ml_reader *r = arg;
	void *np;

	if (r->perr || r->oom)
		return;
	if (r->delim != '\t') {
		const char *c = s, *end = c + n;
		while ((c = memchr(c, '\n', (size_t)(end - c))) != NULL)
			r->nl++, c++;
	}
	/* + 1: an empty field at the very start must not look like a failed allocation. */
	if (!(np = grow(r->q, &r->qcap, r->qlen + n + 1, 1, &r->oom)))
		return;
	r->q = np;
	if (r->nf == r->fcap) {
		size_t cap = r->fcap;
		if (!(np = grow(r->fstart, &cap, r->nf + 1, sizeof *r->fstart, &r->oom)))
			return;
		r->fstart = np;
		if (!(np = realloc(r->fend, cap * sizeof *r->fend))) {
			r->oom = 1;
			return;
		}
		r->fend = np;
		r->fcap = cap;
	}
	memcpy(r->q + r->qlen, s, n);
	r->fstart[r->nf] = r->qlen;
	r->qlen += n;
	r->fend[r->nf++] = r->qlen;
}

static void
on_row(int c, void *arg)
{
	ml_reader *r = arg;
	struct qrow *row;
	size_t nf = r->nf - r->rowf0;
	int crlf = (c == '\n' && nf == 0 && r->lastterm == '\r');

	r->lastterm = c;
	if (r->perr || r->oom)
		return;
	if (!crlf) {
		if (nf == 0)            /* an empty line: one empty field */
			on_field("", 0, r);
		if (!(row = grow(r->rows, &r->rcap, r->nrows + 1, sizeof *r->rows, &r->oom)))
			return;
		r->rows = row;
		row += r->nrows++;
		row->f0 = r->rowf0;
		row->nf = r->nf - r->rowf0;
		row->line = r->rowline;
		row->fi = r->fi;
		r->rowf0 = r->nf;
	}
	if (c == '\n')
		r->nl++;
	r->rowline = r->nl + 1;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static int
term_lf(unsigned char c)
{
	return c == '\n';
}

static int
term_crlf(unsigned char c)
{
	return c == '\n' || c == '\r';
}

static void
parser_reset(ml_reader *r)
{
	if (r->live)
		csv_free(&r->p);
	r->live = 0;
	if (!r->fast) {
		csv_init(&r->p, CSV_REPALL_NL);
		r->live = 1;
		csv_set_delim(&r->p, (unsigned char)r->delim);
		csv_set_space_func(&r->p, no_space);
		if (r->delim != '\t') {
			csv_set_term_func(&r->p, term_crlf);
		} else {
			/* TSV has no quoting: NUL never reaches libcsv (it is rejected first). */
			csv_set_quote(&r->p, '\0');
			csv_set_term_func(&r->p, term_lf);
		}
	}
	r->nl = 0;
	r->rowline = 1;
	r->lastterm = 0;
	r->at_file_start = 1;
	r->bom = 0;
	r->gz = 0;
	r->csvish = -1;
}

static void
close_input(ml_reader *r)
{
	if (r->fd > 0 && !r->fd_is_tee)
		close(r->fd);
	r->fd = -1;
	r->fd_is_tee = 0;
}

/* Opens input file fi (or stdin / its copy); 0 when there are no more. */
static int
open_next(ml_reader *r, ml_err *e)
{
	const char *f;
	struct stat st;

	close_input(r);
	r->teeing = 0;
	if (r->fi >= r->nfiles)
		return 0;
	f = r->files ? r->files[r->fi] : "-";
	r->pfname = strcmp(f, "-") == 0 ? "<stdin>" : f;
	if (r->replay && r->tee[r->fi] >= 0) {
		if (lseek(r->tee[r->fi], 0, SEEK_SET) < 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0,
			    "cannot read the input again: %s", strerror(errno));
		r->fd = r->tee[r->fi];
		r->fd_is_tee = 1;
	} else {
		if (strcmp(f, "-") == 0)
			r->fd = 0;
		else if ((r->fd = open(f, O_RDONLY)) < 0)
			return ml_errf(e, f, 0, NULL, NULL, 0, "cannot open: %s", strerror(errno));
		/* What cannot be read twice (a pipe, a terminal) is copied on the first pass. */
		if ((r->flags & ML_READ_REWIND) && !r->replay &&
		    (r->fd == 0 || fstat(r->fd, &st) < 0 || !S_ISREG(st.st_mode))) {
			if (r->tee[r->fi] < 0 && (r->tee[r->fi] = ml_tmp_open("input", e)) < 0)
				return -1;
			r->teeing = 1;
		}
	}
	parser_reset(r);
	r->fpos = 0;
	r->fsize = fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
	return 1;
}

static int
write_all(int fd, const char *b, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, b, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Drops the rows handed out already, keeping the row being assembled. */
static void
compact(ml_reader *r)
{
	size_t base = r->rowf0 < r->nf ? r->fstart[r->rowf0] : r->qlen, i;

	if (r->fast) {
		/* Only the line not yet split is kept; it has no fields yet. */
		base = r->lstart;
		r->lstart = 0;
	}

	if (r->qlen > base)
		memmove(r->q, r->q + base, r->qlen - base);
	r->qlen -= base;
	for (i = r->rowf0; i < r->nf; i++) {
		r->fstart[i - r->rowf0] = r->fstart[i] - base;
		r->fend[i - r->rowf0] = r->fend[i] - base;
	}
	r->nf -= r->rowf0;
	r->rowf0 = 0;
	r->nrows = r->rnext = 0;
}

/* Fast path: field q[from..to) of the row being assembled. */
static inline void
add_field(ml_reader *r, size_t from, size_t to)
{
	if (r->nf == r->fcap) {
		size_t cap = r->fcap;
		void *np;
		if (!(np = grow(r->fstart, &cap, r->nf + 1, sizeof *r->fstart, &r->oom)))
			return;
		r->fstart = np;
		if (!(np = realloc(r->fend, cap * sizeof *r->fend))) {
			r->oom = 1;
			return;
		}
		r->fend = np;
		r->fcap = cap;
	}
	r->fstart[r->nf] = from;
	r->fend[r->nf++] = to;
}

/* Fast path: the fields since the last row end a row, at line rowline. */
static inline void
add_row(ml_reader *r)
{
	struct qrow *row;

	if (!(row = grow(r->rows, &r->rcap, r->nrows + 1, sizeof *r->rows, &r->oom)))
		return;
	r->rows = row;
	row += r->nrows++;
	row->f0 = r->rowf0;
	row->nf = r->nf - r->rowf0;
	row->line = r->rowline;
	row->fi = r->fi;
	r->rowf0 = r->nf;
}

/* Fast path: one TAB or LF at q[j] ends the field that starts at *fs. */
static inline void
split_at(ml_reader *r, size_t j, size_t *fs)
{
	add_field(r, *fs, j);
	*fs = j + 1;
	if (r->q[j] == '\n') {
		add_row(r);
		r->nl++;
		r->rowline = r->nl + 1;
	}
}

/*
 * Fast path: splits q[from..to) into fields at TAB and into rows at LF;
 * returns the start of the field after the last TAB or LF.  An empty line
 * is one empty field, as libcsv makes it.
 */
static size_t
split_lines(ml_reader *r, size_t from, size_t to)
{
	const char *q = r->q;
	size_t i = from, fs = from;

	if (r->perr || r->oom)
		return fs;
#ifdef __SSE2__
	{
		const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n');
		for (; i + 16 <= to && !r->oom; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(q + i));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, tab),
			    _mm_cmpeq_epi8(v, lf)));
			while (m) {
				split_at(r, i + (size_t)__builtin_ctz(m), &fs);
				m &= m - 1;
			}
		}
	}
#endif
	for (; i < to && !r->oom; i++)
		if (q[i] == '\t' || q[i] == '\n')
			split_at(r, i, &fs);
	return fs;
}

/* A carriage return in TSV: the line ends of Windows, or a stray one. */
static void
cr_error(ml_reader *r, int crlf)
{
	r->cr_pending = 0;
	if (r->perr)
		return;
	ml_errf(&r->err, r->pfname, r->rowline, NULL, NULL, 0, "%s", !crlf ?
	    "carriage return inside a field" : r->csvish == 1 ?
	    "CRLF line ends and ',' in the header: a CSV file (Excel?); read it with -d , "
	    "(which accepts CRLF)" :
	    "CRLF line ends (Windows text); convert the file with dos2unix");
	r->perr = 1;
	r->perr_row = r->nrows;
}

/*
 * What the first bytes of a file say (a pipe's first reads may be shorter
 * than the marks, so each is matched across reads): a UTF-8 byte order
 * mark, skipped in CSV (spreadsheets write one), an error in TSV; gzip's
 * magic; whether the first line looks like CSV.  Advances *b past a
 * skipped mark; *n = 0 when the whole block is the start of a mark still
 * held back (CSV).  Returns -1 after an error.
 */
static int
file_start(ml_reader *r, char **b, ssize_t *n, ml_err *e)
{
	int held = r->bom < 3 ? r->bom : 0;   /* a BOM's first bytes, not yet parsed (CSV) */
	ssize_t i, skip;

	for (i = 0; r->gz < 2 && i < *n; i++)
		r->gz = (unsigned char)(*b)[i] == (unsigned char)"\x1f\x8b"[r->gz] ? r->gz + 1 : 3;
	if (r->gz == 2)
		return ml_errf(e, r->pfname, 0, NULL, NULL, 0, strcmp(r->pfname, "<stdin>") == 0 ?
		    "gzip-compressed data; decompress it first with zcat" :
		    "gzip-compressed data; decompress it first, e.g. zcat %s | %s",
		    r->pfname, ml_progname);
	for (i = 0; r->bom < 3 && i < *n; i++)
		r->bom = (unsigned char)(*b)[i] == (unsigned char)"\xef\xbb\xbf"[r->bom] ? r->bom + 1 : 4;
	skip = r->bom == 3 ? i : 0;
	if (r->csvish < 0 && skip < *n) {
		char *s = *b + skip, *nl = memchr(s, '\n', (size_t)(*n - skip));
		size_t len = nl ? (size_t)(nl - s) : (size_t)(*n - skip);
		r->csvish = memchr(s, ',', len) && !memchr(s, '\t', len);
	}
	/* In TSV a BOM is an error, whose hint needs the line after it. */
	if (r->bom == 3 && r->delim == '\t' && r->csvish < 0) {
		*n = 0;
		return 0;
	}
	if (r->bom == 3 && r->delim == '\t')
		return ml_errf(e, r->pfname, 1, NULL, NULL, 0, "%s", r->csvish == 1 ?
		    "starts with a UTF-8 byte order mark and has ',' in the header: a CSV file "
		    "(Excel?); read it with -d , (which skips the mark)" :
		    "starts with a UTF-8 byte order mark; remove it, e.g. "
		    "sed '1s/^\\xEF\\xBB\\xBF//'");
	if (r->delim == '\t')
		return 0;
	if (r->bom == 3) {
		*b += 3 - held;
		*n -= 3 - held;
		r->bom = 5;
	} else if (r->bom < 3) {
		*n = 0;
	} else if (held) {
		/* Not a BOM after all: parse the bytes held back. */
		csv_parse(&r->p, "\xef\xbb\xbf", (size_t)held, on_field, on_row, r);
	}
	return 0;
}

/* Reads and parses one more block (or finishes a file); 0 at the end of all input. */
static int
fill(ml_reader *r, ml_err *e)
{
	ssize_t n;
	char *b;

	for (;;) {
		if (r->eof_all)
			return 0;
		if (r->fd < 0) {
			int o = open_next(r, e);
			if (o < 0)
				return -1;
			if (o == 0) {
				r->eof_all = 1;
				return 0;
			}
		}
		if (r->fast) {
			/* The fast path reads straight into the queue, after the unsplit line. */
			if (r->qlen + BLOCK > r->qcap) {
				char *nq = grow(r->q, &r->qcap, r->qlen + BLOCK, 1, &r->oom);
				if (!nq)
					return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "out of memory");
				r->q = nq;
			}
			b = r->q + r->qlen;
		} else {
			b = r->blk;
		}
		n = read(r->fd, b, BLOCK);
		if (n < 0 && errno == EINTR)
			continue;
		r->fpos += n > 0 ? n : 0;
		if (n < 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "read error: %s", strerror(errno));
		if (r->cr_pending) {
			cr_error(r, n == 0 || b[0] == '\n');
			return 1;
		}
		if (n == 0) {
			if (r->fast) {
				/* A last line without LF is a row, as libcsv's csv_fini makes it. */
				if (r->lstart < r->qlen) {
					size_t fs = split_lines(r, r->lstart, r->qlen);
					add_field(r, fs, r->qlen);
					add_row(r);
					r->lstart = r->qlen;
				}
			} else {
				/* libcsv would end an unterminated quoted field at the end of
				 * the input (its CSV_STRICT_FINI needs CSV_STRICT too); 2 is
				 * its FIELD_BEGUN state. */
				if (r->delim != '\t' && r->p.quoted && r->p.pstate == 2 && !r->perr) {
					ml_errf(&r->err, r->pfname, 0, NULL, NULL, 0,
					    "unterminated quoted field starting at line %lu", r->nl + 1);
					r->perr = 1;
					r->perr_row = r->nrows;
				}
				csv_fini(&r->p, on_field, on_row, r);
				csv_free(&r->p);
				r->live = 0;
			}
			if (r->at_file_start)
				return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "empty input: no header line");
			r->fi++;
			close_input(r);
			return 1;
		}
		if (r->teeing && write_all(r->tee[r->fi], b, (size_t)n) < 0)
			return ml_errmsg(e,
			    "cannot keep a copy of the input (is TMPDIR full?): %s", strerror(errno));
		r->at_file_start = 0;
		if (file_start(r, &b, &n, e) < 0)
			return -1;
		/* A NUL, or in TSV a carriage return, stops the input: parse what comes
		 * before it, so that the message has the right line. */
		char *nul = memchr(b, '\0', (size_t)n);
		char *cr = r->delim == '\t' ? memchr(b, '\r', nul ? (size_t)(nul - b) : (size_t)n) : NULL;
		char *stop = cr ? cr : nul;
		if (r->fast) {
			/* Split the complete lines before the stop; the rest waits for more. */
			char *end = stop ? stop : b + n, *lf;
			r->qlen += (size_t)n;
			/* lf: just after the last LF of the new bytes. */
			for (lf = end; lf > b && lf[-1] != '\n'; lf--)
				;
			if (lf > b) {
				split_lines(r, r->lstart, (size_t)(lf - r->q));
				r->lstart = (size_t)(lf - r->q);
			}
			if (r->oom)
				return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "out of memory");
			if (cr && cr + 1 == b + n)
				r->cr_pending = 1;
			else if (cr)
				cr_error(r, cr[1] == '\n');
			else if (nul && !r->perr) {
				ml_errf(&r->err, r->pfname, r->rowline, NULL, NULL, 0,
				    "NUL byte in the input (binary data?)");
				r->perr = 1;
				r->perr_row = r->nrows;
			}
			return 1;
		}
		/* libcsv grows a field by blk_size per realloc: keep that geometric. */
		csv_set_blk_size(&r->p, r->p.entry_size > BLOCK ? r->p.entry_size : BLOCK);
		if (stop) {
			csv_parse(&r->p, b, (size_t)(stop - b), on_field, on_row, r);
			if (cr && cr + 1 == b + n)
				r->cr_pending = 1;
			else if (cr)
				cr_error(r, cr[1] == '\n');
			else if (!r->perr) {
				ml_errf(&r->err, r->pfname, r->rowline, NULL, NULL, 0,
				    "NUL byte in the input (binary data?)");
				r->perr = 1;
				r->perr_row = r->nrows;
			}
		} else if (csv_parse(&r->p, b, (size_t)n, on_field, on_row, r) != (size_t)n) {
			return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "%s",
			    csv_strerror(csv_error(&r->p)));
		}
		if (r->oom)
			return ml_errf(e, r->pfname, r->rowline, NULL, NULL, 0, "out of memory");
		return 1;
	}
}

/* The next queued row, parsing more input as needed; 0 at the end. */
static int
next_row(ml_reader *r, ml_err *e)
{
	for (;;) {
		if (r->rnext < r->nrows && (!r->perr || r->rnext < r->perr_row)) {
			r->cur = &r->rows[r->rnext++];
			r->line = r->cur->line;
			r->fname = r->files ? r->files[r->cur->fi] : "-";
			if (strcmp(r->fname, "-") == 0)
				r->fname = "<stdin>";
			return 1;
		}
		if (r->perr) {
			*e = r->err;
			return -1;
		}
		compact(r);
		int f = fill(r, e);
		if (f <= 0)
			return f;
	}
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Duplicate column names make "columns are found by name" ambiguous. */
static int
check_header(const ml_reader *r, ml_err *e)
{
	size_t n = r->ncols, i;
	const char **v = malloc((n ? n : 1) * sizeof *v);

	if (!v)
		return ml_err_oom(e);
	for (i = 0; i < n; i++)
		v[i] = r->names[i];
	qsort(v, n, sizeof *v, cmp_names);
	for (i = 1; i < n; i++) {
		if (strcmp(v[i - 1], v[i]) == 0) {
			ml_errf(e, r->fname, 1, v[i], NULL, 0,
			    "duplicate column name in the header");
			free(v);
			return -1;
		}
	}
	free(v);
	return 0;
}

/* Reads one file's header line: the first, or a later one that must match it. */
static int
read_header(ml_reader *r, ml_err *e)
{
	int n = next_row(r, e);
	size_t i, len;

	if (n < 0)
		return -1;
	if (n == 0)
		return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "empty input: no header line");
	r->hdrfi = r->cur->fi;
	if (r->names == NULL) {
		r->ncols = r->cur->nf;
		len = r->fend[r->cur->f0 + r->ncols - 1] - r->fstart[r->cur->f0];
		if (!(r->hbuf = malloc(len + r->ncols)) ||
		    !(r->names = malloc(r->ncols * sizeof *r->names)))
			return ml_err_oom(e);
		char *o = r->hbuf;
		for (i = 0; i < r->ncols; i++) {
			size_t fl;
			const char *f = ml_reader_field(r, i, &fl);
			if (memchr(f, '\0', fl))
				return ml_errf(e, r->fname, 1, NULL, NULL, 0, "NUL byte in the header");
			memcpy(o, f, fl);
			o[fl] = '\0';
			r->names[i] = o;
			o += fl + 1;
		}
		return check_header(r, e);
	}
	if (r->cur->nf != r->ncols)
		return ml_errf(e, r->fname, 1, NULL, NULL, 0,
		    "header differs from the first file's: %zu columns, expected %zu",
		    r->cur->nf, r->ncols);
	for (i = 0; i < r->ncols; i++) {
		size_t fl;
		const char *f = ml_reader_field(r, i, &fl);
		if (fl != strlen(r->names[i]) || memcmp(f, r->names[i], fl) != 0)
			return ml_errf(e, r->fname, 1, NULL, f, fl,
			    "header differs from the first file's (column %zu should be '%s')",
			    i + 1, r->names[i]);
	}
	return 0;
}

ml_reader *
ml_reader_open(char *const *files, int nfiles, int delim, int flags, ml_err *e)
{
	ml_reader *r = calloc(1, sizeof *r);

	if (!r || !(r->blk = malloc(BLOCK))) {
		free(r);
		ml_err_oom(e);
		return NULL;
	}
	r->files = nfiles > 0 ? files : NULL;
	r->nfiles = nfiles > 0 ? nfiles : 1;
	r->delim = delim ? delim : '\t';
	r->flags = flags;
	r->fast = r->delim == '\t' && !(flags & ML_READ_LIBCSV);
	r->fd = -1;
	if (!(r->tee = malloc(r->nfiles * sizeof *r->tee))) {
		ml_err_oom(e);
		free(r->blk);
		free(r);
		return NULL;
	}
	for (int i = 0; i < r->nfiles; i++)
		r->tee[i] = -1;
	if (read_header(r, e) < 0) {
		ml_reader_close(r);
		return NULL;
	}
	return r;
}

void
ml_reader_close(ml_reader *r)
{
	if (!r)
		return;
	close_input(r);
	for (int i = 0; i < r->nfiles; i++)
		if (r->tee[i] >= 0)
			close(r->tee[i]);
	free(r->tee);
	if (r->live)
		csv_free(&r->p);
	free(r->blk);
	free(r->hbuf);
	free(r->names);
	free(r->q);
	free(r->fstart);
	free(r->fend);
	free(r->rows);
	free(r);
}

size_t
ml_reader_ncols(const ml_reader *r)
{
	return r->ncols;
}

size_t
ml_reader_find(const ml_reader *r, const char *prefix, const char *name)
{
	size_t i, pl = strlen(prefix);

	for (i = 0; i < r->ncols; i++) {
		const char *c = ml_reader_colname(r, i);
		if (strncmp(c, prefix, pl) == 0 && strcmp(c + pl, name) == 0)
			return i;
	}
	return (size_t)-1;
}

const char *
ml_reader_colname(const ml_reader *r, size_t i)
{
	return r->names[i];
}

static void
progress(const ml_reader *r)
{
	ml_progress(NULL, r->pass + 1, r->nread, r->fsize > 0 ? (double)r->fpos / (double)r->fsize : -1);
}

int
ml_reader_next(ml_reader *r, ml_err *e)
{
	for (;;) {
		int n = next_row(r, e);
		if (n <= 0)
			return n;
		if (r->cur->fi != r->hdrfi) {
			/* The row came from the next file: it is that file's header. */
			r->rnext--;
			if (read_header(r, e) < 0)
				return -1;
			continue;
		}
		if (r->cur->nf != r->ncols)
			return ml_errf(e, r->fname, r->line, NULL, NULL, 0,
			    "row has %zu field%s, the header has %zu", r->cur->nf,
			    r->cur->nf == 1 ? "" : "s", r->ncols);
		if ((++r->nread & 8191) == 0)
			progress(r);
		return 1;
	}
}

const char *
ml_reader_field(const ml_reader *r, size_t i, size_t *n)
{
	size_t f = r->cur->f0 + i;

	*n = r->fend[f] - r->fstart[f];
	return r->q + r->fstart[f];
}

const char *
ml_reader_file(const ml_reader *r)
{
	return r->fname;
}

int
ml_reader_delim(const ml_reader *r)
{
	return r->delim;
}

unsigned long
ml_reader_line(const ml_reader *r)
{
	return r->line;
}

size_t
ml_reader_rows(const ml_reader *r)
{
	return r->nread;
}

/* Back to the start of the first file, for another pass. */
static int
reset_pass(ml_reader *r, ml_err *e)
{
	if (!(r->flags & ML_READ_REWIND))
		return ml_errmsg(e, "internal error: input not rewindable");
	close_input(r);
	if (r->live)
		csv_free(&r->p);
	r->live = 0;
	r->fi = 0;
	r->eof_all = 0;
	r->replay = 1;
	r->qlen = r->lpos = r->nf = r->rowf0 = r->nrows = r->rnext = r->lstart = 0;
	r->perr = 0;
	r->nread = 0;
	r->pass++;
	r->hdrfi = 0;
	r->cur = NULL;
	return 0;
}

int
ml_reader_rewind(ml_reader *r, ml_err *e)
{
	if (reset_pass(r, e) < 0)
		return -1;
	/* Skip the header, checked the first time. */
	{
		int n = next_row(r, e);
		if (n <= 0)
			return n < 0 ? -1 : ml_errf(e, r->pfname, 0, NULL, NULL, 0,
			    "input changed while it was read");
	}
	return 0;
}

int
ml_reader_errf(const ml_reader *r, ml_err *e, size_t i, const char *what)
{
	size_t n;
	const char *f = ml_reader_field(r, i, &n);

	return ml_errf(e, r->fname, r->line, r->names[i], f, n, "%s", what);
}

/*
 * Line replay.  In TAB mode a row is exactly one line, so a second pass
 * over input that the first pass has validated through libcsv only needs
 * to find the line ends.
 */
int
ml_reader_rewind_lines(ml_reader *r, ml_err *e)
{
	if (r->delim != '\t')
		return ml_errmsg(e, "internal error: line replay of CSV");
	if (reset_pass(r, e) < 0)
		return -1;
	r->skiphdr = 1;
	r->file_eof = 0;
	r->lline = 0;
	return 0;
}

int
ml_reader_next_line(ml_reader *r, const char **s, size_t *n, ml_err *e)
{
	for (;;) {
		char *nl = r->lpos < r->qlen ? memchr(r->q + r->lpos, '\n', r->qlen - r->lpos) : NULL;
		ssize_t got;

		if (nl || (r->file_eof && r->lpos < r->qlen)) {
			size_t end = nl ? (size_t)(nl - r->q) : r->qlen;
			*s = r->q + r->lpos;
			*n = end - r->lpos;
			r->lpos = nl ? end + 1 : end;
			r->lline++;
			if (r->skiphdr) {
				r->skiphdr = 0;
				continue;
			}
			if ((++r->nread & 8191) == 0)
				progress(r);
			r->line = r->lline;
			r->fname = r->pfname;
			return 1;
		}
		if (r->file_eof || r->fd < 0) {
			int o;
			if (r->fd >= 0) {
				close_input(r);
				r->fi++;
			}
			if ((o = open_next(r, e)) <= 0)
				return o;
			if (r->live)
				csv_free(&r->p);
			r->live = 0;
			r->file_eof = 0;
			r->skiphdr = 1;
			r->lline = 0;
			r->qlen = r->lpos = 0;
			continue;
		}
		/* Keep the partial line, read a block after it. */
		memmove(r->q, r->q + r->lpos, r->qlen - r->lpos);
		r->qlen -= r->lpos;
		r->lpos = 0;
		if (r->qlen + BLOCK > r->qcap) {
			char *nq = grow(r->q, &r->qcap, r->qlen + BLOCK, 1, &r->oom);
			if (!nq)
				return ml_err_oom(e);
			r->q = nq;
		}
		got = read(r->fd, r->q + r->qlen, BLOCK);
		if (got < 0 && errno == EINTR)
			continue;
		r->fpos += got > 0 ? got : 0;
		if (got < 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0, "read error: %s", strerror(errno));
		if (got == 0)
			r->file_eof = 1;
		r->qlen += (size_t)got;
	}
}
