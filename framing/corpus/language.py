"""Which language an article is in: from metadata when given, else identified with py3langid.

Identification is restricted to widely used languages (so a short French sentence is not taken for
Latin or Occitan), then judged window by window (paragraphs grouped to a few hundred letters): an
article that mixes French and English gets its majority language and a warning saying the shares.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..i18n import language_display_name

# Candidate languages for identification: major languages of news corpora.
CANDIDATES: tuple[str, ...] = (
    "fr", "en", "de", "es", "it", "pt", "nl", "ca", "ro", "pl", "ru", "uk", "ar", "tr", "zh", "ja",
    "ko", "el", "sv", "da", "no", "fi", "cs", "hu", "he", "fa", "hi", "id", "vi",
)  # fmt: skip
NAMES: dict[str, str] = {
    "fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ca": "Catalan", "ro": "Romanian", "pl": "Polish",
    "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "tr": "Turkish", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "el": "Greek", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "hu": "Hungarian", "he": "Hebrew",
    "fa": "Persian", "hi": "Hindi", "id": "Indonesian", "vi": "Vietnamese",
}  # fmt: skip
# Language names users write in metadata, mapped to codes.
_NAME_TO_CODE: dict[str, str] = {
    "french": "fr", "français": "fr", "francais": "fr", "fra": "fr", "fre": "fr",
    "english": "en", "anglais": "en", "eng": "en",
}  # fmt: skip
MIXED_MINORITY_SHARE = 0.15  # a second language with at least this share of the text is reported
MIN_CONFIDENCE = 0.6
MIN_CHUNK_LETTERS = 20
# Paragraphs (or sentences) shorter than this many letters are grouped with their neighbours: enough for a
# reliable vote, while a short paragraph in another language still gets its own vote.
WINDOW_LETTERS = 60
MAX_SAMPLE_CHARS = 100_000
_PARAGRAPHS = re.compile(r"\n\s*\n|\r?\n")
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")


def language_name(code: str) -> str:
    """The language's name in the interface language (Babel's data), else its English name or code."""
    return language_display_name(code) or NAMES.get(code, code)


def normalise_lang(value: Any) -> str | None:
    """'fr', 'FR', 'fr-FR', 'fr_CA', 'French', 'français' -> 'fr'; unknown values lower-cased."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if not text:
        return None
    if text in _NAME_TO_CODE:
        return _NAME_TO_CODE[text]
    return re.split(r"[-_]", text, maxsplit=1)[0]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid restricted to CANDIDATES, its tables kept in framing.startup_cache as memory-mapped
    arrays: reading py3langid's compressed model (or unpickling its 46 MB of tables) took longer than
    anything else framing does before analysing a short text, which only visits a few of their pages."""
    from py3langid.langid import LanguageIdentifier

    from .. import startup_cache

    key = startup_cache.digest(identification_version(), CANDIDATES)
    meta, tables = startup_cache.cached_arrays("langid", key, _identifier_tables)
    # Plain memoryviews for the automaton py3langid walks byte by byte: indexing one gives a Python int
    # as fast as the array.array and list it builds itself (a NumPy array's items are much slower).
    return LanguageIdentifier(
        tables["nb_ptc"],
        tables["nb_pc"],
        list(meta["classes"]),
        memoryview(tables["tk_nextmove"]),
        memoryview(tables["tk_output"]),
        norm_probs=True,
        tk_row=memoryview(tables["tk_row"]),
    )


def _identifier_tables() -> tuple[dict[str, Any], dict[str, Any]]:
    """py3langid's model restricted to CANDIDATES, as flat arrays (without the other languages' columns,
    which the full model keeps for set_languages)."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(list(CANDIDATES))
    tables = {
        "nb_ptc": np.ascontiguousarray(full.nb_ptc),
        "nb_pc": np.asarray(full.nb_pc),
        "tk_nextmove": np.asarray(full.tk_nextmove, dtype=np.uint32),
        "tk_output": np.asarray(full.tk_output, dtype=np.int32),
        "tk_row": np.asarray(full.tk_row, dtype=np.uint32),
    }
    return {"classes": list(full.nb_classes)}, tables


@dataclass(frozen=True)
class Identified:
    """The majority language, its confidence, and each language's share of the classified text."""

    lang: str
    confidence: float
    shares: dict[str, float]

    @property
    def uncertain(self) -> bool:
        return self.confidence < MIN_CONFIDENCE

    def mixed_with(self) -> list[tuple[str, float]]:
        """Other languages holding a sizeable share of the text, largest first."""
        return [
            (lang, share)
            for lang, share in sorted(self.shares.items(), key=lambda kv: -kv[1])
            if lang != self.lang and share >= MIXED_MINORITY_SHARE
        ]


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _windows(text: str) -> list[tuple[str, int]]:
    """(window, letters): consecutive paragraphs (or sentences) grouped to WINDOW_LETTERS or more."""
    parts = [p for p in _PARAGRAPHS.split(text) if p.strip()]
    if len(parts) < 2:
        parts = [p for p in _SENTENCES.split(text) if p.strip()]
    windows: list[tuple[str, int]] = []
    current: list[str] = []
    letters = 0
    for part in parts:
        current.append(part)
        letters += _letters(part)
        if letters >= WINDOW_LETTERS:
            windows.append(("\n".join(current), letters))
            current, letters = [], 0
    if current:
        if windows and letters < WINDOW_LETTERS // 2:  # a short tail joins the previous window
            previous, previous_letters = windows.pop()
            windows.append(("\n".join([previous, *current]), previous_letters + letters))
        else:
            windows.append(("\n".join(current), letters))
    return windows


def identify(text: str) -> Identified:
    """Majority language by letters over paragraphs (or sentences, for a single paragraph)."""
    identifier = _identifier()
    sample = text[:MAX_SAMPLE_CHARS]
    votes: Counter[str] = Counter()
    confidences: dict[str, float] = {}
    for window, letters in _windows(sample):
        if letters < MIN_CHUNK_LETTERS:
            continue
        lang, confidence = identifier.classify(window)
        if confidence >= MIN_CONFIDENCE:
            votes[lang] += letters
            confidences[lang] = max(confidences.get(lang, 0.0), confidence)
    total = sum(votes.values())
    if not total:  # too short or too unclear for any window: one guess on the whole text
        lang, confidence = identifier.classify(sample)
        return Identified(lang, confidence, {lang: 1.0})
    shares = {lang: count / total for lang, count in votes.items()}
    majority = max(shares, key=lambda lang: shares[lang])
    return Identified(majority, confidences[majority] * shares[majority], shares)


@lru_cache(maxsize=1)
def identification_version() -> str:
    """What decides `identify`'s answer besides the text: py3langid's version and this module's rules."""
    import hashlib
    import importlib.metadata

    try:
        langid_version = importlib.metadata.version("py3langid")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - it is a dependency
        langid_version = "?"
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"py3langid=={langid_version}+{source}"


QUICK_SAMPLE_CHARS = 600


def quick_identify(text: str) -> tuple[str, float]:
    """One classifier call on the start of the text: enough to check a declared language cheaply."""
    lang, confidence = _identifier().classify(text[:QUICK_SAMPLE_CHARS])
    return str(lang), float(confidence)
