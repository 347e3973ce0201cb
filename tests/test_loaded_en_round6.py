"""English loaded vocabulary, sixth round (issue 14): the milder wording readers call biased in ordinary
news: adjectives of judgement, of extremity, of alarm and hostility, partisan labels and nicknames,
"Democrat" as an adjective, "the radical agenda", imputed states of mind, "lashed out at", and the
intensifier "extremely". Every sentence here was written for the test, and each runs on both English
pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from loaded_support import loaded_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mild adjectives of judgement in the reporter's words
        ("The governor's aggressive push ended in a botched rollout.", ["aggressive", "botched"]),
        ("The notorious lobbyist gave an incoherent answer.", ["notorious", "incoherent"]),
        ("The council passed a needless and stubborn rule.", ["needless", "stubborn"]),
        ("The bombastic, thin-skinned mayor gave a glib answer.", ["bombastic", "thin-skinned", "glib"]),
        ("The naysayers and the yes-men argued all night.", ["naysayers", "yes-men"]),
        ("An onerous, unworkable rule written by a venal clerk.", ["onerous", "unworkable", "venal"]),
        # extremity and camp labels
        ("The senator backs a radical plan pushed by extreme activists.", ["radical", "extreme"]),
        ("Left-wing groups and right-wing donors both spent heavily.", ["Left-wing", "right-wing"]),
        ("The Dems and a few RINOs blocked the vote.", ["Dems", "RINOs"]),
        ("The Democrat Party held its convention in August.", ["Democrat Party"]),
        ("Parents protested against the radical agenda in schools.", ["radical agenda"]),
        # alarm and hostility, states of mind, angry speech
        ("A bitter dispute left the town in dire straits.", ["bitter", "dire"]),
        ("The desperate campaign lashed out at reporters.", ["desperate", "lashed out at"]),
        # an intensifier
        ("The plan is extremely costly.", ["extremely"]),
    ],
)
def test_english_round6_milder_wording(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # neutral uses: "Democratic", the party named properly; "weak" was measured and left out
        # (mostly unmarked); "supposed" was not kept, and "supposed to" is an obligation anyway
        "The Democratic Party held its convention in August.",
        "The dollar was weak against the euro.",
        "Officials are supposed to file the report by Friday.",
        "The council met on Tuesday and approved the budget.",
    ],
)
def test_english_round6_neutral_wording_does_not_match(en: Language, text: str) -> None:
    assert loaded_words(en, text) == []


def test_a_party_name_is_not_a_partisan_label(en: Language) -> None:
    assert loaded_words(en, "The National Socialist party took power in 1933.") == []
    assert loaded_words(en, "Two socialist councillors resigned.") == ["socialist"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # literal senses taken out of the classes: where a place lies, a disease, an earthquake
        ("The island lies off the coast, and the answer lies in the data.", []),
        ("A virulent strain of flu spread through the town.", []),
        ("Seismic activity rose before the eruption.", []),
        # the loaded senses still match
        ("He told lies about the budget.", ["lies"]),
        ("She ran a virulent campaign against the mayor.", ["virulent"]),
        ("The vote marked a seismic shift in the party.", ["seismic shift"]),
    ],
)
def test_english_round6_literal_senses_of_class_words(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected
