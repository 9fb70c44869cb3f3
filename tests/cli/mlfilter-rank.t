# --rank prints the tutorial's ranked list (cleanlab's multi-label tutorial)
$ mlfilter --rank ../conformance/quickstart/input.tsv | cut -f1 | tail -n +2 | tr "\n" " "; echo
> 275 267 225 72 171 234 165 44 6 29 227 188 102 262 263 35 266 139 143 172 53 216 265 176 164 73 75 10 159 107 
