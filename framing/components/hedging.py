"""`framing_hedging`: hedges, boosters and the conditional told apart from concordance of tenses.

Writes `doc._.framing_hedges` (hedges, plus approximators, concordance and hypothetical conditionals
with `counted=False` so a reader sees why they were not counted), `doc._.framing_boosters`, and the
span groups `framing_hedges` / `framing_boosters` (label = kind). The rules live in `framing.hedging`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..hedging.analyser import HedgeAnalyser
from . import extensions  # noqa: F401

HEDGE_SPANS = "framing_hedges"
BOOSTER_SPANS = "framing_boosters"


@Language.factory(
    "framing_hedging",
    assigns=["doc._.framing_hedges", "doc._.framing_boosters", "doc.spans"],
    default_config={"lexicon_paths": []},
)
def make_hedging(nlp: Language, name: str, lexicon_paths: list[str]) -> HedgingComponent:
    return HedgingComponent(HedgeAnalyser(nlp, lexicon_paths))


class HedgingComponent:
    def __init__(self, analyser: HedgeAnalyser) -> None:
        self.analyser = analyser

    def __call__(self, doc: Doc) -> Doc:
        hedges, boosters, hedge_spans, booster_spans = self.analyser(doc)
        doc._.framing_hedges = hedges
        doc._.framing_boosters = boosters
        doc.spans[HEDGE_SPANS] = hedge_spans
        doc.spans[BOOSTER_SPANS] = booster_spans
        return doc
