"""The analysis cache: one SQLite file of finished analyses, so nothing is computed twice.

What keys an entry. An analysis is a pure function of the article's *text* and *language* and of the
versions of what analyses it; the rest of the article's metadata (id, path, outlet, date, title, url)
never reaches the pipeline. So an entry is keyed by

    sha256(text) + lang + fingerprint(lang, lexicon files)

where the fingerprint hashes: the cache schema version; framing's package version and a hash of its
Python sources, except the modules listed in NOT_ANALYSIS_SOURCES that run before or after the analysis
(so a code change during development invalidates entries); the spaCy model
used for the language (package name and version, and spaCy's version); and
`framing.lexicons.lexicon_version()` over the built-in lexicon files plus any `--lexicon` files.
Changing any of them misses the old entries. The article's own metadata is re-attached on read, so the
same text under another file name or outlet is a hit and comes back with *its* metadata. (If the
analysis ever starts depending on metadata, that metadata must join the key in `entry_key`.)

Safety. Writes go through SQLite transactions in WAL mode, so a process killed mid-write (SIGKILL,
power cut aside) leaves the last committed state. A file that is not a valid database, or fails
`PRAGMA quick_check`, is renamed `<name>.corrupt-<timestamp>` and a fresh cache is built, with a warning.
Any other cache failure (read-only folder, disk full, locked too long) turns the cache off for the run
with a warning: the cache can make a run faster, never make it fail.

Location: `--cache PATH`, else `$FRAMING_CACHE`, else `$XDG_CACHE_HOME/framing/cache.sqlite`
(`~/.cache/framing/cache.sqlite`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ProblemLog
from .i18n import _
from .types import Article, ArticleAnalysis, text_sha256

if TYPE_CHECKING:
    from .corpus.language import Identified

CACHE_ENV = "FRAMING_CACHE"
# Bump when the stored payload's shape changes.
# 2: analyses carry the declared-language warning (made at analysis time since then, see framing.run).
# 3: `article.reported_words`, the base of the reporter-voice hedge and booster rates (round 34).
# 4: `scores.hedges_speakers_per_1k`, the speakers' hedges, quoted or reported (round 35).
SCHEMA_VERSION = 4
PACKAGE_DIR = Path(__file__).resolve().parent
# Modules that run before the text reaches the pipeline (its text and language are in the key) or after
# the analysis is made (aggregation, rendering, commands): editing them cannot change an analysis, so they
# stay out of the source hash. Everything else under framing/, including modules added later, is hashed.
NOT_ANALYSIS_SOURCES: tuple[str, ...] = (
    "cli/",
    "render/",
    "serve/",
    "startup_cache.py",
    "gc_pause.py",
    "corpus/",
    "corpus.py",
    "cache.py",
    "run.py",
    "progress.py",
    "errors.py",
    "profiles.py",
    "summaries.py",
    "stats.py",
    "stories.py",
    "differences.py",
    "distinctive.py",
    "export.py",
    "parquet.py",
    "distributed/",
    "report",
    "atomic.py",
    "safe_names.py",
    "scoring.py",
    "evaluate",
    "__main__.py",
)
# Above this, one query per lookup batch would exceed SQLite's default variable limit.
MAX_KEYS_PER_QUERY = 500


def default_cache_path(environ: Mapping[str, str] | None = None) -> Path:
    """$FRAMING_CACHE, else the XDG cache folder (~/.cache/framing/cache.sqlite).

    `environ`: another process's variables instead of this one's (a service answering a client)."""
    environ = os.environ if environ is None else environ
    env = environ.get(CACHE_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    base = environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base).expanduser() if base else Path.home() / ".cache"
    return root / "framing" / "cache.sqlite"


@lru_cache(maxsize=1)
def framing_version() -> str:
    """Package version plus a hash of the Python sources that make analyses (see NOT_ANALYSIS_SOURCES)."""
    try:
        version = importlib.metadata.version("framing")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        version = "0+unknown"
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        name = path.relative_to(PACKAGE_DIR).as_posix()
        if name.startswith(NOT_ANALYSIS_SOURCES):
            continue
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{version}+{digest.hexdigest()[:16]}"


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


@lru_cache(maxsize=8)
def model_version(lang: str) -> str:
    """The model behind `load_pipeline(lang)`, named from installed package metadata.

    Same information as `framing.nlp.pipeline_info` (a spaCy model package's version is its meta
    version), but without loading the model, so a fully cached run never loads spaCy's weights.
    """
    from . import nlp

    spacy_version = _dist_version("spacy")
    if lang == "fr":
        name = nlp.french_model_name()
    elif lang == "en":
        name = nlp.english_model_name() or ""
        if not name:
            return f"en-rules spacy=={spacy_version} lookups=={_dist_version('spacy-lookups-data')}"
    else:
        name = f"unknown-{lang}"
    return f"{name}=={_dist_version(name)} spacy=={spacy_version}"


def analysis_fingerprint(lang: str, lexicon_paths: Sequence[str] = ()) -> str:
    """Everything besides the text that decides an analysis in `lang`, hashed."""
    from .lexicons import lexicon_version

    parts = {
        "schema": SCHEMA_VERSION,
        "framing": framing_version(),
        "model": model_version(lang),
        "lexicons": lexicon_version(tuple(lexicon_paths)),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:32]


def entry_key(text_sha256: str, lang: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{text_sha256}\0{lang}\0{fingerprint}".encode()).hexdigest()


def encode_analysis(analysis: ArticleAnalysis) -> bytes:
    """Compressed JSON of the analysis, without the text (the article supplies it on read)."""
    data = analysis.to_dict(include_lemmas=True, include_text=False)
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode_analysis(payload: bytes, article: Article) -> ArticleAnalysis:
    """The stored analysis with *this* article's metadata and text re-attached."""
    analysis = ArticleAnalysis.from_dict(json.loads(zlib.decompress(payload)))
    info = dataclasses.replace(
        analysis.article,
        id=article.id,
        path=article.path,
        outlet=article.outlet,
        date=article.date,
        title=article.title,
        url=article.url,
    )
    return dataclasses.replace(analysis, article=info, text=article.text)


