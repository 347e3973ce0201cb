"""Saved web pages: the article's main text and metadata, extracted with trafilatura.

trafilatura (boilerplate removal: navigation, footers, comments) is the library for this; regular
expressions over HTML are not. The extracted text is the article's `text`: offsets index into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import _

MIN_EXTRACTED_CHARS = 1


class HtmlExtractionError(ValueError):
    pass


@dataclass(frozen=True)
class Page:
    text: str
    fields: dict[str, Any]


def extract_html(data: bytes | str, url: str | None = None) -> Page:
    """Main text plus title, site name (as outlet), date, url, author of a saved page."""
    import trafilatura  # imported lazily: it pulls in lxml and friends, unneeded for plain text

    common: dict[str, Any] = {
        "url": url,
        "with_metadata": True,
        "include_comments": False,
        "include_tables": False,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }
    try:
        document = trafilatura.bare_extraction(data, **common)
        if document is None or not (document.text or "").strip():
            document = trafilatura.bare_extraction(data, favor_recall=True, **common)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise HtmlExtractionError(
            _("cannot parse the HTML page: {error}").format(error=f"{exc.__class__.__name__}: {exc}")
        ) from None
    text = (document.text or "") if document is not None else ""
    if len(text.strip()) < MIN_EXTRACTED_CHARS:
        raise HtmlExtractionError(_("no article text found in the HTML page"))
    fields: dict[str, Any] = {
        "title": document.title,
        "outlet": document.sitename,
        "date": document.date,
        "url": document.url,
        "author": document.author,
        "hostname": document.hostname,
        "description": document.description,
    }
    return Page(text, {k: v for k, v in fields.items() if v})
