"""French loaded vocabulary, twenty-fifth round (issue 14).

The designations a French wire uses in its own voice to name an actor ("la junte", "le régime
syrien", "les rebelles", "des jihadistes", "les séparatistes") left the default lexicon for
`lexicons/fr/optional/style_guide.yaml`, as the English style-guide labels did. Labels that judge and
the one word the agencies refuse in their own voice ("terroriste") stay. "Récupérer" counts as
co-opting only with "politique(ment)". A new class charges an actor of today with colonial domination,
while the colonial era named as history stays plain. Words whose plain sense is the common one in
news (a vehicle's occupants, cleaning, warning shots fired) keep only their figure. Every sentence here
was written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_words
from spacy.language import Language

from framing.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
STYLE_GUIDE = ROOT / "lexicons" / "fr" / "optional" / "style_guide.yaml"


@pytest.fixture(scope="module")
def fr_style_guide() -> Language:
    return load_pipeline("fr", (str(STYLE_GUIDE),))


DESIGNATIONS = [
    ("La junte au pouvoir à Niamey a suspendu deux radios étrangères jeudi.", "junte"),
    ("Le régime syrien a repris le contrôle de la ville après trois jours de combats.", "régime syrien"),
    ("Les ministres ont rencontré des représentants du régime de Pyongyang à Genève.", "régime de Pyongyang"),
    ("Des rebelles ont pris le contrôle d'un poste frontière dans le nord du pays.", "rebelles"),
    ("L'armée affirme avoir neutralisé une dizaine de jihadistes près de la frontière.", "jihadistes"),
    ("Les séparatistes ont annoncé un cessez-le-feu pour la durée des négociations.", "séparatistes"),
    ("Un groupe islamiste a revendiqué l'enlèvement des deux ingénieurs.", "islamiste"),
]
# "Migrants illégaux" left this list in round 27: people named by their residence status are labels
# again (tests/test_loaded_fr_round27.py).


@pytest.mark.parametrize(("text", "word"), DESIGNATIONS)
def test_a_designation_of_an_actor_is_no_loaded_word_by_default(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit or hit in word for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(("text", "word"), DESIGNATIONS)
def test_the_optional_style_guide_lexicon_flags_the_designations(
    fr_style_guide: Language, text: str, word: str
) -> None:
    assert word in lexicon_words(fr_style_guide, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the label the agencies refuse in their own voice, and labels that judge, stay
        ("L'armée a visé un groupe terroriste retranché dans les collines.", "groupe terroriste"),
        ("Le dictateur a fait arrêter tous ses opposants.", "dictateur"),
        ("Ces fanatiques ne reculent devant rien pour imposer leurs vues.", "fanatiques"),
        ("Le candidat a traité ses adversaires de voyous.", "voyous"),
    ],
)
def test_labels_that_judge_stay_in_the_default_lexicon(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le syndicat veut récupérer les sommes dues aux salariés licenciés.", []),
        ("La commune espère récupérer cette parcelle avant la fin de l'année.", []),
        # the writer's charge (round 35: the name of a charge after "accusée de" is another party's, reported)
        ("L'opposition se livre à une récupération politique du drame.", ["récupération politique"]),
        ("Le parti tente de récupérer politiquement la colère des agriculteurs.", ["récupérer politiquement"]),
        ("Le gouvernement est accusé d'instrumentaliser la peur du chômage.", ["instrumentaliser la"]),
    ],
)
def test_getting_back_is_plain_and_co_opting_needs_politics(fr: Language, text: str, expected: list[str]) -> None:
    assert [w for w in lexicon_words(fr, text) if "récup" in w or "instrument" in w] == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le ministre dénonce une politique coloniale menée sous couvert d'aide au développement.", "coloniale"),
        ("Les manifestants reprochent à l'entreprise des méthodes colonialistes.", "colonialistes"),
        ("Les partisans du nouveau pouvoir accusent Paris de vouloir recoloniser la région.", "recoloniser"),
    ],
)
def test_a_colonial_charge_against_an_actor_of_today_is_loaded(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'ancienne puissance coloniale a retiré ses derniers soldats en août.",
        "Ce bâtiment date de l'époque coloniale et abrite aujourd'hui un musée.",
        "L'administration coloniale avait tracé ces frontières au début du siècle dernier.",
        "Des tirailleurs de l'armée coloniale ont combattu pendant la Grande Guerre.",
    ],
)
def test_the_colonial_era_named_as_history_is_plain(fr: Language, text: str) -> None:
    assert not any("colon" in w for w in lexicon_words(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        # the plain sense of words whose figure is loaded: a vehicle's occupants, cleaning, shots fired
        "Les gendarmes ont contrôlé le véhicule et interpellé ses occupants.",
        "Les deux occupants de la voiture ont été légèrement blessés.",
        "La mairie a confié le nettoyage des plages à une entreprise privée.",
        "La vedette a tiré des coups de semonce avant d'arraisonner le navire.",
    ],
)
def test_the_plain_sense_of_a_figure_is_no_loaded_word(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les habitants résistent à l'occupant depuis deux ans.", "occupant"),
        ("Les ONG dénoncent un nettoyage ethnique dans la région.", "nettoyage ethnique"),
        ("Ce scrutin sonne comme un coup de semonce pour la majorité.", "coup de semonce"),
    ],
)
def test_the_figures_themselves_still_count(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)