class AnalysisCache:
    """Get and put analyses in one SQLite file; never raises on cache trouble, it warns and steps aside."""

    def __init__(self, path: str | Path, problems: ProblemLog | None = None, lexicon_paths: Sequence[str] = ()) -> None:
        self.path = Path(path)
        self.problems = problems if problems is not None else ProblemLog()
        self.lexicon_paths = tuple(lexicon_paths)
        self._fingerprints: dict[str, str] = {}
        self.conn: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        self._open()

    # ------------------------------------------------------------------ opening and recovery

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._disable(
                _("cannot create the cache folder ({reason}); running without cache").format(reason=exc.strerror or exc)
            )
            return
        try:
            self.conn = self._connect()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not self._looks_corrupt(exc):
                self._disable(_("cannot open the cache ({reason}); running without cache").format(reason=exc))
                return
            self._set_aside(str(exc))
            try:
                self.conn = self._connect()
            except sqlite3.DatabaseError as again:
                self._disable(_("cannot rebuild the cache ({reason}); running without cache").format(reason=again))

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check[0] if check else 'no answer'}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS analyses ("
                " key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, payload BLOB NOT NULL, created REAL NOT NULL)"
            )
            conn.execute(
                "CREATE TABLE IF NOT EXISTS languages ("
                " key TEXT PRIMARY KEY, version TEXT NOT NULL, payload TEXT NOT NULL, created REAL NOT NULL)"
            )
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _looks_corrupt(exc: sqlite3.DatabaseError) -> bool:
        text = str(exc).lower()
        return any(word in text for word in ("not a database", "malformed", "corrupt", "quick_check"))

    def _set_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                source.replace(Path(str(aside) + suffix))
        self.problems.warn(
            self.path,
            _("cache file is corrupt ({reason}); set aside as {name} and rebuilt").format(
                reason=reason, name=aside.name
            ),
        )

    def _disable(self, message: str) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
        self.conn = None
        self.problems.warn(self.path, message)

    @property
    def enabled(self) -> bool:
        return self.conn is not None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ keys

    def key_for(self, article: Article) -> str:
        lang = article.lang or "fr"
        fingerprint = self._fingerprints.get(lang)
        if fingerprint is None:
            fingerprint = analysis_fingerprint(lang, self.lexicon_paths)
            self._fingerprints[lang] = fingerprint
        return entry_key(article.sha256, lang, fingerprint)

    # ------------------------------------------------------------------ reads and writes

    def get_many(self, articles: Sequence[Article]) -> dict[int, ArticleAnalysis]:
        """Cached analyses by position in `articles` (positions missing from the answer are misses)."""
        if self.conn is None or not articles:
            self.misses += len(articles)
            return {}
        keys = [self.key_for(a) for a in articles]
        rows: dict[str, bytes] = {}
        try:
            for i in range(0, len(keys), MAX_KEYS_PER_QUERY):
                part = list(set(keys[i : i + MAX_KEYS_PER_QUERY]))
                marks = ",".join("?" * len(part))
                for key, payload in self.conn.execute(
                    f"SELECT key, payload FROM analyses WHERE key IN ({marks})", part
                ):
                    rows[key] = payload
        except sqlite3.DatabaseError as exc:
            self._disable(f"cache read failed ({exc}); running without cache")
            self.misses += len(articles)
            return {}
        found: dict[int, ArticleAnalysis] = {}
        for i, (article, key) in enumerate(zip(articles, keys, strict=True)):
            payload = rows.get(key)
            if payload is None:
                continue
            try:
                found[i] = decode_analysis(payload, article)
            except (ValueError, TypeError, KeyError, zlib.error):
                continue  # an unreadable entry is a miss; the fresh analysis overwrites it
        self.hits += len(found)
        self.misses += len(articles) - len(found)
        return found

    def put_many(self, items: Iterable[tuple[Article, ArticleAnalysis]]) -> None:
        """Store analyses in one transaction: all of them or, if interrupted, none."""
        if self.conn is None:
            return
        self.put_encoded((article, encode_analysis(analysis)) for article, analysis in items)

    def put_encoded(self, items: Iterable[tuple[Article, bytes]]) -> None:
        """Store analyses already encoded (encode_analysis, e.g. by a Dask worker) in one transaction."""
        if self.conn is None:
            return
        now = time.time()
        rows = []
        for article, payload in items:
            key = self.key_for(article)
            rows.append((key, self._fingerprints[article.lang or "fr"], payload, now))
        if not rows:
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)", rows)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._disable(f"cache write failed ({exc}); running without cache")

    def __len__(self) -> int:
        if self.conn is None:
            return 0
        return int(self.conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0])

    # ------------------------------------------------------------------ language identification

    def identify_language(self, text: str) -> Identified:
        """`framing.corpus.language.identify`, remembered by the text's hash: an article without a
        declared language is identified once, not on every run (py3langid costs ~0.7 s to load and a
        few ms per article). Keyed by sha256(text) and the identifier's version."""
        from .corpus.language import Identified, identification_version, identify

        if self.conn is None:
            return identify(text)
        version = identification_version()
        key = hashlib.sha256(f"{text_sha256(text)}\0{version}".encode()).hexdigest()
        try:
            row = self.conn.execute("SELECT payload FROM languages WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            self._disable(f"cache read failed ({exc}); running without cache")
            return identify(text)
        if row is not None:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                stored = json.loads(row[0])
                return Identified(str(stored["lang"]), float(stored["confidence"]), dict(stored["shares"]))
        found = identify(text)
        payload = json.dumps({"lang": found.lang, "confidence": found.confidence, "shares": found.shares})
        try:
            self.conn.execute(
                "INSERT OR REPLACE INTO languages VALUES (?, ?, ?, ?)", (key, version, payload, time.time())
            )
        except sqlite3.DatabaseError as exc:
            self._disable(f"cache write failed ({exc}); running without cache")
        return found

    # ------------------------------------------------------------------ maintenance (`framing cache`)

    def current_fingerprints(self) -> set[str]:
        """Fingerprints this framing, its models and lexicons (with this cache's --lexicon files) make."""
        return {analysis_fingerprint(lang, self.lexicon_paths) for lang in CACHED_LANGUAGES}

    def summary(self) -> CacheSummary:
        """How many entries the current versions can use, how many are stale, and their dates."""
        if self.conn is None:
            return CacheSummary(self.path, 0, 0, None, None, files_size(self.path), 0)
        current = self.current_fingerprints()
        usable = stale = 0
        for fingerprint, count in self.conn.execute("SELECT fingerprint, COUNT(*) FROM analyses GROUP BY fingerprint"):
            if fingerprint in current:
                usable += count
            else:
                stale += count
        oldest, newest = self.conn.execute("SELECT MIN(created), MAX(created) FROM analyses").fetchone()
        languages = int(self.conn.execute("SELECT COUNT(*) FROM languages").fetchone()[0])
        return CacheSummary(self.path, usable, stale, oldest, newest, files_size(self.path), languages)

    def prune(self, older_than_days: float | None = None) -> int:
        """Delete entries no current version can use (and, if asked, entries older than N days); returns
        how many went. The file is then compacted, so the space is given back."""
        from .corpus.language import identification_version

        if self.conn is None:
            return 0
        current = sorted(self.current_fingerprints())
        marks = ",".join("?" * len(current))
        query = f"DELETE FROM analyses WHERE fingerprint NOT IN ({marks})"
        params: list[object] = list(current)
        if older_than_days is not None:
            query += " OR created < ?"
            params.append(time.time() - older_than_days * 86400)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            removed = self.conn.execute(query, params).rowcount
            language_query = "DELETE FROM languages WHERE version != ?"
            language_params: list[object] = [identification_version()]
            if older_than_days is not None:
                language_query += " OR created < ?"
                language_params.append(params[-1])
            self.conn.execute(language_query, language_params)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(removed)


# The languages framing analyses (each has its own fingerprint: its model differs).
CACHED_LANGUAGES: tuple[str, ...] = ("fr", "en")


@dataclasses.dataclass(frozen=True)
class CacheSummary:
    path: Path
    usable: int  # entries the current framing, models and lexicons can use
    stale: int  # entries made by other versions (or other --lexicon files): `framing cache prune` drops them
    oldest: float | None  # creation times (epoch seconds)
    newest: float | None
    size_bytes: int  # the database file with its write-ahead log
    languages: int = 0  # remembered identifications of articles without a declared language


def cache_files(path: Path) -> list[Path]:
    """The database file and SQLite's side files (write-ahead log, shared memory) that exist."""
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def files_size(path: Path) -> int:
    return sum(p.stat().st_size for p in cache_files(path))


def clear_cache(path: Path) -> list[Path]:
    """Delete the cache file and its side files; returns what was deleted. The next run rebuilds it."""
    removed = cache_files(path)
    for file in removed:
        file.unlink()
    return removed


def open_cache(path: str | Path | None, problems: ProblemLog, lexicon_paths: Sequence[str] = ()) -> AnalysisCache:
    """The cache at `path` (or the default location), ready to use or disabled with a warning."""
    return AnalysisCache(path or default_cache_path(), problems, lexicon_paths)
