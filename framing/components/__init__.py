"""spaCy pipeline components of `framing`, registered by factory name on import.

Add them to a pipeline of your own with `nlp.add_pipe("framing_quotes")`, then
`framing_lexicon`, `framing_attribution` and `framing_hedging`, in that order. Results are on
`Doc` extensions (see `extensions.py`) and in `doc.spans`.
"""

from . import attribution, extensions, hedging, lexicon, quotes  # noqa: F401
