"""English loaded vocabulary, thirty-first round (issue 14): classes that showed on more than one set.

- Adjectives of harm and unfairness (damaging, alarming, harmful, unfair) count in a speaker's quotation
  too: the readers of the sentence sets mark a speaker's verdict; the press descriptors of a stance
  (hardline, beleaguered, overreaching) stay in the outlet's voice only.
- Charges made stronger by an intensifier ("outright lies", "blatant corruption"), efforts graded as
  they are reported ("a doomed bid", "a futile attempt"), idioms of judgement ("dead wrong", "a
  non-starter", "judge, jury and executioner"), slanted verbs of taking and imposing ("stripped of their
  rights", "forced on", "dodged scrutiny"), and the gun debate's labels for the other side's guns or
  people ("weapons of war", "gun grabbers").
- Each class leaves its plain neighbours: "weapons of mass destruction", "stripped of his title", a
  "task force on" housing, "damage to the teeth", "nothing went wrong".

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"This ordinance is harmful to every small landlord," the association said.', "harmful"),
        ('"The new fees are deeply unfair to renters," a tenant told the council.', "unfair"),
        ("The report is damaging for the board, the auditor said.", "damaging"),
    ],
)
def test_harm_adjectives_count_in_a_quotation_too(en: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(en, text))


@pytest.mark.parametrize(
    "text",
    [
        '"The hardline faction left the talks," the envoy said.',
        '"The rules are overreaching," said the union leader.',
    ],
)
def test_press_descriptors_stay_in_the_outlets_voice(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The mayor's office called the audit a pack of outright lies.", "en-loaded-r31-intensified-charges"),
        ("Critics say the contract award was blatant cronyism.", "en-loaded-r31-intensified-charges"),
        ("The council made a doomed bid to keep the depot open.", "en-loaded-r31-doomed-efforts"),
        ("It was a futile attempt to calm the markets.", "en-loaded-r31-doomed-efforts"),
        ("The minister is dead wrong about the bus fares.", "en-loaded-r31-idiom-dead-wrong"),
        ("The rent cap is a non-starter for the coalition.", "en-loaded-r31-idiom-non-starter"),
        ("The new registry is a solution in search of a problem.", "en-loaded-r31-idiom-solution-in-search"),
        ("The regulator acted as judge, jury and executioner.", "en-loaded-r31-idiom-judge-jury"),
        ("The cartel is armed to the teeth.", "en-loaded-r31-idiom-armed-to-the-teeth"),
        ("The budget bill is dead on arrival in the Senate.", "en-loaded-r31-idiom-dead-on-arrival"),
        ("The growth forecast is wishful thinking.", "en-loaded-r31-idiom-wishful-thinking"),
        ("The club has become a laughing stock.", "en-loaded-r31-idiom-laughing-stock-split"),
        ("Voters see a cabinet out of touch with renters.", "en-loaded-r31-idiom-out-of-touch"),
        ("Farmers point to a double standard on water use.", "en-loaded-r31-idiom-double-standard"),
        ("The bill strips tenants of their basic protections.", "en-loaded-r31-strip-of-rights"),
        ("The cuts were forced on the council by the treasury.", "en-loaded-r31-forced-on"),
        ("They shoved the plan down our throats.", "en-loaded-r31-down-throats"),
        ("The firm dodged scrutiny for a decade.", "en-loaded-r31-evade-rules"),
        ("The developer skirted the rules on height.", "en-loaded-r31-evade-rules"),
        ("Take these weapons of war off our streets.", "en-loaded-r31-gun-debate-labels"),
        ("The sheriff mocked the gun nuts in the statehouse.", "en-loaded-r31-gun-side-epithets-split"),
    ],
)
def test_thirty_first_round_classes(en: Language, text: str, term: str) -> None:
    assert term in [t for _, t in term_hits(en, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found no weapons of mass destruction.",
        "Russia moved more weapons of war to the front, the ministry said.",
        "The sprinter was stripped of his title after the test.",
        "The task force on housing meets on Monday.",
        "Sugar does lasting damage to the teeth.",
        "Nothing went wrong during the launch.",
        "He was charged with tax evasion in 2019.",
    ],
)
def test_the_classes_leave_their_plain_neighbours(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []
