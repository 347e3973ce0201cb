"""French hedging, twenty-fifth round, hedgefr28 (issue 14): classes of possibility, ignorance and hearsay.

"pouvoir" in the indicative says a possibility when its subject cannot act ("ça", the impersonal "il"
of an existential or weather verb, a thing changing by itself, a figure that may be reached); an agent
with an action verb, a negated "pouvoir" or a rule stay uncounted. The phrases of ignorance ("personne
ne sait", "nous ne savons pas avec certitude", "les enquêteurs ignorent si"), of a fact that cannot be
established ("difficile de dresser un bilan"), and the inverted "on" after any verb of saying or
learning ("apprend-on") are hedges; their factive or practical senses are not. Every sentence here was
written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_epistemic, counted_vague_attributions
from spacy.language import Language


def counted_modals(nlp: Language, text: str) -> list[str]:
    return [words for kind, words in counted_cues(nlp, text) if kind == "modal_hedge"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Selon le météorologue, ça peut tourner à l'orage dans la soirée.", "ça peut tourner"),
        ("La décrue a commencé, mais cela peut prendre plusieurs jours.", "cela peut prendre"),
        ("Il peut y avoir des perturbations sur la ligne jusqu'à jeudi.", "peut y avoir"),
        ("Il peut s'agir d'un acte de malveillance, indique la gendarmerie.", "Il peut s'agir"),
        ("Il pourra geler en plaine dans la nuit de mardi à mercredi.", "Il pourra geler"),
        ("L'incendie peut encore se propager aux pinèdes voisines.", "peut encore se propager"),
        ("La tendance peut s'inverser avant la fin de l'année.", "peut s'inverser"),
        ("Les rafales pourront atteindre 110 km/h sur le littoral.", "pourront atteindre 110"),
    ],
)
def test_pouvoir_of_a_subject_that_cannot_act_is_a_possibility(fr: Language, text: str, cue: str) -> None:
    assert cue in counted_modals(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        # negated: an impossibility, affirmed
        "Ça ne peut pas durer, a lancé le maire.",
        "Il ne peut pas y avoir de passe-droit pour les élus.",
        # a wish, and an appearance conceded
        "Si ça peut aider les familles, la mairie ouvrira le gymnase.",
        "Cela peut paraître étrange, mais le musée restera fermé le dimanche.",
        # an agent with an action verb: an ability or a permission
        "Les habitants peuvent se rendre à la mairie dès lundi.",
        # the present of a ceiling set by a rule, and the future capacity of a machine
        "L'amende peut atteindre 10 000 euros.",
        "Le nouveau train pourra atteindre 320 km/h entre les deux villes.",
    ],
)
def test_negation_wishes_agents_and_rules_stay_uncounted(fr: Language, text: str) -> None:
    assert counted_modals(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Personne ne sait encore combien de temps durera la grève.", "Personne ne sait encore"),
        ("Nul ne sait si l'accord tiendra jusqu'à l'été.", "Nul ne sait si"),
        ("« Nous ne savons pas avec certitude ce qui a provoqué la fuite », a dit l'ingénieure.", "avec"),
        ("Les enquêteurs ignorent encore si le feu était d'origine criminelle.", "ignorent encore si"),
        ("On ignore pour l'instant où se trouve le conducteur.", "On ignore pour l'instant où"),
        ("Difficile de dresser un bilan définitif au lendemain de la tempête.", "Difficile de dresser un bilan"),
        ("Il est impossible de certifier que l'eau est potable.", "impossible de certifier"),
        ("Le faible débit laisse désormais à penser que la source se tarit.", "laisse désormais à penser"),
        ("On peut soupçonner que d'autres sites ont été visés.", "On peut soupçonner que"),
    ],
)
def test_ignorance_and_unestablished_facts_are_hedges(fr: Language, text: str, cue: str) -> None:
    assert any(cue in words for words in counted_epistemic(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        # factive: the fact is taken as true
        "Personne ne savait que le pont était fragile.",
        "Le directeur ignorait que la machine était en panne.",
        # a know-how, and a denial of ignorance
        "Personne ne sait nager dans cette classe de sixième.",
        "Le maire n'ignore pas combien la fermeture pèse sur les commerçants.",
        # negated difficulty affirms
        "Il n'est pas difficile de dresser le bilan de ce mandat.",
    ],
)
def test_factive_practical_and_negated_senses_are_not(fr: Language, text: str) -> None:
    assert counted_epistemic(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le contrat atteindrait, apprend-on, 40 millions d'euros.", "apprend-on"),
        ("La fermeture est imminente, glisse-t-on dans les couloirs.", "glisse-t-on"),
        ("D'après plusieurs études, la pollution a reculé en ville.", "après plusieurs études"),
    ],
)
def test_unnamed_sources_of_the_class_are_vague_attributions(fr: Language, text: str, cue: str) -> None:
    assert cue in counted_vague_attributions(fr, text)


def test_a_study_named_by_its_author_is_no_vague_attribution(fr: Language) -> None:
    text = "D'après plusieurs études de l'Inserm, la pollution a reculé en ville."
    assert counted_vague_attributions(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a definite determiner takes up the unnamed source: it is still unnamed
        (
            "Une source proche du dossier a confirmé la plainte. Selon la source proche du dossier, "
            "les faits remontent au printemps.",
            "la source proche du dossier",
        ),
        # a partitive picks one of the unnamed sources
        (
            "Deux sources policières ont été jointes par téléphone. Le suspect a été interpellé mardi, "
            "a indiqué une de ces sources.",
            "une de ces sources",
        ),
    ],
)
def test_an_unnamed_source_taken_up_is_counted_again(fr: Language, text: str, cue: str) -> None:
    assert cue in counted_vague_attributions(fr, text)


def test_the_same_source_after_a_named_body_is_not_unnamed(fr: Language) -> None:
    text = "Selon la préfecture, la route est fermée. Selon la même source, le pont est fermé aussi."
    assert counted_vague_attributions(fr, text) == []


def test_the_bare_anaphor_of_a_source_is_not_counted_again(fr: Language) -> None:
    text = "Une source proche du dossier a confirmé la plainte. Les faits remontent au printemps, a déclaré la source."
    assert counted_vague_attributions(fr, text) == ["Une source proche"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le flou entoure encore le financement du nouveau stade.", "Le flou entoure"),
        ("Un doute plane sur la participation de la capitaine à la finale.", "Un doute plane"),
        ("Le directeur adjoint, pressenti pour succéder au préfet, n'a pas commenté.", "pressenti pour"),
        ("Le retard des livraisons laisse augurer une hausse des prix.", "laisse augurer"),
    ],
)
def test_uncertainty_nouns_expected_appointments_and_omens_are_hedges(fr: Language, text: str, cue: str) -> None:
    assert any(cue in words for words in counted_epistemic(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        # a mood, with no fact named as in doubt
        "L'incertitude règne sur les marchés depuis lundi.",
        "Vingt ans après la disparition, le mystère demeure entier.",
        # the verb "pressentir": the speaker sensed something
        "La gardienne avait pressenti le danger bien avant l'orage.",
    ],
)
def test_moods_and_the_verb_pressentir_are_not(fr: Language, text: str) -> None:
    assert counted_epistemic(fr, text) == []


def test_a_hedge_adverb_between_dashes_is_read(fr: Language) -> None:
    text = "Les gardes à vue peuvent durer -théoriquement- jusqu'à samedi."
    assert ("adverb_hedge", "-théoriquement-") in counted_cues(fr, text)


def test_au_dire_de_ses_proches_is_a_vague_attribution(fr: Language) -> None:
    text = "Le député, au dire de ses proches, hésite encore à se présenter."
    assert counted_vague_attributions(fr, text) == ["au dire de ses proches"]
