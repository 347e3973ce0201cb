"""French loaded vocabulary, round 37 read sets (issue 14): verb homographs, measures, denials.

French spells some nouns and adjectives of the lexicon like a present form of an unrelated verb ("dément"
and "se démentir", "combine" and "combiner", "indigne" and "s'indigner", "purge" and "purger").
Right after a subject or reflexive clitic, "ne" or the relative "qui" only a verb can stand, so the match
there is the verb, and it counts only when the entry lists that verb (framing/homographs.py). The same
words used as a noun or an adjective still count, and so do the verb classes after a clitic.

A strong degree adverb on an adjective of a measure's size, level or rate ("extrêmement faible", "tellement
forts", "extrêmement rares") places an amount on a scale, as round 31's measurable properties do: not
counted. A degree on an adjective that judges ("extrêmement dangereuse") still counts.

A loaded noun or adjective that is the predicate of a negated copula ("n'est pas un fantasme", "n'est
nullement absurde") is denied by the writer and charges nothing (framing/denial.py); the restrictive "ne ...
que" and "rien de plus que" affirm, and still count.

Every sentence here was written for the test; each "not counted" case fails on the round's start code."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language

from framing.homographs import verb_infinitives


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Depuis trois saisons, l'engouement du public pour ce festival ne se dément pas.", "dément"),
        ("La région adopte un plan de mobilité qui combine le train et le vélo.", "combine"),
        ("Le président du conseil départemental s'indigne du retard des travaux sur la rocade.", "indigne"),
        ("Condamné en appel, il purge une peine de six ans à la maison d'arrêt.", "purge"),
    ],
)
def test_a_verb_spelt_like_a_listed_word_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(hit == word for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les opposants dénoncent un projet dément, chiffré à plusieurs milliards.", "dément"),
        ("Les enquêteurs soupçonnent une combine entre les deux élus pour truquer l'appel d'offres.", "combine"),
        ("Cette gestion des fonds publics est indigne d'une collectivité de cette taille.", "indigne"),
    ],
)
def test_the_noun_or_adjective_still_counts(fr: Language, text: str, word: str) -> None:
    assert any(hit == word for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ils se démènent pour sauver une réforme que tout le monde a déjà enterrée.", "démènent"),
        ("Le gouvernement s'acharne sur les petits commerçants.", "acharne"),
        ("Les élus sont prêts à se sacrifier pour une cause perdue.", "sacrifier"),
    ],
)
def test_a_verb_entry_still_counts_after_a_clitic(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))


def test_present_forms_point_to_their_infinitives() -> None:
    assert "combiner" in verb_infinitives("combine")
    assert "indigner" in verb_infinitives("indignes")
    assert "bâtir" in verb_infinitives("bâtit")
    assert verb_infinitives("fou") == frozenset()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Selon les relevés de l'agence, l'exposition des riverains reste extrêmement faible.", "faible"),
        ("Les écarts de salaire sont tellement forts que personne ne peut les ignorer.", "forts"),
        ("Dans cette vallée, les cas de la maladie restent extrêmement rares.", "rares"),
    ],
)
def test_a_degree_on_a_measure_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cette réforme est extrêmement dangereuse pour les locataires.", "dangereuse"),
        ("Le gouvernement impose des loyers exorbitants aux étudiants.", "exorbitants"),
    ],
)
def test_a_degree_that_judges_still_counts(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La hausse des loyers dans les villes moyennes n'est pas un fantasme de militants.", "fantasme"),
        ("Le nouveau plan de circulation n'est nullement absurde, reconnaissent les commerçants.", "absurde"),
    ],
)
def test_a_denied_predicate_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cette promesse de campagne n'était que de la propagande.", "propagande"),
        ("Pour l'opposition, ce budget rectificatif n'est rien de plus qu'une arnaque.", "arnaque"),
        ("Cette réforme des retraites est absurde.", "absurde"),
    ],
)
def test_an_affirmed_or_restricted_predicate_still_counts(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))
