"""French loaded vocabulary, twenty-seventh round (issue 14).

Conventions: the name of an offence or of an administrative category in a legal frame is plain (a
charge, "en bande organisée", counted offences, "pratiques commerciales trompeuses", "indûment
perçus"), while the same word as a verdict still judges; "mercenaires" is an optional designation and
"règlement de comptes" is plain in a text about organised crime; people named by their residence
status are labels, the adjective said of an act is not. Classes: figurative idioms of domination, of
war said of politics or crime, of illness and disaster said of institutions, of theatre and deception.
Every sentence here was written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
STYLE_GUIDE = ROOT / "lexicons" / "fr" / "optional" / "style_guide.yaml"


@pytest.fixture(scope="module")
def fr_style_guide() -> Language:
    return load_pipeline("fr", (str(STYLE_GUIDE),))


LEGAL_TERMS = [
    ("Le gérant a été mis en examen pour escroquerie en bande organisée mardi à Lyon.", "escroquerie"),
    ("Trois anciens élus sont poursuivis pour favoritisme dans l'attribution d'un marché.", "favoritisme"),
    ("Les escroqueries aux faux conseillers bancaires ont doublé en deux ans, selon la police.", "escroqueries"),
    ("La répression des fraudes a relevé des pratiques commerciales trompeuses chez deux vendeurs.", "trompeuses"),
    ("L'allocataire devra rembourser les sommes indûment perçues depuis 2021.", "indûment"),
]


@pytest.mark.parametrize(("text", "word"), LEGAL_TERMS)
def test_an_offence_named_in_a_legal_frame_is_plain(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))


VERDICTS = [
    ("Pour l'opposition, cette réforme des retraites est une escroquerie.", "escroquerie"),
    ("Le ministre a tenu un discours trompeur sur le coût réel du projet.", "trompeur"),
    ("Le syndicat estime que ses adhérents ont été indûment sanctionnés.", "indûment"),
]


@pytest.mark.parametrize(("text", "word"), VERDICTS)
def test_the_same_word_as_a_verdict_still_judges(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))


def test_a_gang_killing_named_in_a_text_about_drug_trafficking_is_plain(fr: Language) -> None:
    text = (
        "Un homme a été abattu de plusieurs balles dans la nuit près d'un point de deal. "
        "Les enquêteurs privilégient la piste d'un règlement de comptes lié au trafic de drogue."
    )
    assert "règlement de comptes" not in lexicon_words(fr, text)


def test_a_reckoning_between_politicians_still_dramatises(fr: Language) -> None:
    text = "Le congrès du parti a tourné au règlement de comptes entre les deux anciens ministres."
    assert ("règlement de comptes", "fr-loaded-fig-reglement-de-comptes") in term_hits(fr, text)


def test_mercenaries_are_an_optional_designation(fr: Language, fr_style_guide: Language) -> None:
    text = "Les mercenaires de la société militaire privée ont quitté la base la semaine dernière."
    assert "mercenaires" not in lexicon_words(fr, text)
    assert "mercenaires" in lexicon_words(fr_style_guide, text)


STATUS_LABELS = [
    ("Le préfet veut accélérer l'expulsion des clandestins arrêtés lors du contrôle.", "des clandestins"),
    ("Le député réclame des centres fermés pour les immigrés clandestins.", "immigrés clandestins"),
    ("Le bateau transportait une centaine de migrants illégaux selon la marine.", "migrants illégaux"),
]


@pytest.mark.parametrize(("text", "words"), STATUS_LABELS)
def test_people_named_by_their_residence_status_are_labelled(fr: Language, text: str, words: str) -> None:
    assert words in lexicon_words(fr, text)


ACTS = [
    "L'inspection du travail a découvert un atelier de travail clandestin dans l'entrepôt.",
    "La gendarmerie a fermé une décharge illégale en bordure de la forêt.",
]


@pytest.mark.parametrize("text", ACTS)
def test_the_adjective_said_of_an_act_or_a_thing_stays_plain(fr: Language, text: str) -> None:
    assert not any("clandestin" in hit or "illégal" in hit for hit in lexicon_words(fr, text))


IDIOMS = [
    ("Dans cette région, les cartels dictent leur loi aux producteurs de café.", "dictent leur loi", "pouvoir"),
    ("Depuis dix ans, Pékin tisse sa toile dans les ports de la Méditerranée.", "tisse sa toile", "pouvoir"),
    ("Le parti au pouvoir a mis en place une véritable machine de guerre électorale.", "machine de guerre", "guerre"),
    ("La guerre des gangs a fait quatre morts depuis janvier dans la ville.", "guerre des gangs", "guerre"),
    ("L'hôpital est au bord de l'implosion après le départ de vingt médecins.", "au bord de l'implosion", "mal"),
    ("Les jours du gouvernement sont comptés après le vote de lundi.", "sont comptés", "mal"),
    ("Les petits éleveurs ont payé le prix fort de la sécheresse.", "payé le prix fort", "mal"),
    ("Le ministre a joué la comédie devant les caméras avant de céder.", "joué la comédie", "theatre"),
    ("Les belles paroles du sommet n'ont été suivies d'aucun financement.", "belles paroles", "theatre"),
]


@pytest.mark.parametrize(("text", "words", "kind"), IDIOMS)
def test_a_figurative_idiom_of_each_class_is_found(fr: Language, text: str, words: str, kind: str) -> None:
    hits = term_hits(fr, text)
    assert any(words.endswith(hit) or hit in words for hit, term in hits if term.startswith(f"fr-loaded-r27-{kind}-"))


LITERAL = [
    "Le musée expose une machine à vapeur du dix-neuvième siècle.",
    "Les enfants ont payé le prix du billet à l'entrée du parc.",
    "Le joueur a donné le coup d'envoi du match à vingt heures.",
]


@pytest.mark.parametrize("text", LITERAL)
def test_plain_neighbours_of_the_idioms_are_not_found(fr: Language, text: str) -> None:
    assert not any(term.startswith("fr-loaded-r27-") for _, term in term_hits(fr, text))


def test_counted_votes_are_not_numbered_days(fr: Language) -> None:
    text = "Les votes sont comptés à la main dans chaque bureau de la commune."
    assert not any(term.startswith("fr-loaded-r27-") for _, term in term_hits(fr, text))


GENUINE = [
    "Grâce au programme, ces jeunes sont devenus de véritables entrepreneurs en deux ans.",
    "Les électeurs attendent une vraie alternative au projet du gouvernement.",
]


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_before_a_role_or_a_choice_is_no_emphasis(fr: Language, text: str) -> None:
    assert not any(term.startswith("fr-loaded-veritable-emphase") for _, term in term_hits(fr, text))


def test_genuine_before_an_ordinary_noun_is_still_emphasis(fr: Language) -> None:
    text = "Le nouveau formulaire est un vrai labyrinthe pour les usagers."
    assert ("vrai", "fr-loaded-veritable-emphase") in term_hits(fr, text)


COINED = [
    ("Le ministre a fait une annonce choc devant les députés mardi.", "annonce choc"),
    ("L'enquête a révélé des centaines d'électeurs fantômes sur les listes de la commune.", "électeurs fantômes"),
]


@pytest.mark.parametrize(("text", "words"), COINED)
def test_a_coined_label_by_apposition_is_found(fr: Language, text: str, words: str) -> None:
    assert (words, "fr-loaded-r27-apposition-choc") in term_hits(fr, text)


SET_TERMS = [
    "Un colis bombe a été découvert dans le hall de la gare.",
    "Après la fermeture de la mine, le bourg est devenu une ville fantôme.",
    "Le ministre fantôme des finances a répondu au chancelier.",
]


@pytest.mark.parametrize("text", SET_TERMS)
def test_set_terms_with_a_literal_second_noun_are_plain(fr: Language, text: str) -> None:
    assert not any(term == "fr-loaded-r27-apposition-choc" for _, term in term_hits(fr, text))
