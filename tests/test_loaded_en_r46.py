"""English loaded vocabulary, round 46 (issue 14): the "fix first" lists of round 45's held-out tables, as classes.

- Quoted words: `warn` and nouns of saying report a quotation like a plain verb; a verbless quotation right
  after a reported one is the same speaker's (framing/reported_quotes.py).
- Literal damage and hazards: verbs of destruction in a report of a disaster, a war or a crime; a word of
  force before the weather; a threat verb or a flood figure in a hazard sentence; harm to a physical thing.
- Plain senses: `severe` before a grade, a restriction, the weather or a condition; `contentious` before a
  measure; `unprecedented` before a figure or a change noun; `welcome news`; `the sick` as a group.
- Labels made of a compound (scandal-hit, cash-strapped, a leader-appointed judge, feel-good, anti- + a
  group or a value), idioms of blame, windfall and reversal, verbs of cost.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lower_lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

words = lower_lexicon_words


PLAIN_NEWS = (
    "Ferry timetable to change in spring\n\n"
    "The island ferry will leave half an hour earlier on Sundays from April, the operator said on Monday. "
)


# -- quoted words


@pytest.mark.parametrize(
    "quote",
    [
        '"The new crossing times are a disgrace," a harbour worker warned.',
        '"We were never asked," one islander said. "It is a disgrace."',
        'The residents\' statement was short: "The plan is a disgrace."',
    ],
)
def test_a_reported_quotation_in_copy_with_no_stance_is_the_speakers(default_en: Language, quote: str) -> None:
    assert "disgrace" not in words(default_en, PLAIN_NEWS + quote)


def test_a_quotation_with_no_verb_anywhere_is_kept(default_en: Language) -> None:
    text = "Ferry timetable to change in spring\n\nThe island ferry will leave earlier on Sundays from April. "
    assert "disgrace" in words(default_en, text + '"It is a disgrace."')


# -- literal damage and hazards


@pytest.mark.parametrize(
    "text",
    [
        "Two men looted a jewellery shop during the riot, the court heard.",
        "The old quarter was ravaged by war for most of the decade.",
        "A teenager was filmed damaging the windscreen of a delivery van.",
        "The unrelenting heat kept crews indoors for a third day.",
        "Crews cleared firebreaks as an encroaching wildfire forced the evacuation of two villages.",
        "Low-lying farms were inundated as floods swept down the valley.",
    ],
)
def test_a_literal_damage_or_hazard_word_is_not_counted(default_en: Language, text: str) -> None:
    assert not words(default_en, text), words(default_en, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Greedy directors looted the staff pension fund.", "looted"),
        ("The cuts have ravaged the town's libraries.", "ravaged"),
        ("The damaging policy drove families out of the county.", "damaging"),
        ("The new rules encroach on the freedom of local papers.", "encroach"),
    ],
)
def test_the_figurative_sense_still_counts(default_en: Language, text: str, word: str) -> None:
    assert word in words(default_en, text)


# -- plain senses


@pytest.mark.parametrize(
    "text",
    [
        "The town moved to stage five, the severest level of water rationing, on Friday.",
        "Growers face severe cuts to their river allocations this season.",
        "Crops were severely damaged by the late frost.",
        "The upper house passed the contentious bill after a debate that ran past midnight.",
        "Turnout fell to 41 per cent, an unprecedented drop for the county.",
        "The rate cut was welcome news for borrowers with variable loans.",
        "Volunteers took meals to the sick and the housebound.",
    ],
)
def test_a_plain_sense_is_not_counted(default_en: Language, text: str) -> None:
    assert not words(default_en, text), words(default_en, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor's contentious remarks upset the council.", "contentious"),
        ("The regime launched an unprecedented crackdown on its critics.", "unprecedented"),
        ("The committee handed the clerk a severe punishment for a small error.", "severe"),
    ],
)
def test_the_judging_sense_still_counts(default_en: Language, text: str, word: str) -> None:
    assert word in words(default_en, text)


# -- labels made of a compound


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The sleaze-hit council met behind closed doors.", "en-loaded-r46-trouble-compounds"),
        ("The cash-strapped trust shut two more wards.", "en-loaded-r46-want-compounds"),
        ("Hard-pressed tenants face another rise in March.", "en-loaded-r46-hard-pressed"),
        ("A Jones-appointed judge blocked the rule on Friday.", "en-loaded-r46-patron-compounds"),
        ("The channel ran a feel-good segment about the mayor.", "en-loaded-r46-feeling-compounds"),
        ("Drivers marched against the anti-motorist levy.", "en-loaded-r46-anti-groups"),
    ],
)
def test_a_judging_compound_counts(default_en: Language, text: str, term: str) -> None:
    assert term in dict((t, w) for w, t in term_hits(default_en, text)), term_hits(default_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm-hit harbour reopened on Monday.",
        "Small firms were hard-pressed to find drivers over the summer.",
        "Hundreds joined an anti-war march in the capital.",
        "An Iran-backed group claimed the attack.",
    ],
)
def test_a_plain_compound_is_not_counted(default_en: Language, text: str) -> None:
    assert not words(default_en, text), words(default_en, text)


# -- idioms of blame, windfall and reversal; verbs of cost


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The inspector was caught red-handed taking cash from a builder.", "caught red-handed"),
        ("Energy traders are swimming in cash while families ration heating.", "swimming in cash"),
        ("Voters took revenge on the governing party in the by-election.", "took revenge"),
        ("The small club turned the tables on the league leaders.", "turned the tables"),
        ("Commuters forked out another £300 for their season tickets.", "forked out"),
    ],
)
def test_an_idiom_in_the_writers_voice_counts(default_en: Language, text: str, word: str) -> None:
    assert word in words(default_en, text)


def test_a_literal_cough_is_not_counted(default_en: Language) -> None:
    assert not words(default_en, "The patient had been coughing up blood for a week.")
