"""Helpers shared by the hedging tests."""

from __future__ import annotations

from spacy.language import Language


def counted_kinds(nlp: Language, text: str) -> list[tuple[str, str, bool]]:
    """(text, kind, counted) of every hedge-side finding, with its offsets checked against the text."""
    found = nlp(text)._.framing_hedges
    for cue in found:
        assert text[cue.start : cue.end] == cue.text
    return [(c.text, c.kind, c.counted) for c in found]


def readings_of(nlp: Language, text: str, verb: str) -> list[tuple[str, bool]]:
    """(kind, counted) of the findings whose words hold `verb`; at least one must exist, so a test
    about how a verb is read cannot pass because the verb was not seen at all."""
    found = [(kind, counted) for words, kind, counted in counted_kinds(nlp, text) if verb in words]
    assert found, counted_kinds(nlp, text)
    return found
