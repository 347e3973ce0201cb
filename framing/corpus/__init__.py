"""Reading a corpus: files, folders, tables, web pages and stdin -> `Article`s, streamed.

Corpus format (what `framing analyze/compare PATH...` accepts):

* **A folder** is walked recursively in sorted order (hidden entries skipped, symbolic-link loops
  not followed). It may hold `.txt`/`.md` articles, saved `.html`/`.htm` pages and `.jsonl`/`.csv`
  tables; other files (images, manifests) are ignored.
* **`.txt` / `.md`**: one article per file, optionally starting with YAML front matter between
  `---` lines (`outlet`, `date`, `lang`, `title`, `url`, `id`, any other key kept in `meta`). The
  article `text` is the body after the front matter: analysis offsets index into it, and
  `meta["body_offset"]` is where the body starts in the decoded file.
* **Sidecar** `metadata.json` (or `metadata.csv` with a `file` column) in a folder maps file names
  (or paths relative to that folder) to `outlet, date, lang, title, url` and extra keys (kept in
  `meta`, e.g. `date_note`); top-level keys starting with `_` are comments. Front matter and table
  columns win over the sidecar; an entry naming a table file gives defaults to all its rows.
* **JSON Lines** (`.jsonl`): one object per line with `text` and optionally `id, outlet, date,
  title, lang, url`; **CSV** (`.csv`, `,` or `;` detected; `.tsv`) with the same columns and a
  header row; quoted cells may span lines. Ids: the `id` value, else `<file stem>:<line>`.
* **Saved web pages** (`.html`, `.htm`): the main text is extracted with trafilatura; title, site
  name (as outlet, unless the sidecar names one), date and canonical URL come from the page.
* **Parquet** (`.parquet`, `.pq`): the JSON Lines columns, read a batch of rows at a time
  (framing.corpus.shards); **glob patterns** (`dump/part-*.parquet`) select shards in sorted order.
* **`-`** reads one article (front matter allowed) from standard input.

Encodings: UTF-8, UTF-8 with a BOM, UTF-16/32 with a BOM (the BOM is removed; offsets index the
decoded text without it); text that is not UTF-8 is read as cp1252 with a warning; binary files
are refused. Line endings are kept as they are.

Size limit: an article file (or a table row, or stdin) above `--max-file-mb` (default 10 MB,
also `FRAMING_MAX_FILE_MB`) is refused before it is read; tables are streamed, so only their rows
count against the limit.

Language: `lang` from metadata (`fr`, `en`, `fr-FR`, `French`...), else identified with py3langid;
French and English are analysed, other languages skipped with a message; an article mixing
languages gets its majority language and a warning. Outlet: from metadata, else `unknown` with a
warning. Ids are the file stem (or the row id) made unique with `~2`, `~3`... and a warning. Two
articles with the same text after whitespace normalisation: the second is a duplicate (wire copy),
reported and not analysed twice.
"""

from __future__ import annotations

from .loader import UNKNOWN_OUTLET, load_corpus, normalised_text_key
from .options import (
    DEFAULT_MAX_FILE_MB,
    ENV_MAX_FILE_MB,
    SUPPORTED_LANGUAGES,
    CorpusOptions,
    default_options,
    set_default_options,
)

__all__ = [
    "DEFAULT_MAX_FILE_MB",
    "ENV_MAX_FILE_MB",
    "SUPPORTED_LANGUAGES",
    "UNKNOWN_OUTLET",
    "CorpusOptions",
    "default_options",
    "load_corpus",
    "normalised_text_key",
    "set_default_options",
]
