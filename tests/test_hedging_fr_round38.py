"""French hedging, thirty-fourth round, hedgefr34 (issue 14): definitions aligned with the annotators of
the read sets H42-H47, who never mark them.

- How widely a general claim holds ("certains pays", "souvent", "parfois", "la plupart des",
  "généralement") is not whether it holds: shown as an approximator, never counted. An unnamed source
  named by a plural agent noun after "selon" stays a vague attribution ("selon certaines vendeuses").
- A statement that a matter is open ("l'origine de l'incendie reste inconnue", "nul ne sait si") still
  counts as a hedge: the branch's reading of it as a mere state of knowledge was reverted by the integrator
  (the round's blind set marked it; issue 14 lists "unclear" among the words to count).
- A belief told in the imperfect ("je pensais que", "on croyait") is a former state of mind, not a
  hedge, and a conditional under it is a future in the past (concordance), as under a verb of saying.

Every sentence here was written for the test (the file is named after the branch sequence)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_kinds
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Certaines communes ont déjà interdit les feux de jardin.", "Certaines"),
        ("Les petits commerces ferment souvent en août.", "souvent"),
        ("Le marché couvert est parfois fermé le lundi.", "parfois"),
        ("La plupart des lycées ont rouvert leurs cantines.", "La plupart des"),
        ("Le col est généralement dégagé dès la fin mai.", "généralement"),
        ("Certains partent tôt, d'autres restent jusqu'au soir.", "d'autres restent"),
    ],
)
def test_the_extent_of_a_general_claim_is_shown_not_counted(fr: Language, text: str, words: str) -> None:
    found = counted_kinds(fr, text)
    assert (words, "approximator", False) in found
    assert counted_cues(fr, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Selon certains cultivateurs, la récolte de tomates sera maigre.", "Selon certains cultivateurs"),
        ("D'après plusieurs commerçants, les prix ont doublé depuis mars.", "D'après plusieurs commerçants"),
        ("Selon quelques pharmaciens, la pénurie touche aussi les sirops.", "Selon quelques pharmaciens"),
    ],
)
def test_an_unnamed_source_named_by_its_role_after_selon_is_a_vague_attribution(
    fr: Language, text: str, words: str
) -> None:
    assert ("vague_attribution", words) in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Selon certains critères, le dossier reste recevable.",  # the manner, not a source
        "Selon certaines conditions, la prime peut être doublée.",
    ],
)
def test_selon_with_a_criterion_is_no_source(fr: Language, text: str) -> None:
    assert not any(kind == "vague_attribution" for kind, _ in counted_cues(fr, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le retour du ministre à Paris reste incertain.", "incertain"),
        ("Nul ne sait si l'accord tiendra jusqu'à l'été.", "Nul ne sait si"),
        ("On ignore si le suspect était armé.", "On ignore si"),
        ("L'information n'est pas confirmée à ce stade.", "n'est pas confirmée"),
        ("Le bilan n'a pas encore été confirmé par la préfecture.", "n'a pas encore été confirmé"),
        ("Le lien entre les deux affaires n'est toujours pas établi.", "n'est toujours pas établi"),
    ],
)
def test_a_claim_held_open_stays_a_hedge(fr: Language, text: str, words: str) -> None:
    assert ("epistemic_hedge", words) in counted_cues(fr, text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("« Je pensais que le scrutin serait plus serré », a reconnu la candidate.", "serait"),
        ("Nous pensions que la route serait rouverte avant l'hiver.", "serait"),
        ("Les riverains craignaient que la digue céderait à la première crue.", "céderait"),
    ],
)
def test_a_belief_told_in_the_imperfect_is_no_hedge_and_governs_a_future_in_the_past(
    fr: Language, text: str, verb: str
) -> None:
    found = counted_kinds(fr, text)
    assert any(kind == "concordance" and words.startswith(verb) for words, kind, _ in found)
    assert not any(kind == "epistemic_hedge" for kind, _ in counted_cues(fr, text))


def test_a_former_belief_of_people_is_no_vague_source(fr: Language) -> None:
    text = "On croyait avoir découvert une nouvelle espèce de poisson."
    assert counted_cues(fr, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Je pense que le scrutin sera serré.", "Je pense que"),
        ("Nous croyons que la route rouvrira avant l'hiver.", "Nous croyons que"),
        ("Au ministère, on pense que la réforme passera.", "on pense que"),
    ],
)
def test_a_belief_in_the_present_stays_a_hedge(fr: Language, text: str, words: str) -> None:
    assert any(words in cue for _, cue in counted_cues(fr, text))
