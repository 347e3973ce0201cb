"""Helpers shared by the hedging tests."""

from __future__ import annotations

from spacy.language import Language


def counted_kinds(nlp: Language, text: str) -> list[tuple[str, str, bool]]:
    """(text, kind, counted) of every hedge-side finding, with its offsets checked against the text."""
    found = nlp(text)._.framing_hedges
    for cue in found:
        assert text[cue.start : cue.end] == cue.text
    return [(c.text, c.kind, c.counted) for c in found]
