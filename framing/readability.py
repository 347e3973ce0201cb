"""Readability with a formula made for the article's language (textstat).

French: Kandel & Moles (1958), the French adaptation of Flesch reading ease, which textstat applies
to `flesch_reading_ease` when its language is French. English: Flesch reading ease (1948) and the
Flesch-Kincaid grade level.
"""

from __future__ import annotations

from typing import Any

import textstat

FORMULAS: dict[str, str] = {
    "fr": "Kandel & Moles (1958) reading ease, French adaptation of Flesch",
    "en": "Flesch (1948) reading ease",
}


def readability(text: str, lang: str) -> dict[str, Any]:
    """Reading ease (0-100, higher is easier) with the name of the formula used."""
    if not text.strip():
        return {"formula": FORMULAS.get(lang), "reading_ease": None}
    textstat.set_lang(lang if lang in FORMULAS else "en")
    result: dict[str, Any] = {
        "formula": FORMULAS.get(lang, FORMULAS["en"]),
        "reading_ease": round(float(textstat.flesch_reading_ease(text)), 2),
        "sentences": int(textstat.sentence_count(text)),
    }
    if lang == "en":
        result["grade_level"] = round(float(textstat.flesch_kincaid_grade(text)), 2)
    return result
