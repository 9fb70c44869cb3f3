/*
 * html.c - the report as one self-contained HTML page with inline SVG charts.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/internal.h"

#include "report/report.h"

/* ------------------------------------------------------------------ HTML */

static void
esc(ml_buf *b, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': ml_buf_puts(b, "&amp;"); break;
		case '<': ml_buf_puts(b, "&lt;"); break;
		case '>': ml_buf_puts(b, "&gt;"); break;
		case '"': ml_buf_puts(b, "&quot;"); break;
		case '\'': ml_buf_puts(b, "&#39;"); break;
		default: ml_buf_put(b, s, 1); break;
		}
}

/* A class name as a chart label: at most 20 characters (the tooltip has it whole). */
static void
esc_label(ml_buf *b, const char *s)
{
	size_t n = 0, cut;
	char *t;

	if (ml_utf8_width(s) <= 20) {
		esc(b, s);
		return;
	}
	/* Cut after 19 code points, at a character boundary. */
	for (cut = 0; s[cut] && n <= 19; cut++)
		n += ((unsigned char)s[cut] & 0xC0) != 0x80;
	cut--;
	if (!(t = strndup(s, cut))) {
		b->oom = 1;
		return;
	}
	esc(b, t);
	ml_buf_puts(b, "\xe2\x80\xa6");     /* an ellipsis */
	free(t);
}

/* A table as HTML; numeric columns right-aligned. */
static void
html_table(ml_buf *b, rt_table *t, int ok, const char *cls)
{
	size_t i, j;
	const char *s;

	if (ok < 0 || t->oom) {
		b->oom = 1;
		rt_free(t);
		return;
	}
	ml_buf_printf(b, "<table class=\"%s\">\n<thead><tr>", cls);
	if (t->index)
		ml_buf_puts(b, "<th></th>");
	for (j = 0; j < t->ncols; j++) {
		ml_buf_puts(b, t->kind[j] == COL_NUM ? "<th class=\"num\">" : "<th>");
		esc(b, t->head[j]);
		ml_buf_puts(b, "</th>");
	}
	ml_buf_puts(b, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < t->nrows; i++) {
		ml_buf_puts(b, "<tr>");
		if (t->index) {
			ml_buf_puts(b, "<th>");
			esc(b, t->index[i]);
			ml_buf_puts(b, "</th>");
		}
		for (j = 0; j < t->ncols; j++) {
			s = t->cell[i * t->ncols + j];
			while (*s == ' ')
				s++;
			ml_buf_puts(b, t->kind[j] == COL_NUM ? "<td class=\"num\">" : "<td>");
			esc(b, s);
			ml_buf_puts(b, "</td>");
		}
		ml_buf_puts(b, "</tr>\n");
	}
	ml_buf_puts(b, "</tbody>\n</table>\n");
	rt_free(t);
}

/* A "nice" axis step (1, 2 or 5 times a power of ten) for about 5 ticks up to max. */
static double
nice_step(double max, int integer)
{
	double raw = max / 5, p, f;

	if (!(raw > 0))
		return 1;
	p = pow(10, floor(log10(raw)));
	f = raw / p;
	p *= f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
	if (integer && p < 1)
		p = 1;
	return p;
}

/* Trims "%.6g" output; numbers on axes. */
static void
axis_num(ml_buf *b, double v)
{
	ml_buf_printf(b, "%g", fabs(v) < 1e-12 ? 0.0 : v);
}

#define HIST_BINS ML_SPLIT_BINS

static void
svg_open(ml_buf *b, const char *id, double W, double H, const char *title)
{
	ml_buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" "
	    "width=\"%g\" height=\"%g\" viewBox=\"0 0 %g %g\" role=\"img\">\n", id, W, H, W, H);
	ml_buf_printf(b, "<title>%s</title>\n", title);
}

/* A vertical grid line at x from top to bottom, its tick value v below. */
static void
x_grid(ml_buf *b, double x, double top, double bottom, double v)
{
	ml_buf_printf(b, "<line x1=\"%.1f\" y1=\"%g\" x2=\"%.1f\" y2=\"%g\" class=\"grid\"/>", x, top,
	    x, bottom);
	ml_buf_printf(b, "<text x=\"%.1f\" y=\"%g\" class=\"xtick\">", x, bottom + 18);
	axis_num(b, v);
	ml_buf_puts(b, "</text>\n");
}

