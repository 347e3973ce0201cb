"""French attribution, eleventh round (integrator, issue 13): a present form of a verb of saying the
small tagger reads as a noun between its subject and its object (`La fédération dénonce l'absence`),
and the types of organisations named by a common noun (`le syndicat`, `le groupe` of business news).
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La fédération dénonce l'absence de réponse du gouvernement.",
            "La fédération",
            "l'absence de réponse du gouvernement",
        ),
        ("La ministre dénonce une « décision injuste ».", "La ministre", "une « décision injuste »"),
        (
            "Le syndicat dénonce une baisse drastique de l'accès aux soins.",
            "Le syndicat",
            "une baisse drastique de l'accès aux soins",
        ),
    ],
)
def test_verb_tagged_as_noun_between_subject_and_object(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a name closing a complement is no subject: the form is the verb of the whole noun phrase, or a noun
        "Le rapprochement entre la France et la Russie annonce la fin d'une époque.",
        "Une note interne du ministère évoque la question.",
    ],
)
def test_no_speaker_from_a_complement(nlp: Language, text: str) -> None:
    speakers = [a.speaker for a in found(nlp, text)]
    assert "la Russie" not in speakers and "la France et la Russie" not in speakers


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Le syndicat estime que les salaires doivent être renégociés.", "Le syndicat", "institution"),
        ("Le groupe a annoncé qu'il fermerait son usine en juin.", "Le groupe", "institution"),
        ("Les syndicats estiment que la réforme est injuste.", "Les syndicats", "group"),  # round 45 (was r29)
        ("Un groupe de manifestants affirme que la police a chargé.", "Un groupe de manifestants", "group"),
    ],
)
def test_organisations_named_by_a_common_noun(nlp: Language, text: str, speaker: str, kind: str) -> None:
    types = {a.speaker: a.speaker_type for a in found(nlp, text)}
    assert types.get(speaker) == kind, types
