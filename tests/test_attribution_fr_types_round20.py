"""French speaker types (twentieth round): a dateline or rubric before the subject (`PARIS (AFP) - Le
ministère`), a body named after a complement of kind (`l'opérateur de satellites Eutelsat`), nouns of
trade that name a company (`le constructeur`), political and armed bodies (`le mouvement`), parties to
a case (`le suspect`), a plural pronoun that would fall back on one named person, and `l'un d'entre
eux` after the verb. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "PARIS - Le ministère de la Culture a annoncé mardi que les musées rouvriraient.",
            "Le ministère de la Culture",
            "institution",
        ),
        (
            "LYON (AFP) - Le groupe de transport Keolis a indiqué lundi que les bus circuleraient.",
            "Le groupe de transport Keolis",
            "institution",
        ),
    ],
)
def test_dateline_is_no_part_of_the_speaker(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


def test_dateline_before_a_participles_subject(nlp: Language) -> None:
    text = (
        "BRUXELLES - Le ministère des Transports a indiqué jeudi ne pas pouvoir confirmer "
        "l'information faisant état de la fermeture du tunnel."
    )
    kinds = {a.speaker: a.speaker_type for a in checked_attributions(nlp, text)}
    assert kinds and all(not speaker.startswith("BRUXELLES") for speaker in kinds)
    # round 50: `l'information faisant état de`: the noun the participle qualifies speaks, not the ministry
    assert kinds["Le ministère des Transports"] == "institution"


def test_rubric_before_a_colon_is_no_part_of_the_speaker(nlp: Language) -> None:
    text = "Transports : le ministre annonce que les trains rouleront dimanche."
    record = by_speaker(nlp, text, "le ministre")
    assert text[record.start : record.end].startswith("le ministre")


def test_hyphenated_name_keeps_its_parts(nlp: Language) -> None:
    text = "Il pleuvait. Jean-Paul Martin a dit que la route était coupée."
    assert by_speaker(nlp, text, "Jean-Paul Martin").speaker_type == "named_person"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "L'opérateur de satellites Orbisat a indiqué que le lancement était reporté.",
            "L'opérateur de satellites Orbisat",
            "institution",
        ),
        (
            "Le fabricant de pneus Michelin a annoncé que les prix baisseraient.",
            "Le fabricant de pneus Michelin",
            "institution",
        ),
        (
            "Un groupe de chercheurs de l'université Laval a affirmé que le glacier recule.",
            "Un groupe de chercheurs de l'université Laval",
            "group",
        ),
        (
            "Le porte-parole du groupe pétrolier Total a indiqué que les prix baisseraient.",
            "Le porte-parole du groupe pétrolier Total",
            "anonymous",
        ),
    ],
)
def test_body_named_after_a_complement_of_kind(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Le constructeur a indiqué que l'usine fermerait en mars.", "Le constructeur", "institution"),
        ("Selon l'assureur, les dégâts dépassent un million d'euros.", "l'assureur", "institution"),
        ("Le mouvement islamiste a affirmé que la trêve était rompue.", "Le mouvement islamiste", "institution"),
        ("Le suspect a affirmé qu'il ne connaissait pas la victime.", "Le suspect", "anonymous"),
        ("La plaignante a raconté que la porte était ouverte.", "La plaignante", "anonymous"),
    ],
)
def test_heads_of_companies_bodies_and_parties(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


def test_role_after_a_named_company_is_still_a_person(nlp: Language) -> None:
    text = (
        "« Les ventes reculent », a déclaré Marie Roux, directrice du constructeur. "
        "« Nous fermerons une usine », a ajouté la directrice."
    )
    kinds = {a.speaker: a.speaker_type for a in checked_attributions(nlp, text)}
    assert kinds.get("la directrice") == "named_person"


def test_plural_pronoun_never_stands_for_one_named_person(nlp: Language) -> None:
    text = (
        "« Il m'est arrivé de faire trois boulangeries avant de trouver du pain, explique Odile. "
        "À chaque fois, ils m'ont dit qu'il n'y en avait plus. »"
    )
    record = by_speaker(nlp, text, "ils")
    assert record.speaker_type == "group"
    assert record.resolved is None


def test_plural_pronoun_still_takes_a_plural_speaker(nlp: Language) -> None:
    text = "Les riverains ont écrit au maire. « Le bruit a empiré », affirment-ils."
    record = by_speaker(nlp, text, "ils")
    assert record.speaker_type == "group"
    assert record.resolved == "Les riverains"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("« Nous n'avons rien vu venir », regrette l'un d'entre eux.", "l'un d'entre eux", "anonymous"),
        ("« Nous n'avons rien vu venir », affirme l'une d'entre nous.", "l'une d'entre nous", "anonymous"),
    ],
)
def test_one_among_them_after_the_verb(nlp: Language, text: str, speaker: str, kind: str) -> None:
    record = by_speaker(nlp, text, speaker)
    assert record.speaker_type == kind
    assert text[record.content_start : record.content_end] == "Nous n'avons rien vu venir"
