"""French hedging, round 43: classes written from their defining property, not from seen forms.

Each class has its own lists, so a class can be taken or left with its commit (docs/hedging.md, round 43).
Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues
from spacy.language import Language


def _found(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge's text contains `words` (spans may take in the word after the cue)."""
    return any(words in cue for _, cue in counted_cues(nlp, text))


# Class 1. Epistemic `pouvoir` / `devoir`: what a thing may indicate, explain or be the origin of, and what it
# must weigh or reach in figures, is a possibility or an estimate; a person able or obliged to act is not.
POUVOIR_DEVOIR_HEDGES = [
    ("Ces rejets industriels peuvent aussi être à l'origine d'un gel des vergers.", "être à l'origine"),
    ("Un retard pareil pouvait être le signe d'une usure du câble.", "pouvait être le signe"),
    ("Une hausse aussi brutale peut traduire une inquiétude des ménages.", "peut traduire"),
    ("Un taux élevé peut signifier que le patient a été exposé.", "peut signifier"),
    ("Cette fissure peut en effet indiquer une faiblesse du béton.", "peut en effet indiquer"),
    ("Deux motifs pouvaient l'expliquer, selon ses voisins.", "pouvaient l'expliquer"),
    ("Le bloc de roche devait peser dix tonnes.", "devait peser"),
    ("Les rafales doivent atteindre 100 km/h sur la côte cette nuit.", "doivent atteindre"),
]
POUVOIR_DEVOIR_LOOK_ALIKES = [
    ("Le maire peut annoncer sa candidature demain.", "peut annoncer"),
    ("Les habitants peuvent déposer leurs encombrants le lundi.", "peuvent déposer"),
    ("Comme peuvent en témoigner les riverains, la rue est bruyante.", "peuvent en témoigner"),
    ("La réunion devait se tenir mardi à Lyon.", "devait"),
    ("Le club doit atteindre ses objectifs cette saison.", "doit atteindre"),
    ("Ce médicament peut provoquer des nausées.", "peut provoquer"),
    ("Les prélèvements n'ont révélé aucune bactérie pouvant être à l'origine des malaises.", "pouvant être"),
    ("Il faut que chaque commune puisse expliquer ses tarifs.", "puisse expliquer"),
]


@pytest.mark.parametrize(("text", "words"), POUVOIR_DEVOIR_HEDGES)
def test_pouvoir_devoir_hedge_is_counted(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words), counted_cues(fr, text)


@pytest.mark.parametrize(("text", "words"), POUVOIR_DEVOIR_LOOK_ALIKES)
def test_pouvoir_devoir_look_alike_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _found(fr, text, words), counted_cues(fr, text)


# Class 2. Verbs of belief, fear, inclination and evidence: "craindre que", "faire penser à" with a non-human
# subject, "pencher pour", "croire plutôt à", "croire" + an infinitive, "soupçonner", "suggérer" with a noun
# or a past "suggérer que".
BELIEF_HEDGES = [
    ("Les élus craignent que la digue cède au prochain orage.", "craignent que"),
    ("Le mode opératoire fait davantage penser à un professionnel.", "fait davantage penser à"),
    ("Les gendarmes penchent plutôt pour un accident de chasse.", "penchent plutôt pour"),
    ("Les gendarmes croient plutôt à un acte de vengeance.", "croient plutôt à"),
    ("Un promeneur croit avoir vu deux hommes quitter le hangar.", "croit avoir"),
    ("Les pompiers soupçonnent que le feu a été allumé volontairement.", "soupçonnent que"),
    ("Une étude avait suggéré que ce gène protège du froid.", "suggéré que"),
    ("Sa taille suggère une origine lointaine.", "suggère une"),
]
BELIEF_LOOK_ALIKES = [
    ("Les salariés craignent une fermeture du site.", "craignent"),
    ("Les pêcheurs craignaient alors que la saison serait perdue.", "craignaient"),
    ("La direction ne craint pas que le conflit dure.", "craint"),
    ("Ce qui fait dire au maire que la route est dangereuse.", "fait dire"),
    ("Le comité s'est penché sur le dossier des retraites.", "penché"),
    ("Elle ne croit pas être en danger.", "croit"),
    ("Il croit à la victoire de son équipe.", "croit"),
    ("Le ministre a suggéré que les maires se concertent.", "suggéré que"),
    ("La police soupçonne un voisin de la victime.", "soupçonne"),
    ("Comme le suggère un rapport du conseil, la ville a changé.", "suggère"),
]


