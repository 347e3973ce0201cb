"""French speaker types (twenty-fifth round, typesfr27, issue 13): what makes a capitalised word a person
and which descriptions name again a person the text named. A name the text writes as a company's (`le
siège de X`) is a body; a capitalised word after an indefinite article is someone unnamed; an inhabitant
noun or a kinship noun after a definite article names again the person named before; an article before
a title does not hide the titled name. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, types_of
from spacy.language import Language
from spacy.tokens import Span

from framing.attribution.resources import load_resources
from framing.attribution.speaker_types import classify


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_a_name_the_text_gives_a_seat_is_a_company(nlp: Language) -> None:
    text = (
        "Une cinquantaine de salariés occupent depuis lundi le siège lyonnais de Varnelio. "
        "Varnelio a annoncé mardi la suppression de trois cents postes dans ses usines."
    )
    assert types_of(nlp, text, "Varnelio") == ["institution"]


def test_the_same_name_with_no_such_evidence_stays_a_surname(nlp: Language) -> None:
    text = "Varnelio a annoncé mardi qu'il quitterait la présidence du club à la fin de la saison."
    assert types_of(nlp, text, "Varnelio") == ["named_person"]


def test_a_name_after_its_management_is_a_body_wherever_it_speaks(nlp: Language) -> None:
    text = (
        "Les coursiers mènent un bras de fer avec la direction de Trivalo depuis septembre. "
        "Selon Trivalo, le nouveau statut offrira plus de souplesse aux livreurs."
    )
    assert types_of(nlp, text, "Trivalo") == ["institution"]


def test_staff_named_after_their_employer_are_a_group(nlp: Language) -> None:
    text = (
        "Une trentaine de personnes se sont rassemblées jeudi devant le siège Trivalo à Lille. "
        "Les manutentionnaires Trivalo dénoncent des cadences intenables et des retenues sur salaire."
    )
    assert types_of(nlp, text, "Les manutentionnaires Trivalo") == ["group"]


def test_an_indefinite_article_before_a_capitalised_word_names_nobody(nlp: Language) -> None:
    text = (
        "Un Malgache de 34 ans, arrêté à l'aéroport avec deux kilos de résine, affirme qu'il ignorait "
        "le contenu de la valise. Selon lui, un inconnu la lui avait confiée à Antananarivo."
    )
    assert types_of(nlp, text, "Un Malgache de 34 ans") == ["anonymous"]
    assert types_of(nlp, text, "lui") == ["anonymous"]


def test_an_inhabitant_noun_names_again_the_person_named_before(nlp: Language) -> None:
    text = (
        "D'après Marc Thiriet, maraîcher à Nancy depuis vingt ans, la saison sera courte. "
        "« Le gel a tout pris en avril, il ne reste presque rien », poursuit le Lorrain."
    )
    assert types_of(nlp, text, "le Lorrain") == ["named_person"]


def test_a_kinship_noun_names_again_the_person_named_before(nlp: Language) -> None:
    text = (
        "Jean Morel, 62 ans, a été entendu mardi par la cour d'assises de Douai. "
        "Interrogé sur la soirée du drame, le grand-père maintient qu'il dormait au premier étage."
    )
    assert types_of(nlp, text, "le grand-père") == ["named_person"]


def test_an_article_before_a_title_keeps_the_titled_name_a_person(nlp: Language) -> None:
    text = "« Les cas augmentent chaque semaine », a prévenu la Dre Anne Tremblay, directrice de la santé publique."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Dre")
    doc.ents = [Span(doc, start, start + 3, label="ORG")]  # the recogniser's guess, a body, for the titled name
    assert classify(doc, start - 1, start + 3, load_resources("fr")).type == "named_person"


def test_a_pronoun_after_a_subject_with_an_apposed_name_is_that_person(nlp: Language) -> None:
    text = (
        "Le prévenu a reconnu les faits à l'audience. Son avocat, Me Van Oost, a évoqué "
        "« une enquête bâclée ». Il a plaidé la relaxe pour les faits les plus anciens."
    )
    assert types_of(nlp, text, "Il") == ["named_person"]
