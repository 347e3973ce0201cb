"""English infinitive contents with a negation (integrator, twelfth round): `vowed not to raise taxes`
reports a promise whose negation is part of what was said; `said not a word` still reports nothing.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline
from attribution_support import checked_attributions as found


def records(kind: str, text: str) -> list[tuple[str, str]]:
    out = []
    for a in found(pipeline(kind), text):
        assert a.content_start is not None and a.content_end is not None
        out.append((a.speaker, text[a.content_start : a.content_end]))
    return out


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The senator vowed not to raise taxes.", "The senator", "not to raise taxes"),
        ("The company promised never to close the plant.", "The company", "never to close the plant"),
    ],
)
def test_a_negated_infinitive_is_reported_with_its_negation(kind: str, text: str, speaker: str, content: str) -> None:
    assert records(kind, text) == [(speaker, content)]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_negated_verb_of_saying_reports_nothing(kind: str) -> None:
    assert records(kind, "He said not a word about the plan.") == []
