/*
 * check.c - what the raw bytes of the input say, before any parsing: the
 * start of a file (a UTF-8 byte order mark, gzip's magic, a CSV read as
 * TSV), and the bytes that stop the input (a NUL; in TSV a CR).
 */
#include <string.h>

#include "stream/reader.h"

/* A carriage return in TSV: the line ends of Windows, or a stray one. */
void
rd_cr_error(ml_reader *r, int crlf)
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
 * A NUL, or in TSV a CR, at cr or nul stopped block b[0..n): the rows before
 * it are handed out, then the error.  A CR at the very end of the block waits
 * for the next byte, which tells CRLF from a stray CR.
 */
void
rd_stopped(ml_reader *r, const char *cr, const char *nul, const char *b, ssize_t n)
{
	if (cr && cr + 1 == b + n)
		r->cr_pending = 1;
	else if (cr)
		rd_cr_error(r, cr[1] == '\n');
	else if (nul && !r->perr) {
		ml_errf(&r->err, r->pfname, r->rowline, NULL, NULL, 0,
		    "NUL byte in the input (binary data?)");
		r->perr = 1;
		r->perr_row = r->nrows;
	}
}

/*
 * What the first bytes of a file say (a pipe's first reads may be shorter
 * than the marks, so each is matched across reads): a UTF-8 byte order
 * mark, skipped in CSV (spreadsheets write one), an error in TSV; gzip's
 * magic; whether the first line looks like CSV.  Advances *b past a
 * skipped mark; *n = 0 when the whole block is the start of a mark still
 * held back (CSV).  Returns -1 after an error.
 */
int
rd_file_start(ml_reader *r, char **b, ssize_t *n, ml_err *e)
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
		csv_parse(&r->p, "\xef\xbb\xbf", (size_t)held, rd_on_field, rd_on_row, r);
	}
	return 0;
}
