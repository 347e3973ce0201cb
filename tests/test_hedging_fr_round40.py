"""French hedging, round thirty-five (hedgefr35, issue 14): recall by definition, over seven read sets.

Definitions aligned with what the annotators of the read sets H42-H48 mark (docs/hedging.md,
round 35). Present `pouvoir` + a verb that brings about a harm or an outcome ("peuvent causer des
dégâts", "peut favoriser", "peut avoir un plus grand effet") and the subjunctive `pouvoir` of a
concession ("bien que ... puissent") say a possibility; `pouvoir` of an agent (ability, permission),
of a purpose and of physical emission stays uncounted. The reporter's own source ("notre source",
"sa source") and press outlets left unnamed in any frame
("relayé par des médias", "des informations de presse") are unnamed sources. A speaker's first-person
opinion marker ("à mon avis", "je n'exclus pas que") and the distancing verb "prétendre" are hedges.
Every sentence here was written for the test (the file is named after the branch sequence: round 34
used round39).
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Même tardives, ces gelées peuvent causer des pertes importantes dans les vergers.", "peuvent causer"),
        ("Une exposition prolongée au bruit peut favoriser les troubles du sommeil.", "peut favoriser"),
        ("Le manque d'entretien peut accentuer l'usure des canalisations.", "peut accentuer"),
        ("La sécheresse peut aussi détériorer la qualité de l'eau potable.", "peut aussi détériorer"),
        ("Une panne de signalisation peut entraîner des retards sur toute la ligne.", "peut entraîner"),
        ("Le vent peut avoir un plus grand effet sur les récoltes que prévu.", "peut avoir un plus grand effet"),
        ("Le site sera rouvert lundi, bien que des travaux puissent encore gêner l'accès.", "puissent"),
        ("Le ciel sera dégagé, quoique des nuages puissent masquer la lune en fin de nuit.", "puissent"),
    ],
)
def test_possible_outcome_of_pouvoir_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert ("modal_hedge", words) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les riverains peuvent déposer un recours auprès de la mairie.",
        "On peut favoriser les circuits courts en baissant les taxes.",
        "Nous pouvons provoquer un vote dès la semaine prochaine.",
        "Ces pluies ne peuvent pas causer de dégâts à cette saison.",
        "Les orages d'été peuvent générer des rafales violentes.",
        "La mairie a ouvert un gymnase pour que les sinistrés puissent dormir au sec.",
        "Il faut bien que chacun puisse circuler librement dans le quartier.",
    ],
)
def test_ability_purpose_and_emission_stay_uncounted(fr: Language, text: str) -> None:
    assert [cue for cue in counted_cues(fr, text) if cue[0] == "modal_hedge"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("« Le service des urgences est saturé depuis lundi », indique notre source.", "notre source"),
        ("« Personne ne voulait céder avant la nuit », lui confie sa source.", "sa source"),
    ],
)
def test_own_and_taken_up_unnamed_sources_are_vague(fr: Language, text: str, words: str) -> None:
    assert words in counted_vague_attributions(fr, text)


def test_a_demonstrative_taking_up_a_named_source_is_not_vague(fr: Language) -> None:
    text = (
        "Le maire Paul Durand a confirmé la fermeture de l'école. "
        "« Les travaux dureront six mois », a précisé cette source."
    )
    assert "cette source" not in counted_vague_attributions(fr, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le rapport, relayé par des médias locaux, évoque une fraude.", "par des médias"),
        ("Des informations de presse font état d'un accord imminent.", "informations de presse"),
        ("Le chiffre a été cité par divers médias sans être confirmé.", "par divers médias"),
    ],
)
def test_unnamed_press_outlets_are_vague_sources(fr: Language, text: str, words: str) -> None:
    assert words in counted_vague_attributions(fr, text)


def test_named_press_outlets_are_not_vague_sources(fr: Language) -> None:
    text = "Le rapport, relayé par des médias du groupe Ebra, évoque une fraude."
    assert not any("médias" in words for words in counted_vague_attributions(fr, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("« L'essentiel, à mon avis, se jouera à l'automne », dit la ministre.", "à mon avis"),
        ("« Selon moi, la reprise sera lente », estime l'économiste.", "Selon moi"),
        ("« Je n'exclus pas que la grève reprenne lundi », a dit le délégué.", "Je n'exclus pas que"),
        ("« Je n'ai pas le sentiment que les stocks baissent », dit-il.", "Je n'ai pas le sentiment que"),
        ("Les pirates prétendent avoir dérobé les fichiers de 3 000 clients.", "prétendent"),
        ("Le taux a baissé chaque hiver, prétendent-ils, depuis dix ans.", "prétendent"),
    ],
)
def test_opinion_markers_and_pretendre_are_hedges(fr: Language, text: str, words: str) -> None:
    assert ("epistemic_hedge", words) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le club prétend au titre depuis l'automne dernier.",
        "L'auteur ne prétend pas trancher le débat.",
        "Le comité doit rendre un avis sur le projet jeudi.",
    ],
)
def test_aspiring_denying_and_an_official_opinion_are_not_hedges(fr: Language, text: str) -> None:
    assert [cue for cue in counted_cues(fr, text) if cue[0] == "epistemic_hedge"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Un court-circuit est évoqué. Les pompiers vérifient cette hypothèse.", "cette hypothèse"),
        ("Aucun témoin ne vient pour l'instant étayer cette thèse.", "cette thèse"),
        ("Cette théorie sera examinée par un juge d'instruction.", "Cette théorie"),
    ],
)
def test_a_supposition_taken_up_by_a_demonstrative_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert ("epistemic_hedge", words) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle a soutenu cette thèse de doctorat à Lyon en 2019.",
        "Les enquêteurs ont exploré cette piste pendant deux jours.",
    ],
)
def test_a_doctoral_thesis_and_a_lead_are_not_hedges(fr: Language, text: str) -> None:
    assert [cue for cue in counted_cues(fr, text) if cue[0] == "epistemic_hedge"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le risque de voir les loyers grimper encore inquiète les locataires.", "Le risque de voir"),
        ("La réforme avance, avec le risque que le calendrier soit intenable.", "le risque que"),
    ],
)
def test_the_risk_of_an_event_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert ("epistemic_hedge", words) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le risque de pénurie inquiète les pharmacies du département.",
        "Les pompiers ont pris le risque de traverser la rivière en crue.",
        "Le risque que représente le virus reste modéré, selon l'agence.",
    ],
)
def test_a_category_of_risk_a_risk_taken_and_a_relative_are_not_hedges(fr: Language, text: str) -> None:
    assert [cue for cue in counted_cues(fr, text) if cue[0] == "epistemic_hedge"] == []
