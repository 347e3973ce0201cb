"""English loaded vocabulary, round 43 (issue 14): classes that recur in the held-out tables of rounds 39-42.

- The reporter's verbs of confession (admit, concede, confess) in the frames round 39's "admitted that" left
  out: to an audience before "that", a clause without "that", after the words they report or before a
  colon, and "even X admits". The plea, the hospital admission and the goal conceded stay quiet.
- The reporter's verbs of scorn and of effusive praise (derided, ridiculed, mocked, castigated, decried,
  bemoaned, extolled, lauded); "a mock exam" stays quiet.
- Round 40's rule on quoted words under a plain verb of saying, taken up again, is tested in
  tests/test_loaded_en_r40.py (it comes with that rule's commits).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

R43 = "en-loaded-r43-"


def r43_terms(nlp: Language, text: str) -> list[str]:
    return [t for _, t in term_hits(nlp, text) if t.startswith("en-loaded-r43-")]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "The minister admitted to reporters that the ferry timetable was unworkable.",
            R43 + "admitted-to-audience",
        ),
        (
            "The chief executive conceded to shareholders that the merger had stalled.",
            R43 + "admitted-to-audience",
        ),
        (
            "The health board has admitted the waiting lists will grow again this winter.",
            R43 + "admitted-clause",
        ),
        ("The coach conceded it was the worst display of the season.", R43 + "admitted-clause"),
        (
            "Fewer trains will run on the coastal line this summer, the operator has admitted.",
            R43 + "admitted-after-words",
        ),
        ("The regulator admitted: the checks were never carried out.", R43 + "admitted-after-words"),
        ("Even the scheme's own backers admit the numbers do not add up.", R43 + "even-admits"),
        ("Opposition councillors derided the parking plan as a cash grab.", R43 + "scorn-praise-verbs"),
        ("The governor castigated the utility over the blackout.", R43 + "scorn-praise-verbs"),
        ("The premier extolled the trade deal at every stop of his tour.", R43 + "scorn-praise-verbs"),
        ("Rival bidders mocked the airline's rescue plan.", R43 + "scorn-praise-verbs"),
        # round 27 moved "mock" to an optional file; the written forms count again in the reporter's voice
        ("Mocking the proposal, the minister left the chamber.", R43 + "scorn-praise-verbs"),
    ],
)
def test_round_43_slanted_verbs(en: Language, text: str, term: str) -> None:
    assert term in r43_terms(en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Four children were admitted to hospital with smoke inhalation.",
        "The driver admitted careless driving at the magistrates' court and was fined.",
        "He admitted the charge of theft and was given a community order.",
        "Twelve patients were admitted.",
        "The driver admitted to owning the van that was found near the depot.",
        "The visitors conceded two goals in the first half.",
        "The candidate conceded defeat shortly after midnight.",
        "Pupils sat a mock exam in the sports hall.",
        "The museum acknowledged that the label was wrong.",
    ],
)
def test_round_43_plain_senses_stay_quiet(en: Language, text: str) -> None:
    assert r43_terms(en, text) == []


def test_a_quoted_confession_verb_is_the_speakers(en: Language) -> None:
    text = 'The resident said: "Even the council admits it is a mess."'
    assert r43_terms(en, text) == []
