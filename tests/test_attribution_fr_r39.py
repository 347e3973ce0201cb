"""French attribution, round 39 (read sets A52 and A53): causes that recur across independent sets.

A name that opens on an acronym in capitals and goes on in ordinary capitals is a company's or a
body's branch, not a person's; `ce dernier` looks for its antecedent outside straight double quotes as
it did outside guillemets; a paragraph-opening quotation in the first person with no cue takes as
speaker the subject that opens the next sentence, when it is people or a body.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline, record_of, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("En avril, EDF Renouvelables a annoncé la fermeture de deux parcs éoliens.", "EDF Renouvelables"),
        ("RTE Réseau a indiqué jeudi que la ligne serait rétablie dans la soirée.", "RTE Réseau"),
        ("« Les travaux dureront un an », a précisé SNCF Voyageurs dans un communiqué.", "SNCF Voyageurs"),
    ],
)
def test_acronym_led_name_is_a_body(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["institution"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le candidat Jean DUPONT a déclaré que rien n'était encore joué.", "Le candidat Jean DUPONT"),
        ("« Rien n'est joué », a déclaré Jean-Luc MÉLENCHON.", "Jean-Luc MÉLENCHON"),
    ],
)
def test_surname_in_capitals_stays_a_person(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["named_person"]


def test_ce_dernier_skips_a_noun_inside_straight_quotes(nlp: Language) -> None:
    text = (
        "En mai, EDF Renouvelables annonçait la fermeture de deux parcs. Le conseil départemental avait "
        '"refusé tout arrêt des éoliennes", souligne ce dernier dans un communiqué.'
    )
    record = record_of(nlp, text, "ce dernier")
    assert record.resolved == "Le conseil départemental"
    assert record.speaker_type == "institution"


def test_ce_dernier_still_takes_a_text_outside_quotes(nlp: Language) -> None:
    text = 'Le ministère de la Santé a publié un décret. "Il entre en vigueur lundi", précise ce dernier.'
    assert record_of(nlp, text, "ce dernier").speaker_type == "document"


def _opening(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [
        (a.speaker, text[a.content_start : a.content_end], a.speaker_type)
        for a in checked_attributions(nlp, text)
        if a.rule == "next_sentence" and a.content_start is not None and a.content_end is not None
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Fermeture d'usine\n« Nous ne partirons pas sans garanties. On nous a menti pendant des mois. » "
            "Les salariés de l'usine de Vierzon occupent le site depuis lundi.\nIls ont été reçus mardi.",
            "Les salariés de l'usine de Vierzon",
            "group",
        ),
        (
            "Colère\n« Nous voulons des réponses. » Paul Martin et sa femme attendent toujours des nouvelles "
            "de leur fils.",
            "Paul Martin et sa femme",
            "named_person",
        ),
        (
            "Colère\n« Nous voulons des réponses tout de suite. » Les parents, qui attendent depuis lundi, "
            "ne décolèrent pas.",
            "Les parents",
            "group",
        ),
        (
            "Classe fermée\n«Nous sommes déçus, mais nous restons mobilisés ». Les parents de l'école "
            "Jean-Jaurès de Nantes n'ont rien obtenu du rectorat.",
            "Les parents de l'école Jean-Jaurès de Nantes",
            "group",
        ),
    ],
)
def test_first_person_quotation_takes_the_next_subject(nlp: Language, text: str, speaker: str, kind: str) -> None:
    found = _opening(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][2] == kind


@pytest.mark.parametrize(
    "text",
    [
        # not in the first person: a warning, a sign, a headline's words
        "Le pont fermé\n« Le pont risque de céder à tout moment. » La route départementale a été fermée lundi.",
        # a pronoun names nobody new
        "Colère\n« Nous voulons des réponses tout de suite. » Ils attendent des nouvelles.",
        # an adverbial opens the next sentence: its subject is not the first words after the quotation
        "Colère\n« Nous voulons des réponses tout de suite. » Depuis lundi, les habitants attendent.",
        # the quotation does not open its paragraph
        "Colère\nLe maire a reçu les familles. « Nous voulons des réponses tout de suite. » Les parents "
        "attendent des nouvelles.",
    ],
)
def test_no_opening_record_without_the_shape(nlp: Language, text: str) -> None:
    assert _opening(nlp, text) == []