@pytest.mark.parametrize(("text", "words"), BELIEF_HEDGES)
def test_belief_hedge_is_counted(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words), counted_cues(fr, text)


@pytest.mark.parametrize(("text", "words"), BELIEF_LOOK_ALIKES)
def test_belief_look_alike_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _found(fr, text, words), counted_cues(fr, text)


# Class 3. A matter said open: "trop tôt pour dire", "se demander si", "chercher à savoir si", "sans qu'on
# sache si", "loin d'être établi", "sans confirmation", "reste à confirmer"; practical not-knowing and a
# question put to someone are not.
OPEN_HEDGES = [
    ("Trop tôt pour dire si la digue tiendra, selon le préfet.", "Trop tôt pour dire"),
    ("Les chercheurs se demandent si le traitement agit vraiment.", "se demandent si"),
    ("Les enquêteurs cherchent à savoir si le conducteur avait bu.", "cherchent à savoir si"),
    ("Des coups de feu ont retenti, sans qu'on sache si la police était sur place.", "sans qu'on sache si"),
    ("Le lien entre les deux incendies est loin d'être établi.", "loin d'être établi"),
    ("Sans confirmation officielle, le bilan reste provisoire.", "Sans confirmation"),
    ("Ce chiffre de participation reste à confirmer.", "reste à confirmer"),
    ("Reste à déterminer si le barrage a cédé sous la pression.", "Reste à déterminer si"),
]
OPEN_LOOK_ALIKES = [
    ("Il est trop tôt pour partir en vacances.", "trop tôt"),
    ("Il demande si la salle est libre samedi.", "demande si"),
    ("Ils sont partis sans savoir quoi faire.", "sans savoir"),
    ("Le chantier est loin d'être terminé.", "loin d'être"),
]


@pytest.mark.parametrize(("text", "words"), OPEN_HEDGES)
def test_open_hedge_is_counted(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words), counted_cues(fr, text)


@pytest.mark.parametrize(("text", "words"), OPEN_LOOK_ALIKES)
def test_open_look_alike_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _found(fr, text, words), counted_cues(fr, text)


# Class 4. Hypothesis and lead nouns counted or ordered ("autre hypothèse", "deux pistes", "l'une des pistes",
# "la théorie selon laquelle"); lanes and runs, a hypothesis ruled out and the plural indefinite are not.
HYPOTHESIS_HEDGES = [
    ("Autre hypothèse : une fuite de gaz dans la cave.", "Autre hypothèse"),
    ("Les gendarmes explorent deux pistes après la disparition.", "deux pistes"),
    ("L'une des pistes envisagées est celle d'un incendie criminel.", "une des pistes"),
    ("La théorie selon laquelle l'eau viendrait des comètes est relancée.", "théorie selon laquelle"),
]
HYPOTHESIS_LOOK_ALIKES = [
    ("La commune a ouvert deux pistes cyclables.", "pistes"),
    ("Les enquêteurs ont écarté une autre hypothèse, celle d'un attentat.", "hypothèse"),
    ("Le rapport examine d'autres hypothèses de croissance.", "hypothèses"),
    ("L'une des pistes pour réduire l'attente serait d'ouvrir le samedi.", "pistes"),
]


@pytest.mark.parametrize(("text", "words"), HYPOTHESIS_HEDGES)
def test_hypothesis_hedge_is_counted(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words), counted_cues(fr, text)


@pytest.mark.parametrize(("text", "words"), HYPOTHESIS_LOOK_ALIKES)
def test_hypothesis_look_alike_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _found(fr, text, words), counted_cues(fr, text)
