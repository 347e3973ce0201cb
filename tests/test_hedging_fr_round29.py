"""French hedging, twenty-sixth round, hedgefr29 (issue 14): convention decisions and shared mechanisms.

A frequency adverb is read on the finite verb it follows ("ont souvent cédé": a past series, an
approximator; "sont souvent saturés": a general claim, a hedge). Every sentence here was written for
the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_kinds
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Les deux clubs ont souvent échangé des joueurs, mais leurs relations sont désormais tendues.",
        "Le maire avait souvent critiqué ce projet, qu'il défend aujourd'hui.",
    ],
)
def test_frequency_adverb_after_a_past_verb_is_an_approximator(fr: Language, text: str) -> None:
    assert [kind for words, kind, counted in counted_kinds(fr, text) if words == "souvent"] == ["approximator"]
    assert ("vague_quantifier", "souvent") not in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les urgences sont souvent saturées le week-end, explique l'infirmière.",
        "Les petites exploitations travaillent souvent à perte depuis la fin des quotas.",
    ],
)
def test_frequency_adverb_in_a_general_claim_is_shown_not_counted(fr: Language, text: str) -> None:
    """Round thirty-four (a definition): the frequency of a general claim is not a doubt on it."""
    assert [kind for words, kind, counted in counted_kinds(fr, text) if words == "souvent"] == ["approximator"]
    assert counted_cues(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Des rumeurs de rachat circulent depuis le printemps dans le secteur.", "rumeurs"),
        ("La rumeur enfle à l'approche du conseil d'administration.", "rumeur"),
        ("Les rumeurs de départ de l'entraîneur vont bon train.", "rumeurs"),
        ("L'an dernier, la rumeur avait déjà refait surface après un article de presse.", "rumeur"),
    ],
)
def test_rumour_used_as_a_source_is_a_vague_attribution(fr: Language, text: str, cue: str) -> None:
    assert any(kind == "vague_attribution" and cue in words for kind, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le club a démenti les rumeurs de transfert lundi soir.",
        "Face aux rumeurs, la direction a convoqué un comité social et économique.",
    ],
)
def test_rumour_only_mentioned_or_denied_is_not_counted(fr: Language, text: str) -> None:
    assert not any("rumeur" in words for _, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le groupe envisagerait de céder sa filiale, croit savoir le quotidien économique.", "croit savoir"),
        ("Le journal régional croit savoir que la vente sera signée en juin.", "croit savoir"),
        ("Plusieurs élus laissent entendre que le budget sera revu.", "laissent entendre"),
        ("Le ministre a laissé entendre une révision du calendrier.", "laissé entendre"),
        ("À en croire l'avocat de la famille, l'enquête piétine.", "À en croire"),
        ("La réforme sera votée avant l'été, à l'en croire.", "à l'en croire"),
    ],
)
def test_distancing_verbs_count_whoever_the_subject(fr: Language, text: str, cue: str) -> None:
    assert any(cue in words for _, words in counted_cues(fr, text)), counted_cues(fr, text)


def test_on_croit_savoir_stays_a_vague_attribution(fr: Language) -> None:
    text = "On croit savoir que le directeur quittera ses fonctions en septembre."
    assert any(kind == "vague_attribution" and "croit savoir" in words for kind, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Selon le service, ces retards peuvent être liés à la vétusté des voies.", "peuvent être liés à"),
        ("Les maux de tête peuvent aussi être dus à une déshydratation.", "dus à"),
        ("La hausse des prix peut être en partie expliquée par le coût de l'énergie.", "expliquée par"),
    ],
)
def test_pouvoir_with_a_passive_of_relation_is_a_possibility(fr: Language, text: str, cue: str) -> None:
    assert any(kind == "modal_hedge" and cue in words for kind, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Les colis peuvent être déposés au guichet jusqu'à 18 heures.",
        "Ce déficit ne peut pas être lié à la réforme, assure le ministre.",
    ],
)
def test_pouvoir_with_a_permitted_act_or_negated_stays_uncounted(fr: Language, text: str) -> None:
    assert not any(kind == "modal_hedge" for kind, _ in counted_cues(fr, text))


def test_credited_wish_under_a_past_verb_of_saying_is_a_hedge(fr: Language) -> None:
    text = "Selon l'hebdomadaire, qui a affirmé que le directeur préférerait un rachat amical, rien n'est signé."
    kinds = counted_kinds(fr, text)
    assert any(kind == "conditional_hedge" and counted and "préférerait" in words for words, kind, counted in kinds)


def test_future_in_the_past_stays_concordance(fr: Language) -> None:
    text = "Le maire a annoncé que la piscine rouvrirait en septembre."
    assert [kind for words, kind, _ in counted_kinds(fr, text) if "rouvrirait" in words] == ["concordance"]


@pytest.mark.parametrize(
    "text",
    [
        "La région mise sur le potentiel touristique de ses lacs.",
        "L'étude confirme le potentiel thérapeutique de cette molécule.",
        "La commune a installé des filets censés retenir les blocs de roche.",
    ],
)
def test_plain_senses_of_possibility_words_are_not_hedges(fr: Language, text: str) -> None:
    assert not any(kind == "epistemic_hedge" for kind, _ in counted_cues(fr, text)), counted_cues(fr, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Un potentiel conflit d'intérêts inquiète l'opposition.", "potentiel conflit"),
        ("Le présumé auteur des faits a été placé en garde à vue.", "présumé auteur"),
        ("Le chantier est censé s'achever au printemps.", "censé"),
    ],
)
def test_possibility_words_in_their_epistemic_sense_stay_hedges(fr: Language, text: str, cue: str) -> None:
    assert any(kind == "epistemic_hedge" and cue in words for kind, words in counted_cues(fr, text))


def test_same_source_taking_up_an_unnamed_source_is_counted(fr: Language) -> None:
    text = (
        "« Le dossier avance lentement », confie une source proche de l'enquête. "
        "« Aucune piste n'est écartée », ajoute cette même source."
    )
    sources = [words for kind, words in counted_cues(fr, text) if kind == "vague_attribution"]
    assert any("même source" in words for words in sources), counted_kinds(fr, text)


def test_same_source_taking_up_a_named_body_is_not_counted(fr: Language) -> None:
    text = (
        "Le chantier coûtera 40 millions d'euros, a annoncé la région Occitanie. "
        "« Les travaux commenceront en mars », précise la même source."
    )
    assert not any("même source" in words for _, words in counted_cues(fr, text)), counted_kinds(fr, text)
