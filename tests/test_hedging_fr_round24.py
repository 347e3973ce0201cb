"""French hedging, twenty-first round (b), hedgefr24 (issue 14): the future entity of a deal. What the
company or group a merger would create would be, have or do is a term of the deal, even beside a
credited source; a past told in the conditional and a new company of a story with no deal stay the
journalistic conditional. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the future entity as subject, after a sentence with a source that closes the proposal's scope
        (
            "Les deux assureurs négocient une fusion. Selon une source, les assureurs auraient signé. "
            "La nouvelle entité serait cotée à Lyon.",
            "serait",
        ),
        # a source in the sentence itself: the entity does not exist yet, the conditional is the deal's
        (
            "Les deux assureurs négocient une fusion. D'après un proche du dossier, "
            "le siège du nouvel ensemble serait à Nantes.",
            "serait",
        ),
        # the future entity as direct object
        (
            "Les deux assureurs négocient une fusion. Selon une source, les assureurs auraient signé. "
            "Qui dirigerait le nouvel ensemble ?",
            "dirigerait",
        ),
        # a modifier after the noun
        (
            "Les deux assureurs négocient une fusion. Selon une source, les assureurs auraient signé. "
            "L'entité fusionnée emploierait 9 000 personnes.",
            "emploierait",
        ),
    ],
)
def test_a_deal_s_future_entity_is_told_as_a_term(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a past the press reports about the entity: still the journalistic conditional
        (
            "Les deux assureurs ont conclu une fusion. Selon une source, la nouvelle entité aurait licencié "
            "trois cents salariés.",
            "aurait licencié",
        ),
        # no deal, proposal or project named before: a new company that exists
        ("Selon un syndicat, la nouvelle société emploierait des intérimaires sans contrat.", "emploierait"),
        # an entity noun with no modifier of what a deal makes
        (
            "Les deux assureurs négocient une fusion. Selon une source, le groupe emploierait 9 000 personnes.",
            "emploierait",
        ),
    ],
)
def test_the_journalistic_conditional_survives_beside_an_entity(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb", "reading"),
    [
        # "selon" + the proposal itself tells its content: the scope goes on past that sentence
        (
            "Selon la proposition du fonds, l'usine serait reprise en juin. Le site devrait garder son nom. "
            "Les salariés recevraient une prime.",
            "recevraient",
            ("hypothetical", False),
        ),
        # "selon" + a person who bids is a source: it closes the scope, the next conditional is news
        (
            "Le fonds a déposé une offre. Selon le repreneur, l'usine serait rentable. "
            "Le site devrait garder son nom. Les salariés recevraient une prime.",
            "recevraient",
            ("conditional_hedge", True),
        ),
    ],
)
def test_selon_and_the_proposal_itself(fr: Language, text: str, verb: str, reading: tuple[str, bool]) -> None:
    assert readings_of(fr, text, verb) == [reading]
