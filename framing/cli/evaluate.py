"""`framing evaluate`: precision, recall and F1 against a hand-annotated gold file (see framing.evaluate)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ..analyse import AnalysisSettings, analyse_articles
from ..errors import FramingError, ProblemLog
from ..evaluate import load_checkset, load_gold, parse_thresholds, score, shortfalls
from ..evaluate_dev import DevEvaluation, is_eval_folder
from ..i18n import N_, _, format_decimal, format_integer, ngettext
from ..render.console import console
from ..run import run_corpus
from ..types import Article
from .app import app
from .common import err_console
from .options import JobsOpt, LexiconOpt, NoCacheOpt
from .ui import UiOpt, use_terminal_language


class EvalFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command(
    help=_(
        "Score framing's analyses of the gold articles: attributions, hedges, loaded "
        "expressions.\n\nSpans are matched by overlap exactly as shared/eval/score.py matches them."
        " English check sets use the trained English model when installed; FRAMING_EN_MODEL=rules"
        " measures the rule-based pipeline."
    ),
)
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help=_(
                "Gold annotation: JSON in the format of seeds-gold.json (texts in --texts), a JSON Lines "
                "check set whose records carry their own text (id, lang, text, attributions, hedges, loaded), or an "
                "evaluation folder holding gold.json and texts/ (e.g. shared/dev/fr_attribution)."
            )
        ),
    ],
    more_thresholds: Annotated[
        list[str] | None,
        typer.Argument(help=_("More NAME=VALUE thresholds, as in `--min attr_r=0.95 attr_p=0.9`."), show_default=False),
    ] = None,
    texts: Annotated[
        Path, typer.Option("--texts", help=_("Folder holding the annotated articles (default: seeds/)."))
    ] = Path("seeds"),
    fmt: Annotated[
        EvalFormat, typer.Option("--format", help=_("table, csv (one row per figure) or json."))
    ] = EvalFormat.table,
    minimum: Annotated[
        list[str] | None,
        typer.Option(
            "--min",
            help=_(
                "NAME=VALUE bar (repeatable), e.g. attr_r=0.95; exit 1 when a figure is short. "
                "Names ending in _fp or _bad, and `missing`, are maxima."
            ),
        ),
    ] = None,
    sample: Annotated[
        int | None,
        typer.Option(
            "--sample", min=1, help=_("Evaluation folders: score a random sample of N articles (quick look).")
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help=_("Random seed of --sample."))] = 0,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            help=_("Evaluation folders: score this `framing analyze --json` output instead of analysing the texts."),
        ),
    ] = None,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    lexicon: LexiconOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    if gold.is_dir():
        if not is_eval_folder(gold):
            raise FramingError(_("{path}: an evaluation folder holds gold.json and texts/").format(path=gold))
        settings = AnalysisSettings(
            lexicon_paths=tuple(str(p) for p in (lexicon or [])), use_cache=not no_cache, jobs=jobs
        )
        bars = [*(minimum or []), *(more_thresholds or [])]
        _evaluate_folder(gold, settings, sample=sample, seed=seed, predictions=predictions, bars=bars, fmt=fmt)
        return
    thresholds = parse_thresholds([*(minimum or []), *(more_thresholds or [])])
    settings = AnalysisSettings(lexicon_paths=tuple(str(p) for p in (lexicon or [])), use_cache=False)
    if gold.suffix == ".jsonl":
        articles, predictions, text_of = _checkset_predictions(gold, settings)
    else:
        articles, predictions, text_of = _gold_predictions(gold, texts, settings)
    result = score(articles, predictions, text_of)
    short = shortfalls(result.figures, thresholds)
    if fmt is EvalFormat.json:
        out = {**result.to_dict(), "thresholds": thresholds, "short": short}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    elif fmt is EvalFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["figure", "value", "kind"])
        writer.writerows([name, f"{value:.4f}", "figure"] for name, value in result.figures.items())
        writer.writerows([name, str(value), "count"] for name, value in result.counts.items())
    else:
        console.print(_table(result.figures, result.counts, len(articles), len(predictions)))
        if short:
            console.print(_("SHORT: {figures}").format(figures="; ".join(short)), markup=False, soft_wrap=True)
    raise typer.Exit(1 if short else 0)


TextOf = Callable[[str], str]


def _evaluate_folder(
    folder: Path,
    settings: AnalysisSettings,
    *,
    sample: int | None,
    seed: int,
    predictions: Path | None,
    bars: list[str],
    fmt: EvalFormat,
) -> None:
    """Score an evaluation folder (gold.json + texts/) as shared/eval/score_dev.py does, and print it."""
    from ..evaluate_dev import (
        format_figures,
        load_eval_gold,
        load_predictions,
        parse_bars,
        sample_names,
        score_folder,
    )
    from ..evaluate_dev import (
        shortfalls as folder_shortfalls,
    )

    parsed_bars = parse_bars(bars)
    gold = load_eval_gold(folder)
    names = sample_names(gold, sample, seed)
    gold = {name: gold[name] for name in names}
    texts = folder / "texts"
    if predictions is not None:
        predicted, bad_lines = load_predictions(predictions)
        if bad_lines:
            message = ngettext("{count} unreadable line skipped", "{count} unreadable lines skipped", bad_lines)
            warning = f"{predictions}: {message.format(count=format_integer(bad_lines))}"
            err_console.print(_("warning: {message}").format(message=warning), markup=False)
    else:
        paths = [str(texts / name) for name in names if (texts / name).is_file()]
        problems = ProblemLog()
        predicted = {}
        for analysis in run_corpus(paths, problems, settings, progress=None):
            predicted[Path(analysis.article.path or analysis.article.id).name] = analysis.to_dict()
        _print_problems(problems)

    def text_of(name: str) -> str | None:
        path = texts / name
        return path.read_text(encoding="utf-8") if path.is_file() else None

    result = score_folder(gold, predicted, text_of)
    short = folder_shortfalls({**result.figures, **result.extra}, parsed_bars)
    if fmt is EvalFormat.json:
        out = {**result.to_dict(), "bars": parsed_bars, "short": short}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    elif fmt is EvalFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["figure", "value", "kind"])
        writer.writerows(
            [name, str(v) if isinstance(v, int) else f"{v:.4f}", "figure"] for name, v in result.figures.items()
        )
        writer.writerows([name, f"{v:.4f}", "extra figure"] for name, v in result.extra.items())
        writer.writerows([name, str(value), "count"] for name, value in result.counts.items())
    else:
        console.print(_folder_table(folder, result))
        console.print(format_figures(result.figures), markup=False, soft_wrap=True)
        if short:
            console.print(_("SHORT: {figures}").format(figures="; ".join(short)), markup=False, soft_wrap=True)
    raise typer.Exit(1 if short else 0)


# Rows of the evaluation-folder table: (label, precision key, recall key, F1 key, notes).
FOLDER_ROWS: tuple[tuple[str, str, str, str], ...] = (
    (N_("attribution cue"), "cue_p", "cue_r", "cue_f1"),
    (N_("attributed content (> 0.3 of gold)"), "content_p", "content_r", "content_f1"),
    (N_("attributed content (> 0.8 of gold)"), "content_p_08", "content_r_08", "content_f1_08"),
    (N_("anonymous sources (by content)"), "anon_p", "anon_r", "anon_f1"),
    (N_("loaded spans"), "loaded_p", "loaded_r", "loaded_f1"),
    (N_("loaded paragraphs"), "para_p", "para_r", "para_f1"),
    (N_("uncertain sentences (counted hedge)"), "hedge_sent_p", "hedge_sent_r", "hedge_sent_f1"),
    (N_("biased sentences (loaded hit)"), "bias_sent_p", "bias_sent_r", "bias_sent_f1"),
    (N_("sentences with a loaded span (loaded hit)"), "loaded_sent_p", "loaded_sent_r", "loaded_sent_f1"),
    (N_("wording proxy: loaded vs technique-free sentences, half each"), "wording_p50", "wording_r", "wording_f1_p50"),
)
# Single figures shown under the table, with what they mean.
FOLDER_SINGLES: tuple[tuple[str, str], ...] = (
    ("speaker_acc", N_("speaker span right, among matched contents")),
    ("type_acc", N_("speaker type right, among matched contents")),
    ("form_acc", N_("form (direct / indirect / mixed) right, among matched contents")),
    ("loaded_rho", N_("Spearman rho of loaded spans per 1,000 characters, over articles")),
    ("loaded_rho_weighted", N_("the same rho, each hit counted by its weight")),
    ("loaded_p_any", N_("share of loaded hits overlapping any human-marked technique")),
    ("loaded_fp", N_("loaded hits overlapping nothing marked, per article")),
    ("para_fp", N_("share of unmarked paragraphs flagged")),
    ("hedge_sent_fp", N_("share of certain sentences flagged")),
    ("bias_sent_fp", N_("share of unbiased sentences flagged")),
    ("loaded_sent_fp", N_("share of sentences without a loaded span flagged")),
    ("wording_fp", N_("wording proxy: share of sentences without any technique span flagged")),
)


def _folder_table(folder: Path, result: DevEvaluation) -> Table:
    f = {**result.figures, **result.extra}

    def d3(key: str) -> str:
        return format_decimal(f[key], 3)

    table = Table(
        title=ngettext(
            "Evaluation on {folder}: {articles} article, {missing} missing",
            "Evaluation on {folder}: {articles} articles, {missing} missing",
            f["articles"],
        ).format(folder=folder.name, articles=format_integer(f["articles"]), missing=format_integer(f["missing"]))
    )
    for name in (_("figure"), _("precision"), _("recall"), "F1"):
        table.add_column(name, justify="left" if name == _("figure") else "right")
    for label, p, r, f1 in FOLDER_ROWS:
        if p in f:
            table.add_row(_(label), d3(p), d3(r), d3(f1))
    for key, meaning in FOLDER_SINGLES:
        if key in f:
            table.add_row(f"{_(meaning)} ({key})", "", "", d3(key))
    table.caption = _("predicted spans with bad offsets {bad}; predictions not in the gold {extra}").format(
        bad=format_integer(f["offsets_bad"]), extra=format_integer(f["pred_extra"])
    )
    return table


def _gold_predictions(
    gold: Path, texts: Path, settings: AnalysisSettings
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], TextOf]:
    """Analyse the gold's articles from the texts folder (through the same path as `framing analyze`)."""
    articles = load_gold(gold)
    if not texts.is_dir():
        raise FramingError(_("{path}: no such folder of texts (use --texts DIR)").format(path=texts))
    paths = [texts / name for name in articles if (texts / name).is_file()]
    problems = ProblemLog()
    predictions: dict[str, dict[str, Any]] = {}
    for analysis in run_corpus([str(p) for p in paths], problems, settings, progress=False):
        name = Path(analysis.article.path or analysis.article.id).name
        predictions[name] = analysis.to_dict()
    _print_problems(problems)
    return articles, predictions, lambda name: (texts / name).read_text(encoding="utf-8")


