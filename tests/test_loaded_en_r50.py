"""English loaded vocabulary, round 50: round 49's "fix first" list, as classes with their neighbours.

- Plain senses: `elementary` before a noun of schooling or science, a negated `uncommon`, `rage` of a
  disease, `severe(ly)` + a verb of impact, `champion of` + a competition, `crucial` / `pivotal` + a place
  or a route, `maul` with an animal in the sentence.
- Designations and names: detention / processing / holding / reception + centre or facility, `influx`,
  `excessive` + a noun of weather or of the body; a loaded word inside a multiword title-case name.
- Slanted verbs and labels: `rake in`, `frame ... as`, `wave through`, `bust` a union, `union-busting`;
  `fiend`, `toytown`, `tinpot`, `gutter` + politics, `cowboys`, `pro-` + a crime noun, insult plurals.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lower_lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

words = lower_lexicon_words

PLAIN_NEWS = (
    "Library hours to change in autumn\n\n"
    "The county library will open half an hour later on Saturdays from October, the council said. "
)


def terms(nlp: Language, sentence: str) -> list[str]:
    """The entry ids hit in a sentence set after a plain news opening."""
    return [t for _, t in term_hits(nlp, PLAIN_NEWS + sentence)]


# -- class 2: plain senses


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Three elementary schools in the borough closed for the snow.", "elementary"),
        ("Her son starts elementary grade two in September.", "elementary"),
        ("The lab studies elementary particles with a new detector.", "elementary"),
        ("Reading scores of elementary pupils rose last year.", "elementary"),
        ("Frost at this altitude is not uncommon in May.", "uncommon"),
        ("Queues of an hour weren't uncommon at the clinic.", "uncommon"),
        ("Dengue raged across the delta for two months.", "raged"),
        ("The epidemic is still raging in the northern provinces.", "raging"),
        ("Orchards were severely hit by the late frost.", "severely"),
        ("Coastal villages were severely impacted when the cyclone came ashore.", "severely"),
        ("The storm severely disrupted rail services on the line.", "severely"),
        ("The rowing club became champion of the regional league in June.", "champion of the"),
        ("They are the reigning champions of the national hockey championship.", "champions of the"),
        ("The port is a crucial hub for grain shipments.", "crucial"),
        ("The ferry links two pivotal towns on the estuary.", "pivotal"),
        ("The bypass is a crucial route for freight lorries.", "crucial"),
        ("A jogger was mauled by two dogs in the park.", "mauled"),
        ("The zoo closed after a keeper was badly hurt in a mauling.", "mauling"),
        ("A leopard mauled a farmer near the forest edge.", "mauled"),
    ],
)
def test_plain_senses_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Such candour is uncommon in a cabinet minister.", "uncommon"),
        ("Parents raged at the board over the closures.", "raged"),
        ("The governor is a champion of the free market.", "champion of the"),
        ("The treasurer mauled the budget in a long speech.", "mauled"),
        ("The senator cast a pivotal vote on the bill.", "pivotal"),
    ],
)
def test_judging_senses_stay_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word in words(default_en, PLAIN_NEWS + sentence)


# -- class 1: designations and names


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty families were moved to a detention facility near the airport.",
        "The agency runs three processing centres on the coast.",
        "Buses took the new arrivals to a reception center in the valley.",
        "A holding facility at the port was reopened in March.",
    ],
)
def test_detention_designations_are_not_counted(default_en: Language, sentence: str) -> None:
    assert not any(t == "en-loaded-detention-facility" for t in terms(default_en, sentence))
    assert not set(words(default_en, PLAIN_NEWS + sentence)) & {"detention", "processing", "reception", "holding"}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The island recorded an influx of refugees in the summer.", "influx"),
        ("Forecasters issued an excessive heat warning for the plains.", "excessive"),
        ("Doctors treated him for excessive bleeding after the fall.", "excessive"),
        ("An excessive rainfall advisory covers the coast until Friday.", "excessive"),
    ],
)
def test_standard_designations_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("A flood of migrants is heading for the island.", "a flood of"),
        ("The landlord charged excessive fees for repairs.", "excessive"),
    ],
)
def test_judging_designations_stay_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word in words(default_en, PLAIN_NEWS + sentence)


# -- class 3: slanted verbs and labels


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Energy retailers raked in record margins over the winter.", "en-loaded-r50-rake-in"),
        ("The landlords are raking it in while tenants wait for repairs.", "en-loaded-r50-rake-in"),
        ("Betting firms rake in billions from the young.", "en-loaded-r50-rake-in"),
        ("The insurer coined it in during the boom.", "en-loaded-r50-rake-in"),
        ("The governor frames every cut as a reform.", "en-loaded-r50-frame-as"),
        ("Ministers have framed the closures as a saving for taxpayers.", "en-loaded-r50-frame-as"),
        ("The regulator waved the takeover through in a week.", "en-loaded-r50-wave-through"),
        ("Planners waved through a tower the residents opposed.", "en-loaded-r50-wave-through"),
        ("The chain spent millions busting the union at its depots.", "en-loaded-r50-bust-unions"),
        ("The company hired union-busting consultants last year.", "en-loaded-r50-union-busting"),
        ("The retailer's union busting drew a fine.", "en-loaded-r50-union-busting"),
    ],
)
def test_slanted_verbs_are_counted(default_en: Language, sentence: str, term: str) -> None:
    assert term in terms(default_en, sentence)


@pytest.mark.parametrize(
    ("sentence", "prefix"),
    [
        ("Volunteers raked the leaves in the churchyard.", "en-loaded-r50-rake-in"),
        ("She raked in the garden all afternoon.", "en-loaded-r50-rake-in"),
        ("The print was framed as part of the exhibition.", "en-loaded-r50-frame-as"),
        ("Guards waved the lorries through the checkpoint.", "en-loaded-r50-wave-through"),
        ("Police busted a drug ring at the docks.", "en-loaded-r50-bust-unions"),
    ],
)
def test_slanted_verb_look_alikes_are_not_counted(default_en: Language, sentence: str, prefix: str) -> None:
    assert not any(t.startswith(prefix) for t in terms(default_en, sentence))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Those fiends at the agency cut the grant.", "fiends"),
        ("It was a toytown council with toytown rules.", "toytown"),
        ("The tinpot regime jailed two reporters.", "tinpot"),
        ("The pro-crime prosecutor freed another burglar.", "pro-crime"),
        ("His pro-terror friends cheered.", "pro-terror"),
        ("The cowboys running the housing department failed again.", "cowboys"),
        ("Voters are tired of gutter politics.", "gutter politics"),
        ("The ideologues on the board won the vote.", "ideologues"),
        ("The charlatans who ran the fund have gone.", "charlatans"),
    ],
)
def test_labels_are_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word in words(default_en, PLAIN_NEWS + sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("A fitness fiend, she runs every morning.", "fiend"),
        ("Cowboys drove the cattle across the ranch.", "cowboys"),
        ("He wore a cowboy hat to the fair.", "cowboy"),
        ("Water poured from the blocked gutter onto the path.", "gutter"),
        ("The pro-business lobby welcomed the budget.", "pro-business"),
    ],
)
def test_label_look_alikes_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


# -- integrator: a preposition built on a judging noun (found by round 50's analyst on B62)


def test_in_spite_of_is_a_preposition(default_en: Language) -> None:
    assert "spite" not in words(default_en, PLAIN_NEWS + "The fair went ahead in spite of the storm warnings.")


def test_spite_as_a_noun_stays_counted(default_en: Language) -> None:
    assert "spite" in words(default_en, PLAIN_NEWS + "The spite of the campaign left the town divided.")
