"""French qualification frames (twenty-fourth round): `V X comme Y`, `V X de Y` and their passives
(`décrit comme Y par Z`) report Y, the qualification a source gives. The passive participle is read
from the morphology as well as from the -é endings (`décrit`, `décrite`), detached at a sentence's
start or after a comma as well as after its noun; `décrire`, `dénoncer` and `présenter` take a
`comme` complement; a `comme` that opens a comparison or an adverbial (`comme celle de`, `comme
chaque année`, `comme prévu`) reports nothing. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, speaker_content_pairs
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le conseil a siégé lundi. Décrit comme « expéditif » par un élu, le vote a duré dix minutes.",
            "un élu",
            "expéditif",
        ),
        (
            "Le budget a été adopté. Présentée comme « historique » par la ministre, la loi entre en vigueur.",
            "la ministre",
            "historique",
        ),
        (
            "Ce chantier, décrit comme « interminable » par les riverains, doit finir en mai.",
            "les riverains",
            "interminable",
        ),
        (
            "Une réforme décrite comme « brutale » par les syndicats sera votée mardi.",
            "les syndicats",
            "brutale",
        ),
    ],
)
def test_passive_qualification_gives_the_agent_the_qualification(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_a_qualification_passive_gives_the_subject_no_words(nlp: Language) -> None:
    text = "Une réforme décrite comme « brutale » par les syndicats sera votée mardi."
    assert all(speaker != "Une réforme" for speaker, _ in speaker_content_pairs(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le syndicat décrit la réforme comme une régression sociale.", "Le syndicat", "une régression sociale"),
        (
            "Les commerçants ont fermé après ce qu'ils dénoncent comme une hausse abusive des loyers.",
            "ils",
            "une hausse abusive des loyers",
        ),
        ("Les fondateurs se présentent comme une association de quartier.", "Les fondateurs", "une association"),
        ("Les parents considèrent la fermeture comme injuste.", "Les parents", "injuste"),
        ("Le syndicat considère la prime comme faisant partie du salaire.", "Le syndicat", "faisant partie"),
    ],
)
def test_comme_complement_is_the_qualification(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert any(s == speaker and c.startswith(content) for s, c in speaker_content_pairs(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le roman décrit la vie des pêcheurs comme celle de leurs grands-parents.",
        "Le guide décrit comme chaque année les sentiers du massif.",
        "La direction considère le dossier comme prévu depuis longtemps.",
        "Le directeur a présenté le bilan mardi devant les salariés.",
    ],
)
def test_comparison_or_adverbial_comme_reports_nothing(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []
