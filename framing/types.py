"""Plain data types shared by every stage of `framing`.

Nothing here imports spaCy: analyses are plain, frozen, serialisable values so that they can be
cached, sent between processes and aggregated without a model in memory. The JSON field names are
the public analysis contract (`framing analyze --json`); add fields, never rename them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# `reported` is given to hedges and boosters only: inside the content of an attribution record, outside
# quotation marks (framing.hedging.voice); loaded hits keep two voices and say a speaker's with `attributed`.
Voice = Literal["reporter", "quoted", "reported"]
SpeakerType = Literal["named_person", "institution", "document", "media", "anonymous", "group"]
SpeechForm = Literal["direct", "indirect", "mixed"]

SPEAKER_TYPES: tuple[str, ...] = ("named_person", "institution", "document", "media", "anonymous", "group")
SPEECH_FORMS: tuple[str, ...] = ("direct", "indirect", "mixed")
STANCES: tuple[str, ...] = ("neutral", "assertive", "distancing", "concessive", "revelatory")
HEDGE_KINDS: tuple[str, ...] = (
    "adverb_hedge",
    "modal_hedge",
    "conditional_hedge",
    "epistemic_hedge",
    "vague_attribution",
    "vague_quantifier",
    "approximator",
    "hypothetical",
    "non_hedge_modal",
    "non_hedge_polite",
)
# Kinds reported in `hedges` for transparency but never counted as hedges. Their names follow the
# convention the scorers read (`approximator`, "concord"/"hypothet" in the name, or a `non_` prefix).
NON_HEDGE_KINDS: tuple[str, ...] = (
    "approximator",
    "concordance",
    "hypothetical",
    "non_hedge_modal",
    "non_hedge_polite",
)


def counts_as_hedge(kind: str | None) -> bool:
    """Whether a cue of this kind lowers the writer's commitment (and so is counted in a profile)."""
    k = (kind or "").lower()
    return not (k == "approximator" or "concord" in k or "hypothet" in k or k.startswith(("not_", "non_", "no_")))


def text_sha256(text: str) -> str:
    """Hash of the text exactly as decoded; the cache and duplicate detection key on it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One article as read from the corpus, before any analysis.

    `text` is exactly what was decoded from the file: every offset in the analysis indexes into it.
    """

    id: str
    text: str
    outlet: str
    path: str | None = None
    date: str | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # Row or line in `path` the article was read from (tables, JSON lines), for problem messages.
    line: int | None = field(default=None, compare=False, hash=False)

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class LoadedHit:
    """A loaded-vocabulary match. `term` is the lexicon entry's id; `voice` says whose words they are.

    `weight` is the hit's share of the weighted rate (1 = a typical loaded word) and `weight_source`
    where it comes from: `entry` (the entry's own `weight`), `intensity` (the graded intensity of its
    word, lexicons/<lang>/intensity.yaml) or `default` (1). Raw counts ignore it.
    `attributed` says the words are a speaker's, not the writer's: inside a quotation, or inside the
    reported clause of a named speaker (framing.writer_wording); `framing evaluate`'s writer-only
    biased-sentence figure leaves them out.
    """

    start: int
    end: int
    text: str
    category: str
    term: str
    voice: Voice
    note: str = ""
    alternative: str | None = None
    lexicon: str = ""
    weight: float = 1.0
    weight_source: str = "default"
    attributed: bool = False


@dataclass(frozen=True)
class CertaintyCue:
    """A hedge, approximator, booster or a conditional shown as *not* a hedge (kind says which).

    `voice`: `reporter` (the writer's own words), `quoted` (inside quotation marks) or `reported` (inside
    what an attribution record says a speaker said, outside quotation marks: "selon l'Insee, le chômage
    *aurait* baissé"; framing.hedging.voice says which cues near reported speech stay the writer's). The
    reporter-voice rates of the profiles count only `reporter` cues."""

    start: int
    end: int
    text: str
    kind: str
    voice: Voice
    rule: str = ""
    counted: bool = True


# attribution rules that report a claim or a question with nobody named as its source
SPEAKERLESS_RULES = ("evidential", "asked", "claim_noun")


@dataclass(frozen=True)
class Attribution:
    """Who is said to have said what: cue span, speaker span, content span and how it was reported."""

    start: int
    end: int
    text: str
    speaker: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_type: str
    form: str
    verb: str | None
    content_start: int | None
    content_end: int | None
    stance: str | None = None
    verb_lemma: str | None = None
    relays_anonymous: bool = False
    # `speaker` is the words written at the cue (`he`, `the official`); when they stand for an earlier
    # mention, `resolved` is that mention (`Interior Minister John Smith`) and the type is its type
    resolved: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None
    rule: str = ""

    @property
    def who(self) -> str:
        """The speaker as identified: the earlier mention a pronoun stands for, else the words written."""
        return self.resolved or self.speaker

    @property
    def gives_voice(self) -> bool:
        """False for an evidential claim (`X seems to`, `X is expected to`), an unsourced question
        (`Asked whether ...`, `X was asked about ...`) and a claim noun with no possessor (`the claim
        that ...`): attribution annotation counts them as claims
        with no source, but nobody is given a voice, so they are no anonymous source either and stay
        out of the sourcing figures (types, shares) of articles and outlets."""
        return self.rule not in SPEAKERLESS_RULES


@dataclass(frozen=True)
class Quote:
    """A stretch of text in quotation marks; `attribution` indexes into the article's attributions."""

    start: int
    end: int
    text: str
    attribution: int | None
    words: int = 0


@dataclass(frozen=True)
class ArticleInfo:
    """The `article` block of the contract: identity and size of the analysed text."""

    id: str
    path: str | None
    outlet: str
    date: str | None
    lang: str
    title: str | None
    chars: int
    words: int
    sha256: str
    url: str | None = None
    # Words in reported speech (framing.reported_speech: inside what an attribution says a speaker said,
    # outside quotation marks): the reporter-voice hedge and booster rates leave them out of their base,
    # as they leave out the cues there (round 34). 0 in analyses written before, which keeps their base.
    reported_words: int = 0


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything `framing` found in one article; a pure function of (article, settings)."""

    article: ArticleInfo
    loaded: list[LoadedHit]
    hedges: list[CertaintyCue]
    boosters: list[CertaintyCue]
    attributions: list[Attribution]
    quotes: list[Quote]
    readability: dict[str, Any]
    scores: dict[str, float | None]
    # Content lemmas (stop words and punctuation removed) -> count, for distinctive vocabulary.
    lemmas: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # The analysed text itself, for reports and exports; not part of the JSON contract by default.
    text: str = field(default="", repr=False)
    # The opening's noun phrases (start, end, content lemmas), to name stories (framing.noun_phrases);
    # last, so that positional construction stays as it was.
    noun_phrases: list[tuple[int, int, str]] = field(default_factory=list)

    def to_dict(self, *, include_lemmas: bool = False, include_text: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not include_lemmas:
            data.pop("lemmas", None)
            data.pop("noun_phrases", None)
        if not include_text:
            data.pop("text", None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleAnalysis:
        return cls(
            article=ArticleInfo(**data["article"]),
            loaded=[LoadedHit(**x) for x in data.get("loaded", [])],
            hedges=[CertaintyCue(**x) for x in data.get("hedges", [])],
            boosters=[CertaintyCue(**x) for x in data.get("boosters", [])],
            attributions=[Attribution(**x) for x in data.get("attributions", [])],
            quotes=[Quote(**x) for x in data.get("quotes", [])],
            readability=dict(data.get("readability", {})),
            scores=dict(data.get("scores", {})),
            lemmas=dict(data.get("lemmas", {})),
            warnings=list(data.get("warnings", [])),
            noun_phrases=[(int(s), int(e), str(k)) for s, e, k in data.get("noun_phrases", [])],
            text=data.get("text", ""),
        )


@dataclass(frozen=True)
class Estimate:
    """A figure with its 95% bootstrap interval over articles (None when too few articles)."""

    value: float | None
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class GroupProfile:
    """One outlet (or other metadata group) aggregated over its articles.

    `metrics` maps a metric name (see framing.profiles.METRICS) to its estimate; `too_small` is true
    with fewer than 3 articles, when intervals are omitted and the row must be marked as such.
    """

    group: str
    by: str
    articles: int
    words: int
    metrics: dict[str, Estimate]
    too_small: bool
    speaker_types: dict[str, int] = field(default_factory=dict)
    stances: dict[str, int] = field(default_factory=dict)
    quoted_words_by_type: dict[str, int] = field(default_factory=dict)
    top_speakers: list[tuple[str, int]] = field(default_factory=list)
    distinctive_terms: list[tuple[str, float]] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Story:
    """Articles about the same event across outlets, grouped by framing.stories."""

    id: str
    label: str
    article_ids: list[str]
    outlets: list[str]
