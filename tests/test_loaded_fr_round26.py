"""French loaded vocabulary, twenty-sixth round (issue 14).

Conventions: the wire's designations of political camps ("ultradroite", "ultragauche") and the plain
reaction verbs of wire copy ("ironiser", "décrier", "épingler") are optional lexicons, while the verbs
that dramatise ("fustiger", "s'en prendre à", "marteler") stay; quotation marks around a name, an
offence or a status, or a function title are no scare quotes; a loaded word mentioned after a mention
noun or an infinitive naming verb is not used. Mechanisms: an adjective met as a verb form (compound
tense, gerund), a headline in capitals, a scourge as the doer of a verb. A construction: politics told
as war. Every sentence here was written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_words, scare_quote_words, term_hits
from spacy.language import Language

from framing.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
OPTIONAL = ROOT / "lexicons" / "fr" / "optional"


@pytest.fixture(scope="module")
def fr_optional() -> Language:
    return load_pipeline("fr", (str(OPTIONAL / "style_guide.yaml"), str(OPTIONAL / "reaction_verbs.yaml")))


CAMPS = [
    ("Plusieurs centaines de militants d'ultradroite ont défilé samedi dans le centre de Lyon.", "ultradroite"),
    ("Des militants d'ultragauche ont tenté de rejoindre le cortège, selon la préfecture.", "ultragauche"),
]


@pytest.mark.parametrize(("text", "word"), CAMPS)
def test_a_wire_designation_of_a_political_camp_is_no_loaded_word_by_default(
    fr: Language, text: str, word: str
) -> None:
    assert word not in lexicon_words(fr, text)


@pytest.mark.parametrize(("text", "word"), CAMPS)
def test_the_style_guide_lexicon_still_flags_the_camp_designations(fr_optional: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr_optional, text)


def test_far_right_and_far_left_stay_plain(fr: Language) -> None:
    text = "Des élus d'extrême droite et d'extrême gauche ont voté contre le texte mardi soir."
    assert lexicon_words(fr, text) == []


REACTIONS = [
    # round 34: in a speech incise ("« … », a ironisé le sénateur") the verb is the attribution's and is not
    # counted with any lexicon (test_loaded_fr_round34.py); the reaction verb is tested in the writer's sentence
    ("Le sénateur a ironisé sur une réforme bien pressée à la sortie de la séance.", "ironisé"),
    ("La mesure, décriée par les syndicats, entrera en vigueur le mois prochain.", "décriée"),
    ("Le rapport annuel épingle la gestion des marchés publics par la commune.", "épingle"),
]


@pytest.mark.parametrize(("text", "word"), REACTIONS)
def test_a_plain_reaction_verb_is_no_loaded_word_by_default(fr: Language, text: str, word: str) -> None:
    assert word not in lexicon_words(fr, text)


@pytest.mark.parametrize(("text", "word"), REACTIONS)
def test_the_optional_reaction_verbs_lexicon_flags_them(fr_optional: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr_optional, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le député a fustigé la réforme devant la presse jeudi matin.", "fustigé"),
        ("La ministre s'en prend aux syndicats dans chacun de ses discours.", "s'en prend aux"),
        ("Le candidat a martelé son programme pendant toute la soirée.", "martelé"),
    ],
)
def test_a_dramatising_speech_verb_stays_loaded(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "La marche organisée par le « Collectif des riverains » a réuni deux cents personnes dimanche.",
        "Le texte rétablissait le délit de « maintien irrégulier » sur le territoire, censuré jeudi.",
        "Le député, sa « ministre fantôme » à l'agriculture, a présenté un contre-budget.",
    ],
)
def test_quotation_marks_around_a_name_an_offence_or_a_function_are_no_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quote_words(fr, text) == []


def test_a_lower_case_label_kept_at_a_distance_is_still_a_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Les « réformateurs » du conseil municipal ont encore repoussé le budget des écoles."
    assert scare_quote_words(fr, text) == ["réformateurs"]


@pytest.mark.parametrize(
    "text",
    [
        "La consigne interdit aux présentateurs de qualifier le mouvement de « terroristes » à l'antenne.",
        "Le mot « fasciste » revient dans presque tous les tracts distribués ce jour-là.",
    ],
)
def test_a_loaded_word_mentioned_is_not_used(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_a_conjugated_naming_verb_applies_the_label(fr: Language) -> None:
    text = "Le ministre a qualifié ces manifestants de « fascistes » lors de sa conférence de presse."
    assert "fascistes" in lexicon_words(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le rassemblement a rapidement dégénéré en échauffourées avec les forces de l'ordre.",
        "En dégradant les conditions de vie, les sanctions ont renforcé le pouvoir en place.",
        "Le maire, en se réjouissant de la décision, a surpris ses propres adjoints.",
    ],
)
def test_an_adjective_met_as_a_verb_form_is_not_counted(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_the_adjective_and_the_verb_entries_keep_their_hits(fr: Language) -> None:
    hits = term_hits(fr, "Ce traitement dégradant a choqué. Le gouvernement a ruiné les finances publiques.")
    assert ("dégradant", "fr-loaded-classe-condamnation-morale") in hits
    assert ("ruiné", "fr-loaded-classe-verbes-action") in hits


def test_a_headline_in_capitals_is_house_style(fr: Language) -> None:
    text = "DUEL SERRÉ ENTRE LES DEUX FAVORIS : le verdict tombe dimanche\nLe scrutin s'annonce disputé."
    assert lexicon_words(fr, text) == []


def test_capitals_in_the_middle_of_a_sentence_still_shout(fr: Language) -> None:
    text = "Le maire répète que LA VILLE NE PAIERA JAMAIS pour ces travaux inutiles."
    assert ("LA VILLE NE PAIERA JAMAIS", "fr-loaded-majuscules") in term_hits(fr, text)


def test_a_verb_done_by_a_scourge_is_plain(fr: Language) -> None:
    assert lexicon_words(fr, "Le pays, ruiné par la guerre, attend l'aide promise par les bailleurs.") == []


def test_a_word_said_of_a_war_still_judges(fr: Language) -> None:
    assert "sanglante" in lexicon_words(fr, "Le pays sort d'une guerre sanglante qui a duré dix ans.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le parti mène une guerre culturelle contre la radio publique depuis son arrivée.", "guerre culturelle"),
        ("Le vote du conseil d'administration était une bataille décisive pour la direction.", "bataille décisive"),
        ("Pour le syndicat, cette loi est une attaque contre la presse indépendante.", "attaque contre la presse"),
    ],
)
def test_politics_told_as_war_is_loaded(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)


def test_a_real_battle_is_told_plainly(fr: Language) -> None:
    text = "Les soldats ont livré une bataille décisive près du fleuve ; l'armée y a perdu trois chars."
    assert "bataille décisive" not in lexicon_words(fr, text)


def test_a_death_whose_plain_cause_comes_late_is_no_euphemism(fr: Language) -> None:
    text = "Le jeune homme avait trouvé la mort il y a vingt ans en faisant une chute dans la rue."
    assert lexicon_words(fr, text) == []
