"""Helpers shared by the hedging tests."""

from __future__ import annotations

from pathlib import Path

from english_support import english_pipeline
from spacy.language import Language

from framing.hedging.checkset import load_checkset, score
from framing.nlp import FRAMING_COMPONENTS, load_pipeline

CHECKSETS = Path(__file__).parent / "checksets"


def counted_kinds(nlp: Language, text: str) -> list[tuple[str, str, bool]]:
    """(text, kind, counted) of every hedge-side finding, with its offsets checked against the text."""
    found = nlp(text)._.framing_hedges
    for cue in found:
        assert text[cue.start : cue.end] == cue.text
    return [(c.text, c.kind, c.counted) for c in found]


def counted_cues(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(kind, text) of every counted hedge, with its offsets checked against the text."""
    return [(kind, words) for words, kind, counted in counted_kinds(nlp, text) if counted]


def english_hedging_pipeline(kind: str) -> Language:
    """`rules` or `trained` English with every framing component, as `framing analyze` runs them."""
    return english_pipeline(kind, FRAMING_COMPONENTS)


def counted_epistemic(nlp: Language, text: str) -> list[str]:
    """The words of each counted epistemic hedge, in order."""
    return [words for kind, words in counted_cues(nlp, text) if kind == "epistemic_hedge"]


def counted_vague_attributions(nlp: Language, text: str) -> list[str]:
    """The words of every counted vague attribution."""
    return [words for words, kind, counted in counted_kinds(nlp, text) if kind == "vague_attribution" and counted]


def readings_of(nlp: Language, text: str, verb: str) -> list[tuple[str, bool]]:
    """(kind, counted) of the findings whose words hold `verb`; at least one must exist, so a test
    about how a verb is read cannot pass because the verb was not seen at all."""
    found = [(kind, counted) for words, kind, counted in counted_kinds(nlp, text) if verb in words]
    assert found, counted_kinds(nlp, text)
    return found


def assert_every_item_right(name: str, kinds: tuple[str, ...]) -> None:
    """A French round's check set on the default pipeline (its rules read the parse and the morphology):
    every hedge found and nothing else counted, no non-hedge flagged, every item of `kinds` found."""
    result = score(load_pipeline("fr"), load_checkset(CHECKSETS / name))
    report = result.table() + "\n" + "\n".join(result.errors)
    assert result.hedge_recall == 1.0 and result.hedge_precision == 1.0, report
    assert result.non_hedge_flagged == 0, report
    for kind in kinds:
        assert result.recall(kind) == 1.0, report


def kinds_of(nlp: Language, text: str, words: str) -> list[tuple[str, bool]]:
    """(kind, counted) of the findings that hold `words`; at least one must exist."""
    found = [(kind, counted) for text_, kind, counted in counted_kinds(nlp, text) if words in text_]
    assert found, counted_kinds(nlp, text)
    return found
