"""French loaded vocabulary, twenty-fourth round (issue 14): a loaded word said of a physical thing.

A verb of plunder or ruin, an adjective of light or of duration judges when it is said of a policy, a
person or an idea, and describes when it is said of a shop, a barn, a substance or a fire: the noun it
modifies, its object, passive subject or agent is read from the parse (`lexicons/fr/senses.yaml`).
Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits
from spacy.language import Language

from framing.lexicons import load_entries
from framing.senses import FAMILY, load_rule


def hit_texts(nlp: Language, text: str) -> list[str]:
    return [h.text for h in lexicon_hits(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # passive subject, object, agent, modified noun
        ("Dans la nuit de samedi, plusieurs boutiques ont été pillées dans le centre-ville.", "pillées"),
        ("Des casseurs ont pillé deux supermarchés et incendié une dizaine de voitures.", "pillé"),
        ("La grange a été totalement ravagée par les flammes avant l'arrivée des pompiers.", "ravagée"),
        ("Trois hangars agricoles ont été dévastés par la tempête de mardi.", "dévastés"),
        ("Ces molécules, dites polluants éternels, s'accumulent dans les nappes phréatiques.", "éternels"),
        ("La commune veut réduire la pollution lumineuse des enseignes la nuit.", "lumineuse"),
        # a natural force as the thing described, or as the verb's active subject
        ("De violents orages ont frappé la région dans la nuit de lundi.", "violents"),
        ("Des inondations catastrophiques ont touché le sud du département.", "catastrophiques"),
        ("La tempête dévastatrice a privé d'électricité des milliers de foyers.", "dévastatrice"),
        ("Le feu a ravagé plus de mille hectares de pinède.", "ravagé"),
    ],
)
def test_a_word_said_of_a_physical_thing_is_taken_in_its_plain_sense(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in hit_texts(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same words said of an institution, a policy, an idea or a debate still judge
        ("Le rapport accuse le gouvernement d'avoir pillé les caisses de l'assurance chômage.", "pillé"),
        ("Une réforme dévastée par la censure du Conseil constitutionnel.", "dévastée"),
        ("Le ministre a eu une idée lumineuse pour sortir de la crise.", "lumineuse"),
        ("Ce débat éternel sur la dette lasse les électeurs.", "éternel"),
        ("Le gouvernement a ravagé le système de santé en dix ans.", "ravagé"),
        ("Une politique catastrophique pour les agriculteurs du département.", "catastrophique"),
        # a noun inside another loaded match is a figure, not a thing
        ("La nouvelle taxe est une véritable usine à gaz.", "véritable"),
        # a word of pure judgement has no plain sense to fall back on, whatever it is said of
        ("Le scandale des pesticides éclabousse le ministère.", "scandale"),
    ],
)
def test_the_same_words_said_of_an_act_an_idea_or_a_policy_still_count(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in hit_texts(fr, text))


def test_a_multi_word_match_is_read_through_its_head(fr: Language) -> None:
    # "épicerie" hangs on "factures", not on "flambée": the figure of rising bills still counts
    text = "Les ménages subissent la flambée des factures de chauffage cet hiver."
    assert any("flambée" in hit for hit in hit_texts(fr, text))


def test_the_rule_is_data_in_each_language() -> None:
    rule = load_rule(load_entries("fr", FAMILY))
    assert rule is not None and "boutique" in rule.things and "dramatizing" in rule.categories
    assert "feu" in rule.forces and "feu" in rule.things and "boutique" not in rule.forces
    assert "delegitimizing" not in rule.categories
    english = load_rule(load_entries("en", FAMILY))  # English since round 25: its own lists
    assert english is not None and "meat" in english.things and "boutique" not in english.things
