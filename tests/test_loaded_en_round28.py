"""English loaded vocabulary, twenty-eighth round (issue 14): the integrator's convention decisions and
classes for the recurring mechanisms.

- Conventions: an adjective of scale counts in a headline line, not in the copy; "historic" of a vote, a
  bid or a win, and "once again", are plain; legal set phrases and idioms of quantity ("due process", "an
  awful lot") do not judge; a short word in capitals that is no function word, or one alone in brackets,
  is an acronym or a name, not emphasis; a feeling after "stay" or "keep" is a person's state.
- Classes: verbs of bodily harm for institutions, pressure, muscle, death and life figures, corporate
  giants, self- compounds of vice, superlatives of hatred, fringe labels (reactionary, absolutist).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.matching import in_headline


def test_a_scale_adjective_counts_in_a_headline_and_not_in_the_copy(en: Language) -> None:
    text = "Massive Pay Rise for Nurses Approved\nThe board approved a massive pay rise on Monday.\n"
    hits = term_hits(en, text)
    assert hits == [("Massive", "en-loaded-r28-headline-scale")]


def test_a_title_case_line_inside_the_text_is_a_headline(en: Language) -> None:
    text = "The council met on Monday.\nSweeping Cuts Hit Rural Bus Routes\nThe cuts start in May.\n"
    assert lexicon_words(en, text) == ["Sweeping"]


def test_an_excerpt_that_opens_on_its_copy_has_no_headline(en: Language) -> None:
    assert (
        lexicon_words(en, "Farmers staged a massive protest outside the ministry on Friday.\nTraffic stopped.\n") == []
    )


def test_headline_lines() -> None:
    text = "Union Wins Vote at Plant\nWorkers voted on Friday.\nA Short Line In Title Case Here\n"
    assert in_headline(text, 0)
    assert not in_headline(text, text.index("Workers"))
    assert in_headline(text, text.index("Short"))


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the plant could be on course for a historic vote next month.",
        "The club's historic bid for the title ended in the final minute.",
        "The regulator is once again looking at the two phone makers.",
    ],
)
def test_historic_of_a_contest_and_once_again_are_plain(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_historic_as_an_unverified_superlative_still_counts(en: Language) -> None:
    # Round 29 moved "historic" to an optional list; round 30 put it back (docs/loaded.md, thirtieth round).
    assert "historic" in lexicon_words(en, "The minister hailed the talks as a historic turning point for the region.")


@pytest.mark.parametrize(
    "text",
    [
        "The judges will rule on whether the method breaches the ban on cruel and unusual punishment.",
        "The family says officers used excessive force and denied him due process.",
        "The lawsuit claims the rule violates equal protection.",
        "An awful lot of drivers have switched to the night bus.",
    ],
)
def test_legal_set_phrases_and_quantity_idioms_do_not_judge(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_the_same_words_outside_a_set_phrase_still_judge(en: Language) -> None:
    assert "cruel" in lexicon_words(en, "The guards were cruel to the prisoners every night.")


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended at UPS two days before the strike deadline.",
        "Police said a VCR and two phones were taken from the flat.",
        "The Families Against Cuts In Nursing (FACING) coalition wrote to the minister.",
    ],
)
def test_acronyms_and_short_names_in_capitals_are_not_emphasis(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_a_stressed_function_word_in_capitals_is_emphasis(en: Language) -> None:
    assert ("NOT", "en-emphasis-capitals-rule") in term_hits(en, "The minister said the plan was NOT going ahead.")


def test_a_feeling_after_stay_is_a_persons_state(en: Language) -> None:
    assert lexicon_words(en, "Will you stay calm when the results come in?") == []


def test_an_adverb_of_holding_a_position_is_not_evaluative(en: Language) -> None:
    assert lexicon_words(en, "The firm steadfastly argued that its prices were fair.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling could hobble the country's biggest airline.", "hobble"),
        ("The merger would squash smaller rivals in the region.", "squash"),
        ("Critics say the fee will stifle new start-ups.", "stifle"),
        ("Regulators in three countries took a swing at the chipmaker.", "swing at"),
        ("Dissidents were hunted down and jailed.", "hunted down"),
        ("Rising rents have squeezed family budgets.", "squeezed"),
        ("Hospitals have been pushed past breaking point this winter.", "breaking point"),
        ("The new watchdog flexed its muscles on Tuesday.", "flexed its muscles"),
        ("The tariff was a death blow to the steel town.", "death blow"),
        ("The deal gave the party a new lease of life.", "lease of life"),
        ("The peace plan is dead in the water.", "dead in the water"),
        ("The north has long been a dead zone for the party.", "dead zone"),
        ("The grocery behemoth opened six stores.", "behemoth"),
        ("Voters punished a self-absorbed cabinet.", "self-absorbed"),
        ("She became the most hated banker in the City.", "most hated"),
        ("A reactionary movement formed against the reform.", "reactionary"),
        ("The board rejected the absolutist position of the two members.", "absolutist"),
    ],
)
def test_figures_labels_and_vices_by_class(en: Language, text: str, expected: str) -> None:
    assert expected in lexicon_words(en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police hunted down the suspect within hours.",
        "Fishermen reported a dead zone of low oxygen in the gulf.",
        "She squeezed a lemon over the fish.",
        "The patient remains on life support.",
        "The death toll rose to nine.",
    ],
)
def test_the_literal_senses_of_the_figures_do_not_count(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []
