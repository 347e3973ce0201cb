"""YAML front matter (`---` ... `---` at the top of a .txt/.md file): metadata, then the body.

Decision, documented in the package docstring: an article's `text` is the *body* after the front
matter, so analysis offsets index into the body; `Article.meta["body_offset"]` gives where the body
starts in the decoded file, so `file_text[body_offset + start]` finds a span in the file itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..i18n import _

_OPENING = re.compile(r"---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


class FrontMatterError(ValueError):
    """Front matter that is not closed or not a YAML mapping; `line` is 1-based in the file."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Split:
    fields: dict[str, Any]
    body: str
    body_offset: int


def split_front_matter(text: str) -> Split:
    """Separate front matter from the body; text without front matter is all body."""
    opening = _OPENING.match(text)
    if not opening:
        return Split({}, text, 0)
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        raise FrontMatterError(_("front matter opened by '---' on line 1 is never closed by a '---' line"), 1)
    block = text[opening.end() : closing.start()]
    try:
        fields = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        line, problem = _yaml_error_location(exc, block)
        raise FrontMatterError(_("front matter is not valid YAML: {problem}").format(problem=problem), line) from None
    if not isinstance(fields, dict):
        raise FrontMatterError(_("front matter must be a YAML mapping (key: value lines)"), 2)
    return Split({str(k): v for k, v in fields.items()}, text[closing.end() :], closing.end())


def _yaml_error_location(exc: yaml.YAMLError, block: str) -> tuple[int, str]:
    """(file line, reason) of a YAML error; the block starts on the file's line 2."""
    if isinstance(exc, yaml.reader.ReaderError):  # a forbidden character, e.g. a raw escape code
        line = block.count("\n", 0, exc.position) + 2
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        return line, _("control character U+{code} is not allowed in YAML (write it as an escape in quotes)").format(
            code=f"{code:04X}"
        )
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 2 if mark is not None else 2
    return line, str(getattr(exc, "problem", None) or "invalid YAML")