/* A class's name left of its bar at x. */
static void
class_name(ml_buf *b, double x, double y, const char *name)
{
	ml_buf_printf(b, "<text x=\"%g\" y=\"%.1f\" class=\"cname\">", x - 8, y);
	esc_label(b, name);
	ml_buf_puts(b, "</text>\n");
}

/* A class's bar of width w (tooltip "name: tip") and its value at vy right of it. */
static void
class_bar(ml_buf *b, double x, double y, double w, int h, const char *cls, const char *name,
    const char *tip, const char *val, double vy)
{
	ml_buf_printf(b, "<rect x=\"%g\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" class=\"%s\">"
	    "<title>", x, y, w, h, cls);
	esc(b, name);
	ml_buf_printf(b, ": %s</title></rect>", tip);
	ml_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\">%s</text>\n", x + w + 4, vy, val);
}

/* Histogram of all label scores, the flagged rows stacked in red. */
static void
chart_scores(ml_buf *b, const ml_rep *rep)
{
	size_t bad[HIST_BINS] = { 0 }, i, max = 0;
	const size_t *all = rep->hist;
	const double W = 760, H = 300, L = 60, R = 20, T = 20, B = 50;
	double pw = W - L - R, ph = H - T - B, bw = pw / HIST_BINS, step, top, v;
	int j;

	for (i = 0; i < rep->nissues; i++)
		bad[ml_split_bin(rep->ex[i].score)]++;
	for (j = 0; j < HIST_BINS; j++)
		if (all[j] > max)
			max = all[j];
	step = nice_step((double)(max ? max : 1), 1);
	top = ceil((double)(max ? max : 1) / step) * step;

	svg_open(b, "chart-scores", W, H, "Distribution of label scores");
	/* y grid and ticks */
	for (v = 0; v <= top + 1e-9; v += step) {
		double y = T + ph - v / top * ph;
		ml_buf_printf(b, "<line x1=\"%g\" y1=\"%.1f\" x2=\"%g\" y2=\"%.1f\" class=\"grid\"/>", L, y,
		    L + pw, y);
		ml_buf_printf(b, "<text x=\"%g\" y=\"%.1f\" class=\"ytick\">", L - 6, y + 4);
		axis_num(b, v);
		ml_buf_puts(b, "</text>\n");
	}
	for (j = 0; j < HIST_BINS; j++) {
		double x = L + j * bw, hall = (double)all[j] / top * ph,
		    hbad = (double)bad[j] / top * ph;
		if (all[j] > bad[j])
			ml_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			    "class=\"ok\"><title>%.2f-%.2f: %zu not flagged</title></rect>\n", x + 1,
			    T + ph - hall, bw - 2, hall - hbad, j / 20.0, (j + 1) / 20.0,
			    all[j] - bad[j]);
		if (bad[j])
			ml_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			    "class=\"bad\"><title>%.2f-%.2f: %zu flagged</title></rect>\n", x + 1,
			    T + ph - hbad, bw - 2, hbad, j / 20.0, (j + 1) / 20.0, bad[j]);
	}
	for (j = 0; j <= HIST_BINS; j += 4) {
		double x = L + j * bw;
		ml_buf_printf(b, "<line x1=\"%.1f\" y1=\"%g\" x2=\"%.1f\" y2=\"%g\" class=\"axis\"/>", x,
		    T + ph, x, T + ph + 5);
		ml_buf_printf(b, "<text x=\"%.1f\" y=\"%g\" class=\"xtick\">%.1f</text>\n", x, T + ph + 20,
		    j / 20.0);
	}
	ml_buf_printf(b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" class=\"axis\"/>\n", L, T + ph,
	    L + pw, T + ph);
	ml_buf_printf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">label_score (lower = more likely "
	    "wrong)</text>\n", L + pw / 2, H - 8);
	ml_buf_printf(b, "<text x=\"14\" y=\"%g\" class=\"label\" transform=\"rotate(-90 14 %g)\">"
	    "examples</text>\n", T + ph / 2, T + ph / 2);
	ml_buf_printf(b, "<rect x=\"%g\" y=\"%g\" width=\"12\" height=\"12\" class=\"ok\"/>"
	    "<text x=\"%g\" y=\"%g\" class=\"legend\">not flagged</text>\n",
	    L + pw - 230, T, L + pw - 214, T + 10);
	ml_buf_printf(b, "<rect x=\"%g\" y=\"%g\" width=\"12\" height=\"12\" class=\"bad\"/>"
	    "<text x=\"%g\" y=\"%g\" class=\"legend\">label issue</text>\n",
	    L + pw - 120, T, L + pw - 104, T + 10);
	ml_buf_puts(b, "</svg>\n");
}

