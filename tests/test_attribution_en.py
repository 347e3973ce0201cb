"""English attribution on both paths: the trained small model and the rule-based pipeline (no parser,
no tagger, no entity recogniser)."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline

KINDS = EN_KINDS


def found(kind: str, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        assert text[a.start : a.end] == a.text
        out.append((a.text, a.speaker_type, a.form))
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_said_told_added(kind: str) -> None:
    text = (
        'Officials said the bridge would reopen on Friday. "We are confident," the mayor, Laura Chen, told reporters. '
        "She added that repairs had cost $4 million."
    )
    assert found(kind, text) == [
        ("Officials said", "anonymous", "indirect"),
        ("the mayor, Laura Chen, told", "named_person", "direct"),
        ("She added", "named_person", "indirect"),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_inverted_said_and_according_to(kind: str) -> None:
    text = (
        '"The talks are over," said one European diplomat. '
        "According to the Financial Times, the deal collapsed on Sunday."
    )
    assert found(kind, text) == [
        ("said one European diplomat", "anonymous", "direct"),
        ("According to the Financial Times", "media", "indirect"),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_anonymity_clause_and_stance(kind: str) -> None:
    doc = pipeline(kind)(
        "An official, speaking on condition of anonymity, claimed that the shipment had been diverted."
    )
    (a,) = doc._.framing_attributions
    assert a.speaker_type == "anonymous" and a.stance == "distancing" and a.verb_lemma == "claim"


@pytest.mark.parametrize("kind", KINDS)
def test_no_speech_in_future_or_noun_use(kind: str) -> None:
    for text in ("The ministry will announce the results next week.", "The report was published on Monday."):
        assert found(kind, text) == [], text


@pytest.mark.parametrize("kind", KINDS)
def test_outlet_citing_unnamed_officials(kind: str) -> None:
    doc = pipeline(kind)("The Times reported that the plan had been shelved, citing two senior officials.")
    (a,) = doc._.framing_attributions
    assert a.speaker_type == "media" and a.relays_anonymous is True