def _checkset_predictions(
    path: Path, settings: AnalysisSettings
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], TextOf]:
    """A JSON Lines check set carries its texts: analyse each one in its language."""
    items = load_checkset(path)
    articles = {item.id: item.gold for item in items}
    texts = {item.id: item.text for item in items}
    inputs = [Article(id=item.id, text=item.text, outlet="check set", path=item.id, lang=item.lang) for item in items]
    predictions = {a.article.id: a.to_dict() for a in analyse_articles(inputs, settings)}
    return articles, predictions, texts.__getitem__


def _table(f: dict[str, float], c: dict[str, int], n_gold: int, n_pred: int) -> Table:
    def d3(name: str) -> str:
        return format_decimal(f[name], 3)

    table = Table(
        title=_("Evaluation on {predicted}/{gold} gold articles (spans matched by overlap)").format(
            predicted=n_pred, gold=n_gold
        )
    )
    for name, justify in ((_("family"), "left"), (_("precision"), "right"), (_("recall"), "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    table.add_column("F1", justify="right")
    table.add_column(_("other"), justify="left")
    table.add_row(
        _("attributions"),
        d3("attr_p"),
        d3("attr_r"),
        d3("attr_f1"),
        _("speaker type {accuracy} ({right}/{matched}); gold {gold}, predicted {predicted}").format(
            accuracy=d3("type_acc"),
            right=c["type_ok"],
            matched=c["attr_match"],
            gold=c["attr_gold"],
            predicted=c["attr_pred"],
        ),
    )
    if c["hedge_gold"] or c["not_hedge"]:
        table.add_row(
            _("hedges"),
            d3("hedge_p"),
            d3("hedge_r"),
            d3("hedge_f1"),
            _("kind {accuracy}; non-hedges flagged {flagged}/{total}").format(
                accuracy=d3("hedge_kind"), flagged=c["not_hedge_flagged"], total=c["not_hedge"]
            ),
        )
    else:
        table.add_row(_("hedges"), "n/a", "n/a", "n/a", _("no hedges annotated"))
    if c["loaded_gold"]:
        table.add_row(
            _("loaded"),
            d3("loaded_p"),
            d3("loaded_r"),
            d3("loaded_f1"),
            _("category {category}, voice {voice} (precision vs a non-exhaustive gold)").format(
                category=d3("loaded_cat"), voice=d3("loaded_voice")
            ),
        )
    else:
        table.add_row(_("loaded"), "n/a", "n/a", "n/a", _("no loaded expressions annotated"))
    table.caption = _("spans checked {spans}, bad offsets {bad}, missing articles {missing}").format(
        spans=c["spans"], bad=c["offsets_bad"], missing=c["missing"]
    )
    return table


def _print_problems(problems: ProblemLog) -> None:
    """The corpus's warnings as `analyze` shows them: many of one kind (an evaluation folder whose
    metadata names no outlet) summarised in one line instead of one line per article."""
    from .problems import problem_lines

    for line in problem_lines(problems):
        err_console.print(line, markup=False, soft_wrap=True)
