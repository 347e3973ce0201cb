"""French attribution recall (twenty-third round, second wave): a verb of saying coordinated with a
copular or passive predicate shares its subject (`sont inquiets et affirment que`); a verb of
judgment's object with its attribute is the view (`juge ces mesures insuffisantes`); `plaider` and
`imputer` report their noun object (`a plaidé la légitime défense`, `impute la panne au gel`),
`soutenir` an infinitive (`a soutenu avoir agi seul`); `, ce qu'a confirmé X` takes up the clause
before it; `il ressort de X que` credits X; `souhaiter que` states a wish as `espérer que`; a
quotation opening a paragraph takes the speaker that the next sentence names. Every sentence here was
written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, speaker_content_pairs, speaker_contents_rules
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Les salariés sont inquiets et affirment que l'usine fermera.", "Les salariés", "l'usine fermera"),
        (
            "La ministre était présente et a assuré que l'aide arriverait.",
            "La ministre",
            "l'aide arriverait",
        ),
        (
            "Le maire a été interpellé et a répondu que le dossier avançait.",
            "Le maire",
            "le dossier avançait",
        ),
    ],
)
def test_verb_coordinated_with_a_copula_shares_its_subject(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le parquet a estimé la récidive établie et a requis deux ans de prison.",
            "Le parquet",
            "la récidive établie",
        ),
        ("Le syndicat juge ces mesures largement insuffisantes.", "Le syndicat", "ces mesures largement insuffisantes"),
        ("Le comité a jugé la candidature recevable.", "Le comité", "la candidature recevable"),
        (
            "L'association considère les élus responsables de la crise.",
            "L'association",
            "les élus responsables de la crise",
        ),
        (
            "Son avocat a plaidé la légitime défense et a demandé l'acquittement.",
            "Son avocat",
            "la légitime défense",
        ),
        ("La mairie impute la panne au gel.", "La mairie", "la panne au gel"),
    ],
)
def test_noun_object_reported(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le tribunal a jugé l'affaire en deux heures.",  # no attribute: a trial, not a view
        "Elle juge la nouvelle loi sur les loyers.",  # the adjective opens the noun phrase
        "Le maire estime la situation sous contrôle.",  # no adjective after the noun
        "L'affaire sera plaidée en mars.",  # a passive with no source
        "Le prévenu a plaidé coupable.",  # no noun object
    ],
)
def test_no_view_without_object_and_attribute(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Devant le juge, le prévenu a soutenu avoir agi sans réfléchir.",
            "le prévenu",
            "avoir agi sans réfléchir",
        ),
        ("Le maire a soutenu ne rien savoir de ce projet.", "Le maire", "ne rien savoir de ce projet"),
    ],
)
def test_soutenir_with_an_infinitive(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_soutenir_a_club_reports_nothing(nlp: Language) -> None:
    assert speaker_content_pairs(nlp, "Les supporters soutiennent leur club depuis des années.") == []


def test_opening_quotation_takes_the_next_sentences_speaker(nlp: Language) -> None:
    text = (
        "Inondations dans le Gard\n"
        "« On a tout perdu en une seule nuit. » Devant sa maison, Paul Martin a expliqué que les assureurs "
        "tardaient.\n"
    )
    assert ("Paul Martin", "On a tout perdu en une seule nuit.", "next_sentence") in speaker_contents_rules(nlp, text)


def test_opening_quotation_after_a_dateline(nlp: Language) -> None:
    text = "(Lyon) « Nous ne céderons pas sur ce point. » Le ministre a assuré que le texte serait voté.\n"
    assert ("Le ministre", "Nous ne céderons pas sur ce point.", "next_sentence") in speaker_contents_rules(nlp, text)


def test_opening_quotation_speaker_named_before_a_later_incise(nlp: Language) -> None:
    text = (
        "Le marché couvert rouvre\n"
        "« Je ne savais plus quoi faire de mes journées. » Marie Dubois tient son étal depuis vingt ans. "
        "« Tout est à refaire, poursuit Marie Dubois. Mais on y arrivera. »\n"
    )
    assert ("Marie Dubois", "Je ne savais plus quoi faire de mes journées.", "next_sentence") in speaker_contents_rules(
        nlp, text
    )


@pytest.mark.parametrize(
    "text",
    [
        # the quotation does not open its paragraph
        "Le maire a pris la parole. « Nous ne céderons pas sur ce point. » Le préfet a assuré que le texte "
        "passerait.\n",
        # the next sentence names nobody who speaks
        "« Nous ne céderons pas sur ce point. » La réunion a duré trois heures.\n",
    ],
)
def test_no_next_speaker(nlp: Language, text: str) -> None:
    assert not [r for r in speaker_contents_rules(nlp, text) if r[2] == "next_sentence"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("L'usine fermera en mars, ce qu'a confirmé la direction.", "la direction", "L'usine fermera en mars"),
        (
            "Les douze sites du groupe ont été visés, ce qu'a confirmé la direction lundi.",
            "la direction",
            "Les douze sites du groupe ont été visés",
        ),
    ],
)
def test_ce_que_after_a_comma_takes_up_the_clause_before(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le bâtiment a brûlé, ce qu'a vu tout le quartier.",  # a verb of perception
        "Il a vendu sa maison, ce qu'a fait aussi son frère.",  # no verb of saying
        "Elle a raconté ce qu'a vécu sa famille.",  # `ce que` with no comma: an object, not a source
    ],
)
def test_ce_que_without_a_verb_of_saying_after_a_comma(nlp: Language, text: str) -> None:
    assert not [r for r in speaker_contents_rules(nlp, text) if r[2] == "as_reported"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Il ressort de l'enquête qu'aucune alarme n'a sonné.", "l'enquête", "aucune alarme n'a sonné"),
        (
            "Il ressort du rapport de la Cour des comptes que la dette a doublé.",
            "rapport de la Cour des comptes",
            "la dette a doublé",
        ),
    ],
)
def test_il_ressort_de_names_its_source(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize("text", ["Le chanteur ressort de l'hôpital.", "Il ressort de sa poche un papier froissé."])
def test_ressortir_of_a_place_reports_nothing(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []


def test_souhaiter_que_states_a_wish(nlp: Language) -> None:
    text = "Le maire souhaite que l'État intervienne rapidement."
    assert ("Le maire", "l'État intervienne rapidement") in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le club souhaite la bienvenue aux nouveaux joueurs.",  # a greeting, no reported words
        "La ministre souhaite partir avant la fin du mois.",  # an intention
        "Il n'a pas agi comme le souhaite le maire.",  # what the mayor wants done, no words reported
        "Le chantier n'a pas repris, comme l'espère le préfet.",
    ],
)
def test_souhaiter_without_a_clause_reports_nothing(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []
