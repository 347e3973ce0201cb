"""An article's evidence as display items: one highlight and one explanation per span.

Each number in the report is a count of these spans, so the article page shows them all: in the text
(highlights with tooltips) and in a list a printer keeps (family, words, label, why, alternative).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..i18n import N_, _, format_decimal
from ..reported_speech import ReportedIndex, reporting_speaker
from ..types import ArticleAnalysis, Attribution, CertaintyCue
from .highlight import Highlight

FAMILIES: tuple[str, ...] = ("loaded", "hedge", "booster", "attribution", "quote")
# Where a loaded hit's weight comes from (framing.types.LoadedHit.weight_source).
WEIGHT_SOURCES: dict[str, str] = {
    "entry": N_("set by the lexicon entry"),
    "intensity": N_("graded intensity of the word"),
    "default": N_("default"),
}


@lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    """Display words for families, categories and kinds (templates/labels.yaml), in English: each is a
    msgid of the interface catalogue (pybabel extracts them, see babel.cfg), translated by `label_of`."""
    text = resources.files("framing.render").joinpath("templates/labels.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def label_of(section: str, key: str | None, field: str = "label") -> str:
    """Readable name (or another field, e.g. "description") for a category/kind/type, in the interface
    language; unknown keys (a category from a user's lexicon) show as themselves."""
    if key is None:
        return "—"
    value = labels().get(section, {}).get(key)
    if isinstance(value, dict):
        value = value.get(field)
        return _(str(value)) if value else key
    return _(str(value)) if value else key.replace("_", " ")


def cue_voice_details(
    attributions: list[Attribution], cue: CertaintyCue, index: ReportedIndex | None = None
) -> list[tuple[str, str]]:
    """The Voice line of a hedge or booster, and for one in reported speech the speaker it is lent to
    (`index`: the document's ReportedIndex, built once by a caller that asks for every cue)."""
    details = [(_("Voice"), label_of("voices", cue.voice))]
    speaker = reporting_speaker(attributions, cue, index)
    if speaker:
        details.append((_("Speaker"), speaker))
    return details


def speaker_short(speaker_type: str) -> str:
    value = labels()["speaker_types"].get(speaker_type)
    return _(str(value["short"])) if isinstance(value, dict) else speaker_type[:5].upper()


@dataclass(frozen=True)
class EvidenceItem:
    """A highlighted span and the lines that explain it (the tooltip is these lines joined)."""

    highlight: Highlight
    family: str
    label: str
    text: str
    details: tuple[tuple[str, str], ...]
    counted: bool = True


def article_evidence(analysis: ArticleAnalysis) -> list[EvidenceItem]:
    """Every span of the analysis as an EvidenceItem, in reading order."""
    items: list[EvidenceItem] = []
    for i, hit in enumerate(analysis.loaded):
        details = [(_("Why"), hit.note or "—")]
        if hit.alternative:
            details.append((_("Neutral alternative"), hit.alternative))
        details.append((_("Voice"), label_of("voices", hit.voice)))
        if hit.term:
            details.append((_("Lexicon entry"), hit.term))
        source = WEIGHT_SOURCES.get(hit.weight_source)
        shown_source = _(source) if source else hit.weight_source
        details.append((_("Weight"), f"{format_decimal(hit.weight, 2)} ({shown_source})"))
        items.append(
            _item(
                hit.start,
                hit.end,
                hit.text,
                "loaded",
                f"c-{_css(hit.category)}",
                f"loaded-{i}",
                label_of("loaded_categories", hit.category),
                details,
            )
        )
    reported = ReportedIndex(analysis.attributions)  # once per article, for every cue's speaker
    for i, cue in enumerate(analysis.hedges):
        details = cue_voice_details(analysis.attributions, cue, reported)
        if not cue.counted:
            details.append((_("Counted"), _("no: shown so you can see why it was not counted")))
        css = "k-" + _css(cue.kind) + ("" if cue.counted else " uncounted")
        items.append(
            _item(
                cue.start,
                cue.end,
                cue.text,
                "hedge",
                css,
                f"hedge-{i}",
                label_of("hedge_kinds", cue.kind),
                details,
                counted=cue.counted,
            )
        )
    for i, cue in enumerate(analysis.boosters):
        details = cue_voice_details(analysis.attributions, cue, reported)
        items.append(
            _item(cue.start, cue.end, cue.text, "booster", "k-" + _css(cue.kind), f"booster-{i}", _("Booster"), details)
        )
    for i, attr in enumerate(analysis.attributions):
        details = [(_("Speaker"), attr.speaker or "—"), (_("Form"), label_of("forms", attr.form))]
        if attr.verb:
            stance = f" ({label_of('stances', attr.stance)})" if attr.stance else ""
            details.append((_("Verb"), f"{attr.verb}{stance}"))
        if attr.relays_anonymous:
            details.append((_("Note"), _("this medium relays sources it does not name")))
        if attr.resolved:
            details.append((_("Refers back to"), attr.resolved))
        items.append(
            _item(
                attr.start,
                attr.end,
                attr.text,
                "attribution",
                f"st-{_css(attr.speaker_type)}",
                f"attr-{i}",
                label_of("speaker_types", attr.speaker_type),
                details,
                short=speaker_short(attr.speaker_type),
            )
        )
    for i, quote in enumerate(analysis.quotes):
        if quote.attribution is not None and 0 <= quote.attribution < len(analysis.attributions):
            attr = analysis.attributions[quote.attribution]
            details = [(_("Speaker"), f"{attr.speaker or '—'} ({label_of('speaker_types', attr.speaker_type)})")]
        else:
            details = [(_("Speaker"), _("none found: a quotation with no attributed speaker"))]
        if quote.words:
            details.append((_("Words"), str(quote.words)))
        items.append(_item(quote.start, quote.end, quote.text, "quote", "", f"quote-{i}", _("Quote"), details))
    items.sort(key=lambda it: (it.highlight.start, -it.highlight.end, FAMILIES.index(it.family)))
    return items


def _item(
    start: int,
    end: int,
    text: str,
    family: str,
    css: str,
    anchor: str,
    label: str,
    details: list[tuple[str, str]],
    *,
    counted: bool = True,
    short: str = "",
) -> EvidenceItem:
    family_label = label_of("families", family)
    tip_lines = [f"{family_label} · {label}", *(_("{key}: {value}").format(key=k, value=v) for k, v in details)]
    highlight = Highlight(start, end, family, css, "\n".join(tip_lines), anchor, short)
    return EvidenceItem(highlight, family, label, text, tuple(details), counted)


def _css(name: str | None) -> str:
    """A class-name-safe token from a category name (categories come from user lexicons)."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in (name or "none"))
