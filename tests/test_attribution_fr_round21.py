"""French speakers of quotations (twentieth round, second wave): a quotation that follows another
speaker's words but holds its own incise after its first sentence (`« A. B, précise X. C »`) or runs
its clause through the incise (`« A, avoue à la radio X, B »`) is X's, not the previous speaker's;
an inverted subject after a day and a medium (`a déclaré lundi à l'AFP X`) is found. Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language

LEAD = "Le maire a réuni le conseil lundi. « Nous allons rouvrir la piscine en juin », a-t-il déclaré.\n"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _speaker_of(nlp: Language, text: str, fragment: str) -> tuple[str | None, str]:
    """Speaker and rule of the record whose content holds `fragment`."""
    at = text.index(fragment)
    records = [
        a
        for a in checked_attributions(nlp, text)
        if a.content_start is not None and a.content_end is not None and a.content_start <= at < a.content_end
    ]
    assert records, [(a.speaker, a.text) for a in checked_attributions(nlp, text)]
    return records[0].speaker, records[0].rule


@pytest.mark.parametrize(
    ("quotation", "fragment", "speaker"),
    [
        (
            "« Les travaux ont pris du retard. Le chantier a coûté cher, précise Paul Martin, adjoint aux"
            " sports. Les nageurs pourront revenir cet été. »",
            "Les nageurs pourront",
            "Paul Martin",
        ),
        (
            "« Le bassin fuit depuis des années. Il fallait agir, explique Sophie Laurent. Nous avons trouvé"
            " une entreprise. »",
            "Le bassin fuit",
            "Sophie Laurent",
        ),
        (
            "« Nous sommes inquiets, avoue aussi à la radio Marie Dupont, présidente du club, les bassins"
            " restent fermés depuis trop longtemps. »",
            "les bassins restent",
            "Marie Dupont",
        ),
    ],
)
def test_incise_inside_a_later_quotation_names_its_speaker(
    nlp: Language, quotation: str, fragment: str, speaker: str
) -> None:
    text = LEAD + quotation
    assert _speaker_of(nlp, text, fragment) == (speaker, "quote_incise")


def test_quotation_without_incise_still_floats(nlp: Language) -> None:
    text = LEAD + "« Les nageurs pourront revenir cet été. Le chantier est presque fini. »"
    assert _speaker_of(nlp, text, "Les nageurs pourront") == ("il", "floating")


def test_speaker_quoted_inside_is_not_the_incise(nlp: Language) -> None:
    """A verb of saying in the quotation with the quoted voice as its subject is no incise."""
    text = LEAD + "« Les travaux ont pris du retard. Nous le disons depuis longtemps, nous. Le chantier avance. »"
    speaker, _ = _speaker_of(nlp, text, "Le chantier avance")
    assert speaker == "il"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous n'avons reçu aucune demande », a déclaré lundi à l'AFP Jean Morel, directeur du port.",
            "Jean Morel",
        ),
        ("« La route restera fermée », a indiqué mardi soir à la presse la préfète.", "la préfète"),
    ],
)
def test_inverted_subject_after_a_day_and_a_medium(nlp: Language, text: str, speaker: str) -> None:
    assert _speaker_of(nlp, text, text[3:20])[0] == speaker


def test_complement_after_a_time_phrase_is_no_speaker(nlp: Language) -> None:
    """After `alors au terme`, `de la visite` completes the noun; the subject is before the verb."""
    text = (
        "La ministre de la Santé, Claire Petit, disait alors au terme de la visite de Lyon : "
        "« Nous ne pouvons pas fermer ces services sans solution. »"
    )
    assert _speaker_of(nlp, text, "Nous ne pouvons")[0] != "de la visite de Lyon"
