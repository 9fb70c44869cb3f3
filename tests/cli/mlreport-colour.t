# colour only on a terminal (script(1) gives one) and never with NO_COLOR; a pipe gets none
$ script -qec "mlreport --top 1 ../conformance/quickstart/input.tsv" /dev/null | grep -c "$(printf "\033")"
$ NO_COLOR=1 script -qec "mlreport --top 1 ../conformance/quickstart/input.tsv" /dev/null | grep -c "$(printf "\033")" || true
$ mlreport --top 1 ../conformance/quickstart/input.tsv | grep -c "$(printf "\033")" || true
> 3
> 0
> 0
