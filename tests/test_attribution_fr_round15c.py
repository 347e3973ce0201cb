"""French speaker types and anonymous sources (fifteenth round, c): given names the recogniser calls
places, `la même source`, `l'un des X`, a pronoun whose unnamed antecedent is named in between, outlets
whose names are common phrases, documents of findings, local bodies, seats of power, `un autre`. Every
sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "« Le chantier a trop duré », regrette Yvette Rennes, commerçante du quartier.",
            "Yvette Rennes",
            "named_person",
        ),
        (
            "« Les classes sont pleines », commente Solange Le Mans du syndicat.",
            "Solange Le Mans du syndicat",
            "named_person",
        ),
        ("Le projet coûtera trois millions, assure La Montagne.", "La Montagne", "media"),
        ("Les habitants de la montagne affirment que la route est coupée.", "Les habitants de la montagne", "group"),
        (
            "Le miel manque, déplore l'Union nationale des apiculteurs.",
            "l'Union nationale des apiculteurs",
            "institution",
        ),
        (
            "Des expertises menées par le laboratoire ont confirmé que l'eau était polluée.",
            "Des expertises",
            "document",
        ),
        ("Une dizaine de témoignages affirment que la bête a été vue.", "Une dizaine de témoignages", "anonymous"),
        ("« C'est trop tard », déplorent ceux du Nord et de Bretagne.", "ceux du Nord et de Bretagne", "group"),
        ("« Les bus rouleront en mai », précise Saint-Étienne métropole.", "Saint-Étienne métropole", "institution"),
        ("Selon le Palais, le roi a accepté la démission des ministres.", "le Palais", "institution"),
        (
            "De nombreuses fédérations ont affirmé que le budget était insuffisant.",
            "De nombreuses fédérations",
            "group",
        ),
    ],
)
def test_speaker_type(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


def test_same_source_takes_the_source_quoted_last(nlp: Language) -> None:
    text = "Selon la préfecture, la route est fermée. Selon la même source, le pont est fermé aussi."
    record = by_speaker(nlp, text, "la même source")
    assert (record.speaker_type, record.resolved) == ("institution", "la préfecture")


def test_one_of_a_set_is_no_role_of_a_named_person(nlp: Language) -> None:
    text = "Le maire Paul Martin a visité la rue. « On ne partira pas », a lancé l'un des habitants."
    assert by_speaker(nlp, text, "l'un des habitants").speaker_type == "anonymous"


def test_pronoun_takes_the_person_named_with_the_same_role(nlp: Language) -> None:
    text = (
        "Un viticulteur de la commune a affirmé que la grêle avait tout détruit. Paul Roussel, viticulteur "
        "à Brion, a découvert ses vignes dimanche. « Je n'ai jamais vu ça », témoigne-t-il."
    )
    record = by_speaker(nlp, text, "il")
    assert (record.speaker_type, record.resolved) == ("named_person", "Paul Roussel")


def test_pronoun_takes_a_person_named_as_subject_after_an_unnamed_speaker(nlp: Language) -> None:
    text = (
        "« On arrose quand même », lance un habitant du village. Une attitude que regrette Paul Roussel, "
        "le maire de la commune. « Je ne peux rien faire la nuit », assure-t-il."
    )
    record = by_speaker(nlp, text, "il")
    assert (record.speaker_type, record.resolved) == ("named_person", "Paul Roussel")


def test_pronoun_keeps_the_unnamed_speaker_when_the_name_sits_in_its_words(nlp: Language) -> None:
    text = "Un habitant a affirmé que le maire Paul Roussel était absent. « Je n'ai jamais vu ça », a-t-il ajouté."
    record = by_speaker(nlp, text, "il")
    assert (record.speaker_type, record.resolved) == ("anonymous", "Un habitant")


def test_one_more_unnamed_speaker(nlp: Language) -> None:
    text = "« On arrose quand même », peste un habitant. « Nos tomates nourrissent la famille », confie un autre."
    speakers = [(a.speaker, a.speaker_type) for a in found(nlp, text)]
    assert speakers == [("un habitant", "anonymous"), ("un autre", "anonymous")]


def test_role_noun_in_the_feminine_stands_for_the_named_author(nlp: Language) -> None:
    text = "Véronique Lambert, auteure d'un livre sur le sujet, est inquiète. « Tout se perd », précise l'auteure."
    assert by_speaker(nlp, text, "l'auteure").speaker_type == "named_person"


def test_a_set_of_persons_named_before_is_named(nlp: Language) -> None:
    named = (
        "Paul Martin et Jacques Dubois se sont rencontrés mardi. Les deux hommes ont affirmé que l'accord était proche."
    )
    unnamed = "Des ouvriers sont arrivés à l'usine. Les deux hommes ont affirmé que l'accord était proche."
    assert by_speaker(nlp, named, "Les deux hommes").speaker_type == "named_person"
    assert by_speaker(nlp, unnamed, "Les deux hommes").speaker_type == "group"


def test_sub_prefecture_is_an_institution(nlp: Language) -> None:
    text = "La sous-préfecture de Brest a annoncé que la route était fermée."
    assert by_speaker(nlp, text, "La sous-préfecture de Brest").speaker_type == "institution"


def test_quotation_after_a_role_noun_takes_the_person_named_with_it(nlp: Language) -> None:
    rest = "Le viticulteur a ensuite fait le tour de ses parcelles. « La grêle a tout détruit en dix minutes. »"
    named = f"Paul Roussel, viticulteur à Brion, a découvert ses vignes dimanche. {rest}"
    unnamed = f"La grêle est tombée dimanche sur la commune. {rest}"
    assert by_speaker(nlp, named, "Le viticulteur").speaker_type == "named_person"
    assert by_speaker(nlp, unnamed, "Le viticulteur").speaker_type == "anonymous"
