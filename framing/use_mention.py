"""Use and mention: a loaded word named as a word is talked about, not used to sway the reader.

"le terme « wokisme »", "le mot de génocide", "ce qu'on appelle le grand remplacement", "les partis
dits « pro-russes »", "the word 'regime'": the text discusses the label; whoever reads it is not told
what to think of anyone by it. Annotators of persuasion techniques leave such spans unmarked (round
30's blind French set: 27 false hits of this kind in 7 excerpts). The construction, read from the
tokens right before the hit (no parse of its own, and only where a hit was found):

- a metalinguistic noun (`nouns`), up to two adjectives or adverbs after it ("le qualificatif
  infamant de"), an optional link (`links`: "de", "of"), then the word: quoted, or not quoted right
  after the link or the noun (not after a determiner: "l'expression de la colère" uses its noun); a
  quotation of more than six words is someone's words, not a word named.
  Nouns in `quoted_only` ("expression", "formule") need the quotation marks, since their "de" also
  reads "the expression of a feeling". A noun after a word of `not_after` is a locution ("en termes
  de", "in terms of", "au terme de"), not a mention;
- a frame that introduces a name impersonally (`frames`: "ce qu'on appelle", "what is known as"),
  a determiner allowed after it;
- a participle of naming right after a noun or an adjective (`participles`: "dits", "dite"), a link
  allowed after it ("la théorie dite du « grand remplacement »"), with no reflexive or auxiliary
  just before it (`participle_not_after`: "elle s'est dite « scandalisée »" is a state, "dit-il"
  speech; a finite "dit" is never read as the participle);
- a quotation coordinated with a mentioned one ("les termes « woke » et « wokisme »");
- the topic of someone's remarks: a quotation right after a topic preposition (`topic_links`: "sur"),
  a determiner allowed between, in a sentence where a noun of remarks (`topic_nouns`: "propos",
  "déclarations", "sortie") comes before it ("ses propos sur « la racaille »", "ses déclarations ...
  sur le « pognon de dingue »"): the writer names the phrase the speaker is known for, and does not
  use it (round 38).

A text is *about* a word when it names the word as a word at least `about_min` times (the
construction, or the word quoted alone): then its other occurrences in the writer's voice do not count
either. A speaker's use stays: inside a longer quotation, or applied by a verb of naming ("il l'a
traité de fasciste"). "so-called" and "soi-disant" are no mention: they are loaded themselves.

The data is the `use mention` rule entry of each language's `quote_cues.yaml`, off when that entry is
absent or disabled (English: its dev set, PTC spans, marks the three mentioned labels it holds).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .lexicons import LexiconEntry
from .quotes import QuoteIndex
from .token_table import token_table
from .types import LoadedHit

RULE_NAME = "use mention"
BETWEEN_MAX = 2  # adjectives or adverbs between the noun and the word ("le terme même de", "the loaded term")
COORDINATED_MAX = 3  # quotations coordinated back to the mentioned one
NAMED_MAX_WORDS = 6  # words of a quotation that can be a name ("la théorie du grand remplacement")
PARTICIPLE_WINDOW = 5  # tokens before a participle read for a reflexive or an auxiliary
DEFAULT_ABOUT_MIN = 2
BETWEEN_TAGS = frozenset({"ADJ", "ADV"})
NOUN_TAGS = frozenset({"NOUN", "PROPN", "X"})
PARTICIPLE_AFTER_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
UNQUOTED_TAGS = frozenset({"ADJ", "VERB", "AUX"})  # an unquoted word of these after the noun describes it


@dataclass(frozen=True)
class MentionRule:
    """The words of the construction, lower-cased, apostrophes as "'"."""

    nouns: frozenset[str]
    quoted_only: frozenset[str]
    links: frozenset[str]
    not_after: frozenset[str]
    participles: frozenset[str]
    participle_links: frozenset[str]
    participle_not_after: frozenset[str]
    coordinators: frozenset[str]
    determiners: frozenset[str]
    frames: tuple[tuple[str, ...], ...]
    about_min: int
    topic_links: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()


def _words(data: dict[str, object], key: str) -> frozenset[str]:
    values = data.get(key) or ()
    assert isinstance(values, list | tuple)
    return frozenset(str(v).lower().replace("’", "'") for v in values)


def load_rule(cues: Sequence[LexiconEntry]) -> MentionRule | None:
    """The `use mention` rule of `quote_cues.yaml`, or None when it is absent or `enabled: false`."""
    for entry in cues:
        if entry.category == "rule" and (entry.term or "").lower() == RULE_NAME:
            data = entry.data or {}
            if not data.get("enabled", True):
                return None
            frames = tuple(tuple(str(frame).lower().replace("’", "'").split()) for frame in data.get("frames") or ())
            return MentionRule(
                nouns=_words(data, "nouns"),
                quoted_only=_words(data, "quoted_only"),
                links=_words(data, "links"),
                not_after=_words(data, "not_after"),
                participles=_words(data, "participles"),
                participle_links=_words(data, "participle_links"),
                participle_not_after=_words(data, "participle_not_after"),
                coordinators=_words(data, "coordinators"),
                determiners=_words(data, "determiners"),
                frames=tuple(f for f in frames if f),
                about_min=int(data.get("about_min", DEFAULT_ABOUT_MIN)),
                topic_links=_words(data, "topic_links"),
                topic_nouns=_words(data, "topic_nouns"),
            )
    return None


def _low(doc: Doc, i: int) -> str:
    """Token i's lower case, ’ as ': the token table's, without building a Token."""
    return token_table(doc).lower[i]


