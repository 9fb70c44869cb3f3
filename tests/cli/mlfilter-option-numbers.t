# --frac-noise and --min-examples-per-class: hex, inf, nan, spaces and values out of range are usage errors (exit 2), before any input is read
$ for v in 0x.8 inf nan " 0.5" "0.5 " 1.5 -0.1; do mlfilter --frac-noise "$v" /nonexistent 2>"$TMPDIR/err"; echo "$? $(head -n 1 "$TMPDIR/err")"; done; for v in 0x1 " 1" -1 1.5; do mlfilter --min-examples-per-class "$v" /nonexistent 2>"$TMPDIR/err"; echo "$? $(head -n 1 "$TMPDIR/err")"; done
> 2 mlfilter: --frac-noise: a number in [0, 1], not '0x.8'
> 2 mlfilter: --frac-noise: a number in [0, 1], not 'inf'
> 2 mlfilter: --frac-noise: a number in [0, 1], not 'nan'
> 2 mlfilter: --frac-noise: a number in [0, 1], not ' 0.5'
> 2 mlfilter: --frac-noise: a number in [0, 1], not '0.5 '
> 2 mlfilter: --frac-noise: a number in [0, 1], not '1.5'
> 2 mlfilter: --frac-noise: a number in [0, 1], not '-0.1'
> 2 mlfilter: --min-examples-per-class: a non-negative integer, not '0x1'
> 2 mlfilter: --min-examples-per-class: a non-negative integer, not ' 1'
> 2 mlfilter: --min-examples-per-class: a non-negative integer, not '-1'
> 2 mlfilter: --min-examples-per-class: a non-negative integer, not '1.5'
