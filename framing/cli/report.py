"""`framing report CORPUS --out DIR`: the HTML report, plus the outlet comparison in the terminal."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from ..errors import FramingError, ProblemLog
from ..i18n import _, format_datetime, in_language
from ..profiles import DEFAULT_METRICS, GROUPINGS, grouping_name
from ..render.console import console
from ..render.spill import SpilledAnalyses
from ..render.text import one_line
from ..run import run_corpus
from .app import app
from .common import err_console, report_problems_and_exit, settings_from_options
from .options import CacheOpt, CorpusArg, DaskOpt, JobsOpt, LexiconOpt, LogOpt, NoCacheOpt, VerboseOpt
from .ui import UiOpt, report_language, use_terminal_language

DEFAULT_OUT = Path("reports")


@app.command(
    help=_(
        "Write a static HTML report (works offline from the folder) and print the outlet "
        "comparison.\n\nPages: an index comparing outlets (intervals at 95%, charts), one page per "
        "outlet, per story (the outlets side by side) and per article (the text with every piece "
        "of evidence highlighted)."
    ),
)
def report(
    paths: CorpusArg,
    out: Annotated[
        Path, typer.Option("--out", "-o", help=_("Folder the site is written to (replaced atomically)."))
    ] = (DEFAULT_OUT),
    by: Annotated[
        str,
        typer.Option(
            "--by",
            help=_("Group articles by: {fields}.").format(fields=", ".join(g for g in GROUPINGS if g != "story")),
        ),
    ] = "outlet",
    title: Annotated[str, typer.Option("--title", help=_("Title shown on every page."))] = "framing report",
    timestamp: Annotated[
        bool,
        typer.Option("--timestamp", help=_("Print the generation time in the pages (off: same corpus, same bytes).")),
    ] = False,
    seed: Annotated[int, typer.Option("--seed", help=_("Random seed for the bootstrap intervals."))] = 0,
    n_boot: Annotated[int, typer.Option("--n-boot", min=100, help=_("Bootstrap resamples per figure."))] = 2000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=_("Do not print the comparison table."))] = False,
    exercise: Annotated[
        bool,
        typer.Option(
            "--exercise",
            help=_(
                "Add a worksheet per story for a class (exercises/): the texts without highlights, "
                "questions to answer on paper, and the answers revealed one family at a time."
            ),
        ),
    ] = False,
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
    if by not in GROUPINGS or by == "story":
        raise typer.BadParameter(
            _("choose from {choices}").format(choices=", ".join(g for g in GROUPINGS if g != "story")),
            param_hint="--by",
        )
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs, dask=dask)
    # Each analysis goes to disk as it arrives (framing.render.spill) and is read back as the pages need
    # it: the client holds per-article figures and page rows, not every article's spans and text.
    with SpilledAnalyses() as analyses:
        langs: list[str] = []
        for analysis in run_corpus(paths, problems, settings):
            analyses.append(analysis)
            langs.append(analysis.article.lang)
        if not analyses:
            err_console.print(_("No article could be analysed; the previous report (if any) is left as it was."))
            report_problems_and_exit(problems, verbose=verbose, log=log)
        from ..render.site_state import current_site, site_fingerprint

        # The pages speak the corpus's language unless --ui / FRAMING_UI say otherwise; the terminal, the locale's.
        page_language = report_language(ui, langs)
        with in_language(page_language):
            generated = format_datetime(datetime.now(UTC)) + " UTC" if timestamp else None
            page_options = {
                "command": "report",
                "by": by,
                "seed": seed,
                "n_boot": n_boot,
                "title": title,
                "generated_at": generated,
                "ui": page_language,
                "exercise": exercise,
            }
            fingerprint = site_fingerprint(analyses, page_options, settings.lexicon_paths)
            current = current_site(out, fingerprint)
            if current is not None and current.profiles is not None:
                # Same inputs, intact site: the pages and the profiles they show are already there.
                profiles = current.profiles
                index = out / "index.html"
            else:
                from ..profiles import build_profiles
                from ..render.html import collect_site_data, write_site

                profiles = build_profiles(analyses, by, seed=seed, n_boot=n_boot)
                data = collect_site_data(
                    analyses,
                    by=by,
                    seed=seed,
                    n_boot=n_boot,
                    profiles=profiles,
                    generated_at=generated,
                    title=title,
                    exercise=exercise,
                )
                try:
                    index = write_site(analyses, out, data=data, fingerprint=fingerprint)
                except OSError as exc:  # unwritable folder, full disk: one line, the previous report untouched
                    raise FramingError(
                        _("{path}: cannot write the report ({reason}); nothing was changed").format(
                            path=out, reason=exc.strerror or exc
                        )
                    ) from exc
        if current is not None and current.profiles is not None:
            err_console.print(
                _("report up to date: {path}/").format(path=one_line(str(out))), markup=False, soft_wrap=True
            )
        if not quiet:
            _print_table(profiles, analyses, n_boot)
    err_console.print(_("HTML report: {path}").format(path=one_line(str(index))), markup=False, soft_wrap=True)
    report_problems_and_exit(problems, quiet=quiet, verbose=verbose, log=log)


def _print_table(profiles: list, analyses: list, n_boot: int) -> None:
    """The same comparison the index shows, as terminal tables (the profiles' own renderer)."""
    from ..render.tables import WIDTH, profile_caption, profile_tables

    width = min(console.width, WIDTH)
    by = profiles[0].by if profiles else "outlet"
    for table in profile_tables(
        profiles, list(DEFAULT_METRICS), title=_("Profiles by {by}").format(by=grouping_name(by)), width=width
    ):
        console.print(table)
    console.print(profile_caption(profiles, analyses, n_boot), style="dim", highlight=False)
