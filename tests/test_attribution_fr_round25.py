"""French attribution finding (twenty-fifth round): verbs of recounting and mentioning report their noun
object (`signale une hausse`, `raconte sa journée`); the marker family with a possessive or a pronoun
for source (`à ses yeux`, `à l'en croire`) and `si l'on en croit X`, with the unaccented capital (`A
ses yeux`); `rajouter` as `ajouter`; one of a set named by a pronoun inverted after its verb (`lâche
l'une d'elles`, `..., explique l'un d'eux`); `constater` is perception, speech only with quoted words;
an outlet that learnt a claim from a source (`a appris Reuters de sources sécuritaires`) gives the
record to that source (round 37; round 25 gave the outlet one too); a marker set off right after a
relative pronoun reports the relative clause (`qui, selon X, « ont été secourus »`).
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, speaker_content_pairs, speaker_contents_rules
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le maire mentionne la fermeture de la piscine, qui « pèse sur le quartier ».",
            "Le maire",
            "la fermeture de la piscine, qui « pèse sur le quartier »",
        ),
        (
            "Elle raconte les journées passées à attendre les secours.",
            "Elle",
            "les journées passées à attendre les secours",
        ),
        ("Le rapport détaille les failles du dispositif d'alerte.", "Le rapport", "les failles du dispositif d'alerte"),
        ("Le témoin relate une scène d'une grande violence.", "Le témoin", "une scène d'une grande violence"),
    ],
)
def test_verbs_of_recounting_report_their_noun_object(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le syndicaliste ne cède pas. À ses yeux, la réforme n'a aucun avenir.", "ses", "la réforme n'a aucun avenir"),
        ("Le syndicaliste ne cède pas. A ses yeux, la réforme n'a aucun avenir.", "ses", "la réforme n'a aucun avenir"),
        ("Le maire est prudent. À son avis, la route doit rester fermée.", "son", "la route doit rester fermée"),
        ("Le ministre est optimiste. À l'en croire, la crise est derrière nous.", "l'", "la crise est derrière nous"),
        (
            "Si l'on en croit les riverains, la digue cède à chaque marée.",
            "les riverains",
            "la digue cède à chaque marée",
        ),
        ("A en croire le syndicat, la grève sera suivie.", "le syndicat", "la grève sera suivie"),
    ],
)
def test_markers_with_a_pronoun_or_a_conditional(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle a les yeux bleus. À ses yeux fatigués, on devine la nuit blanche.",
        "Le chien a ses yeux fermés.",
    ],
)
def test_no_marker_in_a_description(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []


def test_rajouter_reports_as_ajouter(nlp: Language) -> None:
    text = "« Il faut agir avant l'hiver », rajoute une habitante."
    assert ("une habitante", "Il faut agir avant l'hiver") in speaker_content_pairs(nlp, text)
    assert speaker_content_pairs(nlp, "Il faut rajouter du sel dans la soupe.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("« C'est trop tard pour nous », confie l'une d'elles.", "l'une d'elles", "C'est trop tard pour nous"),
        ("« Nous n'avons rien vu venir », explique l'un d'eux.", "l'un d'eux", "Nous n'avons rien vu venir"),
        (
            "Au port, on n'a jamais vu un tel chantier, explique l'un d'eux.",
            "l'un d'eux",
            "Au port, on n'a jamais vu un tel chantier",
        ),
    ],
)
def test_one_of_a_set_named_by_a_pronoun_after_the_verb(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_one_of_a_set_as_the_object_of_another_verb(nlp: Language) -> None:
    assert speaker_content_pairs(nlp, "Le maire a reçu les pêcheurs, a remercié l'un d'eux.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet s'est rendu sur place et a constaté que les digues avaient cédé.",
        "La rue était déserte lundi matin, ont constaté les pompiers.",
        "Ils constatent des dégâts sur la digue depuis la tempête.",  # round 37: `constatent que` + clause is a finding
        "Des fissures avaient été constatées sur le pont avant qu'il ne cède.",
    ],
)
def test_constater_is_perception_without_quoted_words(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []


def test_constater_with_quoted_words_is_a_statement(nlp: Language) -> None:
    text = "« Les loyers ont cessé de grimper », constate l'économiste de la banque."
    assert ("l'économiste de la banque", "Les loyers ont cessé de grimper") in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "outlet", "source"),
    [
        (
            "Le directeur du journal a été arrêté mercredi, a appris l'AFP auprès de ses collègues.",
            "l'AFP",
            "ses collègues",
        ),
        (
            "Trois soldats ont été tués dans une embuscade, a appris Reuters de sources sécuritaires.",
            "Reuters",
            "sources sécuritaires",
        ),
    ],
)
def test_outlet_that_learnt_a_claim_gives_the_record_to_its_source(
    nlp: Language, text: str, outlet: str, source: str
) -> None:
    # round 37 replaced round 25's convention (a record for the outlet too): the annotators of the
    # later sets give the claim to the source alone
    records = speaker_contents_rules(nlp, text)
    assert [speaker for speaker, _, _ in records] == [source]
    assert outlet not in {speaker for speaker, _, _ in records}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La grève est reconduite, a-t-on appris de sources syndicales.", "sources syndicales"),
        ("Le parc a été fermé, a-t-on appris vendredi auprès de la préfecture.", "la préfecture"),
    ],
)
def test_impersonal_hearsay_gives_one_record(nlp: Language, text: str, source: str) -> None:
    assert [speaker for speaker, _ in speaker_content_pairs(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "On ne sait rien des deux pêcheurs qui, selon un responsable au ministère de la Mer, « ont été "
            "secourus dans la nuit » au large de Sète.",
            "un responsable",
            "« ont été secourus dans la nuit » au large de Sète",
        ),
        (
            "Les élus réclament une hausse du budget, qui, d'après le maire, « stagne depuis dix ans ».",
            "le maire",
            "stagne depuis dix ans",
        ),
    ],
)
def test_marker_after_a_relative_pronoun_reports_the_relative_clause(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_inserted_marker_still_reports_its_whole_sentence(nlp: Language) -> None:
    text = "La grève, selon le syndicat, sera reconduite lundi."
    assert ("le syndicat", text[:-1]) in speaker_content_pairs(nlp, text)
