# mlaudit - multi-label label-error audit toolkit.  Plain make, no configure.
.SUFFIXES:

VERSION   = 0.1.0
PREFIX    = /usr/local
MANPREFIX = $(PREFIX)/share/man
DESTDIR   =

CC        = cc
PKG_CONFIG = pkg-config
# -ffp-contract=off: cleanlab's scores are bit-exact only without FMA contraction.
OPT       = -O2
CFLAGS    = $(OPT) -g -std=c11 -Wall -Wextra -Wshadow -ffp-contract=off -pthread $(WERROR)
# CI sets WERROR=-Werror.
WERROR    =
CPPFLAGS  = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib
LDFLAGS   =
LDLIBS    = -lcsv -lm -pthread
JSON_CFLAGS = `$(PKG_CONFIG) --cflags jansson`
JSON_LIBS   = `$(PKG_CONFIG) --libs jansson`
CHECK_CFLAGS = `$(PKG_CONFIG) --cflags check`
CHECK_LIBS   = `$(PKG_CONFIG) --libs check`

B = build
TOOLS = $(patsubst tools/%.c,%,$(wildcard tools/*.c))
LIBSRC = $(wildcard lib/*.c)
LIBOBJ = $(LIBSRC:lib/%.c=$(B)/lib/%.o)
UNITSRC = $(wildcard tests/unit/test_*.c)
UNITBIN = $(UNITSRC:tests/unit/%.c=$(B)/tests/%)
TOOLBIN = $(TOOLS:%=$(B)/bin/%)
HELPERS = $(B)/tests/tsvcmp $(B)/tests/json2tsv

all: deps $(TOOLBIN)

# Installs the build dependencies on a fresh Debian machine (as root), or
# says exactly what to run.
deps:
	@sh tests/deps.sh

$(B)/lib/%.o: lib/%.c lib/mlaudit.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(JSON_CFLAGS) -c -o $@ $<

$(B)/libmlaudit.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(B)/bin/%: tools/%.c $(B)/libmlaudit.a lib/mlaudit.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(JSON_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlaudit.a $(LDLIBS) $(JSON_LIBS)

$(B)/tests/test_%: tests/unit/test_%.c $(B)/libmlaudit.a lib/mlaudit.h tests/reprref.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlaudit.a $(LDLIBS) $(CHECK_LIBS)

$(B)/tests/%: tests/%.c $(B)/libmlaudit.a lib/mlaudit.h tests/reprref.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(JSON_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libmlaudit.a $(LDLIBS) $(JSON_LIBS)

# The README's test command: builds everything and runs every test.
check: all $(UNITBIN) $(HELPERS)
	@sh tests/run.sh $(B)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) B=build-asan OPT=-O1 \
	  CFLAGS='-O1 -g -std=c11 -Wall -Wextra -ffp-contract=off -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  LDFLAGS='-fsanitize=address,undefined' check

# The CLI tests under valgrind (memcheck: errors and leaks fail the run).
valgrind: all $(UNITBIN) $(HELPERS)
	@MLAUDIT_WRAP='valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99' \
	  sh tests/run.sh $(B) cli

FUZZ_SECONDS = 60
# libFuzzer harnesses (clang), FUZZ_SECONDS each; see tests/fuzz/run.sh.
fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

# The catalogue with more than 2^31 bytes of input (a few minutes).
check-long: all
	@MLAUDIT_LONG=1 sh tests/cli-catalogue.sh $(B)

demo: all
	$(B)/bin/mlreport examples/quickstart.tsv
	$(B)/bin/mlreport --features examples/quickstart-features.tsv

bench: all
	@sh bench/run.sh $(B)

bench-knn: all
	@sh bench/knn.sh $(B)

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man7
	for t in $(TOOLBIN); do cp -f $$t $(DESTDIR)$(PREFIX)/bin/; done
	for m in man/*.1; do cp -f $$m $(DESTDIR)$(MANPREFIX)/man1/; done
	cp -f man/mlaudit.7 $(DESTDIR)$(MANPREFIX)/man7/

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t; done
	for m in man/*.1; do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m#man/}; done
	rm -f $(DESTDIR)$(MANPREFIX)/man7/mlaudit.7

clean:
	rm -rf build build-asan build-fuzz

.PHONY: all deps check check-long fuzz asan valgrind demo bench bench-knn install uninstall clean
