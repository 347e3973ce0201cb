"""French attribution, round 48: speaker type and speaker resolution.

A demonstrative and a person's role met in the narrative (`cette institutrice`, `cet élu`) takes up the
last person the text named, so the pronouns that later stand for it are that named person; a person's
pronoun speaking is the person quoted just before a text, not the text (`Un bilan faisait état de`). Every
sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions
from spacy.language import Language

# Class 2: a demonstrative and a role standing for the person named last


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        (
            "« La rue s'est changée en torrent », raconte Odile Parmentier, qui habite près du canal. "
            "Depuis samedi, cette ancienne institutrice loge chez son fils. « Je n'ose pas rentrer », "
            "explique-t-elle.",
            "elle",
            "Odile Parmentier",
        ),
        (
            "Le lieutenant Karim Benali, élu de la circonscription, a été joint hier. « Les routes sont "
            "coupées et personne ne passe », précise cet élu. Ce dernier ajoute que les secours arrivent.",
            "Ce dernier",
            "Karim Benali",
        ),
    ],
)
def test_demonstrative_role_takes_up_the_last_named_person(fr: Language, text: str, pronoun: str, name: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == pronoun]
    assert records
    assert all(a.speaker_type == "named_person" for a in records)
    assert all(a.resolved == name for a in records)


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # a source noun stays the unnamed source it takes up
        (
            "Une source proche du ministère a confirmé la réunion. Cette source a ajouté que la décision "
            "serait prise jeudi. « Rien n'est joué », a-t-elle glissé.",
            "elle",
        ),
        # someone new brought in between the name and the demonstrative
        (
            "« Nous manquons de lits », déplore Armelle Tourneux, infirmière à Brelac. Un brancardier arrive "
            "alors dans le couloir. Ce salarié est épuisé. « On tient comme on peut », dit-il.",
            "il",
        ),
        # the person named last is a woman: `cet élu` is someone else
        (
            "La sénatrice Claire Dumoulin a visité le chantier mercredi. Cet élu du district de Fontbrune ne "
            "cache pas sa colère. « C'est un gâchis », lâche-t-il.",
            "il",
        ),
    ],
)
def test_demonstrative_role_left_unnamed(fr: Language, text: str, pronoun: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == pronoun]
    assert records
    assert all(a.speaker_type == "anonymous" for a in records)


# Class 1: a person's pronoun speaking after a text named in passing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "« Le pont restera fermé », a annoncé Bertrand Fouillac, chef du service des routes. Un précédent "
            "bilan évoquait trois blessés. « Nos équipes travaillent jour et nuit », a-t-il ajouté.",
            "Bertrand Fouillac",
        ),
        (
            "« Le pont restera fermé », a annoncé Bertrand Fouillac, chef du service des routes. Un précédent "
            "bilan évoquait trois blessés. Les équipes travaillent jour et nuit, a-t-il indiqué.",
            "Bertrand Fouillac",
        ),
    ],
)
def test_pronoun_skips_a_text_for_the_person_before_it(fr: Language, text: str, name: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == "il"]
    assert records
    assert all(a.speaker_type == "named_person" and a.resolved == name for a in records)


def test_pronoun_keeps_a_text_with_no_person_near(fr: Language) -> None:
    """No person quoted before the text: `il` stays the text (the seeds' convention)."""
    text = (
        "La préfecture a publié un communiqué jeudi soir. Selon le communiqué, les écoles resteront fermées. "
        "Les transports scolaires sont suspendus jusqu'à lundi, a-t-il ajouté."
    )
    records = [a for a in checked_attributions(fr, text) if a.speaker == "il"]
    assert records
    assert all(a.speaker_type == "document" for a in records)


# Class 1: a clitic is never the speaker of a narrative infinitive


def test_narrative_infinitive_after_a_fronted_reflexive_participle(fr: Language) -> None:
    """`S'interdisant de ..., la professeure de faire remarquer que`: the phrase before `de` speaks, never
    the clitic `S'` (the held-out parse that took `S'` is not reproduced here; this guards the shape)."""
    text = (
        "Une enseignante du collège, qui souhaite rester anonyme, a reçu plusieurs lettres de menaces. "
        "S’interdisant de citer les auteurs qu'elle soupçonne, la professeure de faire remarquer que "
        "l'établissement « n'a rien fait depuis des mois ». « J'ai peur chaque matin », confie-t-elle."
    )
    records = checked_attributions(fr, text)
    assert all(a.speaker.lower() not in ("s’", "s'") for a in records)
    assert all(a.speaker_type == "anonymous" for a in records if a.speaker in ("la professeure", "elle"))
