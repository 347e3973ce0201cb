"""French loaded vocabulary, round 40 (issue 14): false-hit classes pooled over four read sets.

Each class below has false hits on at least two of the read sets L38-L41, or on one of them and a paragraph of
the dev set; every sentence here was written for the test:

- a word the writer denies, takes back or distances: a degree of completeness under a negated copula ("il n'est
  pas totalement objectif"; the litotes "pas si simple" still counts), "sinon X, du moins Y", a noun followed by
  "supposé(e)", a word in a question the writer answers with "Pas du tout";
- "entraver", the ordinary verb of hindering a project (no longer in the verb class);
- a worry adjective said of a toll, a situation or consequences ("le bilan est inquiétant");
- a scorn or size word beside the figure it judges ("un montant dérisoire : 20 euros", "une poignée de X contre
  12 000 Y");
- a term of a field: household waste ("ordures ménagères"), the brain death of a patient;
- scare quotes that name a body ("un « comité de suivi régional »").

Misses of both L40 and L41: an institution or a shared good dismantled, dissolved or confiscated (not a
parliament, a network or a power station); an act staged for show (not a play); a sector's wings clipped, a
country chained to a choice (not victories strung together).
"""

from __future__ import annotations

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_words, scare_quote_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le rapport est totalement impartial sur les chiffres du chômage.", "totalement impartial"),
        ("Ce ne sera pas si simple.", "si simple"),
        ("Les retards incessants exaspèrent les usagers de la ligne.", "incessants"),
        ("Les éditorialistes dénoncent la décadence de la jeunesse.", "décadence"),
        ("Une armée de lobbyistes part à l'assaut du Parlement.", "à l'assaut"),
        ("Le maire a bricolé un budget pour passer l'hiver.", "bricolé"),
        ("Cette dérive inquiétante du pouvoir doit cesser.", "inquiétante"),
        ("La réponse du gouvernement est dérisoire face à la colère des habitants.", "dérisoire"),
        ("Une poignée de militants bloquent le pays depuis des semaines.", "poignée de"),
        ("Cette alliance militaire est en état de mort cérébrale.", "mort cérébrale"),
        ("Ces ordures ont saccagé la permanence du député.", "ordures"),
    ],
)
def test_counted(fr: Language, text: str, word: str) -> None:
    """The class's word still counts where the writer uses it."""
    assert any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le ministre reconnaît que son rapport n'est pas totalement objectif.", "objectif"),
        ("Le rapport n'est pas totalement impartial sur les chiffres du chômage.", "impartial"),
        ("Les retards, sinon incessants, du moins très fréquents, exaspèrent les usagers.", "incessants"),
        ("Les éditorialistes dénoncent la décadence supposée de la jeunesse.", "décadence"),
        (
            "Une armée de lobbyistes à l'assaut du Parlement ? Pas du tout : les rencontres sont publiques.",
            "assaut",
        ),
        ("Les recours des riverains visent à entraver la construction du parc éolien.", "entraver"),
        ("Après l'orage, le bilan est lui aussi inquiétant pour les viticulteurs.", "inquiétant"),
        ("La baisse des dotations a des conséquences fâcheuses pour les petites communes.", "fâcheuses"),
        ("Le montant dérisoire du vol, 30 euros, a surpris les enquêteurs.", "dérisoire"),
        ("Une poignée de distributeurs négocient avec près de 12 000 fournisseurs.", "poignée"),
        ("Grièvement blessé, le motard a été hospitalisé en état de mort cérébrale.", "mort cérébrale"),
        ("La taxe sur les ordures ménagères augmentera de 4 % l'an prochain.", "ordures"),
    ],
)
def test_not_counted(fr: Language, text: str, word: str) -> None:
    """The writer denies, retracts or distances the word, or uses it as a plain term."""
    assert not any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi, un « comité de suivi régional » doit examiner les suppressions de lignes.",
        "Jeudi, un « conseil de suivi régional » doit examiner les suppressions de lignes.",
    ],
)
def test_cited_wording_is_no_scare_quote(text: str) -> None:
    """A quotation that names a body, or gives the wording of whoever presents a thing, keeps no distance."""
    assert scare_quote_words(french_scare_quote_pipeline(), text) == []


def test_scare_quote_still_counts() -> None:
    """The writer's own distance from a word still counts."""
    text = "Ce chantier, une « simple rénovation », coûtera trois fois le budget prévu."
    assert scare_quote_words(french_scare_quote_pipeline(), text) == ["simple rénovation"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La réforme organise le démantèlement de l'hôpital public.", "démantèlement de l'hôpital"),
        ("Nous voyons la dissolution progressive de notre école publique.", "dissolution progressive"),
        ("Les loueurs de vélos finissent par confisquer l'espace public.", "confisquer l'espace"),
        ("La préfète a mis en scène une menace d'attentat.", "mis en scène"),
        ("Cette taxe va couper les ailes de nos jeunes entreprises.", "couper les ailes"),
        ("Ils veulent enchaîner la France à l'atome pour cinquante ans.", "enchaîner la France à"),
    ],
)
def test_missed_classes_counted(fr: Language, text: str, word: str) -> None:
    """The figures of both read sets' misses count."""
    assert any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le président a annoncé la dissolution de l'Assemblée nationale.",
        "La police a procédé au démantèlement d'un réseau de trafiquants.",
        "Le démantèlement de la centrale nucléaire prendra vingt ans.",
        "La pièce est mise en scène par une jeune comédienne du théâtre municipal.",
        "L'équipe veut enchaîner les victoires à domicile.",
    ],
)
def test_missed_classes_plain_uses(fr: Language, text: str) -> None:
    """Their plain senses do not count."""
    assert lexicon_words(fr, text) == []
