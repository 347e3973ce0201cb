"""French attribution, twenty-eighth round (issue 13): the integrator's convention decisions on demands,
proposals and promises of an act, claim nouns with a `de` source and quotations that go on after their
incise. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat a proposé de suspendre la grève jusqu'à lundi.",
        "Les dirigeants promettent de revenir vers les salariés la semaine prochaine.",
        "La préfecture s'étonne que les travaux n'aient toujours pas commencé.",
        "Le procureur a demandé trois ans de prison contre l'ancien trésorier.",
        "Les agriculteurs réclament une hausse des prix du lait.",
    ],
)
def test_a_demand_proposal_or_promise_of_an_act_is_no_attribution(nlp: Language, text: str) -> None:
    assert not contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le ministre a demandé que les comptes soient publiés avant l'été.",
            "Le ministre",
            "les comptes soient publiés avant l'été",
        ),
        (
            "Les agriculteurs réclament « des prix justes, pas des promesses ».",
            "Les agriculteurs",
            "des prix justes, pas des promesses",
        ),
        ("Le maire promet que les travaux seront terminés en juin.", "Le maire", "les travaux seront terminés en juin"),
        ("« C'est inacceptable », s'étonne un riverain.", "un riverain", "C'est inacceptable"),
        (
            "Le président a demandé au gouvernement de rester « prudent » face à la crise.",
            "Le président",
            "rester « prudent » face à la crise",
        ),
    ],
)
def test_a_demand_with_reported_words_stays(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Les pirates ont publié une partie des fichiers, a indiqué une source proche de l'enquête "
            "confirmant une information du site spécialisé Numerama.",
            "site spécialisé Numerama",
        ),
        (
            "La commune touchera 200 000 euros, a dit lundi Paul Martin, porte-parole de la préfecture, "
            "confirmant une information du Parisien.",
            "Parisien",
        ),
        (
            "Le club sera vendu avant l'été, a indiqué son président, confirmant une information du « Progrès ».",
            "Progrès",
        ),
    ],
)
def test_the_outlet_whose_report_a_speaker_confirms_is_a_second_source(nlp: Language, text: str, outlet: str) -> None:
    found = contents(nlp, text)
    claims = {content for _, content in found}
    assert len(claims) == 1
    assert (outlet, claims.pop()) in found


def test_a_quotation_resumed_after_a_colon_is_one_record(nlp: Language) -> None:
    text = "« Nous avons tout perdu », explique une habitante : « Il faudra des mois pour reconstruire. »"
    assert contents(nlp, text) == [
        ("une habitante", "Nous avons tout perdu », explique une habitante : « Il faudra des mois pour reconstruire.")
    ]


def test_a_new_quotation_after_the_incise_sentence_is_a_record_of_its_own(nlp: Language) -> None:
    text = "« Nous avons tout perdu », explique une habitante. « Il faudra des mois pour reconstruire. »"
    assert ("une habitante", "Nous avons tout perdu") in contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "« Les contrôleurs passent deux jours par site », explique la responsable du service. Ils "
            "vérifient les cuisines, les chambres et les sanitaires »\nLe guide paraîtra en mars.",
            "Les contrôleurs passent deux jours par site », explique la responsable du service. Ils "
            "vérifient les cuisines, les chambres et les sanitaires",
        ),
        (
            "« La motion passera », affirme la source sous couvert d'anonymat. « Elle fera tomber le bureau."
            "\nLe vote aura lieu jeudi.",
            "La motion passera », affirme la source sous couvert d'anonymat. « Elle fera tomber le bureau.",
        ),
    ],
)
def test_a_quotation_whose_marks_were_lost_after_the_incise_runs_on(nlp: Language, text: str, content: str) -> None:
    assert [c for _, c in contents(nlp, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Les délégués se réuniront lors du congrès national, prévu ce week-end à Rabat.",
        "Les passagers attendent une traversée prévue « samedi prochain » pour rentrer chez eux.",
    ],
)
def test_a_scheduled_event_is_no_speech(nlp: Language, text: str) -> None:
    assert not contents(nlp, text)


def test_a_text_that_provides_still_reports(nlp: Language) -> None:
    assert ("La loi", "les loyers seront gelés") in contents(nlp, "La loi a prévu que les loyers seront gelés.")


@pytest.mark.parametrize(
    "text",
    [
        "Des chauffeurs ont manifesté mardi pour dénoncer leurs conditions de travail.",
        "Les riverains sont venus à la réunion pour se plaindre du bruit.",
    ],
)
def test_pour_and_an_infinitive_of_saying_with_an_object_is_a_purpose(nlp: Language, text: str) -> None:
    assert not contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Il en a profité pour affirmer que la réforme passerait.", "Il", "la réforme passerait"),
        (
            "Des militants ont manifesté devant la mairie pour dénoncer une « dérive autoritaire ».",
            "Des militants",
            "une « dérive autoritaire »",
        ),
    ],
)
def test_pour_and_an_infinitive_with_a_clause_or_quoted_words_reports(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in contents(nlp, text)
