"""Exercise pages of the report (`framing report --exercise`): a worksheet per story for a class.

Students read the texts first with nothing highlighted and answer four questions on paper; then the
teacher reveals the highlights one family at a time ("show the answers"). Each page holds the texts
with their evidence marked but hidden (report.css: body.page-exercise), the questions with lines to
write on, and the answers, listed per family, in panels that buttons open (report.js). Printed on A4,
the questions and lines come first and the answers start on a page of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..i18n import N_, _
from ..safe_names import UniqueNames
from .evidence import EvidenceItem, label_of
from .highlight import render_highlighted

if TYPE_CHECKING:
    from ..types import Story
    from .html import _Site

# Articles shown side by side on one worksheet (one per outlet first): more is too long for a lesson.
EXERCISE_COLUMNS = 3
# Blank lines under each question on paper.
ANSWER_LINES = 4


@dataclass(frozen=True)
class AnswerGroup:
    """One "show the answers" button: the evidence families it reveals."""

    key: str
    families: tuple[str, ...]
    title: str


ANSWER_GROUPS: tuple[AnswerGroup, ...] = (
    AnswerGroup("loaded", ("loaded",), N_("Loaded words")),
    AnswerGroup("sources", ("attribution", "quote"), N_("Sources and quotes")),
    AnswerGroup("certainty", ("hedge", "booster"), N_("Hedges and boosters")),
)


def questions(n_articles: int, *, titled: bool = True) -> list[str]:
    """The worksheet's questions. The last compares the headlines; without headlines (files with no
    title), the opening sentences; with a single article, it asks for a neutral headline."""
    if n_articles < 2:
        last = _("Write a neutral headline for this article.")
    elif titled:
        last = _("Compare the headlines.")
    else:
        last = _("Compare the opening sentences (these articles have no headline).")
    return [
        _("Which words would you replace, and with what?"),
        _("Who is quoted, and who is not named?"),
        _("Which sentences state as fact what is uncertain?"),
        last,
    ]


def exercise_paths(site: _Site) -> dict[str, str]:
    """Story id -> its worksheet's path (a story of one article gets one too), so that story and
    article pages can link to it."""
    names = UniqueNames()
    return {
        story.id: f"exercises/{names.get(story.id, story.label or story.id)}.html"
        for story in site.data.stories
        if site.members(story.article_ids)
    }


def exercise_pages(
    site: _Site, page: Callable[..., tuple[str, str]], title_of: Callable[[Any], str]
) -> Iterator[tuple[str, str]]:
    """The exercises index and one worksheet per story (site.exercise_page names them)."""
    rows = []
    pages = []
    for story in site.data.stories:
        relpath = site.exercise_page.get(story.id)
        if relpath is None:
            continue
        members = site.members(story.article_ids)
        context = exercise_context(site, story, members, title_of)
        rows.append({"href": relpath, "label": context["page_title"], "articles": len(members)})
        pages.append((relpath, context))
    yield page("exercises.html.j2", "exercises/index.html", page_title=_("Exercises"), exercises=rows)
    for relpath, context in pages:
        yield page("exercise.html.j2", relpath, **context)


def _shown(site: _Site, members: list[int]) -> list[int]:
    """Up to EXERCISE_COLUMNS articles, one per outlet first, in corpus order."""
    first_per_outlet: dict[str, int] = {}
    for i in members:
        first_per_outlet.setdefault(site.data.analyses[i].article.outlet, i)
    shown = list(first_per_outlet.values())[:EXERCISE_COLUMNS]
    shown += [i for i in members if i not in shown][: EXERCISE_COLUMNS - len(shown)]
    return sorted(shown)


def _answers(items: list[EvidenceItem], families: tuple[str, ...]) -> list[dict[str, Any]]:
    return [
        {
            "text": item.text,
            "family": label_of("families", item.family),
            "label": item.label,
            "details": item.details,
        }
        for item in items
        if item.family in families and item.counted
    ]


def exercise_context(site: _Site, story: Story, members: list[int], title_of: Callable[[Any], str]) -> dict[str, Any]:
    from .html import display_name

    shown = _shown(site, members)
    columns = []
    for n, i in enumerate(shown):
        a = site.data.analyses[i]
        items = site.evidence(i)
        columns.append(
            {
                "title": title_of(a),
                "outlet": display_name(a.article.outlet),
                "date": a.article.date,
                "lang": a.article.lang or "und",
                "prefix": f"x{n}-",
                "body": render_highlighted(a.text, [it.highlight for it in items], prefix=f"x{n}-"),
                "answers": {g.key: _answers(items, g.families) for g in ANSWER_GROUPS},
            }
        )
    return {
        "page_title": _("Exercise: {story}").format(story=display_name(story.label or story.id)),
        "columns": columns,
        "ncols": min(len(columns), EXERCISE_COLUMNS),
        "questions": questions(len(columns), titled=all(site.data.analyses[i].article.title for i in shown)),
        "answer_lines": ANSWER_LINES,
        "groups": [{"key": g.key, "title": _(g.title), "families": g.families} for g in ANSWER_GROUPS],
        "story_href": site.story_page.get(story.id),
        "n_more": len(members) - len(shown),
    }
