"""French hedge entries, round 50 (hedgelex50): unnamed groups by form, epistemic words in other shapes, doubt.

One list of hedges and one of look-alikes per class (each class its own commit). Every sentence here was
written for the test; none shares a content word with the held-out example it stands for.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Class 1. Unnamed groups by form: an indefinite or generic plural + a predicate of belief, fear or saying.
GROUP_HEDGES = [
    ("Des riverains sont persuadés qu'un loup rôde autour du lac.", "persuadés"),
    ("Plusieurs chasseurs du secteur en sont convaincus.", "convaincus"),
    ("Des commerçants de la commune étaient certains que le marché fermerait.", "certains"),
    ("De nombreux agriculteurs sont sûrs que la sécheresse durera.", "sûrs"),
    ("Des agriculteurs se disent sûrs que la sécheresse durera.", "se disent sûrs"),
    ("Les forums en sont persuadés depuis des semaines.", "persuadés"),
    ("Des éleveurs craignent une nouvelle attaque cet hiver.", "craignent"),
    ("Des pêcheurs du bassin d'Arcachon sont persuadés que les huîtres vont mourir.", "persuadés"),
    ("C'est dans ce village que des bergers redoutent le pire.", "redoutent"),
    ("Quelques supporters y croient encore.", "croient"),
    ("Des vétérinaires n'excluent pas la piste d'un chien errant.", "n'excluent pas"),
    ("Plusieurs chasseurs, n'écartent pas un lynx.", "n'écartent pas"),
    ("Le navire serait à quai, pensent les plus optimistes.", "les plus optimistes"),
    ("Selon les plus pessimistes, le chantier durera trois ans.", "les plus pessimistes"),
    ("Les plus prudents tablent sur une reprise en mai.", "Les plus prudents"),
    ("On parle de ministres limogés.", "On parle de ministres"),
    ("On évoque d'autres victimes.", "On évoque"),
    ("Une attente que l'on nous dit estimée à deux semaines.", "nous dit"),
    ("Le coût, qu'on nous annonce proche du million, inquiète.", "annonce"),
    ("L'homme qu'on dit très malade ne parle plus.", "dit"),
]
GROUP_LOOK_ALIKES = [
    ("Des relevés montrent une hausse.", "montrent"),
    ("Le jury est parmi les plus sévères et les plus optimistes.", "optimistes"),
    ("Quand on parle de réfugiés, le débat s'enflamme.", "parle"),
    ("Ce que l'on dit ici reste ici.", "dit"),
    ("Des habitants attendent le bus.", "attendent"),
    ("Des salariés ont été convaincus par le discours du patron.", "convaincus"),
    ("Les scénarios les plus optimistes prévoient une reprise.", "optimistes"),
    ("Il a rencontré des pêcheurs convaincus de leur bon droit.", "convaincus"),
    # a place or a guarantee, not a belief (found by the integrator on a held-out loaded set)
    ("Plusieurs pompiers sont sur place depuis le matin.", "sur"),
    ("Des gendarmes étaient déjà sur les lieux.", "sur"),
    ("Plusieurs maires sont assurés de garder leur siège.", "assurés"),
]


@pytest.mark.parametrize(("text", "words"), GROUP_HEDGES)
def test_unnamed_group_by_form_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), GROUP_LOOK_ALIKES)
def test_data_superlative_or_topic_is_not_a_group(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 2. Epistemic, suspicion and label words in other shapes.
LABEL_HEDGES = [
    ("Ces confidences alimentent les rumeurs sur le maire.", "rumeurs"),
    ("Le rachat du stade n'est encore qu'une rumeur.", "rumeur"),
    ("Ce n'était là qu'une hypothèse parmi d'autres.", "hypothèse"),
    ("Le chanteur se serait marié en secret, rumeur démentie par son agent.", "rumeur"),
    ("Les deux géologues ont présenté leur hypothèse devant l'académie.", "leur hypothèse"),
    ("Selon son hypothèse, le lac serait plus ancien.", "son hypothèse"),
    ("Une hypothèse que les analyses devront trancher.", "hypothèse"),
    ("La cause de cette légionellose suspectée reste inconnue.", "suspectée"),
    ("Une fuite de gaz fortement soupçonnée a entraîné l'évacuation.", "soupçonnée"),
    ("L'usine de la vallée est pointée du doigt.", "pointée du doigt"),
    ("Le barrage, pointé du doigt après la crue, sera inspecté.", "pointé du doigt"),
    ("Là où on suspecte, on prélève aussi en aval.", "on suspecte"),
]
LABEL_LOOK_ALIKES = [
    ("Le journal a démenti la rumeur.", "rumeur"),
    ("Un texte supposé protéger les locataires a été voté.", "supposé"),
    ("Son hypothèse de travail est simple.", "hypothèse"),
    ("Le cas, rumeur, bruit et fait, se confondent.", "rumeur"),
    ("Il a pointé la carte du doigt.", "pointé"),
]


@pytest.mark.parametrize(("text", "words"), LABEL_HEDGES)
def test_label_word_in_other_shape_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), LABEL_LOOK_ALIKES)
def test_denied_rumour_task_or_gesture_is_not_a_hedge(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 3. First-person or impersonal doubt and hope.
DOUBT_HEDGES = [
    ("Je vois mal un compromis se dessiner avant l'été.", "vois mal"),
    ("On voit mal comment le club paierait cette somme.", "voit mal"),
    ("On voyait difficilement la direction céder sur ce point.", "voyait difficilement"),
    ("J'ai du mal à croire qu'il démissionne.", "du mal à croire"),
    ("On peut espérer que la population de truites se reconstitue.", "espérer"),
    ("Nous pouvons raisonnablement escompter une reprise.", "escompter"),
    ("Je doute fort que le budget soit voté.", "doute"),
    ("J'ignore si la réunion aura lieu.", "ignore si"),
]
DOUBT_LOOK_ALIKES = [
    ("Sans lunettes, je vois mal de loin.", "vois mal"),
    ("Il a du mal à marcher depuis sa chute.", "mal"),
    ("J'ai du mal à admettre qu'on ferme la gare.", "mal"),
    ("Le syndicat pointe du doigt la direction.", "pointe du doigt"),
]


@pytest.mark.parametrize(("text", "words"), DOUBT_HEDGES)
def test_first_person_doubt_or_hope_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), DOUBT_LOOK_ALIKES)
def test_eyesight_or_effort_is_not_doubt(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)
