"""`framing compare`: outlet profiles with 95% intervals, two-outlet tests, same-story comparison."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..differences import compare_groups, flat_rows
from ..distinctive import DEFAULT_ALPHA0
from ..errors import ProblemLog
from ..i18n import _, format_number, in_language, ngettext
from ..profiles import (
    DEFAULT_METRICS,
    build_profiles,
    group_formulas,
    grouping_name,
    profile_rows,
    readability_formulas,
)
from ..render.console import console
from ..render.spill import SpilledAnalyses
from ..render.tables import WIDTH, comparison_table, profile_caption, profile_tables, terms_table
from ..render.text import one_line
from ..run import run_corpus, summarise_corpus
from ..stats import CORRECTIONS
from ..stories import DEFAULT_MAX_DAYS, DEFAULT_THRESHOLD, group_stories
from ..summaries import ProfileData, profile_data
from ..types import ArticleAnalysis, GroupProfile, Story
from .app import app
from .common import err_console, report_problems_and_exit, settings_from_options
from .options import CacheOpt, CorpusArg, DaskOpt, JobsOpt, LexiconOpt, LogOpt, NoCacheOpt, VerboseOpt
from .tabular import (
    FormatOpt,
    MetricOpt,
    NBootOpt,
    OutputFormat,
    SeedOpt,
    print_metric_list,
    select_metrics,
    wants_metric_list,
    write_rows,
)
from .ui import UiOpt, report_language, use_terminal_language


class GroupBy(StrEnum):
    outlet = "outlet"
    lang = "lang"
    year = "year"
    month = "month"
    story = "story"


class Correction(StrEnum):
    holm = "holm"
    bh = "bh"
    none = "none"


class Prior(StrEnum):
    corpus = "corpus"
    uniform = "uniform"


@app.command(
    help=_(
        "Compare outlets: rates per 1,000 words, source mix and readability, each with a 95 percent "
        "interval.\n\nWith --between A B, every metric is tested between A and B (permutation test "
        "over articles, Holm-Bonferroni correction by default) and the differences that survive "
        "are marked. With --by story, outlets are compared within each story (see `framing "
        "stories`)."
    ),
)
def compare(
    paths: CorpusArg,
    by: Annotated[GroupBy, typer.Option("--by", help=_("Group articles by this field."))] = GroupBy.outlet,
    metric: MetricOpt = None,
    between: Annotated[
        tuple[str, str] | None,
        typer.Option("--between", help=_("Test every metric between two groups (e.g. two outlets): A B.")),
    ] = None,
    correction: Annotated[
        Correction,
        typer.Option(
            "--correction",
            help=_("Multiple-comparison correction: holm (Holm-Bonferroni), bh (Benjamini-Hochberg) or none."),
        ),
    ] = Correction.holm,
    alpha: Annotated[float, typer.Option("--alpha", min=0.0, max=1.0, help=_("Level for marking differences."))] = 0.05,
    permutations: Annotated[
        int,
        typer.Option("--permutations", min=99, help=_("Permutation resamples (exact test when fewer relabellings).")),
    ] = 9999,
    output_format: FormatOpt = OutputFormat.table,
    html: Annotated[
        Path | None,
        typer.Option("--html", help=_("Folder for the HTML report (default: reports/ with table output).")),
    ] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help=_("Do not write the HTML report."))] = False,
    seed: SeedOpt = 0,
    n_boot: NBootOpt = 2000,
    prior: Annotated[
        Prior,
        typer.Option(
            "--prior",
            help=_(
                "Distinctive vocabulary (Monroe et al. 2008 log-odds): prior shaped like the corpus "
                "(a_w = alpha0 x corpus share of w) or uniform (alpha0 / vocabulary size)."
            ),
        ),
    ] = Prior.corpus,
    alpha0: Annotated[
        float, typer.Option("--alpha0", min=0.0, help=_("Total pseudo-count of the vocabulary prior (its strength)."))
    ] = DEFAULT_ALPHA0,
    top_terms: Annotated[int, typer.Option("--top-terms", min=0, help=_("Distinctive lemmas shown per group."))] = 8,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.0, max=1.0, help=_("Story grouping: cosine similarity threshold."))
    ] = DEFAULT_THRESHOLD,
    max_days: Annotated[
        int | None, typer.Option("--max-days", min=0, help=_("Story grouping: most days between dated articles."))
    ] = DEFAULT_MAX_DAYS,
    ignore_dates: Annotated[bool, typer.Option("--ignore-dates", help=_("Story grouping: do not use dates."))] = False,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    verbose: VerboseOpt = False,
    log: LogOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs, dask=dask)
    # No progress bar under machine-readable output (the brief: none with JSON).
    progress = None if output_format == OutputFormat.table else False
    fmt = OutputFormat(output_format)
    write_html = not no_html and (html is not None or fmt == OutputFormat.table)
    if not write_html and by != GroupBy.story:
        # Only figures are needed: each analysis is reduced to them where it is made (framing.summaries).
        data = ProfileData(by.value).extend(summarise_corpus(paths, problems, settings, progress=progress))
        if not data.articles:
            err_console.print(_("No article could be analysed; nothing to compare."))
            report_problems_and_exit(problems, verbose=verbose, log=log)
        elif wants_metric_list(metric):
            print_metric_list(data)
            report_problems_and_exit(problems, verbose=verbose, log=log)
        else:
            names = select_metrics(metric, data, DEFAULT_METRICS)
            if between:
                _between(data, between, names, str(correction.value), alpha, seed, n_boot, permutations, fmt)
            else:
                profiles = data.profiles(
                    seed=seed, n_boot=n_boot, prior=prior.value, alpha0=alpha0, top_terms=top_terms
                )
                _print_profiles(
                    profiles,
                    data.group_formulas(),
                    data.formulas,
                    names,
                    fmt,
                    n_boot,
                    title=_("Profiles by {by}").format(by=grouping_name(by.value)),
                    top_terms=top_terms,
                )
            report_problems_and_exit(problems, quiet=fmt != OutputFormat.table, verbose=verbose, log=log)
        return
    # The report needs the analyses more than once: they go to disk as they arrive (framing.render.spill).
    analyses = SpilledAnalyses()
    try:
        for analysis in run_corpus(paths, problems, settings, progress=progress):
            analyses.append(analysis)
        if not analyses:
            err_console.print(_("No article could be analysed; nothing to compare."))
            report_problems_and_exit(problems, verbose=verbose, log=log)
        if wants_metric_list(metric):
            print_metric_list(analyses)
            report_problems_and_exit(problems, verbose=verbose, log=log)
        names = select_metrics(metric, analyses, DEFAULT_METRICS)
        out_dir = html if html is not None else Path("reports")
        site_by = "outlet" if by == GroupBy.story else by.value
        current = None
        # The pages speak the corpus's language unless --ui / FRAMING_UI say otherwise; the terminal, the locale's.
        page_language = report_language(ui, [a.article.lang for a in analyses])
        if write_html:
            from ..render.site_state import current_site, site_fingerprint

            # Everything that decides the site's pages (and the profiles it stores): if they match the
            # site already in out_dir, neither the site nor the profiles are computed again.
            page_options = {
                "command": "compare",
                "by": by.value,
                "seed": seed,
                "n_boot": n_boot,
                "prior": prior.value,
                "alpha0": alpha0,
                "top_terms": top_terms,
                "between": bool(between),
                "threshold": threshold,
                "max_days": None if ignore_dates else max_days,
                "ui": page_language,
            }
            fingerprint = site_fingerprint(analyses, page_options, settings.lexicon_paths)
            current = current_site(out_dir, fingerprint)
        stories = (
            group_stories(analyses, threshold=threshold, max_days=None if ignore_dates else max_days)
            if by == GroupBy.story
            else None
        )
        profiles: list[GroupProfile] | None = None
        if between:
            story_of = {aid: s.id for s in stories for aid in s.article_ids} if stories is not None else None
            data = profile_data(analyses, by.value, story_of=story_of)
            _between(data, between, names, str(correction.value), alpha, seed, n_boot, permutations, fmt)
        elif by == GroupBy.story:
            _within_stories(analyses, stories or [], names, fmt, seed, n_boot, prior.value, alpha0, top_terms)
        else:
            if current is not None and current.profiles is not None:
                profiles = current.profiles
            else:
                profiles = build_profiles(
                    analyses,
                    by.value,
                    seed=seed,
                    n_boot=n_boot,
                    prior=prior.value,
                    alpha0=alpha0,
                    top_terms=top_terms,
                )
            _print_profiles(
                profiles,
                group_formulas(profiles, analyses),
                readability_formulas(analyses),
                names,
                fmt,
                n_boot,
                title=_("Profiles by {by}").format(by=grouping_name(by.value)),
                top_terms=top_terms,
            )
        if write_html and current is not None:
            err_console.print(
                _("report up to date: {path}/").format(path=one_line(str(out_dir))), markup=False, soft_wrap=True
            )
        elif write_html:
            from ..render.html import write_site

            # Same seed and resamples as the tables, so the report and the terminal show the same figures.
            with in_language(page_language):
                written = write_site(
                    analyses,
                    out_dir,
                    by=site_by,
                    seed=seed,
                    n_boot=n_boot,
                    profiles=profiles,
                    stories=stories,
                    fingerprint=fingerprint,
                )
            err_console.print(
                _("HTML report: {path}").format(path=one_line(str(written))), markup=False, soft_wrap=True
            )
        report_problems_and_exit(problems, quiet=fmt != OutputFormat.table, verbose=verbose, log=log)
    finally:
        analyses.close()


def _profile_json(profile: GroupProfile, names: list[str], formulas: dict[str, str]) -> dict[str, Any]:
    return {
        "by": profile.by,
        "group": profile.group,
        "articles": profile.articles,
        "words": profile.words,
        "too_small": profile.too_small,
        "reading_ease_formula": formulas.get(profile.group),
        "metrics": {
            n: {"value": e.value, "low": e.low, "high": e.high}
            for n in names
            if (e := profile.metrics.get(n)) is not None
        },
        "speaker_types": profile.speaker_types,
        "stances": profile.stances,
        "quoted_words_by_type": profile.quoted_words_by_type,
        "top_speakers": [list(s) for s in profile.top_speakers],
        "distinctive_terms": [{"term": t, "z": z} for t, z in profile.distinctive_terms],
        "article_ids": profile.article_ids,
    }


def _print_profiles(
    profiles: list[GroupProfile],
    formulas: dict[str, str],
    corpus_formulas: dict[str, str],
    names: list[str],
    fmt: OutputFormat,
    n_boot: int,
    *,
    title: str,
    top_terms: int,
    extra: dict[str, Any] | None = None,
) -> None:
    """The profiles as tables, CSV or JSON; `formulas`: group -> its reading-ease formula(s);
    `corpus_formulas`: lang -> formula, for the caption."""
    if fmt == OutputFormat.csv:
        write_rows([(extra or {}) | row for row in profile_rows(profiles, names, formulas)], fmt)
    elif fmt == OutputFormat.json:
        write_rows([(extra or {}) | _profile_json(p, names, formulas) for p in profiles], fmt)
    else:
        width = min(console.width, WIDTH)
        for table in profile_tables(profiles, names, title=title, width=width):
            console.print(table)
        console.print(
            profile_caption(profiles, (), n_boot, formulas=corpus_formulas), style="dim", highlight=False, markup=False
        )
        if top_terms and any(p.distinctive_terms for p in profiles):
            console.print(terms_table(profiles, top=top_terms, width=width))


def _between(
    data: ProfileData,
    groups: tuple[str, str],
    names: list[str],
    correction: str,
    alpha: float,
    seed: int,
    n_boot: int,
    permutations: int,
    fmt: OutputFormat,
) -> None:
    a, b = groups
    if a == b:
        raise typer.BadParameter(_("give two different groups"), param_hint="--between")
    try:
        rows = compare_groups(
            data,
            a,
            b,
            names,
            correction=correction,
            alpha=alpha,
            seed=seed,
            n_boot=n_boot,
            n_resamples=permutations,
        )
    except KeyError as exc:
        present = ", ".join(one_line(g) for g, _group in data.sorted_groups())
        raise typer.BadParameter(
            _("no {by} named {name!r} in this corpus; present: {present}").format(
                by=grouping_name(data.by), name=one_line(str(exc.args[0])), present=present
            ),
            param_hint="--between",
        ) from None
    if fmt != OutputFormat.table:
        write_rows(flat_rows(rows, a, b, correction), fmt)
        return
    console.print(comparison_table(rows, a, b, correction, alpha))
    survivors = sum(bool(r["significant"]) for r in rows)
    tested = sum(r["p"] is not None for r in rows)
    if not tested:
        console.print(
            _("Nothing could be tested: each group needs at least 2 articles (and 3 for intervals)."), highlight=False
        )
    console.print(
        ngettext(
            "{survivors} of {tested} tested difference survives {correction} at {alpha}.",
            "{survivors} of {tested} tested differences survive {correction} at {alpha}.",
            tested,
        ).format(survivors=survivors, tested=tested, correction=_(CORRECTIONS[correction]), alpha=format_number(alpha)),
        highlight=False,
    )


def _within_stories(
    analyses: Sequence[ArticleAnalysis],
    stories: list[Story],
    names: list[str],
    fmt: OutputFormat,
    seed: int,
    n_boot: int,
    prior: str,
    alpha0: float,
    top_terms: int,
) -> None:
    """Outlets side by side within each story covered by more than one outlet."""
    position = {a.article.id: i for i, a in enumerate(analyses)}  # positions, not analyses: they may be spilled
    shared = [s for s in stories if len(s.outlets) > 1]
    json_rows: list[dict[str, Any]] = []
    csv_rows: list[dict[str, Any]] = []
    for story in shared:
        items = [analyses[position[i]] for i in story.article_ids if i in position]
        profiles = build_profiles(
            items, "outlet", seed=seed, n_boot=n_boot, prior=prior, alpha0=alpha0, top_terms=top_terms
        )
        extra = {"story": story.id, "story_label": story.label}
        if fmt == OutputFormat.table:
            title = _("Story {id} ({label}): {articles} articles, {outlets} outlets").format(
                id=story.id, label=story.label, articles=len(items), outlets=len(story.outlets)
            )
            _print_profiles(
                profiles,
                group_formulas(profiles, items),
                readability_formulas(items),
                names,
                fmt,
                n_boot,
                title=one_line(title),
                top_terms=top_terms,
            )
        elif fmt == OutputFormat.json:
            json_rows.extend(extra | _profile_json(p, names, group_formulas(profiles, items)) for p in profiles)
        else:
            csv_rows.extend(extra | row for row in profile_rows(profiles, names, group_formulas(profiles, items)))
    if fmt == OutputFormat.json:
        write_rows(json_rows, fmt)
    elif fmt == OutputFormat.csv:
        write_rows(csv_rows, fmt)
    alone = len(stories) - len(shared)
    if fmt == OutputFormat.table:
        if not shared:
            console.print(_("No story is covered by more than one outlet at this threshold."), highlight=False)
        if alone:
            console.print(
                ngettext(
                    "{n} story covered by a single outlet not shown (see `framing stories`).",
                    "{n} stories covered by a single outlet not shown (see `framing stories`).",
                    alone,
                ).format(n=alone),
                highlight=False,
            )
    sys.stdout.flush()
