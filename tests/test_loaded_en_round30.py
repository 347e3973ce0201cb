"""English loaded vocabulary, thirtieth round (issue 14): plain uses a reader does not mark, and classes
for the recurring misses of the read set.

- Plain: an adjective after a verb of feeling tells the speaker's own state ("I feel terrible for them");
  the trade names of a commodity and the names of waste containers are compounds ("crude oil", "garbage
  bags"); "huge" is a scale adjective, optional since round 27, in the graded tier too.
- Classes: the labels of the abortion debate ("unborn babies", "abortion on demand"), figures ("with the
  stroke of a pen", "lifeblood", hopes "dashed", a "ticking clock", "whack-a-mole", the "erosion" of a
  service), colloquial verdicts ("a no-brainer", an "overreaction"), the f-word, "obnoxious",
  "distressing", and the plural "attacks on" a group.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    "text",
    [
        '"I feel terrible for the families who waited all winter," the mayor said.',
        "The minister said she felt bad about closing the rural clinics.",
        "Residents told the council they feel awful about the cuts to the bus service.",
    ],
)
def test_an_adjective_after_a_verb_of_feeling_is_the_speakers_state(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the cuts to the bus service terrible.",
        "It was a bad decision, the minister conceded later.",
    ],
)
def test_the_same_adjectives_still_judge_elsewhere(en: Language, text: str) -> None:
    assert len(lexicon_words(en, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The refinery processes 200,000 barrels of crude oil a day.",
        "Brent crude rose two per cent on Monday after the output cut.",
        "Volunteers filled forty garbage bags along the riverbank on Saturday.",
        "The port faces huge delays after the strike, the operator said in a statement today.",
    ],
)
def test_commodity_and_waste_compounds_and_huge_are_plain(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The group says the law protects unborn babies from the sixth week.", "en-loaded-r30-abortion-labels"),
        ("Opponents warned the measure would allow abortion on demand.", "en-loaded-r30-abortion-on-demand"),
        ("With the stroke of a pen, the governor ended the program.", "en-loaded-r30-stroke-of-pen"),
        ("Tourism is the lifeblood of the island.", "en-loaded-r30-lifeblood"),
        ("Their hopes were dashed when the factory closed.", "en-loaded-r30-hopes-dashed"),
        ("The closure dashed the hopes of three hundred workers.", "en-loaded-r30-dash-hopes"),
        ("Tenants face a ticking clock before the eviction date.", "en-loaded-r30-ticking-clock"),
        ("Police play whack-a-mole with the street vendors.", "en-loaded-r30-whack-a-mole"),
        ("For the parents it was a no-brainer.", "en-loaded-r30-colloquial-verdicts"),
        ("The new rules are a drastic overreaction, the association said.", "en-loaded-r30-colloquial-verdicts"),
        ("The cuts will speed the erosion of local bus services.", "en-loaded-r30-erosion-of"),
    ],
)
def test_thirtieth_round_classes(en: Language, text: str, term: str) -> None:
    assert term in [t for _, t in term_hits(en, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Storms sped the erosion of the coastline near the harbour.",
        "The clinic scans unborn twins at twenty weeks.",
        "The new pen has a finer stroke than the old one.",
    ],
)
def test_the_classes_leave_their_plain_neighbours(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"They just want to fuck with us," one tenant said.',
        "The senator called the tariffs obnoxious.",
        "The images are deeply distressing for the families.",
        "The teachers say the bill is one of many attacks on unions this year.",
    ],
)
def test_family_and_class_members_added(en: Language, text: str) -> None:
    assert lexicon_words(en, text) != []
