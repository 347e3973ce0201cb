"""French attribution, eleventh round (issue 13): anonymous sources and speaker types. An outlet that
relays unnamed sources gives one attribution per source; a spokesperson given no name is an unnamed
voice; an outlet's own unnamed sources (`selon nos informations`) are anonymous; a news agency named
by `agence officielle` and an outlet named by a press word (`Sports`, `News`) are media. Every
sentence here was written for the tests."""

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
    ("text", "outlet", "source", "cue"),
    [
        (
            "Le barrage a cédé dans la nuit, rapporte Reuters, citant deux responsables locaux.",
            "Reuters",
            "deux responsables locaux",
            "citant deux responsables locaux",
        ),
        (
            "Le quotidien Le Temps, qui cite un diplomate, affirme que la conférence est annulée.",
            "Le quotidien Le Temps",
            "un diplomate",
            "cite un diplomate",
        ),
        (
            "Selon Politico, qui cite des négociateurs, le traité sera signé en mai.",
            "Politico",
            "des négociateurs",
            "cite des négociateurs",
        ),
    ],
)
def test_an_outlet_relaying_unnamed_sources_gives_one_attribution_per_source(
    nlp: Language, text: str, outlet: str, source: str, cue: str
) -> None:
    atts = found(nlp, text)
    by_speaker = {a.speaker: a for a in atts}
    assert by_speaker[outlet].speaker_type == "media"
    relayed = by_speaker[source]
    assert relayed.speaker_type == "anonymous"
    assert relayed.text == cue
    assert (relayed.content_start, relayed.content_end) == (
        by_speaker[outlet].content_start,
        by_speaker[outlet].content_end,
    )


def test_the_outlets_own_sources_give_no_second_record(nlp: Language) -> None:
    atts = found(nlp, "La mine rouvrira en avril, selon le magazine Tempo qui se réfère à ses sources au ministère.")
    assert len(atts) == 1
    assert atts[0].speaker_type == "media"


def test_a_named_person_cited_by_an_outlet_is_a_second_source(nlp: Language) -> None:
    # Twelfth round (second sources): one record per source, the guidelines' convention, whatever its type
    text = "Le port sera fermé lundi, rapporte l'AFP, citant le maire Jean Roux."
    got = {a.speaker: a for a in found(nlp, text)}
    assert got["l'AFP"].speaker_type == "media"
    assert got["le maire Jean Roux"].speaker_type == "named_person"
    assert got["le maire Jean Roux"].content_start == got["l'AFP"].content_start


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Le porte-parole de la préfecture a indiqué que la route restait fermée.",
            "Le porte-parole de la préfecture",
            "anonymous",
        ),
        (
            "Anne Morel a visité le chantier mardi. "
            "Le porte-parole du ministère a précisé que les travaux dureraient un an.",
            "Le porte-parole du ministère",
            "anonymous",
        ),
        (
            "Marc Lenoir, porte-parole de la mairie, a démenti la rumeur. "
            "Le porte-parole a ajouté que le marché resterait ouvert.",
            "Le porte-parole",
            "named_person",
        ),
        (
            "La porte-parole du gouvernement, Claire Vidal, a assuré que le budget serait tenu.",
            "La porte-parole du gouvernement, Claire Vidal",
            "named_person",
        ),
    ],
)
def test_a_spokesperson_with_no_name_is_an_unnamed_voice(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types(nlp, text).get(speaker) == kind


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("La scierie sera vendue avant l'été, selon nos informations.", "nos informations", "anonymous"),  # r45
        ("Selon l'agence officielle KCNA, le dirigeant a inspecté une usine.", "l'agence officielle KCNA", "media"),
        ("D'après l'agence de presse d'État, la récolte a doublé.", "l'agence de presse d'État", "media"),
        ("Le défenseur a signé pour trois ans, selon Sky Sports.", "Sky Sports", "media"),
    ],
)
def test_unnamed_sources_of_an_outlet_and_outlets_by_their_words(
    nlp: Language, text: str, speaker: str, kind: str
) -> None:
    assert types(nlp, text).get(speaker) == kind


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "kind", "content"),
    [
        (
            "« Personne n'a vu venir la crise », dixit un banquier de la place.",
            "dixit un banquier de la place",
            "un banquier de la place",
            "anonymous",
            "Personne n'a vu venir la crise",
        ),
        (
            "Le suspect avait déjà été condamné, de source judiciaire.",
            "de source judiciaire",
            "source judiciaire",
            "anonymous",
            "Le suspect avait déjà été condamné",
        ),
        (
            "De source policière, le fourgon transportait des cigarettes.",
            "De source policière",
            "source policière",
            "anonymous",
            "le fourgon transportait des cigarettes",
        ),
    ],
)
def test_markers_of_unnamed_sources(nlp: Language, text: str, cue: str, speaker: str, kind: str, content: str) -> None:
    atts = [a for a in found(nlp, text) if a.text == cue]
    assert len(atts) == 1
    a = atts[0]
    assert (a.speaker, a.speaker_type) == (speaker, kind)
    assert text[a.content_start : a.content_end] == content


