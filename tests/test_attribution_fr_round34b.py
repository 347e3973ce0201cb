"""French attribution, round 34 second half (coref34, issue 13): a subject pronoun that nothing else
resolves is not handed to the last source when that source is a text, a body or an outlet of another
number or gender. A pronoun takes up a referent that agrees with it (the guidelines resolve it to the
nearest full mention of its referent): `ils` does not stand for `cet examen`, and `elle` after `un bilan de
la préfecture` stands for the prefecture that wrote it, not for the bilan. Every sentence here was written
for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _by_speaker(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    return {a.speaker: (a.speaker_type, a.resolved) for a in checked_attributions(nlp, text)}


def test_a_feminine_pronoun_after_a_masculine_report_stands_for_its_author(nlp: Language) -> None:
    text = (
        "Deux incendies restent actifs dans le massif, indique un nouveau bilan de la préfecture mis en ligne lundi. "
        "« Aucune habitation n'est menacée à ce stade », écrit-elle sur son site."
    )
    found = _by_speaker(nlp, text)
    assert found.get("elle") == ("institution", "la préfecture"), found


def test_a_plural_pronoun_after_a_singular_report_is_not_that_report(nlp: Language) -> None:
    text = (
        "« La victime est morte sur le coup », conclut le rapport d'autopsie. "
        "Entendus dans la soirée, ils ont affirmé n'avoir rien vu."
    )
    found = _by_speaker(nlp, text)
    assert found.get("ils") == ("group", None), found


def test_an_agreeing_report_is_still_taken_up(nlp: Language) -> None:
    """The last resort stays for a source that agrees: `il` after `le rapport` may be the report."""
    text = (
        "Le rapport de la Cour des comptes, publié mardi, juge la réforme trop coûteuse. "
        "Il recommande aussi de revoir le calendrier des travaux."
    )
    found = _by_speaker(nlp, text)
    assert found.get("Il", ("", None))[0] != "anonymous", found
