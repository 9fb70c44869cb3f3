#!/bin/sh
# Makes sure the build dependencies are there: installs them when run as
# root on Debian, or prints the exact command to run.
pkgs="libcsv-dev check pkg-config libjansson-dev liblinear-dev parallel"
have() {
	command -v pkg-config >/dev/null 2>&1 || return 1
	pkg-config --exists check jansson || return 1
	[ -f /usr/include/linear.h ] || return 1
	# GNU parallel drives the split audit's tests (tests/conformance-split.sh).
	command -v parallel >/dev/null 2>&1 || return 1
	for h in /usr/include/csv.h /usr/local/include/csv.h; do
		[ -f "$h" ] && return 0
	done
	return 1
}
have && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "mlaudit: installing build dependencies: $pkgs" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 && apt-get install -y -qq $pkgs >&2 && have && exit 0
	echo "mlaudit: could not install $pkgs" >&2
	exit 1
fi
echo "mlaudit: missing build dependencies; run:" >&2
echo "    sudo apt-get install $pkgs" >&2
exit 1
