"""French cue finding, fourteenth round (attrfr14a): verbs of saying the small model mistags before an
infinitive, adverbs inside an inverted incise. Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as records
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # `dit` tagged as its past participle, `disent` as an adverb
        ("Le club dit vouloir rester dans la ville.", "Le club", "vouloir rester dans la ville"),
        (
            "Les élus disent ne pas comprendre la décision du conseil.",
            "Les élus",
            "ne pas comprendre la décision du conseil",
        ),
        ("Les salariés disent ne plus croire aux promesses.", "Les salariés", "ne plus croire aux promesses"),
        # `ne rien` between the verb and its infinitive belongs to the claim
        ("La directrice dit ne rien savoir de ce projet.", "La directrice", "ne rien savoir de ce projet"),
    ],
)
def test_a_mistagged_verb_of_saying_before_an_infinitive(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Le parti dit modéré a perdu la moitié de ses sièges.",
        "Un texte écrit à la main circule dans le village.",
    ],
)
def test_a_participle_used_as_an_adjective_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


def test_an_adverb_inside_an_inverted_incise(nlp: Language) -> None:
    text = "« Nous avons été prévenus », a-t-elle néanmoins mentionné."
    out = found(nlp, text)
    assert [(a.text, a.speaker) for a in out] == [("a-t-elle néanmoins mentionné", "elle")]
    assert text[out[0].content_start : out[0].content_end] == "Nous avons été prévenus"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Une soirée amère pour l'entraîneur, Paul Martin : « Nous avons manqué de tout. »",
            "l'entraîneur, Paul Martin",
            "Nous avons manqué de tout.",
        ),
        (
            "Même constat pour la présidente : « Les bénévoles sont épuisés. »",
            "la présidente",
            "Les bénévoles sont épuisés.",
        ),
    ],
)
def test_a_verbless_lead_in_that_gives_someone_s_view(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


def test_a_lead_in_for_someone_that_judges_nothing(nlp: Language) -> None:
    assert records(nlp, "Un message pour les habitants : « Restez chez vous. »") == []


@pytest.mark.parametrize(
    "text",
    [
        "Les soins seront donnés selon le protocole sanitaire de l'hôpital.",
        "Le prix du billet varie selon les revenus des familles.",
        "Selon le barème, chaque famille paiera moins.",
    ],
)
def test_selon_a_rule_or_a_scale_is_no_source(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


def test_dit_giving_the_name_a_place_goes_by_is_no_incise(nlp: Language) -> None:
    text = "« Le bassin est neuf », explique Paul, gardien du parc de la ville, dit parc des Oiseaux, en riant."
    assert [(a.text, a.speaker) for a in found(nlp, text)] == [("explique Paul", "Paul")]


def test_dit_with_an_adverb_before_its_speaker_stays_an_incise(nlp: Language) -> None:
    assert records(nlp, "Le chantier avance, dit encore le maire.") == [("le maire", "Le chantier avance")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Selon Paul Martin, président de la fédération des pêcheurs, la saison sera mauvaise.",
            "la saison sera mauvaise",
        ),
        ("D'après Marie Dupont, directrice de l'école, les travaux dureront un an.", "les travaux dureront un an"),
    ],
)
def test_the_role_after_a_source_opening_the_sentence_is_no_claim(nlp: Language, text: str, content: str) -> None:
    out = found(nlp, text)
    assert len(out) == 1
    assert text[out[0].content_start : out[0].content_end] == content
    assert out[0].speaker in ("Paul Martin", "Marie Dupont")


def test_a_conceded_claim_then_the_speaker_s_own(nlp: Language) -> None:
    text = "Si la maire reconnaît que la route est « dangereuse », elle juge toutefois que les travaux coûtent trop."
    assert records(nlp, text) == [
        ("la maire", "la route est « dangereuse »"),
        ("elle", "les travaux coûtent trop"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a marker ending in `de` meets its contraction
        ("Aux yeux du maire, la route est dangereuse.", "maire", "la route est dangereuse"),
        ("De l'avis des experts, la crise va durer.", "experts", "la crise va durer"),
        # an adverb in -ment the small model tags a verb, between an incise verb and its speaker
        ("« La route est dangereuse », répète inlassablement le maire.", "le maire", "La route est dangereuse"),
        # the subject noun tagged an adjective, the verb a noun
        ("Le communiqué dénonce une décision injuste.", "Le communiqué", "une décision injuste"),
    ],
)
def test_markers_and_verbs_the_tagger_hides(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "verb",
    # incise-only verbs added this round; `résume` (tagged a pronoun) and `promet` (tagged an infinitive)
    # were listed but lost to the tagger
    ["espère", "craint", "redoute", "pense", "s'excuse", "remercie", "termine", "résume", "promet"],
)
def test_an_incise_verb_after_a_quotation(nlp: Language, verb: str) -> None:
    text = f"« Le chantier prendra du retard », {verb} la directrice."
    assert records(nlp, text) == [("la directrice", "Le chantier prendra du retard")]


@pytest.mark.parametrize(
    "text",
    [
        "Pourquoi les élus craignent-ils la réforme ?",
        "Les élus croient-ils vraiment à la réforme ?",
        "Pourquoi les élus affirment-ils cela ?",
        "La pluie continue de tomber sur la ville.",
    ],
)
def test_a_question_or_a_verb_outside_an_incise_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


def test_an_incise_after_a_quoted_question_stays(nlp: Language) -> None:
    assert records(nlp, "« Qui viendra ? », demande-t-il.") == [("il", "Qui viendra ?")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the subject before an inserted source belongs to the claim
        ("Le site, d'après le maire, fermera en mai.", "Le site, d'après le maire, fermera en mai"),
        # an opening adverb does not
        ("Ainsi, selon le maire, le site fermera.", "le site fermera"),
    ],
)
def test_a_source_inserted_after_the_subject(nlp: Language, text: str, content: str) -> None:
    out = found(nlp, text)
    assert len(out) == 1
    assert text[out[0].content_start : out[0].content_end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La direction, qui assure que le site restera ouvert, a convoqué les syndicats.", "le site restera ouvert"),
        (
            "La direction, qui assure que le site, racheté en mai, restera ouvert, a convoqué les syndicats.",
            "le site, racheté en mai, restera ouvert",
        ),
        ("Les salariés, qui dénoncent un plan injuste, ont manifesté.", "un plan injuste"),
    ],
)
def test_a_claim_in_a_relative_clause_ends_where_the_main_verb_resumes(nlp: Language, text: str, content: str) -> None:
    out = found(nlp, text)
    assert len(out) == 1
    assert text[out[0].content_start : out[0].content_end] == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Les médecins ont tiré la sonnette d'alarme sur le manque de lits.", "Les médecins", "le manque de lits"),
        ("Les élus pointent du doigt la gestion de la crise.", "Les élus", "la gestion de la crise"),
    ],
)
def test_phrases_of_warning_and_blame(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


def test_sounding_the_alarm_with_no_object_reports_nothing(nlp: Language) -> None:
    assert records(nlp, "Les médecins tirent la sonnette d'alarme.") == []
