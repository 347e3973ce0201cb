"""French hedging, eighteenth round (issue 14): a popular or citizens' initiative, an amendment and a
counter-proposal open a proposal's scope, whose plain conditionals tell its terms; "à l'initiative de"
opens nothing. A past conditional with "de toute façon" or after an elided "ç'" is a counterfactual,
and it carries no case to the next sentence. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Le Parlement examine l'initiative populaire pour des loyers plafonnés. Elle coûterait deux "
            "milliards aux cantons.",
            "coûterait",
        ),
        (
            "Les députés débattent d'un amendement sur la taxe. Il relèverait le seuil à 50 000 euros.",
            "relèverait",
        ),
        (
            "Le gouvernement prépare un contre-projet indirect. Il limiterait la hausse à deux ans.",
            "limiterait",
        ),
    ],
)
def test_terms_of_a_text_put_to_a_vote_are_not_counted(fr: Language, text: str, verb: str) -> None:
    assert all(kind == "hypothetical" and not counted for kind, counted in readings_of(fr, text, verb))


def test_initiative_of_a_person_opens_no_proposal(fr: Language) -> None:
    text = "À l'initiative du maire, une réunion s'est tenue lundi. Le budget coûterait deux millions."
    assert readings_of(fr, text, "coûterait") == [("conditional_hedge", True)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le défenseur aurait été libre de toute façon en juin.", "aurait été libre"),
        ("De toute manière, la commune aurait perdu ce procès.", "aurait perdu"),
        ("En largeur, ç'aurait été la plus grande salle du pays.", "aurait"),
    ],
)
def test_past_conditionals_of_what_never_was_are_not_counted(fr: Language, text: str, verb: str) -> None:
    assert all(kind == "hypothetical" and not counted for kind, counted in readings_of(fr, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le suspect aurait quitté la ville mardi, de toute évidence en train.", "aurait quitté"),
        ("De toute façon, le maire serait favorable au projet, selon un proche.", "serait favorable"),
    ],
)
def test_reported_conditionals_stay_hedges(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("conditional_hedge", True)]


def test_a_counterfactual_carries_no_case_to_the_next_sentence(fr: Language) -> None:
    text = (
        "Le club a touché 30 millions, car le joueur aurait été libre de toute façon en juin. "
        "Le transfert inclurait aussi une prime de 5 millions."
    )
    assert readings_of(fr, text, "inclurait") == [("conditional_hedge", True)]
