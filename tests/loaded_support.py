"""Helpers shared by the loaded-vocabulary round tests: the English pipeline (trained or rule-based) with
framing's quotation and lexicon components, and the hits, each checked against its offsets."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from english_support import english_pipeline
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.nlp import load_pipeline, rule_based_english
from framing.types import LoadedHit

EN_OPTIONAL = Path(__file__).resolve().parent.parent / "lexicons" / "en" / "optional"
EN_QUOTED_ANY_TEXT = EN_OPTIONAL / "quoted_words_any_text.yaml"
FR_SCARE_QUOTES_ANY_TEXT = (
    Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "scare_quotes_any_text.yaml"
)


@lru_cache(maxsize=1)
def french_scare_quote_pipeline() -> Language:
    """The French pipeline that reads short quotations in any text (round 33's stance gate off): the tests of
    the scare-quote rule's other checks use it on one sentence, which holds no stance of its own."""
    return load_pipeline("fr", (str(FR_SCARE_QUOTES_ANY_TEXT),))


def english_lexicon_pipeline(kind: str) -> Language:
    """`rules`: the rule-based English pipeline; `trained`: the installed English model (skip if none).

    Round 40's rule on quotations under a plain verb of saying is off (`EN_QUOTED_ANY_TEXT`): the entries' tests
    read a quotation one sentence at a time, a text with no stance of its own, where the rule would drop it. The
    rule itself is tested on the default lexicon (`english_default_lexicon_pipeline`)."""
    nlp = english_pipeline(kind, ("framing_quotes",))
    nlp.add_pipe("framing_lexicon", config={"lexicon_paths": [str(EN_QUOTED_ANY_TEXT)]})
    return nlp


def english_default_lexicon_pipeline(kind: str) -> Language:
    """The English pipeline with the default lexicons only, round 40's rule on quoted words included."""
    return english_pipeline(kind, ("framing_quotes", "framing_lexicon"))


def english_scare_quote_pipeline(kind: str) -> Language:
    """The English pipeline that reads short quotations in any text (round 37's stance gate off): the tests
    of the scare-quote rule's other checks use it on one sentence, which holds no stance of its own."""
    nlp = english_pipeline(kind, ("framing_quotes",))
    nlp.add_pipe("framing_lexicon", config={"lexicon_paths": [str(EN_OPTIONAL / "scare_quotes_any_text.yaml")]})
    return nlp


def english_optional_pipeline(*lists: str) -> Language:
    """The rule-based English pipeline whose lexicon is only the named optional lists (`scale_adjectives`...)."""
    nlp = rule_based_english()
    nlp.add_pipe("framing_quotes")
    paths = [str(EN_OPTIONAL / f"{name}.yaml") for name in lists]
    nlp.add_pipe("framing_lexicon", config={"lexicon_paths": paths})
    return nlp


def loaded_words(nlp: Language, text: str) -> list[str]:
    found: list[LoadedHit] = nlp(text)._.framing_loaded
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
    return [h.text for h in found]


def lexicon_hits(nlp: Language, text: str) -> list[LoadedHit]:
    """Lexicon hits only: scare quotes are a rule of their own, tested apart."""
    found: list[LoadedHit] = nlp(text)._.framing_loaded
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
    return [h for h in found if h.category != "scare_quotes"]


def term_hits(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Each lexicon hit as (text, entry id): a test names the entry it expects to fire."""
    return [(h.text, h.term) for h in lexicon_hits(nlp, text)]


def lexicon_words(nlp: Language, text: str) -> list[str]:
    return [h.text for h in lexicon_hits(nlp, text)]


def lower_lexicon_words(nlp: Language, text: str) -> list[str]:
    """Lexicon hits in lower case: a test asks whether a word was counted, whatever its capital."""
    return [h.text.lower() for h in lexicon_hits(nlp, text)]


def scare_quote_words(nlp: Language, text: str) -> list[str]:
    """Scare-quote hits only, their offsets checked against the text."""
    found: list[LoadedHit] = nlp(text)._.framing_loaded
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
    return [h.text for h in found if h.category == "scare_quotes"]
