"""French attribution, round 47: verbs of forecasting, wonder and highlighting (lexicon), asides inside
the verb group and before the quotation, incidental words after an inverted speaker, the narrative
`Et de` + verb after a sentence with no record, subjects holding a relative before a stray comma, and
quotations with no cue after a short sentence of a person and a verb of feeling. Every sentence here
was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class L: lexicon of cues


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("« Les prix vont encore monter », anticipe un économiste.", "un économiste", "Les prix vont encore monter"),
        ("« C'est magnifique », s'émerveille une visiteuse.", "une visiteuse", "C'est magnifique"),
        ("« On n'avait jamais vu ça », s'ébahit un client.", "un client", "On n'avait jamais vu ça"),
        ("Le rapport met en évidence des failles dans la sécurité.", "Le rapport", "des failles dans la sécurité"),
        (
            "La note met en relief les écarts de salaire entre services.",
            "La note",
            "les écarts de salaire entre services",
        ),
    ],
)
def test_lexicon_of_cues(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


def test_a_forecast_with_an_object_is_no_incise(fr: Language) -> None:
    assert speaker_content_pairs(fr, "Les analystes anticipent une baisse des ventes.") == []


# ---------------------------------------------------------------- class A: an aside between avoir and the participle


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le ministre a, dans une note interne, affirmé que le budget serait tenu.",
            "Le ministre",
            "le budget serait tenu",
        ),
        ("Le ministre a, mardi soir, affirmé que le budget serait tenu.", "Le ministre", "le budget serait tenu"),
        (
            "Le maire a, lors du conseil, indiqué que les travaux dureraient deux ans.",
            "Le maire",
            "les travaux dureraient deux ans",
        ),
    ],
)
def test_aside_inside_the_compound_tense(fr: Language, text: str, speaker: str, content: str) -> None:
    assert speaker_content_pairs(fr, text) == [(speaker, content)]


# ---------------------------------------------------------------- class A2: asides before the quotation, inverted tails


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Les riverains dénoncent en outre « un mépris total ».", "Les riverains", "un mépris total"),
        ("Le syndicat dénonce aussi « une méthode brutale ».", "Le syndicat", "une méthode brutale"),
        (
            "La présidente a salué, lors d'une visite à Nantes, « un travail remarquable ».",
            "La présidente",
            "un travail remarquable",
        ),
        (
            "La présidente a salué lors de sa visite « un travail remarquable ».",
            "La présidente",
            "un travail remarquable",
        ),
        (
            "Le préfet a rappelé mardi devant la presse « l'exigence de sécurité ».",
            "Le préfet",
            "l'exigence de sécurité",
        ),
        ("« On ne lâchera rien », dit une élue présente hier au musée.", "une élue", "On ne lâchera rien"),
        (
            "« C'est inacceptable », détaille - agacé - un conseiller municipal.",
            "un conseiller municipal",
            "C'est inacceptable",
        ),
        ("« Nous sommes prêts », assure - confiant - le capitaine.", "le capitaine", "Nous sommes prêts"),
    ],
)
def test_asides_before_the_quotation_and_after_the_speaker(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les dirigeants se justifient par « la crise ».",
        "La mission durera au moins jusqu'en 2031 pour « protéger les civils ».",
        "Des élus ont récemment lancé des appels à une « insurrection ».",
    ],
)
def test_a_complement_holding_the_quotation_is_no_aside(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ---------------------------------------------------------------- class E: narrative `Et de`, no record before


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le maire défend son projet. Et d'ajouter que les travaux commenceront en juin.",
            "Le maire",
            "les travaux commenceront en juin",
        ),
        (
            "Le maire défend son projet. Et de rappeler que la ville a déjà investi dix millions.",
            "Le maire",
            "la ville a déjà investi dix millions",
        ),
        (
            "La directrice a visité le chantier mardi. Et d'expliquer : « Nous avons pris du retard. »",
            "La directrice",
            "Nous avons pris du retard.",
        ),
    ],
)
def test_narrative_infinitive_takes_the_previous_subject(fr: Language, text: str, speaker: str, content: str) -> None:
    assert speaker_content_pairs(fr, text) == [(speaker, content)]


def test_no_narrative_without_et(fr: Language) -> None:
    text = "Le maire défend son projet. D'ajouter que les travaux commenceront en juin."
    assert speaker_content_pairs(fr, text) == []


# ---------------------------------------------------------------- class S: a subject holding a relative, then a comma


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "L'association qui conteste les chiffres, dénonce une manipulation grossière.",
            "L'association",
            "une manipulation grossière",
        ),
        (
            "Le collectif qui défend les locataires, estime que la hausse est illégale.",
            "Le collectif",
            "la hausse est illégale",
        ),
        (
            "Les habitants que nous avons rencontrés, racontent « une nuit d'angoisse ».",
            "Les habitants",
            "une nuit d'angoisse",
        ),
    ],
)
def test_subject_with_a_relative_before_a_comma(fr: Language, text: str, speaker: str, content: str) -> None:
    assert speaker_content_pairs(fr, text) == [(speaker, content)]


def test_an_incise_in_mid_sentence_stays_inverted(fr: Language) -> None:
    pairs = speaker_content_pairs(fr, "L'homme qui a tiré, affirme la police, était armé.")
    assert [speaker for speaker, _ in pairs] == ["la police"]


# ---------------------------------------------------------------- class Q: a quotation after a sentence of feeling


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le maire se désole. « Personne ne nous a écoutés, personne. »",
            "Le maire",
            "Personne ne nous a écoutés, personne.",
        ),
        (
            "La commerçante soupire. « On tiendra jusqu'à l'été, pas plus. »",
            "La commerçante",
            "On tiendra jusqu'à l'été, pas plus.",
        ),
    ],
)
def test_quotation_after_a_short_sentence_of_feeling(fr: Language, text: str, speaker: str, content: str) -> None:
    assert speaker_content_pairs(fr, text) == [(speaker, content)]


def test_no_person_no_speaker(fr: Language) -> None:
    assert speaker_content_pairs(fr, "La pluie tombe. « Les travaux seront finis en mai, enfin. »") == []
