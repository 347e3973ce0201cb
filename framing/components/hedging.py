"""`framing_hedging` (placeholder being replaced by the real component)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("framing_hedging", default_config={"lexicon_paths": []})
def make_hedging(nlp: Language, name: str, lexicon_paths: list[str]) -> Placeholder:
    return Placeholder()


class Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        return doc
