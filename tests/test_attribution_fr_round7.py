"""French attribution, seventh round (issue 13): causes counted on whole articles annotated by hand
before the tool's output was read. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_a_present_participle_ends_an_inverted_speaker(nlp: Language) -> None:
    text = (
        "« Les loyers ont cessé de grimper », constate l'économiste de la banque citant aussi « un marché plus calme »."
    )
    assert ("l'économiste de la banque", "Les loyers ont cessé de grimper") in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "La commune mène une politique consistant à ne reconnaître qu'un seul syndicat, le plus ancien.",
        "Le club n'admet que les membres à jour de cotisation.",
    ],
)
def test_restrictive_ne_que_opens_no_clause(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Leur seule défense, c'est de prétendre qu'ils ignoraient tout du dossier.",
        "Quiconque affirme que la route est sûre n'a jamais roulé de nuit.",
    ],
)
def test_a_demonstrative_or_generic_pronoun_is_no_speaker(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


def test_a_participle_without_auxiliary_and_its_agent(nlp: Language) -> None:
    text = (
        "Le maire a défendu la hausse des tarifs, une mesure qualifiée de « scandale » par l'association des usagers."
    )
    assert ("l'association des usagers", "scandale") in contents(nlp, text)


def test_a_comma_inside_the_quoted_complement_keeps_the_agent(nlp: Language) -> None:
    text = 'Le club a vendu son stade, une décision qualifiée de "honteuse, absurde" par le président des supporters.'
    assert ("le président des supporters", "honteuse, absurde") in contents(nlp, text)


def test_a_participle_without_an_agent_reports_nothing(nlp: Language) -> None:
    assert contents(nlp, "Une mesure qualifiée de bon sens, la baisse des tarifs entre en vigueur lundi.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Voici la réponse du syndicat des enseignants : « Nous ne signerons pas cet accord. »",
            "syndicat des enseignants",
        ),
        (
            "Il y a aussi ce message de Paul Girard :\n\n« Les travaux reprendront au printemps. »",
            "Paul Girard",
        ),
        ("Lisez cet extrait d'une lettre de Jeanne Morel à sa sœur : « Je pars demain. »", "Jeanne Morel"),
    ],
)
def test_a_speech_noun_and_its_source_before_a_colon(nlp: Language, text: str, speaker: str) -> None:
    (a,) = found(nlp, text)
    assert a.speaker == speaker
    assert a.form == "direct"


def test_a_speech_noun_without_a_source_is_no_lead_in(nlp: Language) -> None:
    assert contents(nlp, "Il a retrouvé la lettre : « Reviens vite ». Elle était datée de 1950.") == []


def test_a_future_tagged_as_a_present_is_a_prediction(nlp: Language) -> None:
    assert contents(nlp, "Les syndicats dénonceront sans doute cette réforme comme une trahison.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le patronat soutient que la réforme créera des emplois.", "la réforme créera des emplois"),
        ("Le ministre considère que la situation est grave.", "la situation est grave"),
        ("« Ce sera difficile », soutient l'avocat de la famille.", "Ce sera difficile"),
    ],
)
def test_soutenir_and_considerer_report_a_que_clause_or_an_incise(nlp: Language, text: str, content: str) -> None:
    assert [c for _, c in contents(nlp, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Les supporters soutiennent leur club depuis vingt ans.",
        "Lorsqu'on considère la durée du chantier, bien plus longue que prévu, le coût surprend.",
    ],
)
def test_soutenir_and_considerer_without_a_clause_are_no_speech(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


def test_a_speaker_opening_with_rien_is_nobody(nlp: Language) -> None:
    assert contents(nlp, "Rien de tout cela n'est dit, menaçant de ruiner la confiance des électeurs.") == []


@pytest.mark.parametrize(
    "text",
    [
        "La gauche radicale soutient que la réforme est injuste.",
        "Le patronat estime que la réforme créera des emplois.",
        "Selon la droite, le budget est insincère.",
    ],
)
def test_political_sides_and_the_employers_are_groups(nlp: Language, text: str) -> None:
    (a,) = found(nlp, text)
    assert a.speaker_type == "group"


def test_a_noun_object_stops_where_a_new_clause_begins(nlp: Language) -> None:
    text = (
        "Après que la sénatrice Anne Roux a rejeté le projet de loi de son propre groupe, "
        "le ministre Paul Durand a déclaré :\n\n« Nous avancerons sans elle. »"
    )
    assert contents(nlp, text) == [
        ("la sénatrice Anne Roux", "le projet de loi de son propre groupe"),
        ("le ministre Paul Durand", "Nous avancerons sans elle."),
    ]


def test_faire_part_de_reports_its_noun_complement(nlp: Language) -> None:
    text = "La ministre a fait part de sa « vive inquiétude » face à la hausse des prix."
    assert contents(nlp, text) == [("La ministre", "sa « vive inquiétude » face à la hausse des prix")]


def test_comme_l_a_dit_x_colon_then_a_quotation_in_the_next_paragraph(nlp: Language) -> None:
    text = "Comme l'a fait valoir l'ancien député Marc Petit :\n\n« Une crise ne se règle pas par décret. »"
    assert contents(nlp, text) == [("l'ancien député Marc Petit", "Une crise ne se règle pas par décret.")]


def test_citer_reports_only_as_an_incise(nlp: Language) -> None:
    assert contents(nlp, "« La réforme est injuste », – cite Le Courrier.") == [
        ("Le Courrier", "La réforme est injuste")
    ]
    assert contents(nlp, "Le journal cite un rapport sur la pollution de la rivière.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le prince souligne, dans un message adressé au président, que l'accueil fut chaleureux.",
            "l'accueil fut chaleureux",
        ),
        (
            "Le prince souligne, dans un message adressé au président, sa « profonde gratitude » pour l'accueil.",
            "sa « profonde gratitude » pour l'accueil",
        ),
        ("La délégation a évoqué, elle, les « efforts communs » pour la paix.", "les « efforts communs » pour la paix"),
    ],
)
def test_an_aside_between_the_verb_and_its_content(nlp: Language, text: str, content: str) -> None:
    assert [c for _, c in contents(nlp, text)] == [content]


def test_a_noun_object_opening_a_quotation(nlp: Language) -> None:
    text = 'Le syndicat a aussi réitéré son "appel pressant au gouvernement pour qu\'il renonce à la réforme".'
    ((speaker, content),) = contents(nlp, text)
    assert speaker == "Le syndicat"
    assert content.startswith('son "appel pressant')


def test_an_adverbial_phrase_before_an_infinitive_content(nlp: Language) -> None:
    text = "La direction nie pour sa part avoir menti aux salariés."
    assert contents(nlp, text) == [("La direction", "avoir menti aux salariés")]


def test_faire_savoir_reports_its_object(nlp: Language) -> None:
    text = "Plusieurs pays ont fait savoir leur hostilité à cette idée."
    assert contents(nlp, text) == [("Plusieurs pays", "leur hostilité à cette idée")]


def test_an_incise_verb_with_its_medium_before_the_quotation(nlp: Language) -> None:
    text = 'La ministre a salué sur Twitter "le vote du Parlement en faveur de la loi".'
    assert contents(nlp, text) == [("La ministre", "le vote du Parlement en faveur de la loi")]
    assert contents(nlp, "La ministre a salué sur Twitter la décision du Parlement.") == []


@pytest.mark.parametrize(
    "text",
    [
        "« La réforme est injuste », – cite NovaBaltic.Ru.",
        "« Le texte passera », rapporte Mediapart.fr dans un article.",
    ],
)
def test_a_site_name_with_its_domain_is_an_outlet(nlp: Language, text: str) -> None:
    (a,) = found(nlp, text)
    assert a.speaker_type == "media"


def test_faire_part_de_an_event_is_no_speech(nlp: Language) -> None:
    assert contents(nlp, "Les habitants font part de l'arrivée du nombre de camions dans la ville.") == []
