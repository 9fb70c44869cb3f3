/*
 * numbers/tables.h - the tables shared by the parser and the printer
 * (internal to numbers/).
 */
#ifndef ML_NUMBERS_TABLES_H
#define ML_NUMBERS_TABLES_H

#include <stdint.h>

#define P10_MIN	(-348)
#define P10_MAX	347

#define p10 ml_num_p10
#define exact_p10 ml_num_exact_p10
#define int_p10 ml_num_int_p10
#define digit_pairs ml_num_digit_pairs
extern const uint64_t p10[P10_MAX - P10_MIN + 1][2];
extern const double exact_p10[23];
extern const uint64_t int_p10[17];
extern const char digit_pairs[201];

__extension__ typedef unsigned __int128 u128;

#endif
