/*
 * json2tsv - prints part of a JSON document (stdin) as TSV, for the
 * conformance tests of mlreport --format json.
 *
 * usage: json2tsv KEY          the array of objects doc[KEY] as a table:
 *                              a header of the first object's keys, one row
 *                              per object
 *        json2tsv -s KEY ...   the scalars doc[KEY] as rows "KEY<TAB>VALUE"
 *                              under the header "key<TAB>value"
 * Booleans print as True/False (the fixtures' pandas spelling), reals with
 * 17 significant digits, lists of scalars joined with ','.
 * Exit 0, or 1 with a message when the input or a key is not as expected.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

static int
scalar(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_STRING:
		fputs(json_string_value(v), stdout);
		return 0;
	case JSON_INTEGER:
		printf("%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return 0;
	case JSON_REAL:
		printf("%.17g", json_real_value(v));
		return 0;
	case JSON_TRUE:
		fputs("True", stdout);
		return 0;
	case JSON_FALSE:
		fputs("False", stdout);
		return 0;
	case JSON_NULL:
		fputs("None", stdout);
		return 0;
	default:
		return -1;
	}
}

static int
value(const json_t *v)
{
	size_t i;

	if (json_is_array(v)) {
		for (i = 0; i < json_array_size(v); i++) {
			if (i)
				putchar(',');
			if (scalar(json_array_get(v, i)) < 0)
				return -1;
		}
		return 0;
	}
	return scalar(v);
}

int
main(int argc, char *argv[])
{
	json_error_t err;
	json_t *doc, *arr, *row, *x;
	const char *key;
	size_t i;
	int j;

	if (argc < 2 || (strcmp(argv[1], "-s") == 0 && argc < 3)) {
		fputs("usage: json2tsv KEY | json2tsv -s KEY ...\n", stderr);
		return 2;
	}
	if (!(doc = json_loadf(stdin, JSON_REJECT_DUPLICATES, &err))) {
		fprintf(stderr, "json2tsv: line %d: %s\n", err.line, err.text);
		return 1;
	}
	if (strcmp(argv[1], "-s") == 0) {
		puts("key\tvalue");
		for (j = 2; j < argc; j++) {
			if (!(x = json_object_get(doc, argv[j]))) {
				fprintf(stderr, "json2tsv: no key '%s'\n", argv[j]);
				return 1;
			}
			printf("%s\t", argv[j]);
			if (scalar(x) < 0) {
				fprintf(stderr, "json2tsv: '%s' is not a scalar\n", argv[j]);
				return 1;
			}
			putchar('\n');
		}
		json_decref(doc);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	arr = json_object_get(doc, argv[1]);
	if (!json_is_array(arr)) {
		fprintf(stderr, "json2tsv: '%s' is not an array\n", argv[1]);
		return 1;
	}
	for (i = 0; i < json_array_size(arr); i++) {
		row = json_array_get(arr, i);
		if (!json_is_object(row)) {
			fprintf(stderr, "json2tsv: %s[%zu] is not an object\n", argv[1], i);
			return 1;
		}
		if (i == 0) {
			j = 0;
			json_object_foreach(row, key, x)
				printf(j++ ? "\t%s" : "%s", key);
			putchar('\n');
		}
		j = 0;
		json_object_foreach(row, key, x) {
			if (j++)
				putchar('\t');
			if (value(x) < 0) {
				fprintf(stderr, "json2tsv: %s[%zu].%s is not a scalar or list\n", argv[1],
				    i, key);
				return 1;
			}
		}
		putchar('\n');
	}
	json_decref(doc);
	return fflush(stdout) == 0 ? 0 : 1;
}
