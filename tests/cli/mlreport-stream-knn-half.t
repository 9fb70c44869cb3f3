# plain mlreport: a knn column without knn_dist, or a bad neighbour, is an error, as in the feature tools
$ mlknn ../conformance/features_quickstart/input.tsv | cut -f1-8 | mlreport; mlknn ../conformance/features_quickstart/input.tsv | awk 'BEGIN { FS = OFS = "\t" } NR == 3 { sub(/^[0-9]+/, "x", $8) } 1' | mlreport --format json
! mlreport: <stdin>:1: the graph needs both columns knn and knn_dist
! mlreport: <stdin>:3: column 'knn': not a row number: 'x'
? 1
