"""French attribution, round 38 (read set A52): inverted incises the tagger or the phrase hid.

A saying verb with a hyphenated inverted subject (`martèle-t-il`, `souligne-t-on`) is a verb whatever
the tagger calls it; a phrasal verb of saying takes the inverted clitic inside it (`fait-on savoir`);
`confirmant une information de X` gives X its record past a recipient and an adverb; an incise after a
quotation reaches its subject past a recipient and an aside between commas; `récit` is an account
someone gives, typed by that someone; a bare `de source` ending its clause cites nobody.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, record_of, speaker_contents_rules, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def pairs(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(speaker, content) for speaker, content, _ in speaker_contents_rules(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "« Il n'y a plus de budget pour ce chantier », martèle-t-il.",
            "il",
            "Il n'y a plus de budget pour ce chantier",
        ),
        ("« La ligne sera rouverte en mai », martèle-t-on à la direction.", "on", "La ligne sera rouverte en mai"),
        ("« Nous ne reculerons pas », martèle-t-elle devant les élus.", "elle", "Nous ne reculerons pas"),
        ("« Personne ne sera licencié », souligne-t-on au siège.", "on", "Personne ne sera licencié"),
    ],
)
def test_hyphenated_inverted_subject_makes_a_verb(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert pairs(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "« Aucun joueur ne partira cet hiver », fait-on savoir au sein du club.",
            "fait-on savoir",
            "on",
            "Aucun joueur ne partira cet hiver",
        ),
        (
            "La piscine restera fermée tout l'été, fait-il savoir.",
            "fait-il savoir",
            "il",
            "La piscine restera fermée tout l'été",
        ),
        ("Le calendrier est intenable, font-ils valoir.", "font-ils valoir", "ils", "Le calendrier est intenable"),
        (
            "Le dossier n'est pas complet, fait-elle remarquer.",
            "fait-elle remarquer",
            "elle",
            "Le dossier n'est pas complet",
        ),
    ],
)
def test_phrasal_verb_with_the_inverted_clitic_inside(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    record = record_of(nlp, text, speaker)
    assert record.text == cue
    assert record.verb.replace(" ", "") == cue.split("-")[0] + cue.split(" ")[-1]
    assert pairs(nlp, text) == [(speaker, content)]


def test_phrasal_verb_in_the_compound_past_unchanged(nlp: Language) -> None:
    text = "La mairie a fait savoir que le marché de Noël serait annulé."
    assert pairs(nlp, text) == [("La mairie", "le marché de Noël serait annulé")]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Le directeur a été suspendu, a expliqué le rectorat à l'AFP, confirmant une information de France Bleu.",
            "France Bleu",
        ),
        (
            "Le directeur a été suspendu, a dit le rectorat, confirmant ainsi une information du journal La Dépêche.",
            "journal La Dépêche",
        ),
        (
            "Le directeur a été suspendu, a dit le rectorat à la radio, confirmant également une information de RTL.",
            "RTL",
        ),
    ],
)
def test_confirmed_report_past_recipient_and_adverb(nlp: Language, text: str, outlet: str) -> None:
    claim = "Le directeur a été suspendu"
    got = pairs(nlp, text)
    assert (outlet, claim) in got
    assert len(got) == 2  # the speaker's record and the outlet's, no record for the participle itself
    assert types_of(nlp, text, outlet) == ["media"]


def test_confirming_an_act_gives_no_outlet(nlp: Language) -> None:
    text = "Le directeur a été suspendu, a expliqué le rectorat à l'AFP, confirmant ne pas connaître la date."
    assert pairs(nlp, text) == [("le rectorat", "Le directeur a été suspendu")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "« Le cessez-le-feu ne tiendra pas », a confié à l'AFP, sous couvert d'anonymat, un diplomate européen.",
            "un diplomate européen",
            "anonymous",
        ),
        (
            "« Le contrat sera signé demain », a indiqué au journal, sous le sceau de l'anonymat, un cadre.",
            "un cadre",
            "anonymous",
        ),
        (
            "« La route restera coupée », a déclaré à la presse, dans la soirée, le maire de Vals.",
            "le maire de Vals",
            None,
        ),
    ],
)
def test_incise_subject_past_recipient_and_aside(nlp: Language, text: str, speaker: str, kind: str | None) -> None:
    got = pairs(nlp, text)
    assert len(got) == 1 and got[0][0] == speaker
    if kind is not None:
        assert types_of(nlp, text, speaker) == [kind]


def test_recipient_then_clause_gives_no_subject(nlp: Language) -> None:
    text = "« La route restera coupée », a déclaré le maire à la presse, avant de partir."
    assert pairs(nlp, text) == [("le maire", "La route restera coupée")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Trois boutiques ont été incendiées, selon plusieurs récits de témoins.",
            "plusieurs récits de témoins",
            "anonymous",
        ),
        ("Trois boutiques ont été incendiées, selon des récits.", "des récits", "anonymous"),
        (
            "Trois boutiques ont été incendiées, selon les récits des commerçants.",
            "les récits des commerçants",
            "group",
        ),
        (
            "Selon le récit de la ministre Claire Dubois, le sommet a échoué.",
            "le récit de la ministre Claire Dubois",
            "named_person",
        ),
    ],
)
def test_account_noun_is_typed_by_who_gave_it(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(nlp, text, speaker) == [kind]


@pytest.mark.parametrize(
    "text",
    ["Le lanceur d'alerte admet qu'il n'avait pas de source.", "Ce blog anonyme n'a pas de source\nLa suite demain."],
)
def test_bare_de_source_cites_nobody(nlp: Language, text: str) -> None:
    assert all(speaker != "source" for speaker, _ in pairs(nlp, text))


def test_de_source_with_its_qualifier_still_cites(nlp: Language) -> None:
    text = "Le gardien a été suspendu, de source syndicale."
    assert pairs(nlp, text) == [("source syndicale", "Le gardien a été suspendu")]
