"""French participles of saying by their place in the sentence (twenty-first round): a participle or
gerund that opens its sentence speaks for the subject of the main clause after its comma (`Notant
que ..., le préfet a levé`), a participle after a clause takes its content past a short aside
(`rappelant par ailleurs, que`, `en dénonçant au passage les`), and a gerund after an inverted
incise goes on from that incise's speaker (`, a indiqué X, tout en ajoutant que`). A bare impersonal
`on` that narrates an act of saying (a past tense, or after a fronted phrase and a comma) is an
anonymous speaker. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _record(nlp: Language, text: str, fragment: str) -> tuple[str | None, str, str] | None:
    """(speaker, rule, content) of the participle record whose content holds `fragment`, or None."""
    at = text.index(fragment)
    for a in checked_attributions(nlp, text):
        if a.rule != "participle" or a.content_start is None or a.content_end is None:
            continue
        if a.content_start <= at < a.content_end:
            return a.speaker, a.rule, text[a.content_start : a.content_end]
    return None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "content"),
    [
        (
            "Notant que les chiffres baissent, le préfet a levé l'alerte.",
            "les chiffres",
            "le préfet",
            "les chiffres baissent",
        ),
        (
            "Saluant « le courage des bénévoles », le maire a promis une aide rapide.",
            "le courage",
            "le maire",
            "le courage des bénévoles",
        ),
        (
            "En rappelant que la loi est claire, la ministre a refusé la demande.",
            "la loi",
            "la ministre",
            "la loi est claire",
        ),
        (  # commas of a list inside the content are no end of the participle's phrase
            "Notant que les visiteurs arrivent de Lille, de Metz, de Reims et de Nancy, le musée a ouvert une salle.",
            "les visiteurs",
            "le musée",
            "les visiteurs arrivent de Lille, de Metz, de Reims et de Nancy",
        ),
    ],
)
def test_opening_participle_speaks_for_the_main_subject(
    nlp: Language, text: str, fragment: str, speaker: str, content: str
) -> None:
    assert _record(nlp, text, fragment) == (speaker, "participle", content)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "content"),
    [
        (
            "« Nous restons prudents », a ajouté la maire, rappelant par ailleurs, que « les écoles rouvriront ».",
            "les écoles",
            "la maire",
            "les écoles rouvriront",
        ),
        (
            "Le plan doit rassurer les familles, explique le ministère, en dénonçant au passage, les fausses alertes.",
            "les fausses",
            "le ministère",
            "les fausses alertes",
        ),
        (
            "La grève a éclaté mercredi, a indiqué une source syndicale, tout en ajoutant que la direction"
            " recevrait les délégués.",
            "la direction",
            "une source syndicale",
            "la direction recevrait les délégués",
        ),
    ],
)
def test_participle_after_a_clause(nlp: Language, text: str, fragment: str, speaker: str, content: str) -> None:
    assert _record(nlp, text, fragment) == (speaker, "participle", content)


@pytest.mark.parametrize(
    "text",
    [
        # an opening participle with no verb of saying, or no clause after its comma, reports nothing
        "Travaillant depuis lundi, les ouvriers ont fini le toit.",
        "Notant les noms des visiteurs, le gardien, un registre à la main.",
        # a participle with an ordinary place phrase and no content after it
        "Le maire a quitté la salle, saluant à la sortie.",
    ],
)
def test_no_participle_record(nlp: Language, text: str) -> None:
    assert [a for a in checked_attributions(nlp, text) if a.rule == "participle"] == []


def _records(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, speaker type, content) of every record with a content."""
    return [
        (a.speaker, a.speaker_type, text[a.content_start : a.content_end])
        for a in checked_attributions(nlp, text)
        if a.content_start is not None and a.content_end is not None
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Sur la place du village, on confirme la fermeture du gymnase.", "on", "la fermeture du gymnase"),
        ("On avait annoncé que la ligne rouvrirait en mai.", "On", "la ligne rouvrirait en mai"),
        ("L'an dernier, l'on indiquait que la salle resterait fermée.", "on", "la salle resterait fermée"),
    ],
)
def test_bare_on_is_an_anonymous_speaker(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert _records(nlp, text) == [(speaker, "anonymous", content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the generic `on` of the writer's reasoning, and a belief verb outside an incise, report nothing
        ("On peut comparer les deux chiffres pour constater que la baisse continue.", []),
        ("On pense que la baisse continue.", []),
        # the present `on` opening a clause, `on` addressing the reader, `si l'on`: the writer's voice
        ("On constate que les prix montent.", []),
        ("On nous répète que tout va bien.", []),
        ("Si l'on admettait que la réforme échoue, il faudrait tout reprendre.", []),
        # a source named around `on` is still the speaker
        (
            "Dans l'entourage du ministre, on assure que la réforme sera votée.",
            [("l'entourage du ministre", "anonymous", "la réforme sera votée")],
        ),
    ],
)
def test_on_limits(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(nlp, text) == expected