def test_a_participle_goes_on_from_the_inverted_speaker(nlp: Language) -> None:
    text = (
        "Les pompiers ont maîtrisé le feu, a indiqué une source à la préfecture, "
        "soulignant que deux granges avaient brûlé."
    )
    by_cue = {a.text: a for a in found(nlp, text)}
    participle = by_cue["soulignant que"]
    assert participle.speaker == "une source"
    assert participle.speaker_type == "anonymous"
    assert text[participle.content_start : participle.content_end] == "deux granges avaient brûlé"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Dans l'entourage du ministre, on assure que la réforme sera votée avant l'été.",
            "l'entourage du ministre",
            "anonymous",
        ),
        ("Du côté de la mairie, on fait valoir que le calendrier est tenu.", "la mairie", "institution"),
        ("Au ministère, on indique que le décret paraîtra lundi.", "ministère", "institution"),
    ],
)
def test_on_standing_for_the_source_the_sentence_opens_with(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types(nlp, text).get(speaker) == kind


@pytest.mark.parametrize(
    "text",
    ["À terme, on estime que la ligne sera rentable.", "Dans ce dossier, on sait que rien n'est simple."],
)
def test_a_generic_on_names_no_source(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Les partis de la majorité ont salué le texte, estimant qu'il protège les locataires.",
            "Les partis de la majorité",
            "group",  # round 45: unnamed bodies in the definite plural are a collective (round 29: institution)
        ),
        ("La majorité présidentielle estime que le budget est sincère.", "La majorité présidentielle", "group"),
        ("Des associations affirment que les camps sont surpeuplés.", "Des associations", "group"),
        ("Le parti affirme que la centrale doit fermer.", "Le parti", "institution"),
    ],
)
def test_unnamed_collectives_of_bodies_are_groups(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types(nlp, text).get(speaker) == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le code du travail prévoit que les heures de nuit sont majorées.", "Le code du travail"),
        (
            "Le plan de relance prévoit que les bus resteront gratuits.",
            "Le plan de relance",
        ),
    ],
)
def test_an_unlisted_noun_of_a_thing_is_no_unidentified_person(nlp: Language, text: str, speaker: str) -> None:
    assert types(nlp, text).get(speaker) == "document"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Un vigneron du village raconte que la grêle a tout détruit.", "Un vigneron du village"),
        ("« On a tout perdu », s'emporte un homme devant la mairie.", "un homme"),
        ("Une aide-soignante de la clinique affirme que les gardes doublent.", "Une aide-soignante de la clinique"),
        ("Un usager de la ligne raconte que le train s'arrête sans cesse.", "Un usager de la ligne"),
        ("Un confrère du journaliste affirme que l'enquête était prête.", "Un confrère du journaliste"),
    ],
)
def test_a_noun_of_a_person_stays_an_unnamed_source(nlp: Language, text: str, speaker: str) -> None:
    assert types(nlp, text).get(speaker) == "anonymous"


def test_the_elided_generic_on_names_no_source(nlp: Language) -> None:
    assert found(nlp, "L'on évoque souvent que le tunnel coûtera cher.") == []


def test_a_date_after_an_inverted_outlet_is_no_part_of_it(nlp: Language) -> None:
    text = "« La digue a tenu », a affirmé le maire Jean Roux, a rapporté Ouest-France le 12 mars."
    outlets = [a for a in found(nlp, text) if a.speaker_type == "media"]
    assert [a.speaker for a in outlets] == ["Ouest-France"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Les prix ont grimpé après des informations selon lesquelles la mine fermerait.",
            "des informations",
            "anonymous",
        ),
        ("Le maire démissionnera, selon une information de France Bleu.", "une information de France Bleu", "media"),
        ("Le port fermera en mai, selon des informations de presse.", "des informations de presse", "media"),
    ],
)
def test_unsourced_reports_are_anonymous_and_an_outlets_report_is_media(
    nlp: Language, text: str, speaker: str, kind: str
) -> None:
    assert types(nlp, text).get(speaker) == kind
