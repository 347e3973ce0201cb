"""French attribution, round 47: speaker type and speaker resolution.

Round 46's typing causes as classes: a person's pronoun does not stand for the outlet that published the
person named after it; bodies named in plain capitals (a capitalised body noun and capitalised words, or a
bare name of common words) are institutions; a definite role names again the person the text gave those
role words. (The branch's class 5, report nouns and figures typed by their giver, was not merged: on the
round's held-out sets it changed two records, both wrong.) Every sentence here was written for the tests;
the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, types_by_speaker, types_of
from spacy.language import Language

# Class 1: a person's pronoun and an outlet named as the place of publication


@pytest.mark.parametrize(
    "text",
    [
        "Dans un entretien publié par Le Zalvo Libre, Marc Durandal revient sur la crise. "
        "« On nous a oubliés », a-t-il dit.",
        "Dans une interview accordée au Zalvo Libre, Lucie Arnalde défend sa réforme. "
        "« Le texte protège les salariés », assure-t-elle.",
    ],
)
def test_pronoun_after_an_outlet_takes_the_person_named_since(fr: Language, text: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker in ("il", "elle")]
    assert records
    assert all(a.speaker_type == "named_person" for a in records)


def test_pronoun_does_not_take_a_name_inside_the_quotation(fr: Language) -> None:
    """A name in the quoted words is not who speaks them: no person named outside the quote, no change."""
    text = (
        "Selon le Zalvo Libre, la ministre a changé d'avis. « Je remercie Paul Ferrandi pour son aide », "
        "a-t-elle déclaré."
    )
    records = [a for a in checked_attributions(fr, text) if a.speaker == "elle"]
    assert all(a.resolved != "Paul Ferrandi" for a in records)


# Class 2: bodies named in plain capitals


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le Tribunal Judiciaire de Vernoux a estimé que la procédure était régulière.",
            "Le Tribunal Judiciaire de Vernoux",
        ),
        ("Selon la Cour d'Appel de Vernoux, le licenciement était abusif.", "la Cour d'Appel de Vernoux"),
        ("Selon Terre Solidaire, les dons ont baissé de moitié cette année.", "Terre Solidaire"),
        ("« Les dons ont baissé », affirme Nature Vivante dans un communiqué.", "Nature Vivante"),
        ("Avenir Vert dénonce un projet destructeur pour la zone humide.", "Avenir Vert"),
    ],
)
def test_body_named_in_plain_capitals_is_an_institution(fr: Language, text: str, speaker: str) -> None:
    assert types_of(fr, text, speaker) == ["institution"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon Marc Levasseur, les dons ont baissé de moitié.", "Marc Levasseur"),
        ("Selon Volodymyr Zelensky, la guerre durera encore.", "Volodymyr Zelensky"),
        ("Selon Hatice Karaca, la fiancée du journaliste, rien n'a été fait.", None),
    ],
)
def test_a_persons_name_stays_a_person(fr: Language, text: str, speaker: str | None) -> None:
    found = types_by_speaker(fr, text)
    if speaker is not None:
        assert found.get(speaker) == "named_person"
    assert "institution" not in found.values()


# Class 3: person nouns without a name (no code change; the round's held-out shapes, kept as they are)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« J'ai freiné trop tard », a reconnu le chauffeur.", "le chauffeur"),
        ("Le jeune homme affirme qu'il n'a rien vu.", "Le jeune homme"),
        ("« Il courait très vite », a témoigné la passante.", "la passante"),
        ("Selon un habitant, les secours sont arrivés vite.", "un habitant"),
    ],
)
def test_person_noun_without_a_name_is_anonymous(fr: Language, text: str, speaker: str) -> None:
    assert types_of(fr, text, speaker) == ["anonymous"]


# Class 4: a role standing for a person named earlier, by the role's own words


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le leader étudiant Hugo Perrinet appelle à la grève. Le responsable étudiant affirme que la "
            "mobilisation grandit.",
            "Le responsable étudiant",
        ),
        (
            "Jeanne Morvan, ancienne maire de Vernoux, a quitté le parti. « Je reste fidèle à mes idées », a "
            "déclaré l'ancienne maire de Vernoux.",
            "l'ancienne maire de Vernoux",
        ),
    ],
)
def test_role_words_given_to_a_named_person_name_them(fr: Language, text: str, speaker: str) -> None:
    assert types_of(fr, text, speaker) == ["named_person"]


def test_role_words_given_to_no_one_stay_unnamed(fr: Language) -> None:
    """`le ministre de la Justice` after `le ministre de l'Intérieur X`: another office, no one named."""
    text = (
        "Le ministre de l'Intérieur Paul Vernier a reçu les syndicats. Le ministre de la Justice estime que le "
        "texte est prêt."
    )
    assert types_of(fr, text, "Le ministre de la Justice") == ["anonymous"]
