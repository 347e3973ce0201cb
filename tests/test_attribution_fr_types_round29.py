"""French speaker types and speaker resolution (twenty-seventh round, typesfr29, issue 13): the
conventions the integrator decided (a body's leaders are unnamed people, a party named after its members
speaks as the party, a role standing for a person the text names is that person in both directions, a
floating quotation belongs to the person the sentence before introduces) and classes of names (a company
name closing on a sector word, another outlet called `nos confrères de X`, an industry's bodies). Every
sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline, record_of, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Les dirigeants de Korvel affirment que la hausse des péages est inévitable.",
            "Les dirigeants de Korvel",
            "anonymous",
        ),
        (
            "Les écologistes dénoncent un projet d'autoroute qui détruira trois zones humides.",
            "Les écologistes",
            "institution",
        ),
        (
            "Les libéraux francophones affirment avoir déposé une proposition de réforme fiscale.",
            "Les libéraux francophones",
            "institution",
        ),
        ("Des écologistes ont manifesté devant la préfecture, affirmant que le projet était illégal.", None, None),
    ],
)
def test_leaders_are_unnamed_people_a_party_named_after_its_members_speaks_as_the_party(
    nlp: Language, text: str, speaker: str | None, kind: str | None
) -> None:
    if speaker is None:
        assert all(a.speaker_type != "institution" for a in checked_attributions(nlp, text))
        return
    assert types_of(nlp, text, speaker) == [kind]


def test_a_company_name_closing_on_a_sector_word_is_a_body(nlp: Language) -> None:
    text = "Korvel Autoroutes a annoncé mercredi que ses tarifs augmenteraient de 3 % au 1er février."
    assert types_of(nlp, text, "Korvel Autoroutes") == ["institution"]


def test_another_outlet_called_our_colleagues_is_that_outlet(nlp: Language) -> None:
    text = "Selon nos confrères de Vertouinfo, le chantier prendra deux ans de retard."
    record = record_of(nlp, text, "nos confrères de Vertouinfo")
    assert record.speaker_type == "media"


def test_an_industry_body_is_an_institution(nlp: Language) -> None:
    text = "La filière estime que les ventes de fromage au lait cru vont reculer cette année."
    assert types_of(nlp, text, "La filière") == ["institution"]


def test_a_marker_after_a_role_of_the_named_prime_minister_is_that_person(nlp: Language) -> None:
    text = (
        "À une semaine du scrutin, le Premier ministre Paul Zorvat multiplie les meetings dans le nord. "
        "Sur son compte officiel, le chef du gouvernement et chef du Rassemblement appelle ses partisans à "
        "la vigilance après des incidents provoqués, selon lui, par des militants adverses."
    )
    assert types_of(nlp, text, "lui") == ["named_person"]


def test_a_lawyer_named_after_the_role_is_that_person(nlp: Language) -> None:
    text = (
        "Le prévenu a reconnu les faits devant le tribunal correctionnel. « C'est un homme qui regrette "
        "sincèrement », dira son avocat à la sortie de l'audience. Me Lucien Darbois a plaidé la clémence."
    )
    assert types_of(nlp, text, "son avocat") == ["named_person"]


def test_a_lawyer_among_two_named_lawyers_stays_unnamed(nlp: Language) -> None:
    text = (
        "Me Lucien Darbois défendait la victime, Me Anne Cassel le prévenu. « Mon client regrette "
        "sincèrement », dira son avocat à la sortie de l'audience."
    )
    assert types_of(nlp, text, "son avocat") == ["anonymous"]


def test_a_court_president_the_text_never_names_is_anonymous(nlp: Language) -> None:
    text = (
        "Me Lucien Darbois a demandé la relaxe de son client, un artisan de 52 ans. "
        "« Vous avez menti à l'administration pendant trois ans », a souligné la présidente du tribunal."
    )
    assert types_of(nlp, text, "la présidente du tribunal") == ["anonymous"]


def test_a_floating_quotation_belongs_to_the_person_just_introduced(nlp: Language) -> None:
    text = (
        "« La gendarmerie va fermer à la fin du mois, c'est une perte pour nous », regrette une commerçante. "
        "Une habitante, elle, redoute surtout l'isolement du village. "
        "« On parle beaucoup de ruralité mais personne ne nous écoute. »"
    )
    records = checked_attributions(nlp, text)
    quote = next(a for a in records if a.text.startswith("On parle"))
    assert (quote.speaker, quote.speaker_type) == ("Une habitante", "anonymous")


def test_a_floating_quotation_after_the_speaker_goes_on_with_the_speaker(nlp: Language) -> None:
    text = (
        "« Les prix ont doublé en un an », explique Paul Roux, maraîcher à Vertou. "
        "« Nous ne savons plus comment faire avec ces charges. »"
    )
    records = checked_attributions(nlp, text)
    quote = next(a for a in records if a.text.startswith("Nous ne savons"))
    assert (quote.speaker, quote.speaker_type) == ("Paul Roux", "named_person")
