"""English reporting verbs (round 36, issue 13), on both English pipelines.

`clarify` reports a statement when a clause follows it, with or without `that` (`the agency clarified
that ...`, `the ministry clarified it was ...`, `before clarifying that ...`); with a noun object or a
`how`/`what` question (`to clarify the rules`) it names a topic, and no record is made for it.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, cue_records


def clarify_records(kind: str, text: str) -> list[tuple[str, str]]:
    """(speaker, content) of every record whose cue holds a form of `clarify`."""
    return [(speaker, content) for cue, speaker, content in cue_records(kind, text) if "clarif" in cue.lower()]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_clarified_that_reports_the_clause(kind: str) -> None:
    text = "The water board later clarified that the hosepipe ban would not cover market gardens.\n"
    assert clarify_records(kind, text) == [("The water board", "that the hosepipe ban would not cover market gardens")]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_clarified_with_a_bare_clause_reports_it(kind: str) -> None:
    text = "The hospital clarified it had been speaking about weekend rosters, not overtime pay.\n"
    found = clarify_records(kind, text)
    assert len(found) == 1
    speaker, content = found[0]
    assert speaker == "The hospital"
    assert content.startswith("it had been speaking about weekend rosters")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_clarify_with_a_noun_object_reports_nothing(kind: str) -> None:
    text = "Farmers asked for a meeting on Friday. The council will clarify the grazing rules next month.\n"
    assert clarify_records(kind, text) == []
