"""French attribution, round 35 third part (quotes35c): a closing guillemet typed as an opening one.
Copy keyed in a hurry closes a quotation with « glued to its last word (`… cette année« , affirme le
maire.`). An opening guillemet is followed by a word, so one glued to the word before it and followed by
punctuation closes the quotation it ends. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language

from framing.quotes import find_quotations


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_a_glued_opening_guillemet_before_a_comma_closes_the_quotation() -> None:
    text = "« Aucune fermeture de classe n'est prévue cette année« , affirme le maire. Il ajoute : « Nous verrons »."
    assert _quoted(text) == ["Aucune fermeture de classe n'est prévue cette année", "Nous verrons"]


def test_a_glued_closer_around_a_single_word_is_a_quotation() -> None:
    text = "L'état du conducteur est « stationnaire« , indique l'hôpital. «Il reste sous surveillance», dit-il."
    assert _quoted(text) == ["stationnaire", "Il reste sous surveillance"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Le préfet estime qu’« il faudra du temps » pour rouvrir la route.", ["il faudra du temps"]),
        ("Elle dénonce « les « experts » du ministère » devant la presse.", ["les « experts » du ministère"]),
        (
            "« Nous tiendrons bon.\n« Nous ne céderons pas », a lancé la déléguée.",
            ["Nous tiendrons bon.\n« Nous ne céderons pas"],
        ),
    ],
)
def test_an_opening_guillemet_before_a_word_still_opens(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_the_speaker_of_a_quotation_closed_by_a_glued_guillemet_is_read_and_direct(nlp: Language) -> None:
    text = "« Aucune fermeture de classe n'est prévue cette année« , affirme le maire Paul Vidal."
    found = [(a.speaker, text[a.content_start : a.content_end], a.form) for a in checked_attributions(nlp, text)]
    assert ("le maire Paul Vidal", "Aucune fermeture de classe n'est prévue cette année", "direct") in found, found
