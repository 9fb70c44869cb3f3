/*
 * ppmink - reads a binary PPM (P6, maxval < 256) on stdin and prints how
 * many pixels are not white and the image's width and height:
 * "INK WIDTH HEIGHT".  For the HTML render test: a blank screenshot has no
 * ink.  Exit 1 on input that is not such a PPM.
 */
#include <stdio.h>

/* The next header number, skipping white space and comments. */
static long
number(void)
{
	int c;
	long n = 0;

	while ((c = getchar()) != EOF && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '#'))
		if (c == '#')
			while ((c = getchar()) != EOF && c != '\n')
				;
	if (c < '0' || c > '9')
		return -1;
	for (; c >= '0' && c <= '9'; c = getchar())
		n = n * 10 + (c - '0');
	return n;               /* the one white space byte after it is consumed */
}

int
main(void)
{
	long w, h, max, i, ink = 0;
	int r, g, b;

	if (getchar() != 'P' || getchar() != '6' || (w = number()) <= 0 || (h = number()) <= 0 ||
	    (max = number()) <= 0 || max > 255) {
		fprintf(stderr, "ppmink: not a binary PPM with 8-bit samples\n");
		return 1;
	}
	for (i = 0; i < w * h; i++) {
		if ((r = getchar()) == EOF || (g = getchar()) == EOF || (b = getchar()) == EOF) {
			fprintf(stderr, "ppmink: short image\n");
			return 1;
		}
		ink += r < max || g < max || b < max;
	}
	printf("%ld %ld %ld\n", ink, w, h);
	return 0;
}
