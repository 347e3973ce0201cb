"""`framing stories`: which articles tell the same event, across outlets."""

from __future__ import annotations

from typing import Annotated, Any

import numpy as np
import typer

from ..errors import ProblemLog
from ..i18n import _, format_number, ngettext
from ..render.console import console
from ..render.tables import stories_table
from ..run import run_corpus
from ..stories import (
    DEFAULT_MAX_DAYS,
    DEFAULT_THRESHOLD,
    StoryGrouping,
    days_apart,
    stories_with_evidence,
    story_dates,
)
from ..types import ArticleAnalysis
from .app import app
from .common import err_console, report_problems_and_exit, settings_from_options
from .options import CacheOpt, CorpusArg, JobsOpt, LexiconOpt, LogOpt, NoCacheOpt, VerboseOpt
from .tabular import FormatOpt, OutputFormat, write_rows
from .ui import UiOpt, use_terminal_language

ThresholdOpt = Annotated[
    float,
    typer.Option(
        "--threshold",
        min=0.0,
        max=1.0,
        help=_("Average cosine similarity (TF-IDF of content lemmas) a story must keep; higher = tighter stories."),
    ),
]
MaxDaysOpt = Annotated[
    int, typer.Option("--max-days", min=0, help=_("Most days between two dated articles of one story."))
]
IgnoreDatesOpt = Annotated[bool, typer.Option("--ignore-dates", help=_("Group on text alone, ignoring dates."))]


def story_rows(grouping: StoryGrouping, analyses: list[ArticleAnalysis]) -> list[dict[str, Any]]:
    """One row per article: its story, and its mean similarity to the story's other articles (why it is there)."""
    by_id = {a.article.id: a for a in analyses}
    index = {aid: i for i, aid in enumerate(grouping.article_ids)}
    rows = []
    for story in grouping.stories:
        members = [index[i] for i in story.article_ids]
        dates = story_dates(story, analyses)
        for k, aid in enumerate(story.article_ids):
            others = [m for m in members if m != index[aid]]
            sim = float(np.mean(grouping.similarity[index[aid], others])) if others else None
            info = by_id[aid].article
            outside = [m for m in range(len(grouping.article_ids)) if m not in members]
            nearest = max(outside, key=lambda m: grouping.similarity[index[aid], m], default=None)
            nearest_id = grouping.article_ids[nearest] if nearest is not None else None
            rows.append(
                {
                    "story": story.id,
                    "label": story.label,
                    "dates": dates,
                    "story_articles": len(story.article_ids),
                    "story_outlets": len(story.outlets),
                    "article_id": aid,
                    "outlet": info.outlet,
                    "date": info.date,
                    "title": info.title,
                    "similarity": sim,
                    # Why it is not elsewhere: the most similar article outside the story, how similar,
                    # and how many days apart (the date rule keeps apart articles over --max-days).
                    "nearest_outside": nearest_id,
                    "nearest_outside_similarity": (
                        float(grouping.similarity[index[aid], nearest]) if nearest is not None else None
                    ),
                    "nearest_outside_days": days_apart(info.date, by_id[nearest_id].article.date)
                    if nearest_id
                    else None,
                    "first": k == 0,
                    "last": k == len(story.article_ids) - 1,
                }
            )
    return rows


@app.command(
    help=_(
        "Group articles about the same event across outlets (TF-IDF cosine, average linkage, "
        'dates).\n\n"sim." is an article\'s mean cosine similarity to the other articles of its '
        "story."
    ),
)
def stories(
    paths: CorpusArg,
    threshold: ThresholdOpt = DEFAULT_THRESHOLD,
    max_days: MaxDaysOpt = DEFAULT_MAX_DAYS or 7,
    ignore_dates: IgnoreDatesOpt = False,
    output_format: FormatOpt = OutputFormat.table,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
    verbose: VerboseOpt = False,
    log: LogOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs)
    progress = None if output_format == OutputFormat.table else False
    analyses = list(run_corpus(paths, problems, settings, progress=progress))
    grouping = stories_with_evidence(analyses, threshold=threshold, max_days=None if ignore_dates else max_days)
    rows = story_rows(grouping, analyses)
    fmt = OutputFormat(output_format)
    if fmt != OutputFormat.table:
        write_rows([{k: v for k, v in r.items() if k not in ("first", "last")} for r in rows], fmt)
    else:
        shared = sum(len(s.outlets) > 1 for s in grouping.stories)
        rule = (
            _("dates ignored")
            if ignore_dates
            else ngettext("at most {n} day apart", "at most {n} days apart", max_days or 0).format(n=max_days)
        )
        title = _(
            "{stories} stories in {articles} articles ({shared} covered by several outlets); threshold {threshold}, "
            "{rule}"
        ).format(
            stories=len(grouping.stories),
            articles=len(analyses),
            shared=shared,
            threshold=format_number(threshold),
            rule=rule,
        )
        console.print(stories_table(rows, title=title))
        if not analyses:
            err_console.print(_("No article could be analysed."))
    report_problems_and_exit(problems, quiet=fmt != OutputFormat.table, verbose=verbose, log=log)
