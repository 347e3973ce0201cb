"""French hedging, thirty-second round, hedgefr32 (issue 14): the journalistic conditional read in the
case of the sentence before.

Three limits on how far a hypothesis, a scheme or a party's statement of one sentence reaches into the
next one's conditional (round 31's blind H45 and round 30's H44 lost hedges that way): a compound
conditional with adverbs between the auxiliary and the participle is a reported past, not a scheme's
provision; a party's statement is not carried to a sentence whose subject is named; a proviso put after
its verb bounds its own statement. And epistemic "pouvoir" in the past (H45 and H43): "a pu" + what
nobody sets out to do (cause an outcome, suffer damage, have a fault) is a possibility, while "a pu" +
a wanted act is what was achieved. Every sentence here was written for the test (the file is named
after the branch sequence: round 31 used round34)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, kinds_of, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a reported past after a scheme's "voudrait": adverbs between the auxiliary and the participle
        (
            "La direction voudrait ainsi étaler les départs sur trois ans. "
            "Elle aurait par ailleurs sollicité une aide de l'État.",
            "aurait",
        ),
        # another actor, named, after a party's statement on a treaty
        ("Le Portugal se dit opposé au projet de traité. L'Irlande bloquerait aussi le texte.", "bloquerait"),
        # the next sentence after a forecast's proviso put after its verb
        (
            "Le PIB progresserait de 2 % l'an prochain, sous l'hypothèse d'une récolte normale. "
            "En parallèle, les services poursuivraient leur reprise.",
            "poursuivraient",
        ),
    ],
)
def test_conditional_after_a_case_is_the_journalistic_conditional(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("conditional_hedge", True)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a supposition goes on in the next sentence
        (
            "Si le texte passait, les loyers baisseraient. Les propriétaires perdraient une partie de leurs revenus.",
            "perdraient",
        ),
        # a condition put first frames what follows
        (
            "Faute d'accord avant lundi, les droits de douane grimperaient de 10 %. "
            "Les exportateurs perdraient alors des parts de marché.",
            "perdraient",
        ),
        # the proviso's own statement stays a case
        ("Le PIB progresserait de 2 % l'an prochain, sous l'hypothèse d'une récolte normale.", "progresserait"),
        # a party's account of its plan, with a subject that is not named, still goes on
        (
            "Le groupe veut fermer deux usines, a expliqué le syndicat en présentant le plan. "
            "Les salariés seraient reclassés à Lyon.",
            "seraient reclassés",
        ),
    ],
)
def test_case_still_carried(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("La grève des contrôleurs a pu dissuader des voyageurs de partir.", "a pu dissuader"),
        ("La sécheresse a sans doute pu contribuer à la propagation du feu.", "pu contribuer"),
        ("La toiture a pu être fragilisée par les pluies de l'hiver.", "pu être fragilisée"),
        ("Des riverains ont également pu être exposés aux fumées.", "pu être exposés"),
        ("Le chauffeur ayant pu avoir un malaise, le car a quitté la route.", "ayant pu avoir un malaise"),
    ],
)
def test_past_pouvoir_of_what_nobody_achieves_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("modal_hedge", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Les passagers ont pu être évacués avant l'arrivée des flammes.",
        "Le feu a pu être maîtrisé dans la nuit.",
        "Le randonneur n'a pas pu être localisé.",
        "Les secouristes ont pu donner l'alerte vers midi.",
        "Les avocats ont pu avoir accès au dossier.",
        "L'équipe a pu s'entraîner malgré la neige.",
    ],
)
def test_past_pouvoir_of_an_achieved_act_counts_nothing(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []
