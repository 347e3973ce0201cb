"""English loaded vocabulary, round 47 (issue 14): round 46's "fix first" list, as classes with their neighbours.

- (The branch's class 1, quoted words dropped under a plain verb even with the stance gate open, was not
  merged: it took the en_loaded dev set's rank correlation under its floor; docs/loaded.md, round 47.)
- Plain senses: `grievous` before an injury, `dramatic` before a change in a figure, `unprecedented` before a
  rate, `smeared` with a substance, and the tier's `calm` of a place, `acute` care, `fell ill`, `comfortably
  won`, `controversial` before a measure.
- Labels: `eco-` + a noun of agents, a nationality + a disease noun as its name.
- Slanted verbs: `branded` + a quoted verdict or `as`, `forced to admit`, `sought to blame`, `blasted each
  other`.
- Consensus offered as a source: `everyone can see`, `most will tell you`, `as many have pointed out`,
  `increasingly recognise`.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lower_lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

words = lower_lexicon_words


def all_words(nlp: Language, text: str) -> list[str]:
    """Lexicon and scare-quote hits."""
    return [h.text.lower() for h in nlp(text)._.framing_loaded]


PLAIN_NEWS = (
    "Bus timetable to change in autumn\n\n"
    "The village bus will leave ten minutes later on weekdays from October, the operator said on Friday. "
)
SLANTED_NEWS = "Bus timetable to change in autumn\n\nThe operator's shambolic timetable left riders stranded. "


# -- plain senses (class 2)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Two cyclists suffered grievous injuries in the crash.", "grievous"),
        ("The firm reported a dramatic fall in orders.", "dramatic"),
        ("Rents rose at an unprecedented rate last year.", "unprecedented"),
        ("The walls of the hut were smeared with mud.", "smeared"),
        ("She booked a smear test for May.", "smear"),
        ("The port city was calm on Saturday.", "calm"),
        ("Markets stayed calm after the announcement.", "calm"),
        ("The hospital has only six acute beds free.", "acute"),
        ("Two of the crew fell ill on the voyage.", "ill"),
        ("The centre-left party comfortably won the by-election.", "comfortably"),
        ("The mayor won a comfortable majority.", "comfortable"),
        ("The council tabled controversial proposals to shut two libraries.", "controversial"),
    ],
)
def test_plain_senses_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("It was a grievous error by a careless board.", "grievous"),
        ("It was a dramatic climbdown for the board.", "dramatic"),
        ("He smeared his rivals in a string of posts.", "smeared"),
        ("The controversial mayor refused to step down.", "controversial"),
    ],
)
def test_judging_senses_stay_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word in words(default_en, PLAIN_NEWS + sentence)


# -- labels (class 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Eco-activists glued themselves to the road on Monday.",
        "Dozens of eco-protesters blocked the ring road.",
        "A crowd of eco marchers filled the square.",
    ],
)
def test_eco_before_a_noun_of_agents_is_a_label(default_en: Language, sentence: str) -> None:
    assert any(term.startswith("en-loaded-r47-eco-agents") for _, term in term_hits(default_en, sentence))


@pytest.mark.parametrize("sentence", ["The shop sells eco-friendly soap.", "The eco-tax will rise in June."])
def test_eco_before_a_thing_is_not_a_label(default_en: Language, sentence: str) -> None:
    assert not any("eco-agents" in term for _, term in term_hits(default_en, sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Officials played down the Chinese virus at first.", "Reports of the Wuhan flu reached the coast."],
)
def test_a_disease_named_after_a_nation_is_a_label(default_en: Language, sentence: str) -> None:
    assert any(term == "en-loaded-r47-nation-disease" for _, term in term_hits(default_en, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Spanish flu of 1918 killed millions.",
        "Scientists tracked the Zika virus across the region.",
        "The Kent variant spread in the winter.",
    ],
)
def test_fixed_and_scientific_disease_names_are_not_labels(default_en: Language, sentence: str) -> None:
    assert not any(term == "en-loaded-r47-nation-disease" for _, term in term_hits(default_en, sentence))


# -- slanted verbs (class 4)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ('The mayor branded the scheme "a farce".', "en-loaded-r47-branded"),
        ("The party brands its critics as traitors.", "en-loaded-r47-branded"),
        ("The firm was forced to apologise to its customers.", "en-loaded-r47-forced-to-admit"),
        ("The council was compelled to backtrack on the plan.", "en-loaded-r47-forced-to-admit"),
        ("The board sought to blame the previous owners.", "en-loaded-r47-seek-to-blame"),
        ("The two candidates blasted each other on air.", "en-loaded-r47-blast-each-other"),
    ],
)
def test_slanted_verbs_are_counted(default_en: Language, sentence: str, term: str) -> None:
    assert term in [t for _, t in term_hits(default_en, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The brand as a whole lost value.",
        "Big brands such as these cut prices.",
        "Members of the pact must never attack one another.",
    ],
)
def test_look_alikes_of_slanted_verbs_are_not_counted(default_en: Language, sentence: str) -> None:
    assert not any(t.startswith("en-loaded-r47-") for _, t in term_hits(default_en, sentence))


# -- consensus offered as a source (class 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "Everyone can see the plan has failed.",
        "Most economists will tell you the levy is a mistake.",
        "As many have pointed out, the scheme costs too much.",
        "Voters increasingly recognise that the party has no plan.",
    ],
)
def test_consensus_offered_as_a_source_is_counted(default_en: Language, sentence: str) -> None:
    assert any(t.startswith("en-loaded-r47-") for _, t in term_hits(default_en, sentence))


@pytest.mark.parametrize(
    "sentence",
    ["The drug is increasingly used in clinics.", "Many have left the town since the mine closed."],
)
def test_plain_uses_are_not_consensus(default_en: Language, sentence: str) -> None:
    assert not any(t.startswith("en-loaded-r47-") for _, t in term_hits(default_en, sentence))