def _skip_back(doc: Doc, i: int) -> int:
    """The index of the first token at or before i that is no quotation mark or space."""
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i


def _first_word(doc: Doc, start: int, index: QuoteIndex) -> tuple[int, bool]:
    """Where the named word begins: the opening of the quotation holding the hit, else the hit itself;
    and whether it is quoted. A quotation longer than a name (`NAMED_MAX_WORDS`) is someone's words,
    not a word named: -1."""
    mark = index.containing(doc[start].idx)
    if mark is None:
        return start, False
    span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    if span is None:
        return start, True
    if sum(1 for t in span if not (t.is_punct or t.is_space)) > NAMED_MAX_WORDS:
        return -1, True
    return span.start, True


def _frame_ends_at(doc: Doc, j: int, rule: MentionRule) -> bool:
    """Whether one of the frames ends at token j, a determiner allowed after it."""
    determiner = j >= 0 and (doc[j].pos_ == "DET" or _low(doc, j) in rule.determiners)
    for end in (j, j - 1) if determiner else (j,):
        for frame in rule.frames:
            first = end - len(frame) + 1
            if first >= 0 and all(_low(doc, first + k) == word for k, word in enumerate(frame)):
                return True
    return False


def _after_participle(doc: Doc, j: int, rule: MentionRule) -> bool:
    """Whether token j (or the link before the word) closes "<noun> dit(e)(s) [de]": a naming participle."""
    if j > 0 and _low(doc, j) in rule.participle_links and _low(doc, j - 1) in rule.participles:
        j -= 1
    if j < 1 or _low(doc, j) not in rule.participles or "Fin" in doc[j].morph.get("VerbForm"):
        return False  # "le ministre dit « non »": a finite verb of speech, not a participle of naming
    if doc[j - 1].pos_ not in PARTICIPLE_AFTER_TAGS:
        return False
    # "elle s'est de son côté dite « … »": a reflexive or an auxiliary before it makes it the verb of a clause
    return not any(_low(doc, i) in rule.participle_not_after for i in range(max(0, j - PARTICIPLE_WINDOW), j))


def _after_noun(doc: Doc, j: int, quoted: bool, word: int, rule: MentionRule) -> bool:
    """Whether tokens up to j read "<noun> [adj|adv]{0,2} [link]" before the named word."""
    linked = j >= 0 and _low(doc, j) in rule.links
    if linked:
        j -= 1
    tagged = doc.has_annotation("POS")  # the rule-based English pipeline has no tagger: the lists alone
    for _ in range(BETWEEN_MAX + 1):
        if j < 0:
            return False
        if _low(doc, j) in rule.nouns and (not tagged or doc[j].pos_ in NOUN_TAGS):
            break
        if not tagged or doc[j].pos_ not in BETWEEN_TAGS:
            return False
        j -= 1
    else:
        return False
    if j > 0 and _low(doc, j - 1) in rule.not_after:
        return False
    if quoted:
        return True
    # unquoted: not a noun that needs the marks, and right after the noun only a word that is no
    # adjective or verb ("un concept fumeux" describes the concept)
    return _low(doc, j) not in rule.quoted_only and (linked or doc[word].pos_ not in UNQUOTED_TAGS)


