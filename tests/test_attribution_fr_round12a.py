"""French attribution, twelfth round (issue 13): anonymous sources and speaker types. A prosecutor, a
prefect or a magistrate the text never names is an unnamed voice (the issue's convention), named once
the text gives the role a holder, before or after; a source confirming an outlet's report gives the
outlet a record of the same claim instead of a claim `une information de X`; regional, foreign and
sports outlets are media. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def types(nlp: Language, text: str) -> dict[str, str]:
    """speaker as written -> its type, for every attribution found."""
    return {a.speaker or "": a.speaker_type for a in found(nlp, text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'incendie a pris dans une cave, a indiqué le procureur de la République de Nantes.", "le procureur"),
        ("Deux suspects ont été entendus jeudi, a précisé la préfète du Rhône.", "la préfète"),
        ("« Rien n'est exclu à ce stade », a ajouté le magistrat.", "le magistrat"),
    ],
)
def test_a_role_nobody_names_is_an_unnamed_voice(nlp: Language, text: str, speaker: str) -> None:
    got = types(nlp, text)
    key = next(k for k in got if k.startswith(speaker))
    assert got[key] == "anonymous"


def test_a_pronoun_for_an_unnamed_prosecutor_stays_anonymous(nlp: Language) -> None:
    text = (
        "Le procureur de Lille a annoncé l'ouverture d'une enquête. « Les faits sont graves », a-t-il "
        "ajouté devant la presse."
    )
    got = types(nlp, text)
    assert got["il"] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        # the holder's name after the role's own phrase, later in the text
        (
            "« Le mobile reste inconnu », a souligné le procureur. La victime a été retrouvée à l'aube, a "
            "précisé le procureur de la République de Rennes, Jeanne Marchal."
        ),
        # the holder's name before the role, with a comma
        "Jeanne Marchal, procureure de Rennes, a ouvert une enquête. « Rien n'est exclu », a dit la procureure.",
    ],
)
def test_a_role_the_text_gives_a_holder_is_named(nlp: Language, text: str) -> None:
    atts = found(nlp, text)
    roles = [a for a in atts if a.speaker and a.speaker.lower().startswith(("le procureur", "la procureure"))]
    assert roles
    assert all(a.speaker_type == "named_person" for a in roles)


def test_the_magistrate_after_a_named_prosecutor_is_named(nlp: Language) -> None:
    text = (
        "L'homme a été interpellé mardi, a indiqué le procureur de Toulon, Marc Delorme. « Il a reconnu les "
        "faits », a précisé le magistrat."
    )
    assert types(nlp, text)["le magistrat"] == "named_person"


def test_another_person_named_near_the_role_does_not_name_it(nlp: Language) -> None:
    text = "Le procureur a requis deux ans de prison contre Paul Ferrand, a indiqué le procureur de Brest."
    got = types(nlp, text)
    assert got.get("le procureur de Brest") == "anonymous"


@pytest.mark.parametrize(
    ("text", "first", "outlet"),
    [
        (
            "Le maire a démissionné lundi soir, a indiqué une source municipale, confirmant une information "
            "de Sud Ouest.",
            "une source municipale",
            "Sud Ouest",
        ),
        (
            "Le club a limogé son entraîneur, a précisé un dirigeant, confirmant une information publiée par "
            "Nice-Matin.",
            "un dirigeant",
            "Nice-Matin",
        ),
    ],
)
def test_a_confirmed_report_gives_the_outlet_a_record_of_the_same_claim(
    nlp: Language, text: str, first: str, outlet: str
) -> None:
    atts = found(nlp, text)
    by_speaker = {a.speaker: a for a in atts}
    assert by_speaker[first].speaker_type == "anonymous"
    relayed = by_speaker[outlet]
    assert relayed.speaker_type == "media"
    assert relayed.text.startswith("confirmant une information")
    assert (relayed.content_start, relayed.content_end) == (
        by_speaker[first].content_start,
        by_speaker[first].content_end,
    )
    # `une information de X` is no claim of the confirming source
    assert not any("information" in text[a.content_start : a.content_end] for a in atts if a.content_start is not None)


def test_confirming_a_plan_is_still_a_claim(nlp: Language) -> None:
    text = "Le ministre a parlé mardi, confirmant que la réforme sera votée en mai."
    atts = found(nlp, text)
    assert any(a.text.startswith("confirmant") and a.speaker == "Le ministre" for a in atts)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Selon La Voix du Nord, l'usine fermera en juin.", "La Voix du Nord"),
        ("La Gazzetta dello Sport affirme que le joueur a signé.", "La Gazzetta dello Sport"),
        ("Le transfert est bouclé, assure Marca.", "Marca"),
    ],
)
def test_regional_and_sports_outlets_are_media(nlp: Language, text: str, outlet: str) -> None:
    assert types(nlp, text)[outlet] == "media"


def test_a_team_is_not_the_sports_paper(nlp: Language) -> None:
    text = "Selon l'équipe de chercheurs, le satellite sera lancé en mars."
    assert all(t != "media" for t in types(nlp, text).values())


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("« Je ne savais rien », se défend le prévenu.", "le prévenu", "anonymous"),
        ("« Nous avons eu très peur », témoigne ce couple de retraités.", "ce couple de retraités", "anonymous"),
        (
            "De fortes pluies sont attendues, affirme le bulletin de Météo-France.",
            "le bulletin de Météo-France",
            "document",
        ),
    ],
)
def test_persons_and_documents_no_list_held(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types(nlp, text)[speaker] == kind


def test_a_manner_phrase_between_the_verb_and_its_speaker(nlp: Language) -> None:
    text = "« Le vote sera serré », commente sans illusion un cadre du parti."
    assert types(nlp, text) == {"un cadre du parti": "anonymous"}


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Plusieurs de ses députés soulignent que la loi est mal écrite.", "Plusieurs de ses députés", "anonymous"),
        (
            "Deux de leurs collaborateurs affirment que la réunion a eu lieu.",
            "Deux de leurs collaborateurs",
            "anonymous",
        ),
        ("Plusieurs députés soulignent que la loi est mal écrite.", "Plusieurs députés", "group"),
        ("Certains estiment que la loi est mal écrite.", "Certains", "group"),
    ],
)
def test_members_of_the_subjects_own_circle_are_unnamed_sources(
    nlp: Language, text: str, speaker: str, kind: str
) -> None:
    assert types(nlp, text)[speaker] == kind


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "La situation est calme, a précisé l'entourage du ministre de l'Intérieur, Paul Martin.",
            "l'entourage du ministre de l'Intérieur, Paul Martin",
            "anonymous",
        ),
        (
            "La situation est calme, a précisé le conseiller du ministre, Paul Martin.",
            "le conseiller du ministre, Paul Martin",
            "named_person",
        ),
    ],
)
def test_a_name_after_an_entourage_is_not_the_entourages(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types(nlp, text)[speaker] == kind


def test_a_pronoun_after_an_outlets_marker_is_the_person_reported_on(nlp: Language) -> None:
    text = (
        "Le président Paul Arnaud a, selon Le Parisien, refusé de céder. « Nous irons jusqu'au bout », "
        "aurait-il déclaré."
    )
    atts = {a.speaker: a for a in found(nlp, text)}
    assert atts["Le Parisien"].speaker_type == "media"
    assert atts["il"].speaker_type == "named_person"


def test_a_centre_that_speaks_is_a_body(nlp: Language) -> None:
    text = "Selon le centre de crise, quarante personnes restent introuvables."
    assert types(nlp, text)["le centre de crise"] == "institution"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le conseil municipal a voté la fermeture de la piscine, a-t-on appris.", "Le conseil municipal a voté"),
        ("Le site fermera en mai, apprend-on ce mardi.", "Le site fermera en mai"),
    ],
)
def test_bare_impersonal_hearsay_is_an_unnamed_source(nlp: Language, text: str, content: str) -> None:
    atts = found(nlp, text)
    assert len(atts) == 1
    a = atts[0]
    assert a.speaker_start is None
    assert a.speaker_type == "anonymous"
    assert text[a.content_start : a.content_end].startswith(content)


def test_hearsay_with_a_source_keeps_its_source(nlp: Language) -> None:
    text = "Le site fermera en mai, a-t-on appris auprès de la direction."
    atts = found(nlp, text)
    assert [(a.speaker, a.speaker_type) for a in atts] == [("la direction", "institution")]


def test_a_hearsay_incise_inside_the_clause_is_left_alone(nlp: Language) -> None:
    assert found(nlp, "Le maire, a-t-on appris, démissionnera.") == []


@pytest.mark.parametrize(
    "text",
    [
        "La victime est décédée, a précisé à l'Agence France-Presse le procureur de Grenoble.",
        "La victime est décédée, a précisé à l'Agence France-Presse (AFP) le procureur de Grenoble.",
    ],
)
def test_an_inverted_speaker_after_an_agency_with_a_hyphen_or_an_acronym(nlp: Language, text: str) -> None:
    atts = found(nlp, text)
    assert [(a.speaker, a.speaker_type) for a in atts] == [("le procureur de Grenoble", "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Il rejette l'opinion de Paul Martin selon laquelle le marché est saturé.",
            "l'opinion de Paul Martin",
            "named_person",
        ),
        (
            "Il rejette la position de la Commission européenne selon laquelle le marché est saturé.",
            "la position de la Commission européenne",
            "institution",
        ),
    ],
)
def test_the_holder_of_an_opinion_is_its_source(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types(nlp, text)[speaker] == kind
