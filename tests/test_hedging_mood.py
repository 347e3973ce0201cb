"""The French conditional: model morphology, and the verb-ending fallback when morphology is missing."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from framing.hedging.analyser import HedgeAnalyser
from framing.hedging.mood import conditional_stem, stem_looks_conditional, stem_verdict_from_lemma
from framing.nlp import load_pipeline

CONDITIONALS = [
    "marquerait",
    "inclurait",
    "serait",
    "aurait",
    "auraient",
    "pourrait",
    "devrait",
    "ferait",
    "irait",
    "viendrait",
    "voudrait",
    "faudrait",
    "mettrait",
    "connaîtrait",
    "prendrait",
    "continuerait",
    "rencontreraient",
    "achèverait",
    "partirait",
    "finirait",
    "dirait",
    "conduirait",
    "suivrait",
    "vivrait",
    "recevrait",
    "verrait",
    "enverrait",
    "saurait",
    "conclurait",
    "réussirait",
    "choisirait",
    "dormirait",
    "servirait",
    "établirait",
    "réfléchirait",
    "plairait",
    "croirait",
    "appellerait",
    "ouvrirait",
    "sentirait",
    "serions",
    "seriez",
    "aurais",
]
NOT_CONDITIONALS = [
    "mais",
    "jamais",
    "vrai",
    "frais",
    "vrais",
    "trait",
    "retrait",
    "portrait",
    "extrait",
    "attrait",
    "abstrait",
    "déclarait",
    "retirait",
    "attirait",
    "tirait",
    "entrait",
    "montrait",
    "assurait",
    "durait",
    "figurait",
    "restaurait",
    "ignorait",
    "espérait",
    "livrait",
    "ouvrait",
    "offrait",
    "couvrait",
    "cadrait",
    "inspirait",
    "admirait",
    "désirait",
    "sombrait",
    "rencontrait",
    "illustrait",
    "pénétrait",
    "marais",
    "désormais",
    "sera",
    "pourra",
    "devra",
]


@pytest.mark.parametrize("form", CONDITIONALS)
def test_conditional_endings_on_future_stems(form: str) -> None:
    stem = conditional_stem(form)
    assert stem is not None and stem_looks_conditional(stem)


@pytest.mark.parametrize("form", NOT_CONDITIONALS)
def test_false_friends_and_imperfects_are_not_conditionals(form: str) -> None:
    stem = conditional_stem(form)
    assert stem is None or not stem_looks_conditional(stem)


def test_a_lemma_settles_regular_verbs() -> None:
    assert stem_verdict_from_lemma("retir", "retirer") is False  # imperfect "retirait"
    assert stem_verdict_from_lemma("partir", "partir") is True
    assert stem_verdict_from_lemma("inclur", "inclure") is True
    assert stem_verdict_from_lemma("pourr", "pouvoir") is None  # irregular: the ending rules decide


@pytest.fixture(scope="module")
def nlp_fr() -> Language:
    return load_pipeline("fr")


@pytest.fixture(scope="module")
def analyser(nlp_fr: Language) -> HedgeAnalyser:
    return HedgeAnalyser(nlp_fr)


def strip_morphology(doc: Doc) -> Doc:
    for token in doc:
        token.set_morph(None)
    return doc


# The plain conditional comes first: right after a concordance, a simple conditional of an action goes on
# telling the reported case and is no longer counted (tenth round, `continuation`).
TEXT = (
    "Ce changement marquerait la fin du plan. Le ministre a déclaré que la réforme serait votée. "
    "Le chômage ne devrait pas reculer. Si les taux montaient, la dette exploserait."
)
EXPECTED = [
    ("conditional_hedge", "marquerait"),
    ("concordance", "serait"),
    ("modal_hedge", "devrait"),
    ("hypothetical", "exploserait"),
]


def summary(cues: list) -> list[tuple[str, str]]:
    return [(c.kind, next(w for w in c.text.split() if w.endswith(("ait", "aient")))) for c in cues]


def test_morphology_path(nlp_fr: Language, analyser: HedgeAnalyser) -> None:
    hedges, *_ = analyser(nlp_fr(TEXT))
    assert summary(hedges) == EXPECTED
    devrait = next(h for h in hedges if "devrait" in h.text)
    assert "conditional.morph" in devrait.rule  # the model marks devrait Mood=Cnd


def test_same_findings_when_morphology_is_removed(nlp_fr: Language, analyser: HedgeAnalyser) -> None:
    doc = strip_morphology(nlp_fr(TEXT))
    assert not any(t.morph.get("Mood") for t in doc)
    hedges, *_ = analyser(doc)
    assert summary(hedges) == EXPECTED
    assert all("conditional.ending" in h.rule for h in hedges)


def test_pipeline_without_morphologizer() -> None:
    nlp = spacy.load("fr_core_news_sm", exclude=["morphologizer"])
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_hedging")
    doc = nlp("Le préfet a précisé que les contrôles débuteraient samedi. L'armée aurait frappé un dépôt.")
    assert [(h.kind, h.text.split()[0]) for h in doc._.framing_hedges] == [
        ("concordance", "débuteraient"),
        ("conditional_hedge", "aurait"),
    ]


@pytest.fixture(scope="module")
def blank_fr() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_hedging")
    return nlp


def test_blank_french_pipeline_uses_endings_and_surface_rules(blank_fr: Language) -> None:
    doc = blank_fr(TEXT + " Le convoi a apparemment été touché. C'est évidemment grave.")
    assert not doc.has_annotation("DEP") and not doc.has_annotation("MORPH")
    assert [(h.kind, h.text) for h in doc._.framing_hedges] == [
        ("conditional_hedge", "marquerait"),
        ("concordance", "serait"),
        ("modal_hedge", "devrait"),
        ("hypothetical", "exploserait"),
        ("adverb_hedge", "apparemment"),
    ]
    assert [b.text for b in doc._.framing_boosters] == ["évidemment"]


def test_blank_pipeline_ignores_false_friends(blank_fr: Language) -> None:
    doc = blank_fr("Le retrait n'a jamais été vrai, mais les frais montaient et la police assurait l'ordre.")
    assert doc._.framing_hedges == []
