"""Running the analysis past one machine: a `dask.distributed` backend (`--dask ADDRESS`).

Only the analysis moves: the client still reads the corpus, looks articles up in the cache, writes
fresh analyses to it and reduces results in input order (framing.run). Workers load the pipeline once
and turn batches of articles into plain ArticleAnalysis values. Dask is an optional extra
(`pip install 'framing[dask]'`); nothing here is imported unless `--dask` is given.
"""
