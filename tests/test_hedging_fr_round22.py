"""French hedging, twentieth round (b), hedgefr22 (issue 14): a scheme named as the source through a noun
of its terms ("selon les termes de l'offre") describes the scheme, and a planned thing named by an
indefinite article or by a noun's "de" complement ("le service de tramway", "les travaux du musée")
is described, not reported. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a bid's terms, reached through a noun of its terms
        (
            "Le groupe a déposé une offre. Selon les termes de la nouvelle offre, chaque titre serait payé 40 euros.",
            "serait payé",
        ),
        ("Selon les détails du plan, les salariés conserveraient leur ancienneté.", "conserveraient"),
        (
            "Selon les conditions de l'accord, les deux clubs partageraient les recettes.",
            "partageraient",
        ),
    ],
)
def test_a_schemes_terms_are_not_counted(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a person between "selon" and the scheme: reported news
        ("Selon le ministre du plan, les salariés seraient licenciés.", "seraient licenciés"),
        ("Selon le ministre, les salariés seraient licenciés.", "seraient licenciés"),
        # "selon" a criterion, no scheme after it: the source is not a scheme
        ("Selon les conditions météo, le match aurait été reporté.", "aurait été reporté"),
    ],
)
def test_a_person_or_a_criterion_after_selon_keeps_the_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the planned thing as the "de" complement of the subject
        (
            "Le projet du futur tramway a été présenté. Le service de tramway serait alimenté par une ligne aérienne.",
            "serait alimenté",
        ),
        # a scheme noun in scope opens the plan for a planned thing named as subject
        (
            "Le conseil régional a approuvé le programme. Le chantier durerait trois ans.",
            "durerait",
        ),
        # the works that build it, a sibling of "aménagement"
        (
            "Le conseil a voté le projet du futur musée. Les travaux dureraient deux ans.",
            "dureraient",
        ),
    ],
)
def test_a_planned_thing_named_through_its_complement_is_described(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the press learned it: unconfirmed news about the works
        (
            "Le futur musée ouvrira en 2030, a appris le journal. Les travaux du musée seraient confiés à un groupe.",
            "seraient confiés",
        ),
        # a reflexive event near a planned thing
        (
            "Le projet de la ville a été présenté hier. Le toit du chantier se serait effondré.",
            "serait effondré",
        ),
    ],
)
def test_news_about_the_works_stays_a_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a report or a study as the speaker: what it projects
        ("Les récoltes de maïs baisseraient fortement dans le sud du pays, indique le rapport.", "baisseraient"),
        ("L'étude affirme que la nouvelle digue protégerait dix mille foyers.", "protégerait"),
    ],
)
def test_what_a_study_projects_is_not_counted(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a past event told by a report stays the journalistic conditional
        ("Selon le rapport, des civils auraient été blessés pendant la nuit.", "auraient été blessés"),
        # a person, not a study, as the speaker
        ("Les récoltes de maïs baisseraient fortement, indique le ministre.", "baisseraient"),
    ],
)
def test_a_reported_event_or_a_persons_word_stays_a_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)
