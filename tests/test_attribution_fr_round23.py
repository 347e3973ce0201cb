"""French inverted incise with no comma before the verb (twenty-second round): `« ... » s'exclame une
habitante`, `La situation devient impossible estime X`, `Bien trop cher estime X`. What precedes the verb is
a quotation, a clause of its own or a short verbless opening, and a noun phrase naming a speaker
closes the clause after it. A subject before the verb (`Le maire salue X`, `Les élus qui ont voté le
texte dénoncent X`) keeps the ordinary reading. After a quotation and its comma, a speaker the parse
hides is read from the words' shape: a name whatever its parts' tags, `un des habitants`, a media
name in quotation marks. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _records(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every record with a content."""
    out = []
    for a in checked_attributions(nlp, text):
        if a.content_start is None or a.content_end is None:
            continue
        out.append((a.speaker, text[a.content_start : a.content_end]))
    return out


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("« On a tout perdu » s'exclame une habitante.", "une habitante", "On a tout perdu"),
        (
            "La situation devient impossible estime Paul Martin, le maire de la commune.",
            "Paul Martin",
            "La situation devient impossible",
        ),
        ("Bien trop cher estime Paul Martin, le maire de la commune.", "Paul Martin", "Bien trop cher"),
        (
            "La commune a voté le budget mardi soir explique le maire.",
            "le maire",
            "La commune a voté le budget mardi soir",
        ),
    ],
)
def test_inversion_without_comma(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _records(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire salue Paul Martin.",
        "Le directeur explique le projet aux habitants.",
        "Les élus qui ont voté le texte dénoncent Paul Martin.",
        "Le rapport cite Paul Martin, le maire.",
    ],
)
def test_subject_before_the_verb_is_no_inversion(nlp: Language, text: str) -> None:
    """The name after the verb is its object: it never speaks."""
    assert all(speaker is None or "Paul Martin" not in speaker for speaker, _ in _records(nlp, text))
    assert all(content != text.split(" ")[0] for _, content in _records(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "« C'est honteux », a ajouté un des habitants alors que la réunion s'achevait.",
            "un des habitants",
            "C'est honteux",
        ),
        (
            "« Le bus est arrivé en retard », précise la « radio Soleil » sur son site.",
            "la « radio Soleil »",
            "Le bus est arrivé en retard",
        ),
        ("« Nous le savions », a déclaré M. Lemoine à la radio.", "M. Lemoine", "Nous le savions"),
    ],
)
def test_speaker_after_quotation_the_parse_hides(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _records(nlp, text)


def test_place_name_after_quotation_is_no_speaker_without_a_saying_verb(nlp: Language) -> None:
    """`appeler` with a place after it names no speaker: no record gives Paris the quotation."""
    text = "« Nous le savions », a appelé Paris."
    assert all(speaker != "Paris" for speaker, _ in _records(nlp, text))
