"""French hedging, round 46: round 45's "fix first" items written as classes (docs/hedging.md, round 46).

Each class has its own lists, so a class can be taken or left with its commit. Every sentence here was written
for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Item 6. A fact left open: a noun of missing knowledge, a cause "indéterminée", a near-certainty.
OPEN_FACT_HEDGES = [
    ("Le mobile du cambrioleur reste une énigme pour les gendarmes.", "reste une énigme"),
    ("L'origine de la fissure demeure encore un mystère.", "un mystère"),
    ("La date du scrutin reste une inconnue.", "reste une inconnue"),
    ("Le mystère reste entier sur l'origine de la fissure.", "mystère reste entier"),
    ("Le mystère demeure total autour de la disparition du chalutier.", "mystère demeure total"),
    ("Seule quasi-certitude : le feu a pris dans la cave.", "quasi-certitude"),
    ("Une quasi certitude circule parmi les techniciens.", "quasi certitude"),
    ("Un incendie d'origine indéterminée a détruit la grange.", "origine indéterminée"),
    ("La nature du produit est pour l'instant indéterminée.", "pour l'instant indéterminée"),
    ("Aucun relevé n'a permis de confirmer la fuite.", "permis de confirmer"),
    ("Aucune caméra de la gare ne permet pour l'instant d'identifier le voleur.", "d'identifier"),
]
OPEN_FACT_LOOK_ALIKES = [
    ("Elle a signé un contrat à durée indéterminée.", "indéterminée"),
    ("Ce peintre est une énigme pour ses contemporains.", "énigme"),
    ("Aucune subvention n'a permis de sauver la filature.", "permis"),
    ("La question du financement reste entière.", "entière"),
    ("Pour les supporters, le suspense reste entier.", "entier"),
    ("Le vote est reporté à une date indéterminée.", "indéterminée"),
]


@pytest.mark.parametrize(("text", "words"), OPEN_FACT_HEDGES)
def test_open_fact_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), OPEN_FACT_LOOK_ALIKES)
def test_settled_or_scheduled_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 5. Hypothesis and lead nouns: adverb in the slot, superlative, nothing excluded, a likely hypothesis.
HYPOTHESIS_HEDGES = [
    ("La piste d'un court-circuit est grandement privilégiée.", "privilégiée"),
    ("La thèse de l'accident semblait privilégiée au départ.", "privilégiée"),
    ("La piste la plus souvent avancée reste celle de la foudre.", "la plus souvent avancée"),
    ("L'hypothèse d'une rupture de canalisation est la plus sérieuse.", "hypothèse"),
    ("Les gendarmes n'excluent aucune hypothèse.", "aucune hypothèse"),
    ("Le parquet n'écarte pour l'instant aucune piste.", "aucune piste"),
    ("Une erreur de manœuvre est une hypothèse sérieuse, selon la capitainerie.", "hypothèse sérieuse"),
]
HYPOTHESIS_LOOK_ALIKES = [
    ("La piste la plus longue de la station a rouvert.", "plus longue"),
    ("Cette chanteuse est la plus citée par les jurés.", "la plus citée"),
    ("Les gendarmes cherchent encore une piste sérieuse.", "piste sérieuse"),
    ("La piste cyclable est très fréquentée le dimanche.", "piste"),
]


@pytest.mark.parametrize(("text", "words"), HYPOTHESIS_HEDGES)
def test_hypothesis_noun_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), HYPOTHESIS_LOOK_ALIKES)
def test_other_superlative_or_denied_hypothesis_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 4. Epistemic, appearance and evidence verbs in other shapes.
VERB_HEDGES = [
    ("La garde côtière pense avoir repéré l'épave.", "pense avoir"),
    ("Les douaniers croient savoir que la cargaison venait d'Anvers.", "croient savoir"),
    ("Le satellite est présumé avoir brûlé en rentrant dans l'atmosphère.", "présumé avoir"),
    ("On suppose trois cambrioleurs, sans plus.", "On suppose"),
    ("On présume que la digue a cédé dans la nuit.", "On présume"),
    ("Les ventes ne paraissent pas confirmer la reprise.", "paraissent pas confirmer"),
    ("Son envie de revenir transparaît dans chaque réponse.", "transparaît"),
    ("Il faut croire que la formule plaît aux lecteurs.", "faut croire"),
    ("Ces relevés tendent toutefois à montrer une baisse.", "tendent toutefois à montrer"),
]
VERB_LOOK_ALIKES = [
    ("Le syndicat estime avoir été trahi par la direction.", "estime avoir"),
    ("Elle pense partir en Bretagne cet été.", "pense"),
    ("Il faut croire en ses rêves, répète l'entraîneur.", "faut croire"),
    ("Le prévenu est présumé innocent.", "présumé"),
]


@pytest.mark.parametrize(("text", "words"), VERB_HEDGES)
def test_belief_or_appearance_verb_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), VERB_LOOK_ALIKES)
def test_claim_intention_or_presumption_of_law_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 7. An agentless passive of mention as the vague source of a possibility.
MENTION_HEDGES = [
    ("Le nom de la sénatrice est cité pour succéder au maire.", "cité pour succéder"),
    ("L'ancien entraîneur est évoqué comme futur directeur sportif.", "évoqué comme futur"),
    ("Les deux adjoints ont été les premiers cités.", "les premiers cités"),
    ("Si le nom de l'ancien préfet avait été évoqué, l'intéressé a démenti.", "avait été évoqué"),
    ("Enfin, est évoqué le retour de l'ancien capitaine.", "est évoqué"),
]
MENTION_LOOK_ALIKES = [
    ("Le budget a été évoqué lors du conseil municipal.", "évoqué"),
    ("Le pompier est cité pour sa bravoure par le préfet.", "cité"),
    ("Les premiers cités seront entendus mardi.", "premiers cités"),
]


@pytest.mark.parametrize(("text", "words"), MENTION_HEDGES)
def test_agentless_mention_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), MENTION_LOOK_ALIKES)
def test_mention_with_author_or_topic_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 8. "selon" + an unattributed estimate or document; a probability "des chances que".
DOCUMENT_HEDGES = [
    ("Selon les estimations, la moitié des vignes est touchée.", "Selon les estimations"),
    ("D'après les dernières projections, le fleuve débordera jeudi.", "projections"),
    ("Le directeur partirait en mars, selon les éléments qui circulent.", "selon les éléments"),
    ("Il y a des chances que le ferry reste à quai.", "des chances que"),
]
DOCUMENT_LOOK_ALIKES = [
    ("Selon les estimations de la chambre d'agriculture, la moitié des vignes est touchée.", "estimations"),
    ("Selon les informations publiées par la mairie, la piscine rouvre lundi.", "informations"),
    ("Les Bleus ont deux fois plus de chances de gagner à domicile.", "chances"),
]


@pytest.mark.parametrize(("text", "words"), DOCUMENT_HEDGES)
def test_unattributed_document_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), DOCUMENT_LOOK_ALIKES)
def test_attributed_document_or_comparison_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 3. Unnamed sources: "les sources", an inverted bare pronoun, an agent "par un(e)" + role noun.
SOURCE_HEDGES = [
    ("Entre 20 et 60 blessés, selon les sources.", "selon les sources"),
    ("« Personne ne nous a prévenus », ont rétorqué certains.", "certains"),
    ("Le départ du directeur, confirmé par un cadre, surprend les salariés.", "par un cadre"),
]
SOURCE_LOOK_ALIKES = [
    ("Selon les sources officielles, le barrage tient.", "selon les sources"),
    ("Ils ont répété plusieurs fois la consigne.", "plusieurs"),
    ("Le blessé a été secouru par un pompier de garde.", "par un pompier"),
]


@pytest.mark.parametrize(("text", "words"), SOURCE_HEDGES)
def test_unnamed_source_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), SOURCE_LOOK_ALIKES)
def test_situated_source_or_action_agent_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 2. Other spellings of a supposed case: the conditional under them is hypothetical, not a hedge.
CASE_HYPOTHETICALS = [
    ("Dans l'éventualité où la digue céderait, le quartier serait évacué.", "serait évacué"),
    ("Dans le cas d'une panne, les abonnés seraient remboursés.", "seraient remboursés"),
]


@pytest.mark.parametrize(("text", "words"), CASE_HYPOTHETICALS)
def test_conditional_in_a_supposed_case_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)
