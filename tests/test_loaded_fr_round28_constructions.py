"""French loaded vocabulary, twenty-eighth round, second part (issue 14): conventions and constructions.

Conventions: a documented killing told with its victims or a count is reported, not judged
(massacre, massacrer, torturer, piller, civils innocents); "crier à la fraude" and "s'époumoner" are
optional reaction verbs. Constructions: a title noun and its adjectives before a quoted name, a
quoted doctrine name and a run of quoted epithets are no scare quotes; a war noun before an "anti-"
compound; pests given to people; classes of figures and evaluative adjectives; regime labels and a
riot label inside a quotation. Every sentence here was written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_hits, scare_quote_words, term_hits
from spacy.language import Language

from framing.nlp import load_pipeline


def ids(nlp: Language, text: str) -> set[str]:
    return {term for _, term in term_hits(nlp, text)}


ATROCITY_IDS = {"fr-loaded-massacre", "fr-loaded-massacrer", "fr-loaded-innocent", "fr-loaded-classe-verbes-action"}

ATROCITIES_REPORTED = [
    "Des miliciens ont massacré une quarantaine de villageois et pillé leurs greniers, selon l'ONU.",
    "Les massacres visant des civils se sont poursuivis toute la semaine dans la province.",
    "Selon l'ONG, les gardiens ont torturé des détenus dans au moins trois prisons.",
    "Une frappe a tué des dizaines de civils innocents près du marché.",
]


@pytest.mark.parametrize("text", ATROCITIES_REPORTED)
def test_a_killing_told_with_its_victims_or_a_count_is_plain(fr: Language, text: str) -> None:
    assert not ids(fr, text) & ATROCITY_IDS


ATROCITY_FIGURES = [
    ("La réforme a massacré l'hôpital public en moins de cinq ans.", "massacré"),
    ("Ce budget est un massacre pour la culture.", "massacre"),
    ("Ils s'en prennent sans scrupule aux civils innocents.", "civils innocents"),
]


@pytest.mark.parametrize(("text", "words"), ATROCITY_FIGURES)
def test_an_atrocity_word_said_of_a_policy_or_with_no_facts_still_counts(fr: Language, text: str, words: str) -> None:
    assert words in {w for w, _ in term_hits(fr, text)}


def test_the_noun_torture_is_left_to_the_graphic_violence_class(fr: Language) -> None:
    hits = term_hits(fr, "La torture des animaux dans l'arène doit cesser, disent les militants.")
    assert ("torture", "fr-loaded-classe-violence-graphique") in hits


REACTION_VERBS = Path(__file__).resolve().parents[1] / "lexicons" / "fr" / "optional" / "reaction_verbs.yaml"


@pytest.fixture(scope="module")
def fr_reaction_verbs() -> Language:
    return load_pipeline("fr", (str(REACTION_VERBS),))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Battue de peu, la candidate crie à la fraude et refuse de reconnaître le résultat.", "crie à la"),
        ("Devant la préfecture, une syndicaliste s'époumone dans un mégaphone.", "époumone"),
    ],
)
def test_dramatized_reaction_verbs_are_optional(
    fr: Language, fr_reaction_verbs: Language, text: str, words: str
) -> None:
    assert words not in {w for w, _ in term_hits(fr, text)}
    assert words in {w for w, _ in term_hits(fr_reaction_verbs, text)}


def test_hurler_au_complot_still_counts(fr: Language) -> None:
    assert "fr-loaded-crier-au" in ids(fr, "Le député hurle au complot dès qu'on l'interroge.")


NAMES_AND_CITED_EPITHETS = [
    "L'opération militaire « Bouclier du Nord » a commencé à l'aube.",
    "La stratégie nationale « zéro artificialisation » sera révisée en juin.",
    "Le parti est né d'une scission avec le « gaullisme » historique.",
    'Le sommet "historique", "inédit", s\'est ouvert lundi à Genève.',
]


@pytest.mark.parametrize("text", NAMES_AND_CITED_EPITHETS)
def test_names_doctrines_and_cited_epithets_are_no_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quote_words(fr, text) == []


def test_a_lone_word_kept_at_a_distance_is_still_a_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Le gouvernement présente sa « réforme » des retraites, qui repousse l'âge de départ."
    assert scare_quote_words(fr, text) == ["réforme"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le pouvoir mène depuis mars une guerre anti-syndicats sans précédent.", "guerre anti-syndicats"),
        ("Washington livre une guerre hybride à Caracas, selon l'éditorialiste.", "guerre hybride"),
    ],
)
def test_politics_told_as_war(fr: Language, text: str, words: str) -> None:
    assert words in {w for w, _ in term_hits(fr, text)}


def test_total_war_in_a_military_text_is_the_historians_term(fr: Language) -> None:
    text = "En 1943, l'armée allemande et ses chars engagent la guerre totale sur le front de l'Est."
    assert "fr-loaded-guerre-hybride-totale" not in ids(fr, text)


def test_pests_given_to_people_dehumanise(fr: Language) -> None:
    assert "fr-loaded-classe-nuisibles" in ids(fr, "Le tribun traite ses adversaires de cafards.")


def test_pests_in_a_text_about_infestations_are_literal(fr: Language) -> None:
    text = (
        "Les punaises de lit se multiplient dans les hôtels. Les piqûres inquiètent, et la "
        "désinsectisation coûte cher aux propriétaires."
    )
    assert "fr-loaded-classe-nuisibles" not in ids(fr, text)


FIGURES = [
    ("Son règne reste entaché du sang des opposants.", "fr-loaded-r28-fig-entache-de-sang"),
    ("Le ministre s'est abaissé à répondre aux insultes.", "fr-loaded-r28-fig-s-abaisser"),
    ("Le débat se vautre dans la démagogie.", "fr-loaded-r28-fig-se-vautrer"),
    ("La campagne réveille les vieux démons du pays.", "fr-loaded-r28-fig-vieux-demons"),
    ("Le parti cherche à se débarrasser du président sortant.", "fr-loaded-r28-fig-se-debarrasser-de-personnes"),
    ("La réforme a plongé des milliers de familles dans la précarité.", "fr-loaded-r28-fig-plonger-qqn-dans"),
    ("Le gouvernement veut court-circuiter le Parlement.", "fr-loaded-r28-fig-court-circuiter"),
    ("Une réception fastueuse attendait le prince.", "fr-loaded-r28-eval-faste"),
    ("Le pays croule sous une dette insurmontable.", "fr-loaded-r28-eval-insurmontable"),
    ("Avec son élégance inimitable, il a salué la foule.", "fr-loaded-r28-eval-inimitable"),
    ("Le silence complice des autorités a choqué les familles.", "fr-loaded-r28-eval-complice"),
    ("Le pays glisse lentement vers l'autocratie.", "fr-loaded-r28-autocratie"),
    ("Le président invoque un complot international contre la nation.", "fr-loaded-r28-complot"),
]


@pytest.mark.parametrize(("text", "entry"), FIGURES)
def test_figures_and_evaluative_families(fr: Language, text: str, entry: str) -> None:
    assert entry in ids(fr, text)


PLAIN_USES = [
    "Le taux directeur s'abaisse à 3 % en janvier.",
    "Le plongeur a plongé dans la piscine municipale.",
    "Il a été reconnu complice du vol par le tribunal correctionnel.",
    "Le court-circuit d'un câble électrique a provoqué l'incendie, selon les pompiers ; la batterie a fondu.",
]


@pytest.mark.parametrize("text", PLAIN_USES)
def test_plain_uses_of_the_new_classes_stay_plain(fr: Language, text: str) -> None:
    assert not {i for i in ids(fr, text) if i.startswith("fr-loaded-r28-")}


def test_a_riot_label_counts_inside_a_quotation_only(fr: Language) -> None:
    quoted = lexicon_hits(fr, "Le ministre a dénoncé « des émeutes organisées » dans la capitale.")
    assert [(h.text, h.voice) for h in quoted if h.term == "fr-loaded-r28-emeute-citee"] == [("émeutes", "quoted")]
    assert "fr-loaded-r28-emeute-citee" not in ids(fr, "Des émeutes ont éclaté dans la nuit à Nouméa.")
