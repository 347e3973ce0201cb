"""French attribution, round 42 (development half A52 to A55): a second source relaying the first one's
claim after the first source's own modifiers.

`d'après les chiffres publiés par X, relayés par Y`, `d'après une note remise au préfet, M. Z, et révélée
par Y`: the relay participle comes after a comma, past the first source's participle phrase or
apposition, and its agent is a second source of the same claim. A verb of making public (`révéler`,
`dévoiler`) relays only after such a comma; inside the source's phrase (`des courriels révélés par Y`) it
only says where the source comes from. A participle inside a claim that follows its source belongs to
the claim. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions
from spacy.language import Language


def _sources(fr: Language, text: str) -> dict[str, tuple[str | None, str]]:
    """Speaker -> (type, content) of every record with a speaker and a content."""
    return {
        a.speaker: (a.speaker_type, text[a.content_start : a.content_end])
        for a in checked_attributions(fr, text)
        if a.speaker and a.content_start is not None and a.content_end is not None
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Le prix du pain a augmenté de 8 % en un an, d'après les derniers chiffres publiés par l'Insee, "
            "relayés par Le Parisien.",
            "les derniers chiffres",
            "Le Parisien",
        ),
        (
            "Trois maternités vont fermer leurs portes d'ici à l'été, d'après une note remise au préfet de "
            "région, Jean Dupuis, et révélée par La Voix du Nord.",
            "une note",
            "La Voix du Nord",
        ),
        (
            "Le site sera démantelé avant la fin de l'année, selon un document interne, dévoilé par Mediapart.",
            "un document interne",
            "Mediapart",
        ),
    ],
)
def test_relay_after_the_source_phrase(fr: Language, text: str, first: str, second: str) -> None:
    found = _sources(fr, text)
    assert first in found
    assert found[second][0] == "media"
    assert found[second][1].startswith(text.split(",")[0])  # the same claim as the first source's


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the participle qualifies a noun of the claim that follows the source
        (
            "Selon le rapport remis au ministre, les effectifs, repris par la presse locale, ont baissé de moitié.",
            "la presse locale",
        ),
        # `révélés` inside the source's own phrase: one source
        ("Le maire a démissionné, selon des courriels révélés par Mediapart.", "Mediapart"),
        # a finite verb between: the participle is no longer in the source's phrase
        (
            "Le pont restera fermé, selon la préfecture qui a consulté les experts, cités par la mairie.",
            "la mairie",
        ),
    ],
)
def test_no_second_source(fr: Language, text: str, absent: str) -> None:
    assert absent not in _sources(fr, text)
