"""English loaded vocabulary, round 48: round 47's "fix first" list, as classes with their neighbours.

- Plain senses: `drastic(ally)` / `dramatically` beside a change or a cut, `severe` + a condition noun,
  `unprecedented` + a noun of attention or strain, `failing to` + a verb, the verb `rage` of a contest or a
  fire, `stoke` + a noun of talk or worry; the tier's `violent` after `turned` or before a crime noun,
  `sorry` after `said`, `clean` + water or energy, `confident` / `sympathetic` + a stance.
- Set figures and absolutes in the reporter's voice: `tear down` + a safeguard (and its passive), `haywire`,
  `in cahoots`, `heads rolled`, `not buying it`, `stench of` + a failing, `harder than
  ever`, `the cost of everything`.
- Slanted spending and manner: `blew through` + funds or a sum, `wasted` + money, `dish out`, `quietly` + an
  official act, `anti-X ideology`.
- Hazard words: `lash` of rain or wind, `catastrophic` + a hazard noun.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lower_lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

words = lower_lexicon_words


PLAIN_NEWS = (
    "Bus timetable to change in autumn\n\n"
    "The village bus will leave ten minutes later on weekdays from October, the operator said on Friday. "
)


# -- class 1: plain senses


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Tenants faced a drastic rise in their monthly bills.", "drastic"),
        ("The board approved drastic cuts to the bus timetable.", "drastic"),
        ("The plan aims at drastically reducing the queue at the depot.", "drastically"),
        ("Ticket sales fell dramatically over the summer.", "dramatically"),
        ("Usage has dramatically increased since the spring.", "dramatically"),
        ("The clinic treats children with severe heart defects.", "severe"),
        ("The rules allow exceptions for severe foetal anomalies.", "severe"),
        ("The club now faces unprecedented scrutiny from the league.", "unprecedented"),
        ("Wards are under unprecedented pressure this winter.", "unprecedented"),
        ("The regulator was failing to inspect the depots on time.", "failing"),
        ("A debate over the new depot has raged for months.", "raged"),
        ("Fighting raged in the north of the town overnight.", "raged"),
        ("The late start could stoke speculation about a merger.", "stoke"),
        ("The memo stoked fresh fears of a driver shortage.", "stoked"),
        ("The protest turned violent after dark.", "violent"),
        ("Police recorded a fall in violent crime in the county.", "violent"),
        ("The operator said sorry for the late buses.", "sorry"),
        ("The council said it was sorry for the delay.", "sorry"),
        ("Every village should have clean drinking water by 2030.", "clean"),
        ("The operator plans to buy buses that run on clean energy.", "clean"),
        ("The minister is confident the depot will open in May.", "confident"),
        ("The mayor is sympathetic to the drivers' demands.", "sympathetic"),
        ("Drivers queued at the taxi rank after the match.", "rank"),
        ("Crews began the clean-up of the depot on Monday.", "clean"),
    ],
)
def test_plain_senses_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The council took drastic measures against its own drivers.", "drastic"),
        ("The plan is dramatically wrong about the costs.", "dramatically"),
        ("Drivers face a severe punishment for a late bus.", "severe"),
        ("The unprecedented arrogance of the board stunned riders.", "unprecedented"),
        ("The failing operator has let riders down again.", "failing"),
        ("The minister stoked the row with a string of jibes.", "stoked"),
        ("Residents vented their rage at the board.", "rage"),
        ("The columnist lashed the mayor in a long post.", "lashed"),
        ("The operator's catastrophic timetable left riders stranded.", "catastrophic"),
        ("The new depot manager is violent and moody.", "violent"),
        ("The mayor was confident and relaxed at the launch.", "confident"),
        ("He gave a clean, honest answer to the riders.", "clean"),
    ],
)
def test_judging_senses_stay_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word in words(default_en, PLAIN_NEWS + sentence)


# -- class 4: hazard words


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Heavy rain continued to lash the coast on Tuesday.", "lash"),
        ("Strong winds lashed the island overnight.", "lashed"),
        ("The catastrophic floods cut off three villages.", "catastrophic"),
        ("Officials warned of catastrophic flooding along the river.", "catastrophic"),
    ],
)
def test_hazard_words_in_weather_copy_are_not_counted(default_en: Language, sentence: str, word: str) -> None:
    assert word not in words(default_en, PLAIN_NEWS + sentence)


# -- class 2: set figures and sweeping absolutes, in the reporter's voice


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Within weeks the board set about tearing down the old safeguards.", "en-loaded-r48-tear-down-safeguards"),
        ("The new cabinet tore up the rulebook on lobbying.", "en-loaded-r48-tear-down-safeguards"),
        ("Two decades of protections were torn down in a single vote.", "en-loaded-r48-safeguards-torn-down"),
        ("Since the merger the ticket system has gone haywire.", "en-loaded-r48-haywire"),
        ("The regulator suspects the two bakers were in cahoots.", "en-loaded-r48-cahoots"),
        ("After the audit, no heads rolled at the depot.", "en-loaded-r48-heads-rolled"),
        ("Heads have rolled at the transit office over the delays.", "en-loaded-r48-heads-rolled"),
        ("The board promises faster buses, but riders are not buying it.", "en-loaded-r48-not-buying-it"),
        ("The whole saga carries the stench of cronyism.", "en-loaded-r48-stench-of"),
        ("Commuting into the city is harder than ever.", "en-loaded-r48-than-ever"),
        ("The cost of everything keeps climbing for pensioners.", "en-loaded-r48-price-of-everything"),
    ],
)
def test_set_figures_are_counted(default_en: Language, sentence: str, term: str) -> None:
    assert term in [t for _, t in term_hits(default_en, PLAIN_NEWS + sentence)]


@pytest.mark.parametrize(
    ("sentence", "prefix"),
    [
        ("Crews began tearing down the old depot on Monday.", "en-loaded-r48-tear-down"),
        ("The barrels rolled down the ramp into the yard.", "en-loaded-r48-heads-rolled"),
        ("The council is not buying it from the usual supplier this year.", "en-loaded-r48-not-buying-it"),
        ("Residents complained of the stench of sewage near the river.", "en-loaded-r48-stench-of"),
        ("More people than ever before used the bus in 2023, up 12 per cent.", "en-loaded-r48-than-ever"),
    ],
)
def test_set_figure_look_alikes_are_not_counted(default_en: Language, sentence: str, prefix: str) -> None:
    assert not any(t.startswith(prefix) for _, t in term_hits(default_en, PLAIN_NEWS + sentence))


# -- class 3: spending verbs, `quietly` + an official act, an ideology label


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The trust blew through its reserves in two years.", "en-loaded-r48-blow-through"),
        ("The agency blew through $40m on consultants.", "en-loaded-r48-blow-through-sum"),
        ("The board wasted millions on a ticket app nobody used.", "en-loaded-r48-waste-money"),
        ("It is a waste of taxpayers' money, plain and simple.", "en-loaded-r48-waste-money"),
        ("The ministry keeps dishing out grants to its friends.", "en-loaded-r48-dish-out"),
        ("The mayor quietly approved a fare rise in August.", "en-loaded-r48-quietly-signed"),
        ("Last spring the agency quietly dropped the target.", "en-loaded-r48-quietly-signed"),
        ("The group pushes an anti-car ideology on the council.", "en-loaded-r48-anti-ideology"),
    ],
)
def test_slanted_spending_and_manner_are_counted(default_en: Language, sentence: str, term: str) -> None:
    assert any(t.startswith(term) for _, t in term_hits(default_en, PLAIN_NEWS + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A cold wind blew through the station all night.",
        "The plant turns food waste into fuel for buses.",
        "The children sat quietly on the bus.",
        '"They wasted our money," one rider said.',
    ],
)
def test_spending_look_alikes_are_not_counted(default_en: Language, sentence: str) -> None:
    assert not any("r48" in t for _, t in term_hits(default_en, PLAIN_NEWS + sentence))
