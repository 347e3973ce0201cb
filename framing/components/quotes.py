"""`framing_quotes`: marks quotations so later components can tell the reporter's voice from quotes."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..quotes import find_quotations
from ..token_table import token_table
from . import extensions  # noqa: F401


@Language.factory(
    "framing_quotes",
    assigns=["doc._.framing_quote_marks"],
    default_config={"lexicon_paths": []},
)
def make_quotes(nlp: Language, name: str, lexicon_paths: list[str]) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.framing_quote_marks = find_quotations(token_table(doc).text)
        return doc
