"""English quotations and speakers (round 28, issue 13), on both English pipelines.

Conventions: a claim noun in a frame that names no holder (`amid concerns that`, `there are fears
that`) is no record, while a possessive holder (`the mayor's claim that`) still makes one.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline


def records(kind: str, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        content = text[a.content_start : a.content_end] if a.content_start is not None else ""
        out.append((text[a.start : a.end], a.speaker or "", content))
    return out


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The council delayed the vote amid concerns that the budget would not cover the repairs.",
        "There are growing fears that the plant will close before the summer.",
        "There have been warnings that bus fares could rise again in the spring.",
    ],
)
def test_a_claim_noun_with_no_holder_is_no_record(kind: str, text: str) -> None:
    assert records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_claim_noun_with_a_possessive_holder_is_kept(kind: str) -> None:
    text = "The mayor's claim that the roads were safe was challenged by residents."
    found = records(kind, text)
    assert any(cue == "claim" and speaker == "The mayor's" for cue, speaker, _ in found)
