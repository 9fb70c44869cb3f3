# -d , reads and writes CSV
$ printf 'labels,p_a,p_b\n0,0.75,0.25\n"0,1",0.5,0.5\n1,0.25,0.5\n' | mlscore -d , -a min
> labels,p_a,p_b,label_score
> 0,0.75,0.25,0.75
> "0,1",0.5,0.5,0.5
> 1,0.25,0.5,0.5
