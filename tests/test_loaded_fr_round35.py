"""French loaded vocabulary, thirty-fifth round (issue 14): what a loaded word is part of.

- A word further in a name or a title the parser marks (an organisation, a work) is the name's: French
  capitalises only the first word ("Contre la folie ordinaire", "Mouvement pour la libération du
  Congo"), so the older capital check cannot see it (`entity_labels` of the `names` rule,
  framing.names.in_a_parsed_name). An adjective right after a name is still the writer's.
- The name of the charge someone is accused or suspected of ("accusées de partialité", "des soupçons
  d'ingérence") tells of another party's accusation (`fr-senses-reported-charge`, framing.charges); the
  same noun in the writer's own sentence, and a charge told with a verb, still count.
- "Occupation" and "occupant" of premises (a rate of occupancy, the squatting of housing law) are the
  words' plain sense (`fr-loaded-occupation`, `fr-loaded-occupant` contexts); a territory's still counts.

Every sentence here was written for the test; each case fails on the round's start code."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a book's title: only its first word is capitalised
        ("Après des mois d'attente, Contre la folie bureaucratique sort enfin en librairie.", "folie"),
        ("La maison d'édition annonce la parution de Chroniques du désastre français pour septembre.", "désastre"),
        # an organisation's name, its initials after it
        ("Le président a reçu mardi les dirigeants du Mouvement pour la libération du Congo (MLC).", "libération"),
    ],
)
def test_word_inside_a_parsed_name_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert word not in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same words in the writer's sentence
        ("Le gouvernement a sombré dans une folie bureaucratique que personne ne comprend.", "folie"),
        ("Pour l'éditorialiste, cette réforme est un désastre pour les familles.", "désastre"),
        # an adjective right after a name, even where the parser takes it into the entity
        ("Il a dénoncé la Commission européenne tentaculaire et ses normes.", "tentaculaire"),
    ],
)
def test_writers_word_next_to_a_name_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les deux chaînes privées, accusées de partialité par le public, perdent des téléspectateurs.", "partialité"),
        ("Le ministre évoque des soupçons d'ingérence étrangère dans la campagne.", "ingérence"),
        # the accused between the verb and the charge
        ("L'opposition accuse le maire de favoritisme dans l'attribution des marchés.", "favoritisme"),
    ],
)
def test_name_of_a_reported_charge_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert word not in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the writer makes the charge
        ("Selon l'éditorialiste, cette partialité des chaînes est devenue insupportable.", "partialité"),
        ("Cette ingérence étrangère dans nos élections est intolérable.", "ingérence"),
        # a charge told with a verb: the accuser's wording
        ("Le gouvernement est accusé d'avoir manipulé les chiffres du chômage.", "manipulé"),
    ],
)
def test_charge_made_or_told_with_a_verb_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dans les hôpitaux du département, le taux d'occupation des lits dépasse 95 %.", "occupation"),
        ("La loi renforce les sanctions contre l'occupation illicite des logements vacants.", "occupation"),
        ("Le propriétaire a obtenu l'expulsion de l'occupant illicite de son appartement.", "occupant"),
    ],
)
def test_occupancy_of_premises_is_plain(fr: Language, text: str, word: str) -> None:
    assert word not in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le ministre a dénoncé l'occupation du territoire par les troupes étrangères.", "occupation"),
        ("Les soldats de l'occupant ont quitté la ville au petit matin.", "occupant"),
    ],
)
def test_occupation_of_a_territory_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(fr, text))
