"""The English pipelines the round tests run on: the trained model when installed, and the rule-based one."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable

import pytest
import spacy
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.nlp import ENGLISH_MODELS, rule_based_english


def english_pipeline(kind: str, component_names: Iterable[str]) -> Language:
    """`rules`: the rule-based English pipeline; `trained`: the installed English model (the test is
    skipped when none is); either followed by the named framing components."""
    if kind == "rules":
        nlp = rule_based_english()
    else:
        name = next((n for n in ENGLISH_MODELS if importlib.util.find_spec(n) is not None), None)
        if name is None:
            pytest.skip("no trained English model installed (pip install -e '.[test]')")
        nlp = spacy.load(name)
    for component in component_names:
        nlp.add_pipe(component)
    return nlp
