"""English quotations and directives (round 27, issue 13), on both English pipelines.

Conventions: a quotation left open at the end of the text runs to the end of its paragraph and is the
introducing speaker's; a mark left open mid-paragraph does not swallow the next paragraph when that one
does not reopen a quotation; every paragraph of a long quotation has the mention that introduced it
for speaker. Directives: `V NP (not) to VP` reports the noun phrase and the infinitive.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline


def records(kind: str, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        content = text[a.content_start : a.content_end] if a.content_start is not None else ""
        out.append((a.rule, a.speaker or "", content))
    return out


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_quotation_never_closed_runs_to_its_paragraph_end(kind: str) -> None:
    text = (
        'The coach was calm after the defeat. "We gave everything tonight," he said.\n\n'
        '"The young players will learn from this and we will come back stronger next season.'
    )
    found = records(kind, text)
    assert (
        "floating",
        "he",
        "The young players will learn from this and we will come back stronger next season.",
    ) in found


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_mark_left_open_does_not_swallow_the_next_paragraph(kind: str) -> None:
    text = (
        '"This is the best offer we can make," the minister said. "We are asking for patience.\n\n'
        "But there was still time to reach a deal, she said.\n\n"
        '"We will keep talking to the unions all week."'
    )
    found = records(kind, text)
    contents = [c for _, _, c in found]
    assert any(c.endswith("there was still time to reach a deal") for c in contents)
    assert not any("she said" in c for c in contents)
    assert ("floating", "she", "We will keep talking to the unions all week.") in found


@pytest.mark.parametrize("kind", EN_KINDS)
def test_every_reopened_paragraph_keeps_the_introducing_mention(kind: str) -> None:
    text = (
        '"The storm was the worst in years," said Ana Ruiz, who runs the ferry company.\n\n'
        'She said: "We lost two boats in the storm, and the repairs will take months.\n\n'
        '"Until then the crossing will run only twice a day."'
    )
    assert ("floating", "She", "Until then the crossing will run only twice a day.") in records(kind, text)


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor called on residents to stay indoors.", "residents to stay indoors"),
        ("The league has called on clubs not to sell alcohol at matches.", "clubs not to sell alcohol at matches"),
        ("She implored voters to turn out on Tuesday.", "voters to turn out on Tuesday"),
        ("The agency advised drivers to check their tyres.", "drivers to check their tyres"),
        ("The coach encouraged his players to enjoy the final.", "his players to enjoy the final"),
        ("Officials appealed to residents to conserve water.", "residents to conserve water"),
    ],
)
def test_a_directive_reports_its_addressee_and_infinitive(kind: str, text: str, content: str) -> None:
    assert [c for _, _, c in records(kind, text)] == [content]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_directive_verb_alone_with_an_object_reports_nothing_new(kind: str) -> None:
    assert records(kind, "The new tax encouraged investment in the region.") == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_participle_after_a_directive_is_a_record_of_its_own(kind: str) -> None:
    text = "Advisers have urged the governor to default on the debt, saying that only a crisis would move Congress."
    assert records(kind, text) == [
        ("subject_verb", "Advisers", "the governor to default on the debt"),
        ("participle", "Advisers", "that only a crisis would move Congress"),
    ]
