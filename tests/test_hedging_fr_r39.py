"""French hedging, round thirty-nine (hedgefr39): classes whose errors recur across two read sets.

- A definite group of experts that takes up people named before ("des chercheurs de X ... Les
  chercheurs estiment") is identified: no vague source. A profession never named before still is, and
  so is a belief verb proper ("pensent", split between the sets).
- "le risque de développer / contracter" a disease: a measured rate, no hedge.
- The suspicion class: "suspicion de", "soupçonné" + an adverb + "de", a farm or a batch "suspect".
- A matter said to be open: "avoir du mal à dire si", "ne pas pouvoir dire si", "ne dit pas si",
  "sème le doute"; "ne peut être exclu" (the passive double negation); "si l'on en croit / se fie à".
- Typing: "à moins de" + a number is a measure, not "unless"; a seat projection reads a poll named
  anywhere in the article, and a rout or a win is a poll's outcome.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Les vétérinaires évoquent une suspicion de fièvre porcine.", "suspicion", "epistemic_hedge"),
        ("Deux gérants sont soupçonnés notamment de fraude fiscale.", "soupçonnés", "epistemic_hedge"),
        ("L'élevage suspect a été placé sous surveillance par la préfecture.", "suspect", "epistemic_hedge"),
        ("« On a du mal à dire si le feu est parti du garage », explique le capitaine.", "du mal", "epistemic_hedge"),
        ("« Nous ne pouvons pas encore dire si le vaccin protège », dit-elle.", "dire si", "epistemic_hedge"),
        ("Le relevé ne dit pas si la nappe a été polluée avant l'été.", "dit pas si", "epistemic_hedge"),
        ("Un second témoignage sème le doute sur la version des policiers.", "sème le doute", "epistemic_hedge"),
        ("Selon la mairie, il « ne peut être exclu » que la digue cède.", "exclu", "epistemic_hedge"),
        ("Le bilan serait lourd, si l'on se fie aux premiers relevés des pompiers.", "se fie", "epistemic_hedge"),
    ],
)
def test_round_39_hedges(fr: Language, text: str, words: str, kind: str) -> None:
    assert (kind, True) in kinds_of(fr, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chez les fumeurs, le risque de développer un cancer du poumon est multiplié par dix.", "risque"),
        ("La suspicion règne entre les deux associés depuis l'automne.", "suspicion"),
        ("La police a soupçonné notamment des voisins.", "soupçonné"),
        ("Un colis suspect a été détruit par les démineurs.", "suspect"),
        ("On a du mal à comprendre pourquoi la ville a fermé la piscine.", "du mal"),
        ("On ne peut pas dire que la saison ait été mauvaise.", "dire"),
        ("Le joueur ne peut être exclu du tournoi sans audition.", "exclu"),
        ("Le doute n'est plus permis sur l'auteur du tir.", "doute"),
    ],
)
def test_round_39_look_alikes_are_not_counted(fr: Language, text: str, words: str) -> None:
    assert not any(words in cue for _, cue in counted_cues(fr, text)), counted_cues(fr, text)


def test_the_risk_of_an_event_stays_a_hedge(fr: Language) -> None:
    text = "Le risque de voir les loyers flamber inquiète les étudiants."
    assert ("epistemic_hedge", True) in kinds_of(fr, text, "risque")


def test_a_group_named_before_is_no_vague_source(fr: Language) -> None:
    taken_up = (
        "Des chercheurs de l'université de Lille ont suivi 4 000 patients pendant dix ans. "
        "Les chercheurs estiment que le traitement réduit les rechutes."
    )
    assert counted_vague_attributions(fr, taken_up) == []
    never_named = "Le déficit s'est creusé au printemps. Les économistes estiment que la croissance ralentira."
    assert counted_vague_attributions(fr, never_named) == ["Les économistes estiment"]
    adjective_only = (
        "Une revue scientifique a publié les mesures du glacier. Les experts estiment que la fonte s'accélère."
    )
    assert counted_vague_attributions(fr, adjective_only) == ["Les experts estiment"]


def test_a_belief_verb_proper_stays_counted_after_a_take_up(fr: Language) -> None:
    text = (
        "Des chercheurs de l'université de Lille ont suivi 4 000 patients. "
        "Les chercheurs pensent que le sommeil joue un rôle."
    )
    assert counted_vague_attributions(fr, text) == ["Les chercheurs pensent"]


def test_a_distance_after_a_moins_de_is_no_condition(fr: Language) -> None:
    text = "D'après les pompiers, la fuite toucherait surtout les maisons situées à moins de 200 mètres du dépôt."
    assert ("conditional_hedge", True) in kinds_of(fr, text, "toucherait")
    unless = "Le club descendrait en deuxième division, à moins de gagner ses deux derniers matchs."
    assert kinds_of(fr, unless, "descendrait") == [("hypothetical", False)]


def test_a_seat_projection_reads_the_poll_of_the_article(fr: Language) -> None:
    text = (
        "Selon un sondage publié dimanche, la majorité perdrait la moitié de ses députés. "
        "Le scrutin aurait lieu en juin. Les régions voteraient le même jour. "
        "La campagne s'annonce courte. Les candidats sont déjà connus. Les affiches sont prêtes. "
        "Le parti écologiste compterait entre 20 et 30 élus."
    )
    assert kinds_of(fr, text, "compterait") == [("hypothetical", False)]
    without_poll = "Le parti écologiste compterait désormais 30 élus, selon son secrétaire."
    assert ("conditional_hedge", True) in kinds_of(fr, without_poll, "compterait")


def test_a_rout_in_view_of_a_poll_is_a_projection(fr: Language) -> None:
    text = "D'après un sondage publié hier, la droite connaîtrait une déroute au premier tour."
    assert kinds_of(fr, text, "connaîtrait") == [("hypothetical", False)]
