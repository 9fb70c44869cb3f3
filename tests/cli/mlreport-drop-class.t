# the report lists the classes left out, in the text and in the JSON
$ mlreport --drop-class c1 ../conformance/class_in_every_row/input.tsv | head -3
$ mlreport --format json --drop-class c1 ../conformance/class_in_every_row/input.tsv | head -5
> Dataset Information: num_examples: 40, num_classes: 2
> Classes left out (--drop-class): c1
>
> {
>   "num_examples": 40,
>   "num_classes": 2,
>   "class_names": ["c0", "c2"],
>   "dropped_classes": ["c1"],
