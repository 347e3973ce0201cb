"""English loaded vocabulary, round 49: round 48's "fix first" list, as classes with their neighbours.

- Plain senses: `unqualified` + a noun of staff (or of backing), `aggressively` beside a verb of acting,
  `slash` + a business figure, `smirking` as a described act, `bad for` + a party; the tier's
  `comfortable`, `candid`, `deficient` and `unpleasant` before a plain noun.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lower_lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

words = lower_lexicon_words


PLAIN_NEWS = (
    "Ferry timetable to change in spring\n\n"
    "The island ferry will leave a quarter of an hour earlier on Sundays from March, the operator said. "
)


def terms(nlp: Language, sentence: str) -> list[str]:
    """The entry ids hit in a sentence set after a plain news opening."""
    return [t for _, t in term_hits(nlp, PLAIN_NEWS + sentence)]


# -- class 2: plain senses and the tier


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Many primary schools now lean on unqualified teachers to cover sick leave.", "unqualified"),
        ("The trust employed 40 unqualified care workers last winter.", "unqualified"),
        ("Reliance on unqualified personnel has grown in rural clinics.", "unqualified"),
        ("The auditor gave the accounts an unqualified opinion.", "unqualified"),
        ("The club received unqualified support from its members.", "unqualified"),
        ("The bank has pursued small lenders aggressively since 2019.", "aggressively"),
        ("A witness saw the man pushing the guard aggressively towards the door.", "aggressively"),
        ("The central bank is aggressively raising rates.", "aggressively"),
        ("The retailer is slashing prices before the holidays.", "slashing"),
        ("The airline slashed 400 jobs in the spring.", "slashed"),
        ("The firm will slash costs and its headcount next year.", "slash"),
        ("The defendant kept smirking as the verdict was read.", "smirking"),
        ("He sat in the dock staring at the jury and smirking.", "smirking"),
        ("Long queues at polling stations are bad for any ruling party.", "bad"),
        ("The ferry crew felt comfortable sailing in the fog.", "comfortable"),
        ("Riders found the new seats comfortable enough.", "comfortable"),
        ("The captain gave a candid interview about the breakdown.", "candid"),
        ("The district has recorded deficient rainfall since June.", "deficient"),
        ("Passengers reported an unpleasant smell in the lower deck.", "unpleasant"),
    ],
)
def test_plain_senses_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The new harbour master is plainly unqualified for the job.", "unqualified"),
        ("The mayor is unqualified to run a ferry service.", "unqualified"),
        ("The columnist is aggressively ignorant about shipping.", "aggressively"),
        ("The minister slashed funding for island schools.", "slashed"),
        ("A smirking minister waved away the complaints.", "smirking"),
        ("The operator made a bad decision and riders paid for it.", "bad"),
        ("The board is a bad steward of the island's ferries.", "bad"),
    ],
)
def test_judging_senses_stay_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word in words(default_en, PLAIN_NEWS + sentence)


# -- class 1: slanted verbs of evading, conceding, depicting and catching


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The harbour chief danced around questions about the refit.", "en-loaded-r49-dance-around"),
        ("The minister is tiptoeing around the issue of fares.", "en-loaded-r49-dance-around"),
        ("The operator dodged the question on Sunday sailings.", "en-loaded-r49-dodge-question"),
        ("Asked twice, the mayor sidestepped repeated questions.", "en-loaded-r49-dodge-question"),
        ("The board has tacitly admitted as much.", "en-loaded-r49-tacitly-admitted"),
        ("That the fleet is ageing was grudgingly conceded by the owners.", "en-loaded-r49-tacitly-admitted"),
        ("The minister admitted waiting lists were likely to get worse.", "en-loaded-r49-admitted-worsening"),
        ("The council conceded queues at the pier would lengthen.", "en-loaded-r49-admitted-worsening"),
        ("The union painted the captain as a reckless man.", "en-loaded-r49-paint-as"),
        ("The owner was painted as a villain by the islanders.", "en-loaded-r49-paint-as"),
        ("The opposition filibustered the meeting until midnight.", "en-loaded-r49-filibustered-meeting"),
        ("New fare rules ensnare pensioners and students.", "en-loaded-r49-ensnare"),
        ("The checks are sweeping up ordinary residents at the pier.", "en-loaded-r49-sweep-up-people"),
        ("Several deckhands were swept up in the raids.", "en-loaded-r49-swept-up-in"),
    ],
)
def test_slanted_verbs_are_counted(default_en: Language, sentence: str, term: str) -> None:
    assert term in terms(default_en, sentence)


@pytest.mark.parametrize(
    ("sentence", "prefix"),
    [
        ("The crew danced around the deck at the launch party.", "en-loaded-r49-dance-around"),
        ("The captain answered every question on the refit.", "en-loaded-r49-dodge-question"),
        ("Two passengers were admitted to hospital after the crossing.", "en-loaded-r49-admitted-worsening"),
        ("The deckhand admitted the charge and was fined.", "en-loaded-r49-admitted-worsening"),
        ("Volunteers painted the waiting room as part of the refit.", "en-loaded-r49-paint-as"),
        ("The hull was spray-painted and sanded as before.", "en-loaded-r49-paint-as"),
        ("Crews swept up the broken glass on the pier.", "en-loaded-r49-sweep-up"),
        ("The Senate bill was filibustered for a week.", "en-loaded-r49-filibustered-meeting"),
    ],
)
def test_slanted_verb_look_alikes_are_not_counted(default_en: Language, sentence: str, prefix: str) -> None:
    assert not any(t.startswith(prefix) for t in terms(default_en, sentence))


# -- class 4: one-word retorts and standard designations


@pytest.mark.parametrize(
    "text",
    [
        "The operator says the new timetable will please everyone. Wrong. Riders on the north route lose a boat.",
        "How many sailings were cancelled last winter? Several. Nobody at the company will say why.",
        "The board insists fares will not rise.\n\nNope. The tariff sheet shows a rise in May.",
        "Was the refit finished on time? Hardly. The ferry sat in dry dock until June.",
    ],
)
def test_one_word_retorts_are_counted(default_en: Language, text: str) -> None:
    assert "en-loaded-r49-one-word-retort" in [t for _, t in term_hits(default_en, text)]


@pytest.mark.parametrize(
    "text",
    [
        'The skipper was asked if the forecast was right. "Wrong," he said, "it was worse."',
        "The captain said the forecast was wrong. The ferry sailed anyway.",
        "Several ferries were late on Monday.",
    ],
)
def test_one_word_retort_look_alikes_are_not_counted(default_en: Language, text: str) -> None:
    assert "en-loaded-r49-one-word-retort" not in [t for _, t in term_hits(default_en, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The island council discussed its part in the migrant crisis of 2015.",
        "Ferry crews helped during the refugee crisis on the coast.",
    ],
)
def test_standard_crisis_names_are_not_counted(default_en: Language, sentence: str) -> None:
    assert "en-loaded-r21-domain-crisis" not in terms(default_en, sentence)


def test_other_domain_crises_stay_counted(default_en: Language) -> None:
    assert "en-loaded-r21-domain-crisis" in terms(default_en, "The island faces a housing crisis.")
