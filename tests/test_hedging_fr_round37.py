"""French hedging, thirty-third round, hypo33 (issue 14): a poll's projected score or rank keeps its
hypothetical reading when a change is told beside it.

Round 15's projection rule read any change word with a measure in the sentence ("en baisse d'un point",
"reculerait de 8 points") as the poll's measured change, which round 17 kept a hedge, and so counted
the projected score or rank next to it ("serait troisième avec 14 %, en baisse d'un point"; "X
deviendrait la première force, tandis que Y reculerait de 8 points"). The annotators of two read sets mark
such scores and ranks hypothetical; a change that is what the verb itself tells ("perdrait 5 points",
"serait en hausse depuis mars") stays a hedge. Every sentence here was written for the test (the file
is named after the branch sequence: hedgefr33 used round36)."""

from __future__ import annotations

import pytest
from hedging_support import kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Selon le dernier sondage, le parti centriste serait deuxième avec 21 % des intentions de vote, "
            "en recul de trois points sur un an.",
            "serait",
        ),
        (
            "D'après ce sondage, les écologistes deviendraient la première force du département avec 24 % des "
            "intentions de vote, tandis que la droite chuterait de dix points.",
            "deviendraient",
        ),
        (
            "D'après ce sondage, le candidat écologiste récolterait 18 % des voix au premier tour (en "
            "progression de deux points sur un mois).",
            "récolterait",
        ),
    ],
)
def test_a_projected_score_beside_a_change_is_hypothetical(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Selon le sondage, la liste socialiste chuterait de dix points depuis l'automne.", "chuterait"),
        ("D'après le dernier sondage, le sénateur perdrait quatre points depuis janvier.", "perdrait"),
        ("Selon ce sondage, la cote du ministre serait en baisse de six points depuis mars.", "serait"),
    ],
)
def test_a_change_the_verb_itself_tells_stays_a_hedge(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("conditional_hedge", True)]
