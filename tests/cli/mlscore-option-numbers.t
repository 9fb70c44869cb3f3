# -a: hex, inf, nan, spaces and parameters out of range are usage errors (exit 2), before any input is read
$ for a in ema:0x.8 ema:inf ema:nan "ema: 0.5" "ema:0.5 " ema:1.5 ema:-0.1 softmin:0x1p-3 softmin:0 softmin:-1 softmin:1e-400; do mlscore -a "$a" /nonexistent 2>"$TMPDIR/err"; echo "$? $(head -n 1 "$TMPDIR/err")"; done
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:0x.8'
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:inf'
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:nan'
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema: 0.5'
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:0.5 '
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:1.5'
> 2 mlscore: -a: ema alpha must be a number in [0, 1] or auto: 'ema:-0.1'
> 2 mlscore: -a: softmin temperature must be a number greater than 0: 'softmin:0x1p-3'
> 2 mlscore: -a: softmin temperature must be a number greater than 0: 'softmin:0'
> 2 mlscore: -a: softmin temperature must be a number greater than 0: 'softmin:-1'
> 2 mlscore: -a: softmin temperature must be a number greater than 0: 'softmin:1e-400'
