"""French quoted words as a verb's object, whatever the verb (twelfth round): `Les riverains redoutent
« une hausse des loyers »` is the subject's stated position, a mixed attribution, though `redouter` is
in no lexicon; names, titles, things found or signed, a thing as subject and one-word scare quotes are
not. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language

from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def quoted_object(nlp: Language, text: str) -> list[Attribution]:
    return [a for a in found(nlp, text) if a.rule == "quoted_object"]


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "quoted", "kind"),
    [
        (
            "Les riverains du port redoutent « une hausse continue des loyers » dans le quartier.",
            "Les riverains du port",
            "redoutent",
            "une hausse continue des loyers",
            "group",
        ),
        (
            "Le gouvernement vise « un retour à l'équilibre » en 2027.",
            "Le gouvernement",
            "vise",
            "un retour",
            "institution",
        ),
        (
            "Ils ont requis « une peine exemplaire » contre le prévenu.",
            "Ils",
            "requis",
            "une peine exemplaire",
            "group",
        ),
        (
            "La maire, prônant « une pause dans les travaux », a reçu les commerçants.",
            "La maire",
            "prônant",
            "une pause dans les travaux",
            None,
        ),
        # the verb tagged a noun, the opening mark a verb: the shape still holds
        (
            "Les parents d'élèves craignent «une classe surchargée» à la rentrée.",
            "Les parents d'élèves",
            "craignent",
            "une classe surchargée",
            "group",
        ),
    ],
)
def test_quoted_words_in_the_object_are_the_subjects(
    nlp: Language, text: str, speaker: str, verb: str, quoted: str, kind: str | None
) -> None:
    got = quoted_object(nlp, text)
    assert len(got) == 1
    a = got[0]
    assert a.speaker == speaker
    assert a.verb == verb
    assert a.form == "mixed"
    assert a.content_start is not None and a.content_end is not None
    assert quoted in text[a.content_start : a.content_end]
    if kind is not None:
        assert a.speaker_type == kind


def test_the_object_runs_to_the_end_of_its_clause(nlp: Language) -> None:
    text = "Le procureur a requis une « peine exemplaire » : six mois de prison ferme."
    (a,) = quoted_object(nlp, text)
    assert text[a.content_start : a.content_end] == "une « peine exemplaire » : six mois de prison ferme"


@pytest.mark.parametrize(
    "text",
    [
        "Les élus ont signé « un accord de principe » avec la région.",  # a text signed
        "Les enquêteurs ont retrouvé « deux douilles » sur place.",  # a thing found
        "La mesure entraîne « une perte de revenus » pour les familles.",  # a thing as subject
        "Le ministre multiplie les « réformes » depuis son arrivée.",  # one word: the writer's scare quote
        "Les élèves étudient « Le Petit Prince » en classe.",  # a capital: a title
        "Les habitants ont baptisé la place « la petite colline » depuis longtemps.",  # a naming frame
        "Le rabais pourrait aussi s'appliquer « si le client reste fidèle ».",  # a clause, no object
        "Le club recrutera « dans les prochains jours » un nouvel entraîneur.",  # an adjunct, no object
    ],
)
def test_names_titles_things_and_scare_quotes_are_no_attribution(nlp: Language, text: str) -> None:
    assert quoted_object(nlp, text) == []