/* Per class: annotated but judged wrong vs missing (common_multilabel_issues). */
static void
chart_issues(ml_buf *b, const ml_rep *rep)
{
	size_t k = rep->k, c, i, max = 1, *given, *added;
	const double W = 760, L = 170, R = 60, T = 40, B = 40, rowh = 40;
	double pw = W - L - R, H = T + B + rowh * (double)k, step, top, v;
	char tip[64], val[32];

	if (!(given = calloc(k + 1, sizeof *given)) || !(added = calloc(k + 1, sizeof *added))) {
		free(given);
		b->oom = 1;
		return;
	}
	for (i = 0; i < 2 * k; i++) {
		const ml_common_row *r = &rep->common[i];
		*(r->in_given ? &given[r->cls] : &added[r->cls]) = r->num;
		if (r->num > max)
			max = r->num;
	}
	step = nice_step((double)max, 1);
	top = ceil((double)max / step) * step;
	svg_open(b, "chart-issues", W, H, "Label issues per class");
	for (v = 0; v <= top + 1e-9; v += step)
		x_grid(b, L + v / top * pw, T, H - B, v);
	for (c = 0; c < k; c++) {
		double y = T + rowh * (double)c;
		class_name(b, L, y + rowh / 2 + 4, rep->names[c]);
		snprintf(tip, sizeof tip, "%zu given but wrong", given[c]);
		snprintf(val, sizeof val, "%zu", given[c]);
		class_bar(b, L, y + 5, (double)given[c] / top * pw, 14, "bad", rep->names[c], tip, val,
		    y + 16);
		snprintf(tip, sizeof tip, "%zu missing", added[c]);
		snprintf(val, sizeof val, "%zu", added[c]);
		class_bar(b, L, y + 21, (double)added[c] / top * pw, 14, "miss", rep->names[c], tip, val,
		    y + 32);
	}
	ml_buf_printf(b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" class=\"axis\"/>\n", L, T, L,
	    H - B);
	ml_buf_printf(b, "<rect x=\"%g\" y=\"10\" width=\"12\" height=\"12\" class=\"bad\"/>"
	    "<text x=\"%g\" y=\"20\" class=\"legend\">given but judged wrong</text>\n", L, L + 16);
	ml_buf_printf(b, "<rect x=\"%g\" y=\"10\" width=\"12\" height=\"12\" class=\"miss\"/>"
	    "<text x=\"%g\" y=\"20\" class=\"legend\">missing (should be added)</text>\n", L + 200,
	    L + 216);
	ml_buf_printf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">examples</text>\n", L + pw / 2, H - 6);
	ml_buf_puts(b, "</svg>\n");
	free(given);
	free(added);
}

/* Label Quality Score per class, worst first; the axis starts at a round value below the worst. */
static void
chart_quality(ml_buf *b, const ml_rep *rep)
{
	size_t k = rep->k, i;
	const double W = 760, L = 170, R = 80, T = 20, B = 40, rowh = 28;
	double pw = W - L - R, H = T + B + rowh * (double)k, lo = 1, v, step;
	char val[32];

	for (i = 0; i < k; i++)
		if (rep->ranking[i].quality < lo)
			lo = rep->ranking[i].quality;
	lo = floor(lo * 10) / 10;
	if (lo > 0.9)
		lo = 0.9;
	if (lo < 0)
		lo = 0;
	step = nice_step(1 - lo, 0);
	svg_open(b, "chart-quality", W, H, "Label quality score per class");
	for (v = lo; v <= 1 + 1e-9; v += step)
		x_grid(b, L + (v - lo) / (1 - lo) * pw, T, H - B, floor(v * 1e6 + 0.5) / 1e6);
	for (i = 0; i < k; i++) {
		const ml_class_rank *r = &rep->ranking[i];
		double y = T + rowh * (double)i, q = r->quality < lo ? lo : r->quality;
		class_name(b, L, y + rowh / 2 + 4, rep->names[r->cls]);
		snprintf(val, sizeof val, "%.4f", r->quality);
		class_bar(b, L, y + 5, (q - lo) / (1 - lo) * pw, 18, "qual", rep->names[r->cls], val, val,
		    y + 18);
	}
	ml_buf_printf(b, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" class=\"axis\"/>\n", L, T, L,
	    H - B);
	ml_buf_printf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">Label Quality Score "
	    "(1 - Label Noise)</text>\n", L + pw / 2, H - 6);
	ml_buf_puts(b, "</svg>\n");
}

