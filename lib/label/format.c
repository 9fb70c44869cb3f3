/*
 * format.c - the label layer's text for the tools and the report: lists of
 * classes ("-face,+nsfw", "[face, nsfw]") and cleanlab's warnings about the
 * classes, which the tools print.
 */
#include <stdlib.h>
#include <string.h>

#include "label/label.h"

/* The first set bit of map in [from, end), or end: rows of hundreds of classes have few set. */
static size_t
next_bit(const uint64_t *map, size_t from, size_t end)
{
	uint64_t w;

	while (from < end) {
		if ((w = map[from >> 6] >> (from & 63)) != 0) {
			from += (size_t)__builtin_ctzll(w);
			return from < end ? from : end;
		}
		from = (from | 63) + 1;
	}
	return end;
}

void
ml_class_list(ml_buf *b, const ml_list_style *st, char *const *names, size_t k,
              const uint64_t *map, const uint64_t *sign, size_t row)
{
	size_t base = row * k, end = base + k, i;
	const char *pre;
	int first = 1;

	ml_buf_puts(b, st->open);
	for (i = next_bit(map, base, end); i < end; i = next_bit(map, i + 1, end)) {
		if (!first)
			ml_buf_puts(b, st->sep);
		first = 0;
		pre = !sign ? "" : ML_BIT(sign, i) ? "-" : "+";
		if (st->item)
			st->item(b, pre, names[i - base]);
		else {
			ml_buf_puts(b, pre);
			ml_buf_puts(b, names[i - base]);
		}
	}
	ml_buf_puts(b, st->close);
}

/* "warning: WHAT: a b\n" of the classes c with mark[c] set; nothing when there is none. */
static void
class_line(ml_buf *b, const char *what, char *const *names, const unsigned char *mark, size_t k)
{
	size_t c;
	int any = 0;

	for (c = 0; c < k; c++) {
		if (!mark[c])
			continue;
		if (!any)
			ml_buf_printf(b, "warning: %s:", what);
		ml_buf_printf(b, " %s", names[c]);
		any = 1;
	}
	if (any)
		ml_buf_puts(b, "\n");
}

/* The lines about classes given to no example and (every) to every example. */
static void
given_lines(ml_buf *b, char *const *names, const size_t *given, size_t k, size_t n, int every,
            unsigned char *mark)
{
	size_t c;
	int kind;

	for (kind = 0; kind <= every; kind++) {
		for (c = 0; c < k; c++)
			mark[c] = given[c] == (kind ? n : 0);
		class_line(b, kind ? "class(es) given to every example" :
		    "class(es) given to no example", names, mark, k);
	}
}

char *
ml_class_warnings(char *const *names, const size_t *given, size_t k, size_t n, int every)
{
	ml_buf b = ML_BUF_INIT;
	unsigned char *mark = malloc(k ? k : 1);

	if (!mark)
		return NULL;
	given_lines(&b, names, given, k, n, every, mark);
	free(mark);
	return ml_buf_done(&b, NULL);
}

char *
ml_audit_warnings(const ml_audit *a)
{
	ml_buf b = ML_BUF_INIT;
	unsigned char *mark = malloc(a->k ? a->k : 1);
	size_t c;
	int kind;

	if (!mark)
		return NULL;
	for (kind = 0; kind < 2; kind++) {
		for (c = 0; c < a->k; c++)
			mark[c] = (unsigned char)a->res[c].too_few[kind];
		class_line(&b, kind ? "too few examples with the class to prune "
		    "(min_examples_per_class), nothing flagged there" :
		    "too few examples without the class to prune "
		    "(min_examples_per_class), nothing flagged there", a->cols.names, mark, a->k);
	}
	given_lines(&b, a->cols.names, a->given, a->k, a->n, 0, mark);
	free(mark);
	return ml_buf_done(&b, NULL);
}
