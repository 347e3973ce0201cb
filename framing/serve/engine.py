"""What the service does with a request, without HTTP: analyse a text or a command line, score against
the loaded corpus. Everything runs through the same functions as the CLI (framing.run.run_corpus,
framing.scoring), so an answer is the same as `framing analyze` would print.

The pipelines are loaded once, at start-up, and shared; spaCy pipelines are not made for concurrent
use, so analyses take turns (one lock). The HTTP side runs them in worker threads, so the server keeps
accepting requests (and noticing disconnects) meanwhile.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..analyse import AnalysisSettings
from ..cache import default_cache_path
from ..errors import FramingError, ProblemLog
from ..i18n import _
from ..nlp import SUPPORTED_LANGS, load_pipeline
from ..render.text import terminal_safe
from ..run import run_corpus
from ..types import ArticleAnalysis, GroupProfile

# Metadata a caller may give with a text (the fields of a corpus file's front matter).
META_FIELDS: tuple[str, ...] = ("outlet", "date", "lang", "title", "url")
# Same bootstrap as `framing analyze --against`, so the figures agree.
AGAINST_BOOT = 1000


@dataclass
class Outcome:
    """Analyses of one request and what went wrong on the way (one line per problem)."""

    analyses: list[ArticleAnalysis]
    problems: list[str] = field(default_factory=list)
    exit_code: int = 0

    def first_error(self) -> str | None:
        """The first error line (the reason a request gets), in the interface language it was worded in."""
        prefix = _("error: {message}").partition("{")[0]
        return next((p for p in self.problems if p.startswith(prefix)), None)


class Engine:
    """The warm half of the service: pipelines, the loaded corpus and its outlet profiles."""

    def __init__(self, lexicon_paths: Sequence[str] = (), use_cache: bool = True) -> None:
        self.settings = AnalysisSettings(lexicon_paths=tuple(lexicon_paths), use_cache=use_cache)
        self.lock = threading.Lock()
        self.corpus: list[ArticleAnalysis] = []
        self.corpus_names: list[str] = []
        self.profiles: list[GroupProfile] = []
        self.corpus_problems: list[str] = []

    def warm_up(self) -> None:
        """Load every pipeline now, and analyse a sentence in each language without saying which (so the
        language identifier and the readability data load too): the first request pays for none of it."""
        for lang in SUPPORTED_LANGS:
            load_pipeline(lang, self.settings.lexicon_paths)
        for sentence in ("Le ministre a dit qu'il viendrait demain matin.", "The minister said he would come."):
            self.analyse_text(sentence, {}, use_cache=False)

    def load_corpus(self, paths: Sequence[str]) -> None:
        """Analyse (or read from the cache) the corpus to compare texts with, and profile its outlets."""
        from ..profiles import build_profiles

        problems = ProblemLog()
        self.corpus = list(run_corpus(list(paths), problems, self.settings, progress=False))
        self.corpus_names = [str(p) for p in paths]
        self.corpus_problems = [str(p) for p in problems.problems]
        if self.corpus:
            self.profiles = build_profiles(self.corpus, "outlet", seed=0, n_boot=AGAINST_BOOT, top_terms=0)

    # ------------------------------------------------------------------ one text

    def analyse_text(self, text: str, meta: Mapping[str, Any], *, use_cache: bool = True) -> Outcome:
        """Analyse a pasted text as `framing analyze -` would read it (front matter from `meta`)."""
        data = _with_front_matter(text, meta)
        settings = AnalysisSettings(lexicon_paths=self.settings.lexicon_paths, use_cache=use_cache)
        return self._run(["-"], settings, stdin=data)

    def analyse_fetched(self, data: bytes, url: str, meta: Mapping[str, Any]) -> Outcome:
        """Analyse a page the service fetched, read like a saved HTML file of that URL."""
        from ..corpus.readers import read_html
        from ..corpus.records import Record

        texts: list[tuple[str, dict[str, Any]]] = []
        problems: list[str] = []
        for item in read_html(data, url, "page", {}):
            if isinstance(item, Record):
                fields: dict[str, Any] = {k: v for k, v in item.fields.items() if k in META_FIELDS}
                texts.append((item.text, {**fields, "url": url, **meta}))
            elif item.severity == "error":
                problems.append(_("error: {message}").format(message=f"{url}: {item.message}"))
        if not texts or not texts[0][0].strip():
            no_text = _("{url}: no article text found in the page").format(url=url)
            return Outcome([], problems or [_("error: {message}").format(message=no_text)], 1)
        text, fields = texts[0]
        return self.analyse_text(text, fields)

    def _run(self, paths: list[str], settings: AnalysisSettings, stdin: bytes | None = None) -> Outcome:
        problems = ProblemLog()
        with self.lock:
            try:
                analyses = list(run_corpus(paths, problems, settings, progress=False, stdin=io.BytesIO(stdin or b"")))
            except FramingError as exc:
                return Outcome([], [_("error: {message}").format(message=exc)], 2)
        lines = [_problem_line(p) for p in problems.problems]
        return Outcome(analyses, lines, problems.run_exit_code)

    # ------------------------------------------------------------------ against the corpus

    def standing(self, analysis: ArticleAnalysis) -> dict[str, Any]:
        """The `analyze --against --format json` object for one article (percentiles, nearest outlets)."""
        from ..cli.tabular import select_metrics
        from ..profiles import DEFAULT_METRICS
        from ..scoring import score_against, score_rows

        names = select_metrics(None, [*self.corpus, analysis], DEFAULT_METRICS)
        corpus_hashes = {a.article.sha256 for a in self.corpus}
        shared = self.profiles if analysis.article.sha256 not in corpus_hashes else None
        score = score_against(analysis, self.corpus, profiles=shared, metrics=names, seed=0, n_boot=AGAINST_BOOT)
        rows = score_rows(score)
        return {
            "article_id": score.article_id,
            "corpus_articles": score.corpus_articles,
            "metrics": [r for r in rows if r["kind"] == "metric"],
            "nearest": [r for r in rows if r["kind"] == "outlet_distance"],
            "warnings": score.warnings,
        }

    # ------------------------------------------------------------------ a delegated command line

    def run_command(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """`framing analyze PATHS [--json] [--no-cache] [--cache F]` for framing.serve.client: its output."""
        env = request.get("env") if isinstance(request.get("env"), dict) else {}
        cache = request.get("cache")
        cache_path = str(cache) if isinstance(cache, str) and cache else str(default_cache_path(env))
        settings = AnalysisSettings(
            lexicon_paths=self.settings.lexicon_paths,
            use_cache=bool(request.get("use_cache", True)),
            cache_path=cache_path,
        )
        stdin = request.get("stdin")
        data = _b64(stdin) if isinstance(stdin, str) else None
        as_json = bool(request.get("json"))
        problems = ProblemLog()
        out = io.StringIO()
        console = _console(out, request)
        with self.lock, _working_directory(str(request.get("cwd") or os.getcwd())):
            try:
                for analysis in run_corpus(
                    [str(p) for p in request.get("paths", [])],
                    problems,
                    settings,
                    progress=False,
                    stdin=io.BytesIO(data or b""),
                ):
                    if as_json:
                        out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
                    else:
                        from ..render.console import print_article_summary

                        print_article_summary(analysis, out=console)
            except FramingError as exc:
                return {"stdout": out.getvalue(), "stderr": _("error: {message}").format(message=exc) + "\n", "exit": 2}
        from ..cli.problems import problem_lines

        err = [terminal_safe(line) + "\n" for line in problem_lines(problems)]  # as the command prints them
        if not as_json or problems.problems:
            err.append(terminal_safe(problems.summary()) + "\n")
        return {"stdout": out.getvalue(), "stderr": "".join(err), "exit": problems.run_exit_code}


def _problem_line(problem: Any) -> str:
    """`error: ...` / `warning: ...` as the terminal prints a problem, in the interface language."""
    line = _("error: {message}") if problem.severity == "error" else _("warning: {message}")
    return line.format(message=problem)


def _b64(value: str) -> bytes:
    import base64
    import binascii

    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(_("`stdin` is not valid base64")) from exc


def _console(out: io.StringIO, request: Mapping[str, Any]) -> Any:
    """A console drawing like the client's terminal would (width, colours), into `out`."""
    from rich.console import Console

    width = request.get("width")
    terminal = bool(request.get("terminal"))
    color = request.get("color") if terminal else None
    return Console(
        file=out,
        width=width if isinstance(width, int) and 20 <= width <= 1000 else 80,
        force_terminal=terminal,
        color_system=color if color in ("standard", "256", "truecolor") else None,
        no_color=terminal and color is None,
        highlight=False,
    )


@contextlib.contextmanager
def _working_directory(path: str) -> Iterator[None]:
    """Relative paths of a delegated command are the client's; the lock keeps this to one request."""
    before = os.getcwd()
    os.chdir(Path(path))
    try:
        yield
    finally:
        os.chdir(before)


def _with_front_matter(text: str, meta: Mapping[str, Any]) -> bytes:
    """The text as a corpus file: the given metadata as YAML front matter, then the text unchanged."""
    fields = {k: str(v) for k, v in meta.items() if k in META_FIELDS and v not in (None, "")}
    if not fields:
        return text.encode("utf-8")
    header = yaml.safe_dump(fields, allow_unicode=True, sort_keys=True)
    return f"---\n{header}---\n{text}".encode()