static const char css[] =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
    "margin:2em auto;max-width:1100px;padding:0 1em;color:#222;background:#fff}\n"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;"
    "border-bottom:1px solid #ddd;padding-bottom:.2em}\n"
    ".lead{color:#555}.big{font-size:1.3em;font-weight:600}\n"
    ".cards{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}\n"
    ".card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:10em}\n"
    ".card .v{font-size:1.5em;font-weight:600}.card .k{color:#666;font-size:.9em}\n"
    "table{border-collapse:collapse;margin:.5em 0;font-size:.92em}\n"
    "th,td{border-bottom:1px solid #e4e4e4;padding:.25em .7em;text-align:left}\n"
    "thead th{background:#f4f4f4}.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "tbody th{font-weight:normal;color:#555}\n"
    "svg.chart{display:block;margin:.5em 0;max-width:100%;height:auto}\n"
    "svg .grid{stroke:#e6e6e6;stroke-width:1}svg .axis{stroke:#444;stroke-width:1}\n"
    "svg .ok{fill:#7a9cc6}svg .bad{fill:#d9534f}svg .miss{fill:#f0ad4e}"
    "svg .qual{fill:#5cb85c}\n"
    "svg text{font-family:inherit;font-size:12px;fill:#333}\n"
    "svg .ytick{text-anchor:end}svg .xtick{text-anchor:middle}"
    "svg .cname{text-anchor:end;font-size:13px}\n"
    "svg .label{text-anchor:middle;font-size:13px;fill:#555}svg .val{font-size:11px}\n"
    "td.pass{color:#2e7d32}td.fail{color:#c62828;font-weight:600}\n"
    "svg .issue{fill:none;stroke:#d62728;stroke-width:1.5}\n"
    "footer{margin-top:2em;color:#666;font-size:.9em}\n";

/* The label sets' colours (Tableau 10), the most common set first; the rest grey. */
static const char *const palette[] = {
	"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#bab0ac"
};
#define NPALETTE (sizeof palette / sizeof palette[0])

/* Axis ticks for [lo, hi] along one side; horizontal: along x at the bottom. */
static void
scatter_ticks(ml_buf *b, double lo, double hi, double p0, double p1, double other0,
              double other1, int horizontal)
{
	double step = nice_step(hi - lo, 0), t, p;

	for (t = ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
		p = p0 + (t - lo) / (hi - lo) * (p1 - p0);
		if (horizontal) {
			x_grid(b, p, other0, other1, t);
			continue;
		}
		ml_buf_printf(b, "<line x1=\"%g\" y1=\"%.1f\" x2=\"%g\" y2=\"%.1f\" class=\"grid\"/>",
		    other0, p, other1, p);
		ml_buf_printf(b, "<text x=\"%g\" y=\"%.1f\" class=\"ytick\">", other0 - 6, p + 4);
		axis_num(b, t);
		ml_buf_puts(b, "</text>\n");
	}
}

/*
 * cleanlab's tutorial picture: the examples by their two features (or the
 * first two principal components of more), coloured by given label set,
 * the label issues circled in red.
 */
static void
chart_scatter(ml_buf *b, const ml_rep_scatter *s)
{
	const double W = 760, H = 480, L = 60, R = 220, T = 16, B = 50;
	double xlo = s->x[0], xhi = s->x[0], ylo = s->y[0], yhi = s->y[0], px, py, ly;
	size_t i, nflag = 0, shown;

	for (i = 1; i < s->n; i++) {
		xlo = fmin(xlo, s->x[i]), xhi = fmax(xhi, s->x[i]);
		ylo = fmin(ylo, s->y[i]), yhi = fmax(yhi, s->y[i]);
	}
	if (!(xhi > xlo))
		xlo -= 1, xhi += 1;
	if (!(yhi > ylo))
		ylo -= 1, yhi += 1;
	/* A margin of 4% so that no point sits on the frame. */
	px = (xhi - xlo) * 0.04, xlo -= px, xhi += px;
	py = (yhi - ylo) * 0.04, ylo -= py, yhi += py;
	svg_open(b, "scatter", W, H, "Examples by their features, coloured by given label set, "
	    "label issues circled");
	scatter_ticks(b, xlo, xhi, L, W - R, T, H - B, 1);
	scatter_ticks(b, ylo, yhi, H - B, T, L, W - R, 0);
	ml_buf_printf(b, "<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" "
	    "class=\"axis\"/>\n", L, T, W - R - L, H - B - T);
	ml_buf_printf(b, "<text x=\"%g\" y=\"%g\" class=\"label\">", (L + W - R) / 2, H - 12);
	esc(b, s->d == 2 ? s->xname : "first principal component");
	ml_buf_printf(b, "</text>\n<text x=\"16\" y=\"%g\" class=\"label\" "
	    "transform=\"rotate(-90 16 %g)\">", (T + H - B) / 2, (T + H - B) / 2);
	esc(b, s->d == 2 ? s->yname : "second principal component");
	ml_buf_puts(b, "</text>\n");
	for (i = 0; i < s->n; i++) {
		px = L + (s->x[i] - xlo) / (xhi - xlo) * (W - R - L);
		py = H - B - (s->y[i] - ylo) / (yhi - ylo) * (H - B - T);
		ml_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", px, py,
		    s->set[i] < NPALETTE - 1 ? palette[s->set[i]] : palette[NPALETTE - 1]);
		if (s->flagged[i]) {
			ml_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" class=\"issue\"/>",
			    px, py);
			nflag++;
		}
		if (i % 8 == 7)
			ml_buf_puts(b, "\n");
	}
	ml_buf_puts(b, "\n");
	/* The legend: the most common label sets, then the rest, then the circle. */
	shown = s->nsets < NPALETTE - 1 ? s->nsets : NPALETTE - 1;
	for (i = 0, ly = T + 12; i <= shown; i++, ly += 20) {
		if (i == shown && s->nsets == shown)
			break;
		ml_buf_printf(b, "<circle cx=\"%g\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>"
		    "<text x=\"%g\" y=\"%.1f\">", W - R + 20, ly, i < shown ? palette[i] :
		    palette[NPALETTE - 1], W - R + 32, ly + 4);
		if (i < shown)
			esc_label(b, s->setname[i]);
		else
			ml_buf_printf(b, "%zu other label sets", s->nsets - shown);
		ml_buf_puts(b, "</text>\n");
	}
	ml_buf_printf(b, "<circle cx=\"%g\" cy=\"%.1f\" r=\"7\" class=\"issue\"/>"
	    "<text x=\"%g\" y=\"%.1f\">label issue (%zu shown)</text>\n", W - R + 20, ly,
	    W - R + 32, ly + 4, nflag);
	ml_buf_puts(b, "</svg>\n");
}

