/*
 * mlaudit.h - the whole library, for the tools and the tests.
 *
 * lib/ is in layers, each a folder with one header; a layer uses only the
 * ones below it:
 *   cli/       options, usage, help, messages (the only code that prints)
 *   report/    mlreport's model and its text, JSON and HTML renderings
 *   checks/    the table of Datalab's checks (options, defaults, columns,
 *              run functions) and the run of a check over a stream
 *   split/     the label audit split into parts: rounds, summaries, merge
 *   label/     scores, confident learning, summaries, the whole-stream audit
 *   cv/        mlcv: folds, one-vs-rest kNN and logistic regression (liblinear)
 *   features/  the kNN kernel, Datalab's feature checks, features from a stream
 *   stream/    reader, writer, temporary files, spill, column roles, layout
 *   numpy/     argsort, pairwise sums, rounding, quantiles, MT19937
 *   numbers/   strict number parsing and shortest round-trip printing
 *   base/      errors as values, the growing string, UTF-8
 * Library code never exits and never prints: it returns -1 (or an error
 * code) and fills an ml_err with the position (file, line, column, value)
 * of what went wrong; the tool prints it and chooses the exit status.
 */
#ifndef MLAUDIT_H
#define MLAUDIT_H

#include "base/base.h"
#include "numbers/numbers.h"
#include "numpy/numpy.h"
#include "stream/stream.h"
#include "label/label.h"
#include "split/split.h"
#include "features/features.h"
#include "checks/checks.h"
#include "cv/cv.h"
#include "report/report.h"
#include "cli/cli.h"

#endif
