# mlaudit - multi-label label-error audit toolkit.  Plain make, no configure.
#
#   make            builds the tools into build/bin (never installs packages)
#   make check      installs missing build packages (as root) and runs every test
#   make demo       the same set-up, then the audit of the bundled example
#   make deps       only the build packages
.SUFFIXES:

VERSION   = 0.1.0
PREFIX    = /usr/local
MANPREFIX = $(PREFIX)/share/man
DESTDIR   =

CC        = cc
PKG_CONFIG = pkg-config
# -ffp-contract=off: cleanlab's scores are bit-exact only without FMA contraction.
OPT       = -O2
WARN      = -Wall -Wextra -Wshadow
# CI sets WERROR=-Werror.
WERROR    =
CFLAGS    = $(OPT) -g -std=c11 $(WARN) -ffp-contract=off -pthread $(WERROR)
CPPFLAGS  = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib
LDFLAGS   =
LDLIBS    = -lcsv -lm -pthread
# Only the JSON renderer uses jansson, only the unit tests Check.
JSON_CFLAGS = `$(PKG_CONFIG) --cflags jansson`
JSON_LIBS   = `$(PKG_CONFIG) --libs jansson`
CHECK_CFLAGS = `$(PKG_CONFIG) --cflags check`
CHECK_LIBS   = `$(PKG_CONFIG) --libs check`
SANITIZE  = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
TSAN      = -fsanitize=thread -fno-omit-frame-pointer

B = build
TOOLS = $(patsubst tools/%.c,%,$(wildcard tools/*.c))
HEADERS = $(wildcard lib/*.h lib/*/*.h)
LIBSRC = $(wildcard lib/*/*.c)
LIBOBJ = $(LIBSRC:lib/%.c=$(B)/lib/%.o)
UNITSRC = $(wildcard tests/unit/test_*.c)
UNITBIN = $(UNITSRC:tests/unit/%.c=$(B)/tests/%)
TOOLBIN = $(TOOLS:%=$(B)/bin/%)
HELPERS = $(B)/tests/tsvcmp $(B)/tests/json2tsv $(B)/tests/ppmink

all: $(TOOLBIN)

# Installs the build dependencies on a fresh Debian machine (as root), or
# says exactly what to run.  Only check, demo and deps call it.
deps:
	@sh tests/deps.sh

$(B)/lib/report/json.o: EXTRA_CFLAGS = $(JSON_CFLAGS)
$(B)/lib/%.o: lib/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(EXTRA_CFLAGS) -c -o $@ $<

$(B)/libmlaudit.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(B)/bin/mlreport: EXTRA_LIBS = $(JSON_LIBS)
# Only mlcv (and its unit test) uses liblinear.
$(B)/bin/mlcv $(B)/tests/test_cv: EXTRA_LIBS = -llinear
$(B)/bin/%: tools/%.c $(B)/libmlaudit.a $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlaudit.a $(LDLIBS) $(EXTRA_LIBS)

$(B)/tests/test_%: tests/unit/test_%.c $(B)/libmlaudit.a $(HEADERS) tests/reprref.h tests/unit/check_main.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlaudit.a \
	  $(LDLIBS) $(CHECK_LIBS) $(JSON_LIBS) $(EXTRA_LIBS)

$(B)/tests/json2tsv: EXTRA_CFLAGS = $(JSON_CFLAGS)
$(B)/tests/%: tests/%.c $(B)/libmlaudit.a $(HEADERS) tests/reprref.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(EXTRA_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlaudit.a \
	  $(LDLIBS) $(JSON_LIBS)

# The README's test command: builds everything and runs every test.
check: deps
	@$(MAKE) --no-print-directory all $(UNITBIN) $(HELPERS)
	@sh tests/run.sh $(B)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: deps
	@$(MAKE) --no-print-directory B=build-asan OPT=-O1 \
	  CFLAGS='$(patsubst -O%,-O1,$(CFLAGS)) $(SANITIZE)' LDFLAGS='$(LDFLAGS) $(SANITIZE)' check

# The unit tests and the thread tests under ThreadSanitizer (any report fails the run).
tsan: deps
	@$(MAKE) --no-print-directory B=build-tsan OPT=-O1 \
	  CFLAGS='$(patsubst -O%,-O1,$(CFLAGS)) $(TSAN)' LDFLAGS='$(LDFLAGS) $(TSAN)' tsan-run

tsan-run: all $(UNITBIN) $(HELPERS)
	@TSAN_OPTIONS='halt_on_error=1 exitcode=66' CK_TIMEOUT_MULTIPLIER=20 sh tests/run.sh $(B) unit
	@TSAN_OPTIONS='halt_on_error=1 exitcode=66' THREADS_JOBS='2 8' sh tests/cli-threads.sh $(B)

# The CLI tests under valgrind (memcheck: errors and leaks fail the run).
valgrind: deps
	@$(MAKE) --no-print-directory all $(UNITBIN) $(HELPERS)
	@MLAUDIT_WRAP='valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99' \
	  sh tests/run.sh $(B) cli

FUZZ_SECONDS = 60
# libFuzzer harnesses (clang), FUZZ_SECONDS each; see tests/fuzz/run.sh.
fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

# The catalogue with more than 2^31 bytes of input (a few minutes).
check-long: all
	@MLAUDIT_LONG=1 sh tests/golden.sh $(B) tests/catalogue

demo: deps
	@$(MAKE) --no-print-directory all
	$(B)/bin/mlreport examples/quickstart.tsv
	$(B)/bin/mlreport --features examples/quickstart-features.tsv
	$(B)/bin/mlcv --replace examples/quickstart-features.tsv | $(B)/bin/mlreport

bench: all
	@sh bench/run.sh $(B)

bench-knn: all
	@sh bench/knn.sh $(B)

# The split audit (8 parts through GNU parallel) next to a single run.
bench-split: all
	@sh bench/split.sh $(B)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man7
	install -m 755 $(TOOLBIN) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 man/*.1 $(DESTDIR)$(MANPREFIX)/man1/
	install -m 644 man/mlaudit.7 $(DESTDIR)$(MANPREFIX)/man7/

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t; done
	for m in man/*.1; do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m#man/}; done
	rm -f $(DESTDIR)$(MANPREFIX)/man7/mlaudit.7

clean:
	rm -rf build build-asan build-tsan build-fuzz

.PHONY: all deps check check-long fuzz asan tsan tsan-run valgrind demo bench bench-knn bench-split install uninstall clean