/* A check's name in a heading: "near_duplicate" -> "Near-duplicate". */
static const char *
check_title(const char *name)
{
	static const char *const t[][2] = {
		{ "null", "Null" }, { "outlier", "Outlier" }, { "near_duplicate", "Near-duplicate" },
		{ "non_iid", "Non-IID" }, { "label", "Label" }
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		if (strcmp(name, t[i][0]) == 0)
			return t[i][1];
	return name;
}

/* The most severe top rows of a check, as in its text section (ml_dl_examples). */
static int
check_table(const ml_dl_check *k, size_t n, size_t top, rt_table *t, char *fl, char *sc)
{
	size_t m = top < n ? top : n, *order = malloc((n + 1) * sizeof *order), i, j;
	ml_dl_col *cols = malloc((k->nextra + 2) * sizeof *cols);
	char **cells;

	if (!order || !cols || rt_init(t, m, k->nextra + 2, 1) < 0) {
		free(order);
		free(cols);
		return -1;
	}
	ml_dl_examples(k, n, cols, fl, sc, order);
	for (j = 0; j < t->ncols; j++) {
		t->head[j] = cols[j].name;
		t->kind[j] = cols[j].type == ML_DL_TEXT ? COL_STR : COL_NUM;
		if (!(cells = ml_dl_cells(&cols[j], order, m, 1))) {
			t->oom = 1;
			break;
		}
		for (i = 0; i < m; i++)
			rt_set(t, i, j, cells[i]);
		free(cells);
	}
	for (i = 0; i < m; i++)
		if (!(t->index[i] = k->names && k->names[order[i]] ? ml_strdupf("%s", k->names[order[i]]) :
		    ml_strdupf("%zu", order[i])))
			t->oom = 1;
	free(order);
	free(cols);
	return t->oom ? -1 : 0;
}

/* The other checks with issues, most issues first: their text and examples. */
static void
html_checks(ml_buf *b, const ml_rep_dl *d, size_t top)
{
	size_t i, *order = rt_check_order(d);
	rt_table t;
	char fl[ML_DL_NAMESZ], sc[ML_DL_NAMESZ];

	if (!order) {
		b->oom = 1;
		return;
	}
	for (i = 0; i < d->nchecks; i++) {
		const ml_dl_check *k = &d->check[order[i]];
		if (strcmp(k->name, "label") == 0 || k->num_issues == 0)
			continue;
		ml_buf_puts(b, "<h2>");
		esc(b, check_title(k->name));
		ml_buf_puts(b, " issues</h2>\n<p>");
		esc(b, ml_dl_description(k->name));
		ml_buf_printf(b, " Number of examples with this issue: <span class=\"big\">%zu</span>. "
		    "Overall dataset quality in terms of this issue: %.4f.", k->num_issues,
		    k->summary_score);
		if (top) {
			ml_buf_printf(b, " The %zu most severe:</p>\n", top < d->n ? top : d->n);
			html_table(b, &t, check_table(k, d->n, top, &t, fl, sc), "examples");
		} else
			ml_buf_puts(b, "</p>\n");
	}
	free(order);
}

/* The input names, the date and the version under the title. */
static void
html_run(ml_buf *b, const ml_rep_run *run)
{
	size_t i;

	ml_buf_puts(b, "<p class=\"lead\">Input: ");
	for (i = 0; i < run->ninputs || i == 0; i++) {
		ml_buf_puts(b, i ? ", <code>" : "<code>");
		esc(b, run->ninputs ? run->inputs[i] : "-");
		ml_buf_puts(b, "</code>");
	}
	if (run->date) {
		ml_buf_puts(b, " &middot; Date: ");
		esc(b, run->date);
	}
	ml_buf_printf(b, " &middot; %s (mlaudit) %s</p>\n", run->tool, ML_VERSION);
}

/* Each quality gate: threshold, measured value, passed or not. */
static void
html_gates(ml_buf *b, const ml_rep_run *run)
{
	size_t i;

	if (!run || !run->ngates)
		return;
	ml_buf_puts(b, "<h2>Quality gates</h2>\n<table class=\"gates\">\n<thead><tr><th>Gate</th>"
	    "<th class=\"num\">Threshold</th><th class=\"num\">Value</th><th>Result</th></tr>"
	    "</thead>\n<tbody>\n");
	for (i = 0; i < run->ngates; i++) {
		const ml_rep_gate *g = &run->gates[i];
		ml_buf_puts(b, "<tr><td>");
		if (g->cls) {
			ml_buf_puts(b, "label quality score of class ");
			esc(b, g->cls);
		} else
			ml_buf_puts(b, "overall multilabel health score");
		ml_buf_printf(b, "</td><td class=\"num\">%.6g</td><td class=\"num\">%.6g</td>"
		    "<td class=\"%s\">%s</td></tr>\n", g->threshold, g->value,
		    g->passed ? "pass" : "fail", g->passed ? "passed" : "FAILED");
	}
	ml_buf_puts(b, "</tbody>\n</table>\n");
}

int
ml_rep_html(const ml_rep *rep, const ml_rep_dl *d, const ml_rep_run *run, size_t top, char **out,
            size_t *len)
{
	ml_buf b = ML_BUF_INIT;
	rt_table t;

	ml_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	    "<title>Multi-label label audit</title>\n<style>\n");
	ml_buf_puts(&b, css);
	ml_buf_puts(&b, "</style>\n</head>\n<body>\n<h1>Multi-label label audit</h1>\n");
	if (run)
		html_run(&b, run);
	ml_buf_printf(&b, "<p class=\"lead\">Dataset Information: num_examples: %zu, num_classes: %zu "
	    "(", rep->n, rep->k);
	{
		size_t c;
		for (c = 0; c < rep->k; c++) {
			if (c)
				ml_buf_puts(&b, ", ");
			esc(&b, rep->names[c]);
		}
	}
	ml_buf_puts(&b, ")</p>\n<div class=\"cards\">\n");
	ml_buf_printf(&b, "<div class=\"card\"><div class=\"v\">%zu</div><div class=\"k\">examples with "
	    "label issues</div></div>\n", rep->nissues);
	ml_buf_printf(&b, "<div class=\"card\"><div class=\"v\">%.4f</div><div class=\"k\">label check "
	    "score (mean label_score)</div></div>\n", rep->score);
	ml_buf_printf(&b, "<div class=\"card\"><div class=\"v\">%.4f</div><div class=\"k\">overall "
	    "multilabel health score</div></div>\n</div>\n", rep->health);

	html_gates(&b, run);
	ml_buf_puts(&b, "<h2>Summary of issues</h2>\n");
	html_table(&b, &t, rt_summary_table(rep, d, &t), "summary");
	ml_buf_puts(&b, "<p class=\"lead\">A lower score indicates a more severe issue across all "
	    "examples in the dataset.</p>\n");

	ml_buf_puts(&b, "<h2>Distribution of label scores</h2>\n");
	chart_scores(&b, rep);

	ml_buf_puts(&b, "<h2>Label issues</h2>\n<p>Examples whose given label(s) are estimated to be "
	    "potentially incorrect (e.g. due to annotation error). ");
	ml_buf_printf(&b, "Number of examples with this issue: <span class=\"big\">%zu</span>.", rep->nissues);
	if (rep->nissues && top) {
		ml_buf_printf(&b, " The %zu most severe:</p>\n", top < rep->nissues ? top : rep->nissues);
		html_table(&b, &t, rt_examples_table(rep, top, &t), "examples");
	} else
		ml_buf_puts(&b, "</p>\n");
	if (run && run->scatter && run->scatter->n) {
		const ml_rep_scatter *s = run->scatter;
		ml_buf_puts(&b, "<h2>Examples by their features</h2>\n<p>");
		if (s->d == 2)
			ml_buf_puts(&b, "The examples by their two feature columns");
		else
			ml_buf_printf(&b, "The examples by the first two principal components of their "
			    "%zu feature columns", s->d);
		ml_buf_printf(&b, " (%zu shown), coloured by their given label set; the label issues "
		    "are circled.</p>\n", s->n);
		chart_scatter(&b, s);
	}

	if (d)
		html_checks(&b, d, top);
	ml_buf_puts(&b, "<h2>Label issues per class</h2>\n");
	chart_issues(&b, rep);
	ml_buf_puts(&b, "<h2>Class label quality</h2>\n");
	chart_quality(&b, rep);

	ml_buf_puts(&b, "<h2>Classes by multilabel quality</h2>\n");
	html_table(&b, &t, rt_ranking_table(rep, &t), "ranking");
	ml_buf_puts(&b, "<h2>Common multilabel issues</h2>\n");
	html_table(&b, &t, rt_common_table(rep, &t), "common");

	ml_buf_printf(&b, "<footer>Audit complete. %zu issues found in the dataset. "
	    "Generated by mlaudit %s (cleanlab 2.9.0's algorithms).</footer>\n"
	    "</body>\n</html>\n", rt_issues_total(rep, d), ML_VERSION);
	return (*out = ml_buf_done(&b, len)) ? 0 : -1;
}
