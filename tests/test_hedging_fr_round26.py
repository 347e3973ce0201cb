"""French hedging, twenty-third round, hedgefr26 (issue 14): unnamed sources, open facts, general claims.

Recall: people close to a file and named anonymity as sources, conjectures and what "circulates" as
sources, a sector as source, "d'autres" and a person's opponents who judge, a negated means of
establishing a fact ("n'a pas permis d'exclure"), a fact hard to establish, "ce qui ressemble à",
"apparaît comme", suspicions that weigh on someone, and "souvent" in a general claim. Precision:
people who say they are undecided, a restrictive relative that defines who might be affected, an option
described ("une autre possibilité serait"), a right a rule would deny ("ne pourrait plus bénéficier"),
and "on compterait" with a rough count. Every sentence
here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_kinds, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        (
            "Le chantier prendra du retard, affirment des personnes proches du dossier.",
            "des personnes proches du dossier",
            "vague_attribution",
        ),
        (
            "Le ministre compte démissionner, assure une personne bien informée.",
            "une personne bien informée",
            "vague_attribution",
        ),
        (
            "Le contrat a été signé en secret, selon la source anonyme citée par le quotidien.",
            "la source anonyme",
            "vague_attribution",
        ),
        (
            "Selon les hypothèses, la statue daterait du IIe siècle.",
            "Selon les hypothèses",
            "vague_attribution",
        ),
        (
            "D'après des chiffres qui circulent dans la filière, la récolte baisserait de moitié.",
            "chiffres qui circulent",
            "vague_attribution",
        ),
        (
            "Des bruits persistants, qui ont couru toute la semaine, annoncent un rachat du club.",
            "bruits persistants, qui ont couru",
            "vague_attribution",
        ),
        (
            "Selon l'industrie, les nouvelles normes coûteront cher aux petits ateliers.",
            "Selon l'industrie",
            "vague_attribution",
        ),
        (
            "Le budget sera revu, apprend-on des plus hautes sphères du pouvoir.",
            "des plus hautes sphères",
            "vague_attribution",
        ),
        (
            "L'autopsie n'a pas permis d'exclure un empoisonnement.",
            "n'a pas permis d'exclure",
            "epistemic_hedge",
        ),
        (
            "Les analyses ne permettent pas encore de trancher entre les deux versions.",
            "ne permettent pas encore de trancher",
            "epistemic_hedge",
        ),
        ("Le nombre de victimes reste difficile à établir.", "difficile à établir", "epistemic_hedge"),
        ("Le convoi a été arrêté dans ce qui ressemble à une embuscade.", "ce qui ressemble à", "epistemic_hedge"),
        (
            "De lourds soupçons pèsent sur l'ancien trésorier de l'association.",
            "lourds soupçons pèsent sur",
            "epistemic_hedge",
        ),
        ("D'autres y voient un désaveu pour la majorité.", "D'autres y voient", "vague_attribution"),
        (
            "Ses opposants estiment que le tracé menace la nappe phréatique.",
            "Ses opposants estiment",
            "vague_attribution",
        ),
        (
            "La sénatrice apparaît désormais comme la favorite du scrutin.",
            "apparaît désormais comme",
            "epistemic_hedge",
        ),
    ],
)
def test_the_new_classes_are_counted_hedges(fr: Language, text: str, cue: str, kind: str) -> None:
    assert (kind, cue) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        # relatives, not a source; one of the people already named as a source, taken up
        "Des personnes proches de la victime ont été entendues par les gendarmes.",
        "Le ministre a reçu les syndicats, selon l'une des personnes proches des discussions.",
        # the family of a named person, not the camp of its opponents
        "Ses proches ont été reçus par le préfet.",
        # "souvent" of a past habit, of a comparison, of a negation
        "Le maire a souvent critiqué le projet.",
        "Les trains arrivent plus souvent en retard que l'an dernier.",
        "Les barques ne sont pas souvent contrôlées.",
        # a failure, not an open fact; a plain resemblance; the negated difficulty
        "L'intervention des pompiers n'a pas permis de sauver le bâtiment.",
        "La nouvelle gare ressemble à un paquebot.",
        "Il n'est pas difficile de prévoir la suite.",
        # a source named by its complement
        "Selon les hypothèses des archéologues de l'université, le mur est romain.",
    ],
)
def test_near_misses_are_not_counted(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []


def test_people_who_say_they_are_undecided_are_no_hedge(fr: Language) -> None:
    text = "Au total, 52 % des sondés voteraient oui, le reste se déclarant incertain."
    assert not any(kind == "epistemic_hedge" for _, kind, _ in counted_kinds(fr, text))
    assert ("epistemic_hedge", "incertaine") in counted_cues(fr, "L'issue du match reste incertaine.")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Les commerçants qui pourraient être concernés par les travaux recevront une aide.", "pourraient"),
        ("Les habitants qui pourraient être touchés par la crue sont invités à se signaler.", "pourraient"),
        ("Une autre possibilité serait une fusion des deux clubs.", "serait"),
        # a right the rule would deny
        ("Avec la réforme, un étudiant étranger ne pourrait plus bénéficier de la bourse.", "pourrait"),
    ],
)
def test_a_possible_group_or_option_is_hypothetical(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a rough count of the victims makes "on" a reported tally, like a figure
        ("Un car s'est renversé sur l'autoroute. On compterait plusieurs blessés graves.", "compterait"),
        # the suspect's possible involvement stays the modal hedge
        ("Le suspect pourrait être concerné par une seconde enquête.", "pourrait"),
        # a negated forecast of a fact, not a right
        ("Blessé au genou, l'attaquant ne pourrait pas disputer la finale.", "pourrait"),
    ],
)
def test_reported_counts_and_plain_modals_stay_hedges(fr: Language, text: str, verb: str) -> None:
    assert all(counted for _, counted in readings_of(fr, text, verb))
