"""French attribution, round 33 (colon33, issue 13): a quotation opened by a colon that closes a clause
about its speaker (`X, role, a refusé de commenter la rumeur pour le moment : « ... »`, `X, présidente de
l'association, partage ce constat : « ... »`, `Ce dernier est formel : « ... »`) is the subject's, direct.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, speaker_content_pairs
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a long predicate after the verb (more than the eight words the rule took before)
        (
            "Le délégué syndical, Paul Lefèvre, a même refusé de commenter la rumeur pour le moment : "
            "« Nous attendons des faits. »",
            "Le délégué syndical, Paul Lefèvre",
            "Nous attendons des faits.",
        ),
        # an apposition with a bracketed acronym; the present-tense verb after it is tagged a noun
        (
            "Jeanne Martin, présidente de l'association de défense des usagers du rail (Adur), partage ce "
            "constat : « Les trains ne suffisent plus. »",
            "Jeanne Martin",
            "Les trains ne suffisent plus.",
        ),
        # a role over several commas: the name opening the sentence is the speaker
        (
            "Luc Berthier, maire de Saint-Rémy (Orne), président du syndicat des eaux, illustre ce point : "
            "« Les communes paient pour tout le monde. »",
            "Luc Berthier",
            "Les communes paient pour tout le monde.",
        ),
    ],
)
def test_a_quotation_after_a_clause_about_its_speaker(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text), speaker_content_pairs(nlp, text)


def test_ce_dernier_before_the_colon_is_the_person_named_before(nlp: Language) -> None:
    text = (
        "Paul Simon, maire de Varennes, a signé un arrêté contre la fermeture du service. Ce dernier est "
        "formel : « Nous irons devant le tribunal. »"
    )
    pairs = speaker_content_pairs(nlp, text)
    assert ("Ce dernier", "Nous irons devant le tribunal.") in pairs, pairs


@pytest.mark.parametrize(
    "text",
    [
        # a verb of receiving: someone else wrote it
        "Le maire, Paul Simon, a reçu mardi une lettre de trois pages : « Vous serez tenu responsable. »",
        # nobody is named before the colon
        "Le trafic, perturbé depuis lundi, reste très difficile ce matin : « Prévoyez une heure de plus. »",
    ],
)
def test_a_clause_that_names_no_speaker_gives_no_record(nlp: Language, text: str) -> None:
    speakers = [s for s, _ in speaker_content_pairs(nlp, text)]
    assert not any(s and ("maire" in s or "Paul Simon" in s or "trafic" in s) for s in speakers), speakers
