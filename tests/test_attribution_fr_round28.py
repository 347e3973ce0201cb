"""French attribution, twenty-eighth round (issue 13): the integrator's convention decisions on demands,
proposals and promises of an act, claim nouns with a `de` source and quotations that go on after their
incise. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat a proposé de suspendre la grève jusqu'à lundi.",
        "Les dirigeants promettent de revenir vers les salariés la semaine prochaine.",
        "La préfecture s'étonne que les travaux n'aient toujours pas commencé.",
        "Le procureur a demandé trois ans de prison contre l'ancien trésorier.",
        "Les agriculteurs réclament une hausse des prix du lait.",
    ],
)
def test_a_demand_proposal_or_promise_of_an_act_is_no_attribution(nlp: Language, text: str) -> None:
    assert not contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le ministre a demandé que les comptes soient publiés avant l'été.",
            "Le ministre",
            "les comptes soient publiés avant l'été",
        ),
        (
            "Les agriculteurs réclament « des prix justes, pas des promesses ».",
            "Les agriculteurs",
            "des prix justes, pas des promesses",
        ),
        ("Le maire promet que les travaux seront terminés en juin.", "Le maire", "les travaux seront terminés en juin"),
        ("« C'est inacceptable », s'étonne un riverain.", "un riverain", "C'est inacceptable"),
        (
            "Le président a demandé au gouvernement de rester « prudent » face à la crise.",
            "Le président",
            "rester « prudent » face à la crise",
        ),
    ],
)
def test_a_demand_with_reported_words_stays(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)
