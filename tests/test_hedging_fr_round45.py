"""French hedging, round thirty-seven (hedgefr37, issue 14): three definitions from the nine pooled
read sets.

- Present "pouvoir" + "être" + an adjective says what a thing may be: a possible property, no ability
  and no permission ("les relevés peuvent être trompeurs"). The passive of a permitted act ("peuvent
  être consultées": a participle), an allowed appraisal ("il peut être fier"), "ça peut être" (its own
  entry), the negation and a property under a case stated right after ("... s'il s'accumule") stay out.
- "il faudrait" + waiting until an event is seen, or the negated litotes of surprise, is a forecast, not
  an obligation; the other "il faudrait" stay non-hedges.
- A group of source nouns defined by a relative clause of saying, believing or foreseeing ("des
  économistes qui prévoient ...") is an unnamed source.

Every sentence here was written for the test (the file is named after the branch sequence).
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les relevés des sondes peuvent être trompeurs par grand vent, prévient l'institut.", "trompeurs"),
        ("Un tel mélange de solvants peut être nocif pour les reins.", "nocif"),
        ("Dans cette circonscription, un seul bulletin peut être décisif.", "décisif"),
        ("Les chiffres provisoires peuvent être très fragiles en début d'année.", "fragiles"),
    ],
)
def test_peut_etre_and_an_adjective_is_a_possible_property(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("modal_hedge", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Les registres de l'état civil peuvent être consultées en ligne depuis mars.",
        "La salle des fêtes peut être louée pour un mariage.",
        "Après cette saison, l'entraîneur peut être fier de son effectif.",
        "Ce poêle peut être dangereux s'il est mal entretenu.",
        "Le barrage ne peut être fiable sans entretien, tranche l'ingénieur.",
        "On peut être optimiste pour la récolte de cette année.",
    ],
)
def test_permitted_passives_appraisals_and_stated_cases_stay_uncounted(fr: Language, text: str) -> None:
    assert [cue for cue in counted_cues(fr, text) if cue[0] == "modal_hedge"] == []


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        (
            "Selon l'organisme, il faudrait attendre l'automne 2030 pour voir les loyers reculer.",
            "attendre",
            "modal_hedge",
        ),
        ("Il ne faudrait pas s'étonner que la grève s'étende aux raffineries.", "étonner", "epistemic_hedge"),
    ],
)
def test_il_faudrait_of_an_expected_event_is_a_forecast(fr: Language, text: str, words: str, kind: str) -> None:
    assert kinds_of(fr, text, words) == [(kind, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Il faudrait que les communes investissent davantage dans les écoles.",
        "Il faudrait attendre le rapport des inspecteurs avant de trancher.",
        "Si la sécheresse se prolonge, il faudrait s'attendre à des restrictions d'eau.",
    ],
)
def test_il_faudrait_of_a_need_or_a_case_stays_a_non_hedge(fr: Language, text: str) -> None:
    assert not any("faudrait" in words for _, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les économistes qui prévoient une récession restent rares, malgré la hausse des taux.", "économistes qui"),
        ("Selon l'agence, des journaux qui évoquent des témoins sur place font état de dégâts.", "journaux qui"),
    ],
)
def test_sources_defined_by_what_they_say_are_unnamed(fr: Language, text: str, words: str) -> None:
    assert any(words in found for found in counted_vague_attributions(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Les économistes de la Banque Nationale qui prévoient une récession restent rares.",
        "Les experts qui ont travaillé sur le chantier seront entendus lundi.",
    ],
)
def test_named_sources_and_other_relatives_are_not_vague(fr: Language, text: str) -> None:
    assert not any("qui" in found for found in counted_vague_attributions(fr, text))
