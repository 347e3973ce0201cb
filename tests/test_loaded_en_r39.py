"""English loaded vocabulary, thirty-ninth round (issue 14): classes that recur on two read sets.

- Labels: "woke" before a group, an institution or an idea, or after a word of degree ("these woke
  activists"); not the past of "wake". "Unelected" with a title between it and the office ("an unelected
  regional judge").
- The writer's verdict: "despite repeated claims / the minister's assurances" set against the fact, a proverb
  of deserved punishment ("reaping the whirlwind"), a staged "So what ... ?" question, the reporter's
  "admitted that" (not a plea in court).
- Literal hazards: in a sentence about a fire, a drought, rains or an evacuation, the dramatizing classes
  ("severe", "incessant", "stoked", "destroyed", "out-of-control") tell the physical event.
- A word in capitals opening a line (a dateline or a drop-cap lead-in) after a headline with no full stop
  stresses nothing.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Parents have had enough of woke schools that skip the basics.", "en-loaded-r39-woke-label"),
        ("Those woke executives never asked their customers.", "en-loaded-r39-woke-after-determiner"),
        ("The pool stayed shut despite repeated promises by the council to reopen it.", "en-loaded-r39-despite-claims"),
        ("The road closed despite the minister's assurances last spring.", "en-loaded-r39-despite-claims"),
        ("After years of neglect the party is reaping the whirlwind.", "en-loaded-r39-retribution-idiom"),
        ("Those cheap loans are finally coming home to roost.", "en-loaded-r39-home-to-roost"),
        ("So how does the mayor plan to pay for any of this?", "en-loaded-r39-so-wh-question"),
        ("An unelected regional judge halted the pipeline.", "en-loaded-r39-unelected-modified"),
        ("The chief executive admitted that the fares would rise again.", "en-loaded-r39-admitted-that"),
    ],
)
def test_thirty_ninth_round_classes(en: Language, text: str, term: str) -> None:
    assert term in [t for _, t in term_hits(en, text)]


@pytest.mark.parametrize(
    "text",
    [
        "She woke up at six and woke the children soon after.",
        "The driver admitted to causing the crash and was jailed.",
        "So the board met again on Monday and approved the plan.",
        "A severe drought has dried out the reservoirs across the county.",
        "Incessant rains forced hundreds of residents to be evacuated overnight.",
        "The blaze was stoked by dry scrub and destroyed two barns over 3,000 acres.",
        "Crews are fighting an out-of-control bushfire north of the town.",
    ],
)
def test_the_classes_leave_their_plain_neighbours(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_a_dateline_or_drop_cap_after_a_headline_stresses_no_word(en: Language) -> None:
    text = "Council Votes On New Bus Routes\nHARBOUR TOWN, Maine — The council voted for two new bus routes on Tuesday."
    assert "HARBOUR" not in lexicon_words(en, text)
    text = "Bus fares to rise\nPASSENGERS will pay more for a single ticket from June, the operator said."
    assert "PASSENGERS" not in lexicon_words(en, text)
    text = "Bus fares to rise\nThe operator did NOT consult riders."
    assert ("NOT", "en-emphasis-capitals-rule") in term_hits(en, text)


def test_the_hazard_gate_leaves_a_political_sentence(en: Language) -> None:
    assert "destroyed" in lexicon_words(en, "The minister's cuts have destroyed the health service.")