def _topic_of_remarks(doc: Doc, j: int, rule: MentionRule) -> bool:
    """Whether tokens up to j read "sur [det]" after a noun of remarks earlier in the sentence: the quoted
    words are what someone's remarks were about ("les propos du ministre sur « l'ensauvagement »")."""
    if j >= 0 and (doc[j].pos_ == "DET" or _low(doc, j) in rule.determiners):
        j -= 1
    if j < 1 or _low(doc, j) not in rule.topic_links:
        return False
    first = doc[j].sent.start if doc.has_annotation("SENT_START") else 0
    return any(_low(doc, i) in rule.topic_nouns for i in range(first, j))


def is_mentioned(doc: Doc, start: int, index: QuoteIndex, rule: MentionRule) -> bool:
    """Whether the hit opening at token `start` is a word named as a word (see the module's docstring)."""
    word, quoted = _first_word(doc, start, index)
    if word < 0:
        return False
    for _ in range(COORDINATED_MAX + 1):
        j = _skip_back(doc, word - 1)
        if j < 0:
            return False
        # an adverb right after a frame qualifies the naming ("ce que l'on appelle pudiquement ..."), the
        # writer's own comment: it is not the word named
        if _frame_ends_at(doc, j, rule) and doc[word].pos_ != "ADV":
            return True
        if _after_participle(doc, j, rule) or _after_noun(doc, j, quoted, word, rule):
            return True
        if quoted and rule.topic_links and _topic_of_remarks(doc, j, rule):
            return True
        # "les termes « woke » et « wokisme »": go back to the quotation before the coordinator
        if not (quoted and _low(doc, j) in rule.coordinators and j > 0 and doc[j - 1].is_quote):
            return False
        previous = index.containing(doc[j - 1].idx)
        if previous is None:
            return False
        span = doc.char_span(previous.start, previous.end, alignment_mode="expand")
        if span is None:
            return False
        word = span.start
    return False


def word_key(span: Span) -> tuple[str, ...]:
    """The lemmas of a hit's words: its repeats in the text share them ("wokistes" and "wokiste")."""
    return tuple(t.lemma_.lower() for t in span if not (t.is_punct or t.is_space))


def _quoted_alone(doc: Doc, span: Span, index: QuoteIndex) -> bool:
    """Whether the hit is all that a quotation holds: the word named again ("les « wokistes »")."""
    mark = index.containing(span.start_char, span.end_char)
    if mark is None:
        return False
    inside = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    return inside is not None and word_key(inside) == word_key(span)


def drop_mentions(
    doc: Doc,
    hits: list[LoadedHit],
    spans: list[Span],
    index: QuoteIndex,
    rule: MentionRule,
    speakers_use: Callable[[LoadedHit, Span], bool],
) -> tuple[list[LoadedHit], list[Span]]:
    """The hits and spans without the words the text names as words, and without their repeats in the
    writer's voice when the text is about the word (`speakers_use`: a speaker applies the word)."""
    mentioned = [is_mentioned(doc, span.start, index, rule) for span in spans]
    if not any(mentioned):
        return hits, spans
    keys = [word_key(span) for span in spans]
    named = [m or _quoted_alone(doc, span, index) for m, span in zip(mentioned, spans, strict=True)]
    counts: dict[tuple[str, ...], int] = {}
    for key, n in zip(keys, named, strict=True):
        if n:
            counts[key] = counts.get(key, 0) + 1
    mentioned_keys = {key for key, m in zip(keys, mentioned, strict=True) if m}
    about = {key for key in mentioned_keys if counts.get(key, 0) >= rule.about_min}
    kept_hits: list[LoadedHit] = []
    kept_spans: list[Span] = []
    for hit, span, key, m, n in zip(hits, spans, keys, mentioned, named, strict=True):
        if m:
            continue
        if key in about and (n or (hit.voice == "reporter" and not speakers_use(hit, span))):
            continue
        kept_hits.append(hit)
        kept_spans.append(span)
    return kept_hits, kept_spans
