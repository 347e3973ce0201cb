"""Which language an article is in: from metadata when given, else identified with py3langid.

Identification is restricted to widely used languages (so a short French sentence is not taken for
Latin or Occitan), then judged paragraph by paragraph: an article that mixes French and English gets
its majority language and a warning saying the shares.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

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
MAX_SAMPLE_CHARS = 100_000
_PARAGRAPHS = re.compile(r"\n\s*\n|\r?\n")
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")


def language_name(code: str) -> str:
    return NAMES.get(code, code)


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
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


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
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def _chunks(text: str) -> list[str]:
    parts = [p for p in _PARAGRAPHS.split(text) if p.strip()]
    if len(parts) < 2:
        parts = [p for p in _SENTENCES.split(text) if p.strip()]
    return parts


def identify(text: str) -> Identified:
    """Majority language by letters over paragraphs (or sentences, for a single paragraph)."""
    identifier = _identifier()
    sample = text[:MAX_SAMPLE_CHARS]
    whole_lang, whole_conf = identifier.classify(sample)
    votes: Counter[str] = Counter()
    for chunk in _chunks(sample):
        letters = _letters(chunk)
        if letters < MIN_CHUNK_LETTERS:
            continue
        lang, confidence = identifier.classify(chunk)
        if confidence >= MIN_CONFIDENCE:
            votes[lang] += letters
    total = sum(votes.values())
    if not total:
        return Identified(whole_lang, whole_conf, {whole_lang: 1.0})
    shares = {lang: count / total for lang, count in votes.items()}
    majority = max(shares, key=lambda lang: shares[lang])
    confidence = whole_conf if majority == whole_lang else shares[majority]
    return Identified(majority, confidence, shares)
