"""French attribution, thirty-first round (attrfr31, issue 13): constructions found on more than one of
the round's read sets (A42, A43, A44) and measured on all of them and on dev. A third party a quoted
speaker relays by a pronoun (`« Ils nous ont assuré que ... »`), and the witness a narrative sentence
brings in before the quotation its incise closes (`Un riverain a vu la scène. « ... », raconte-t-il.`).
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline, record_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        (
            "« Nous avons appelé les fournisseurs toute la semaine, et ils affirment qu'ils n'ont plus "
            "une seule boîte en stock », raconte la gérante de la pharmacie.",
            "ils n'ont plus une seule boîte en stock",
        ),
        (
            "« Les agents de la mairie sont passés lundi matin et ils ont expliqué que le marché serait "
            "déplacé jusqu'à la fin des travaux », indique un commerçant de la place.",
            "le marché serait déplacé jusqu'à la fin des travaux",
        ),
    ],
)
def test_a_third_party_relayed_by_a_pronoun_inside_a_quotation_is_a_record(
    nlp: Language, text: str, relayed: str
) -> None:
    records = [a for a in checked_attributions(nlp, text) if a.rule.startswith("nested")]
    assert [text[a.content_start : a.content_end] for a in records] == [relayed]
    assert records[0].speaker.lower() == "ils"


def test_what_a_pronoun_says_inside_a_relative_clause_is_not_a_record(nlp: Language) -> None:
    text = (
        "« Ces responsables font toujours le contraire de ce qu'ils disent et promettent ce qu'ils ne "
        "tiendront jamais, voilà la vérité », lance un militant venu de Lille."
    )
    assert not [a for a in checked_attributions(nlp, text) if a.rule.startswith("nested")]


def test_the_quoted_voice_itself_still_gives_no_nested_record(nlp: Language) -> None:
    text = (
        "« Nous avons expliqué aux habitants que les travaux dureraient encore trois semaines au moins », "
        "précise le maire de la commune."
    )
    assert not [a for a in checked_attributions(nlp, text) if a.rule.startswith("nested")]


@pytest.mark.parametrize(
    ("text", "witness"),
    [
        (
            "L'incendie a détruit trois granges, a indiqué le maire de la commune. Un agriculteur du hameau a "
            "aperçu les flammes vers minuit. « Tout est parti en quelques minutes, on n'a rien pu faire », "
            "raconte-t-il.",
            "Un agriculteur du hameau",
        ),
        (
            "Selon le quotidien régional, l'incendie a détruit trois granges. Un habitant du hameau a entendu les "
            "chiens aboyer vers minuit. Il a été le premier à appeler les pompiers. « Tout est parti en "
            "quelques minutes, on n'a rien pu faire », raconte-t-il.",
            "Un habitant du hameau",
        ),
    ],
)
def test_the_incise_pronoun_after_a_narrative_sentence_is_the_witness_it_brought_in(
    nlp: Language, text: str, witness: str
) -> None:
    record = record_of(nlp, text, "il")
    assert record.resolved == witness
    assert record.speaker_type == "anonymous"


def test_the_incise_pronoun_after_a_quoted_speaker_goes_on_with_that_speaker(nlp: Language) -> None:
    text = (
        "Le maire, Paul Girard, a annoncé que la salle rouvrirait en mars. « Nous ferons tout pour tenir "
        "ce délai », a-t-il ajouté."
    )
    assert record_of(nlp, text, "il").speaker_type == "named_person"
