"""French hedging, round 47 (hedgelex47): lexicon classes from round 46's "fix first" items 4-7.

One section per class (each its own commit, so a class can be taken or left). Every sentence here was
written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Class 3. Spelling and number variants: singular "chance", plural "vraisemblances", "peut être" apart.
VARIANT_HEDGES = [
    ("Il y a peu de chance que le pont rouvre avant l'été.", "peu de chance que"),
    ("Il reste de fortes chance qu'elle soit élue.", "fortes chance qu"),
    ("Selon toutes vraisemblances, la digue tiendra.", "toutes vraisemblances"),
    ("Selon toutes probabilités, le tunnel sera prêt en mai.", "toutes probabilités"),
    ("Selon toutes vraisemblance, le tunnel sera prêt en mai.", "toutes vraisemblance"),
    ("Selon toute apparence, le feu est parti d'un radiateur.", "toute apparence"),
    ("Quatre blessés, dont peut être un pompier, ont été conduits à l'hôpital.", "peut être"),
    ("Deux écoles, voire peut être trois, fermeront en juin.", "peut être"),
    ("Le maire viendra peut être demain à la réunion.", "peut être"),
    ("La navette ne reprendra peut être pas avant lundi.", "peut être"),
]
VARIANT_LOOK_ALIKES = [
    ("C'est une grande chance pour la ville d'accueillir le tournoi.", "chance"),
    ("Bonne chance de la part de toute la rédaction.", "chance"),
    ("Le gérant peut être condamné à deux ans de prison.", "peut être"),
    ("La décision peut être contestée devant le tribunal.", "peut être"),
    ("Le chantier, selon lui, peut être un succès.", "peut être"),
    ("Ce qui peut être une chance pour la vallée.", "peut être"),
]


@pytest.mark.parametrize(("text", "words"), VARIANT_HEDGES)
def test_variant_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), VARIANT_LOOK_ALIKES)
def test_luck_or_modal_is_not_the_adverb(fr: Language, text: str, words: str) -> None:
    assert not any(
        (words in cue and counted and kind == "adverb_hedge") or (words == "chance" and words in cue and counted)
        for cue, kind, counted in counted_kinds(fr, text)
    ), counted_kinds(fr, text)


# Class 4. Facts left open, a possibility no longer excluded, appearance + noun, implication.
OPEN_HEDGES = [
    ("Il est prématuré de dire si la digue tiendra.", "prématuré de dire"),
    ("Il est prématuré, à ce stade, d'en tirer des conclusions.", "prématuré"),
    ("Les experts jugent prématuré de conclure à un sabotage.", "prématuré de conclure"),
    ("Bien des questions restent sans réponse après le naufrage.", "sans réponse"),
    ("Des interrogations toujours sans réponse entourent la fermeture.", "sans réponse"),
    ("Les circonstances du choc ne sont pas encore précises.", "pas encore précises"),
    ("L'origine de la fuite n'est toujours pas déterminée.", "pas déterminée"),
    ("Un nouveau report du procès n'est plus exclu.", "n'est plus exclu"),
    ("La piste criminelle n'est pas écartée.", "n'est pas écartée"),
    ("Une hausse des tarifs n'est désormais plus exclue.", "plus exclue"),
    ("L'incendie paraît l'œuvre d'un pyromane.", "paraît l'œuvre"),
    ("Cette baisse semble plutôt une erreur de saisie.", "semble plutôt une erreur"),
    ("Le rapport sous-entend que les contrôles ont manqué.", "sous-entend que"),
    ("Ce choix sous-entendait que la ligne fermerait.", "sous-entendait que"),
]
OPEN_LOOK_ALIKES = [
    ("Il est prématuré de voter ce budget avant l'été.", "prématuré"),
    ("Sa lettre au préfet est restée sans réponse.", "sans réponse"),
    ("Le ministre n'est pas très précis sur ce point.", "précis"),
    ("Il n'est pas déterminé à partir.", "déterminé"),
    ("Le joueur n'est plus exclu du groupe.", "exclu"),
    ("Le candidat n'est pas écarté par le jury.", "écarté"),
    ("Son nouveau roman paraît le 3 mai.", "paraît"),
    ("Le journal paraît le lundi.", "paraît"),
    ("Ce mois-ci, paraît un recueil de nouvelles.", "paraît"),
    ("Il y avait un sous-entendu dans sa phrase.", "sous-entendu"),
]


@pytest.mark.parametrize(("text", "words"), OPEN_HEDGES)
def test_open_fact_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), OPEN_LOOK_ALIKES)
def test_decision_person_or_publication_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Class 2. Suspicion, allegation, rumour and leaked-information nouns; not when confirmed or denied.
SUSPICION_HEDGES = [
    ("Les allégations de fraude visent trois adjoints.", "allégations"),
    ("Ces allégations de harcèlement secouent la rédaction.", "allégations"),
    ("Des bruits de couloir évoquent un départ du directeur.", "bruits de couloir"),
    ("Selon des bruits de couloirs, le président serait sur le départ.", "bruits"),
    ("Des rumeurs de rachat agitent le club depuis l'été.", "rumeurs de rachat"),
    ("La rumeur d'un prochain remaniement enfle à l'Assemblée.", "rumeur d'un prochain remaniement"),
    ("Il existe une présomption très forte de dopage.", "présomption"),
    ("De fortes présomptions visent le gérant du dépôt.", "présomptions"),
    ("Les premiers soupçons de corruption sont évoqués dès 2019.", "sont évoqués"),
    ("Des doutes ont été émis sur le chiffre avancé.", "doutes ont été émis"),
    ("Des informations filtrent sur le montant du contrat.", "informations filtrent"),
    ("Des informations ont fuité sur la composition du gouvernement.", "informations ont fuité"),
    ("Les éléments qui ont fuité font état d'un déficit.", "éléments qui ont fuité"),
    ("Plusieurs noms circulent pour la présidence du club.", "noms circulent"),
]
SUSPICION_LOOK_ALIKES = [
    ("Ces allégations ont été démenties par le maire.", "allégations"),
    ("Le club rejette les allégations du joueur.", "allégations"),
    ("Le président a démenti les rumeurs de rachat.", "rumeurs"),
    ("Tout prévenu bénéficie de la présomption d'innocence.", "présomption"),
    ("Les militants dénoncent une présomption de culpabilité.", "présomption"),
    ("Les doutes ont été levés par l'expertise.", "doutes"),
    ("Les informations circulent vite sur les réseaux sociaux.", "informations"),
    ("Les documents circulent entre les services.", "documents"),
]


@pytest.mark.parametrize(("text", "words"), SUSPICION_HEDGES)
def test_suspicion_noun_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), SUSPICION_LOOK_ALIKES)
def test_denied_rule_or_flow_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Class 1. An unnamed group lending a cause or a view: "certains imputent", "d'autres ont pensé".
GROUP_HEDGES = [
    ("Une lenteur que certains imputent au manque d'effectifs.", "certains imputent"),
    ("Certains attribuent ce retard à la grève des contrôleurs.", "Certains attribuent"),
    ("Certains observateurs attribuent la baisse à la météo.", "Certains observateurs attribuent"),
    ("Certains l'imputaient à une erreur de calcul.", "imputaient"),
    ("Certains analystes ont pensé à une fuite de gaz.", "ont pensé"),
    ("Certains ont attribué le retard à la grève.", "ont attribué"),
    ("Certains riverains ont vu dans ce départ un aveu.", "ont vu"),
]
GROUP_LOOK_ALIKES = [
    ("Certains jours ont vu des files d'attente devant la mairie.", "ont vu"),
    ("Certains produits attribuent des points de fidélité.", "attribuent"),
    ("Certains élèves expliquent la leçon à leurs camarades.", "expliquent"),
    ("Le projet ne convainc pas certains riverains.", "certains"),
]


@pytest.mark.parametrize(("text", "words"), GROUP_HEDGES)
def test_unnamed_group_view_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), GROUP_LOOK_ALIKES)
def test_time_thing_or_experiencer_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Class 1, take-up: the singular definite subject "La source ..." that the attribution resolves to an
# unnamed source cited before (code: framing/hedging/sources.py). The inverted bare anaphor stays out.
TAKE_UP_HEDGES = [
    (
        "Une source proche de la direction évoque un accord. La source a ajouté que la signature tarderait.",
        "La source",
    ),
    (
        "Selon une source sécuritaire, trois postes ont été attaqués. La source précise que la base a tenu.",
        "La source",
    ),
]
TAKE_UP_LOOK_ALIKES = [
    "La mairie a publié un communiqué. La source précise que la base a tenu.",
    "Une source policière évoque un vol. Le butin est important, a déclaré la source.",
]


@pytest.mark.parametrize(("text", "words"), TAKE_UP_HEDGES)
def test_definite_take_up_of_an_unnamed_source_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize("text", TAKE_UP_LOOK_ALIKES)
def test_take_up_of_nothing_unnamed_or_inverted_is_not(fr: Language, text: str) -> None:
    assert not _counted(fr, text, "la source") and not _counted(fr, text, "La source"), counted_kinds(fr, text)
