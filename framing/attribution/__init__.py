"""Attribution of speech: who is said to have said what, named or anonymous, quoted or reported.

One module per job: `resources` (lexicon data), `cues` (reporting verbs and markers such as
*selon*), `speakers` (the speaker's noun phrase), `speaker_types` (named person, institution,
document, media, anonymous, group), `content` (what is reported, and its form), `coref` (pronouns
and definite descriptions), `linking` (quotes to attributions), `extractor` (puts them together) and
`summary` (per-article figures for profiles).
"""

from .extractor import extract_attributions
from .summary import AttributionSummary, summarize_attributions

__all__ = ["AttributionSummary", "extract_attributions", "summarize_attributions"]
