"""English loaded vocabulary, round 45 (issue 14): the "fix first" lists of round 44's held-out tables, as classes.

- Quoted words under a plain verb (round 40/43's rule, framing/reported_quotes.py) with the stance gate of
  round 44's analysts: only a text with no loaded hit of the writer's own drops them (`stance_hits: 1`).
- Plain senses and stock phrases: "elite" as a rank before a unit or a level of sport, the economist's
  bubble, "extraordinary" as a procedure, offences named by an adverb and a verb.
- Derived forms of the judging adjectives (framing/derived_forms.py): adverbs in -ly, counted with their source
  entry; degree adverbs and plain manners stay out (quality nouns were measured and left out).
- Labels for people: agent nouns of cheating (bare and plural), the singular noun "lie" after a determiner,
  "war on / against" an institution or a body named by its initials.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.derived_forms import derive, derived_form
from framing.lexicons import load_entries

words = lexicon_words


PLAIN_NEWS = (
    "Library hours to change in May\n\n"
    "The county library will open an hour later on weekdays from May, the council said on Tuesday. "
)


# -- quoted words: the stance gate is any hit of the writer's own


def test_a_quotation_under_said_in_copy_with_no_stance_is_reported(default_en: Language) -> None:
    text = PLAIN_NEWS + '"The new hours are a disgrace," one reader said.'
    assert "disgrace" not in words(default_en, text)


def test_one_hit_of_the_writers_own_keeps_the_quotation(default_en: Language) -> None:
    text = (
        "Library hours to change in May\n\n"
        "The council's callous cuts will close the county library an hour early. "
        '"The new hours are a disgrace," one reader said.'
    )
    found = words(default_en, text)
    assert "callous" in found and "disgrace" in found


# -- plain senses and stock phrases


@pytest.mark.parametrize(
    "text",
    [
        "Two members of an elite rescue unit were honoured on Friday.",
        "The federation wants new rules for elite women's cycling events.",
        "Economists warned that the city's property bubble could burst within two years.",
        "Shareholders will vote at an extraordinary general meeting next month.",
        "The governor was granted extraordinary emergency powers for thirty days.",
        "She was charged with recklessly endangering a child and obstructing officers.",
        "The farmer was fined for animal cruelty after an inspection in March.",
    ],
)
def test_a_plain_sense_or_a_term_is_not_counted(default_en: Language, text: str) -> None:
    found = [w.lower() for w in words(default_en, text)]
    assert not {"elite", "bubble", "extraordinary", "recklessly", "endangering", "cruelty"} & set(found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The elite in the capital have never ridden a night bus.", "elite"),
        ("Ministers still live in a bubble of their own making.", "bubble"),
        ("The chairman gave an extraordinary performance of denial.", "extraordinary"),
    ],
)
def test_the_judging_sense_still_counts(default_en: Language, text: str, word: str) -> None:
    assert word in [w.lower() for w in words(default_en, text)]


# -- derived forms of the judging adjectives


def test_the_rule_derives_adverbs_by_spelling() -> None:
    pairs = (("ic", "ically"), ("ble", "bly"), ("y", "ily"), ("", "ly"))
    assert derived_form("unjust", pairs) == "unjustly"
    assert derived_form("idiotic", pairs) == "idiotically"
    assert derived_form("laughable", pairs) == "laughably"
    assert derived_form("shoddy", pairs) == "shoddily"
    entries = derive(load_entries("en", "loaded"), load_entries("en", "derived"))
    derived = {f for e in entries for f in (e.pattern or ({},))[0]["LOWER"]["IN"]}
    assert {"unjustly", "heavy-handedly", "shoddily", "fecklessly"} <= derived
    assert "shoddiness" not in derived  # quality nouns: measured, left out (noun_endings empty)
    assert "recklessness" not in derived  # listed by the noun family since round 19
    # degree adverbs and plain manners are stopped; a form the lexicon lists is left to its entry
    assert not {"terribly", "roughly", "severely", "bitterly", "lameness", "negligence"} & derived
    assert "ruthlessly" not in derived


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The board unjustly stripped the volunteers of their allotments.", "unjustly"),
        ("Officers heavy-handedly cleared the square before the march began.", "heavy-handedly"),
        ("The shoddily built annex was closed within a year.", "shoddily"),
    ],
)
def test_a_derived_form_counts_with_its_source(default_en: Language, text: str, word: str) -> None:
    hits = dict(term_hits(default_en, text))
    assert word in hits and hits[word].endswith(("-adverbs", "-nouns")), hits


def test_the_french_lexicon_derives_nothing() -> None:
    assert derive(load_entries("fr", "loaded"), load_entries("fr", "derived")) == []


# -- labels for people and groups


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Benefit offices have been told to hunt down cheats before the summer.", "cheats"),
        ("Tricksters emptied the pensioners' accounts in a week.", "Tricksters"),
        ("The whole plan rests on the big lie that the river is clean.", "big lie"),
        ("The government's war on the judiciary has entered its second year.", "war on the judiciary"),
        ("The minister's crusade against the BBC shows no sign of ending.", "crusade against the BBC"),
    ],
)
def test_a_label_for_people_or_a_war_figure_counts(default_en: Language, text: str, word: str) -> None:
    assert word in words(default_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Players who cheat at cards are banned from the club.",
        "He cheats at golf, his brother joked.",
        "Students may not bring a cheat sheet into the hall.",
        "The real answers lie in the accounts of the trust.",
        "Walkers should study the lie of the land before they set off.",
        "The country has been at war with its neighbour since the spring.",
        "Coalition jets continued the war against ISIS in the north.",
    ],
)
def test_a_verb_a_term_or_a_real_war_is_not_a_label(default_en: Language, text: str) -> None:
    found = [w.lower() for w in words(default_en, text)]
    assert not [w for w in found if "cheat" in w or w.endswith("lie") or w.startswith(("war", "crusade"))], found
