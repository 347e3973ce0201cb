"""French hedge entries, round 49 (hedgelex49): what is not yet known, provisional and not excluded, unnamed groups.

One list of hedges and one of look-alikes per class (each class its own commit). Every sentence here was
written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Class 1. What is not yet known: predicates of the state of knowledge.
UNKNOWN_HEDGES = [
    ("Les circonstances exactes du drame restent encore à préciser.", "restent encore à préciser"),
    ("L'ampleur des dégâts reste à évaluer, selon la mairie.", "reste à évaluer"),
    ("Les motifs du départ du directeur sont encore un mystère.", "sont encore un mystère"),
    ("Le sort des deux randonneurs est pour l'instant une énigme.", "une énigme"),
    ("Cette hausse des prix demande confirmation dans les semaines à venir.", "demande confirmation"),
    ("Le chiffre nécessite encore des vérifications.", "des vérifications"),
    ("La trajectoire de la tempête demandera d'autres mises à jour.", "mises à jour"),
    ("Plusieurs médias évoquent sa démission, sans toutefois la confirmer.", "sans toutefois la confirmer"),
    ("La presse locale parle d'un accord, sans pouvoir établir son montant.", "sans pouvoir établir"),
    ("Le bilan, s'il est confirmé, serait le plus lourd depuis dix ans.", "s'il est confirmé"),
    ("Si l'information se confirme, le club devra payer une amende.", "se confirme"),
    ("L'auteur du vol n'a pas encore été identifié.", "pas encore été identifié"),
    ("Le scénario du dimanche comporte encore des incertitudes.", "des incertitudes"),
    ("Les certitudes sont rares sur ce terrain.", "Les certitudes sont rares"),
    ("Les preuves restent minces dans ce dossier.", "preuves restent minces"),
]
UNKNOWN_LOOK_ALIKES = [
    ("Il reste à préciser les modalités du vote.", "préciser"),
    ("Le calendrier reste à définir.", "définir"),
    ("Ce joueur est un mystère.", "mystère"),
    ("Son départ était encore un mystère la veille, puis il a parlé.", "mystère"),
    ("Le maire demande confirmation de la date du conseil.", "confirmation"),
    ("Le syndicat demande des vérifications à la préfecture.", "vérifications"),
    ("Elle a quitté la salle sans préciser ses intentions.", "sans préciser"),
    ("Si elle est confirmée dans ses fonctions, la directrice restera trois ans.", "confirmée"),
    ("S'il confirme sa candidature, il affrontera le maire sortant.", "confirme"),
    ("S'il s'avère exact, le récit changera tout.", "avère"),
    ("Le corps a été identifié par sa famille.", "identifié"),
    ("Les erreurs sont rares dans ce service.", "rares"),
    ("La solution s'est avérée coûteuse.", "avérée"),
]


@pytest.mark.parametrize(("text", "words"), UNKNOWN_HEDGES)
def test_state_of_knowledge_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), UNKNOWN_LOOK_ALIKES)
def test_task_request_or_person_is_not_a_hedge(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 2. Provisional and not excluded.
PROVISIONAL_HEDGES = [
    ("Le décompte donne 40 victimes, un chiffre qui n'est que provisoire.", "n'est que provisoire"),
    ("Ces chiffres ne sont encore que provisoires.", "que provisoires"),
    ("La préfecture a publié un bilan encore provisoire.", "encore provisoire"),
    ("L'office rappelle le caractère encore provisoire de ses chiffres.", "encore provisoire"),
    ("Les traces ont été classées en « lynx non écarté » par l'office.", "non écarté"),
    ("La thèse d'un sabotage, non écartée, inquiète les riverains.", "non écartée"),
    ("L'hypothèse criminelle, si elle n'est « pas totalement écartée », reste secondaire.", "pas totalement écartée"),
]
PROVISIONAL_LOOK_ALIKES = [
    ("Le gouvernement provisoire a nommé un ministre.", "provisoire"),
    ("Selon un bilan provisoire, douze personnes sont mortes.", "provisoire"),
    ("Le caractère provisoire de la loi a été rappelé.", "provisoire"),
    ("Le tableau n'est que partiel, faute de temps.", "partiel"),
    ("Les mineurs sont non exclus du dispositif.", "non exclus"),
    ("Les candidats, non écartés par le jury, passent l'oral.", "non écartés"),
    ("Le classement lynx non écarté est la deuxième catégorie.", "non écarté"),
    ("Le joueur n'est « pas écarté » de l'équipe.", "écarté"),
]


@pytest.mark.parametrize(("text", "words"), PROVISIONAL_HEDGES)
def test_provisional_or_not_excluded_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), PROVISIONAL_LOOK_ALIKES)
def test_temporary_or_plain_toll_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 3. Unnamed groups in other shapes.
GROUP_HEDGES = [
    ("Pour les spécialistes, ces dégâts n'ont rien d'inhabituel.", "Pour les spécialistes"),
    ("Pour beaucoup d'économistes, la reprise sera lente.", "économistes"),
    ("« Le glacier recule plus vite que prévu », rappellent les experts.", "rappellent les experts"),
    ("La croissance ralentira dès le printemps, estiment les économistes.", "estiment les économistes"),
    ("Les spécialistes rappellent que ce type de secousse est fréquent.", "Les spécialistes rappellent"),
    ("Selon les parents, la cantine servait des plats froids.", "Selon les parents"),
    ("D'après des familles, les cours n'ont pas repris.", "des familles"),
    ("Certains modèles envisagent encore un dimanche sec.", "Certains modèles envisagent"),
    ("D'autres simulations prévoient une hausse des pluies.", "simulations prévoient"),
]
GROUP_LOOK_ALIKES = [
    ("Une formation pour les médecins, gratuite, commence lundi.", "médecins"),
    ("Le salon est réservé pour les spécialistes, dit l'organisateur.", "spécialistes"),
    ("Pour les autorités, l'attaque porte la signature d'un groupe armé.", "autorités"),
    ("« Le projet avance », rappellent les experts de l'Ademe.", "experts"),
    ("Selon les parents de la victime, il était rentré tard.", "parents"),
    ("Certains modèles consomment moins de carburant.", "modèles"),
    ("Certains modèles mis en vente ont été rappelés.", "modèles"),
    ("Une équipe de Lyon a testé la méthode. « Elle marche », expliquent les chercheurs.", "chercheurs"),
    ("Pour les chercheurs, le protocole a changé.", "chercheurs"),
]


@pytest.mark.parametrize(("text", "words"), GROUP_HEDGES)
def test_unnamed_group_other_shapes_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), GROUP_LOOK_ALIKES)
def test_named_or_beneficiary_group_is_not_a_source(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)
