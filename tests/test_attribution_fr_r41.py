"""French attribution, round 41 (read sets A52 to A57): a role description standing for a person the
text names only after it.

A role after a contracted article (`auprès du porte-parole de X`) is definite like `le porte-parole`;
a name given two roles (`Paul Roux, délégué CGT et porte-parole de X`) holds the second as well; a role
that opens a text stands for the person the next sentence names as its inverted speaker, even past a
long quotation. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, speaker_content_types
from spacy.language import Language


def _types(fr: Language, text: str) -> dict[str, str | None]:
    """Speaker -> type of every record."""
    return {a.speaker or "": a.speaker_type for a in checked_attributions(fr, text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Les salariés ont cessé le travail, a-t-on appris auprès du porte-parole du collectif. "
            "« Nous tiendrons bon », a affirmé à l'AFP Marc Petit, délégué FO et porte-parole du "
            "collectif.",
            "porte-parole du collectif",
        ),
        (
            "Les salariés ont cessé le travail, a précisé le porte-parole du collectif. « Nous "
            "tiendrons bon », a affirmé Marc Petit, délégué FO et porte-parole du collectif.",
            "le porte-parole du collectif",
        ),
        (
            "Le rapport de la chambre est sévère. Une critique rejetée par l'élu qui répond que \"les "
            'comptes sont justes. Les chiffres sont faux".\n"Ce rapport est malveillant", a déclaré Paul '
            "Martin.",
            "l'élu",
        ),
        (
            "Le rapport de la chambre est sévère. Une critique rejetée par l'élu qui répond que « les "
            "comptes sont justes ». « Ce rapport est malveillant, il oublie les investissements de la ville "
            "depuis dix ans et les aides versées aux associations, aux écoles, aux clubs de sport et aux "
            "commerçants du centre pendant la crise sanitaire, ce que personne ne conteste dans le conseil "
            "municipal ni dans l'opposition, qui l'a voté à l'unanimité », a déclaré Paul Martin.",
            "l'élu",
        ),
    ],
)
def test_role_named_after_it(fr: Language, text: str, speaker: str) -> None:
    assert _types(fr, text)[speaker] == "named_person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name after the incise has a role of its own: maybe someone else
        (
            "Le rapport de la chambre est sévère, selon l'élu. « Ce rapport est malveillant », a déclaré "
            "Paul Martin, maire de la ville.",
            "l'élu",
        ),
        # the name is two sentences on, not the next sentence's speaker
        (
            "La ligne restera fermée, a indiqué l'élu. Le trafic reprendra lundi, selon la préfecture. "
            "« Rien n'est prévu », a déclaré Paul Martin.",
            "l'élu",
        ),
        # a first role that is not the spokesperson's: the name holds another role
        (
            "La ligne restera fermée, a-t-on appris auprès du porte-parole de la SNCF. « Le trafic "
            "reprendra lundi », a ajouté Paul Roux, délégué CGT.",
            "porte-parole de la SNCF",
        ),
    ],
)
def test_role_left_unnamed(fr: Language, text: str, speaker: str) -> None:
    assert _types(fr, text)[speaker] == "anonymous"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date between the outlet's `a appris` and the outlet: the markers after it are still hearsay
        (
            "Trois gendarmes ont été blessés à Kidal, a appris dimanche l'AFP de source militaire et auprès "
            "d'un notable local.",
            [
                ("source militaire", "Trois gendarmes ont été blessés à Kidal", "anonymous"),
                ("un notable local", "Trois gendarmes ont été blessés à Kidal", "anonymous"),
            ],
        ),
        (
            "La digue a cédé dans la nuit, a appris lundi soir Le Parisien de source préfectorale.",
            [("source préfectorale", "La digue a cédé dans la nuit", "anonymous")],
        ),
        # `comme l'a annoncé` + a date: the date is when, the phrase after it who
        (
            "Un avion de reconnaissance a été abattu au-dessus de la frontière, comme l'a indiqué lundi matin "
            "l'agence officielle Tanjug.",
            [
                (
                    "l'agence officielle Tanjug",
                    "Un avion de reconnaissance a été abattu au-dessus de la frontière",
                    "media",
                )
            ],
        ),
    ],
)
def test_date_inside_the_incise(fr: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speaker_content_types(fr, text) == expected


def test_date_in_the_content_is_no_speaker_shift(fr: Language) -> None:
    """A date inside the reported clause leaves the hearsay as it was."""
    text = "Trois gendarmes ont été blessés samedi à Nîmes, a appris l'AFP de source policière."
    assert speaker_content_types(fr, text) == [
        ("source policière", "Trois gendarmes ont été blessés samedi à Nîmes", "anonymous")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a fronted date before the incise is when; what was said is the sentence around the incise
        (
            "Vendredi 7 juin, a appris Le Parisien de source judiciaire, le tribunal doit examiner la demande "
            "de remise en liberté.",
            "source judiciaire",
            "Vendredi 7 juin, a appris Le Parisien de source judiciaire, le tribunal doit examiner la demande "
            "de remise en liberté",
        ),
        (
            "Lundi, a indiqué le maire, la commission a rendu son avis.",
            "le maire",
            "Lundi, a indiqué le maire, la commission a rendu son avis",
        ),
        # a date at the end of the clause before the incise stays in it
        (
            "La commission a rendu son avis jeudi 4 mars, a indiqué le maire.",
            "le maire",
            "La commission a rendu son avis jeudi 4 mars",
        ),
    ],
)
def test_fronted_date_before_the_incise(fr: Language, text: str, speaker: str, content: str) -> None:
    assert [(s, c) for s, c, _ in speaker_content_types(fr, text)] == [(speaker, content)]
