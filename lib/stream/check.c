/*
 * check.c - what the raw bytes of the input say, before any parsing: the
 * start of a file (a compressor's magic, a UTF-8 byte order mark, a CSV
 * read as TSV), and the bytes that stop the input (a NUL; in TSV a CR).
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
 * Compressed data, known by its first bytes, and the command that
 * decompresses it.  '?' in a magic is any digit 1-9 (bzip2's block size);
 * bzip2's magic goes on with the first block's (or, empty, the end's) mark,
 * so that a text starting "BZh" is not taken for it.
 */
static const struct {
	const char *name, *magic, *cat;
	size_t len;
} compressed[] = {
	{ "gzip", "\x1f\x8b", "zcat", 2 },
	{ "xz", "\xfd" "7zXZ\0", "xzcat", 6 },
	{ "zstd", "\x28\xb5\x2f\xfd", "zstdcat", 4 },
	{ "bzip2", "BZh?1AY&SY", "bzcat", 10 },
	{ "bzip2", "BZh?\x17\x72\x45\x38\x50\x90", "bzcat", 10 },
};

/*
 * Matches the file's first bytes (held in r->head across short reads)
 * against the magics: the index of the one that matches, -1 while one may
 * still match, -2 when none can.
 */
static int
match_compressed(ml_reader *r, const char *b, ssize_t n)
{
	size_t i, j, possible;

	for (; n > 0 && r->nhead < sizeof r->head; n--)
		r->head[r->nhead++] = (unsigned char)*b++;
	possible = 0;
	for (i = 0; i < sizeof compressed / sizeof compressed[0]; i++) {
		const unsigned char *m = (const unsigned char *)compressed[i].magic;
		for (j = 0; j < compressed[i].len && j < r->nhead; j++)
			if (m[j] != r->head[j] && !(m[j] == '?' && r->head[j] >= '1' && r->head[j] <= '9'))
				break;
		if (j == compressed[i].len)
			return (int)i;
		possible += j == r->nhead;
	}
	return possible ? -1 : -2;
}

/*
 * What the first bytes of a file say (a pipe's first reads may be shorter
 * than the marks, so each is matched across reads): compressed data (gzip,
 * xz, zstd, bzip2); a UTF-8 byte order mark, skipped in CSV (spreadsheets
 * write one), an error in TSV; whether the first line looks like CSV.
 * Advances *b past a skipped mark; *n = 0 when the whole block is the
 * start of a mark still held back (CSV).  Returns -1 after an error.
 */
int
rd_file_start(ml_reader *r, char **b, ssize_t *n, ml_err *e)
{
	int held = r->bom < 3 ? r->bom : 0;   /* a BOM's first bytes, not yet parsed (CSV) */
	ssize_t i, skip;
	int z;

	if (!r->head_done && (z = match_compressed(r, *b, *n)) != -1) {
		r->head_done = 1;
		if (z >= 0)
			return ml_errf(e, r->pfname, 0, NULL, NULL, 0, strcmp(r->pfname, "<stdin>") == 0 ?
			    "%s-compressed data; decompress it first with %s" :
			    "%s-compressed data; decompress it first, e.g. %s %s | %s",
			    compressed[z].name, compressed[z].cat, r->pfname, ml_progname);
	}
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
