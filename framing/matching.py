"""Matching lexicon entries against tokens: match keys, `context` constraints, overlap resolution.

Shared by the loaded-language lexicon and the hedging cues, so that an entry's `term`, `context`
and overlaps behave the same whichever family it belongs to (see lexicons/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from spacy.tokens import Doc

from .lexicons import DEFAULT_CONTEXT_WINDOW, DEFAULT_IN_TEXT_MIN, LexiconEntry
from .names import in_a_party_name

HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
HEADLINE_LONG_WORD = 4  # shorter words (of, the, and, to) stay lower case in a title-case headline
HEADLINE_MIN_WORDS = 3
HEADLINE_CAPITAL_SHARE = 0.75
HEADLINE_TRAILING = " \t\r\"'”’»)"  # closing marks after a sentence's full stop


def norm(text: str) -> str:
    """Lower case with the typographic apostrophe as ' (lexicon terms are written either way)."""
    text = text.lower()
    return text.replace("’", "'") if "’" in text else text


def context_allows(
    context: dict[str, Any] | None, doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int
) -> bool:
    """Whether the words around doc[start:end] satisfy an entry's `context` constraints.

    `capitalized` looks for a capital that means something: the first word of a sentence has one
    anyway, so it does not count there ("Might" opening a sentence is not a name). `not_in_text` is a
    literal domain: in a text holding `in_text_min` of its words, the entry's word is used literally.
    """
    if not context:
        return True
    if "not_in_text" in context and literal_domain(context, keys, start, end):
        return False
    if "not_in_sentence" in context and in_same_sentence(context["not_in_sentence"], doc, keys, start, end):
        return False
    window = int(context.get("window", DEFAULT_CONTEXT_WINDOW))
    before = range(max(0, start - window), start)
    after = range(end, min(len(keys), end + window))

    def occurs(words: list[str], where: range) -> bool:
        wanted = set(words)
        return any(keys[i] & wanted for i in where)

    if "not_before" in context and occurs(context["not_before"], before):
        return False
    if "not_after" in context and occurs(context["not_after"], after):
        return False
    if context.get("not_named") and names_event_or_place(doc, start, end):
        return False
    if "not_in_name" in context and in_a_party_name(doc, start, context["not_in_name"]):
        return False
    if context.get("not_line_start") and opens_line(doc, start):
        return False
    if context.get("not_after_infinitive") and end < len(doc) and "Inf" in doc[end].morph.get("VerbForm"):
        return False  # "un texte supposé protéger": "supposed to", a purpose, not a doubt
    if context.get("not_after_name") and followed_by_a_name(doc, end):
        return False
    if context.get("not_after_number") and end < len(doc) and doc[end].like_num:
        return False  # "à moins de 50 mètres": a measure, not "unless"
    if context.get("not_with_figure") and figure_in_sentence(doc, start, end):
        return False  # "un montant dérisoire : 20 euros": the amount is given, the word sizes it
    if context.get("headline") and not in_headline(doc.text, doc[start].idx):
        return False
    checks = []
    if "capitalized" in context:
        first = doc[start]
        capital = first.text[:1].isupper() and not (first.is_sent_start and doc.has_annotation("SENT_START"))
        checks.append(capital == context["capitalized"])
    if "before" in context:
        checks.append(occurs(context["before"], before))
    if "after" in context:
        checks.append(occurs(context["after"], after))
    if not checks:
        return True
    return all(checks) if context.get("match", "any") == "all" else any(checks)


def opens_line(doc: Doc, start: int) -> bool:
    """Whether doc[start] opens the text or a line, words in capitals aside: a headline or a kicker set
    in capitals is house style, not a voice raised in the middle of a sentence (so a match inside
    "DUEL AU SOMMET ENTRE ..." opens its line too)."""
    i = start - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws and (doc[i].is_upper or doc[i].is_punct or doc[i].is_space):
        i -= 1
    return i < 0 or "\n" in doc[i].text_with_ws


def in_headline(text: str, at: int) -> bool:
    """Whether the character at `at` lies in a headline line: the text's first line, unless it ends
    with a full stop (an excerpt that opens on its copy), or a line in title case (most of its words
    of four letters or more open with a capital). A headline sells the story in few words, so a degree
    word there is the outlet's pitch, not a description."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not text[:line_start].strip() and not line.rstrip(HEADLINE_TRAILING).endswith("."):
        return True
    words = HEADLINE_WORD.findall(line)
    long_words = [w for w in words if len(w) >= HEADLINE_LONG_WORD]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= HEADLINE_MIN_WORDS and capitals / len(long_words) >= HEADLINE_CAPITAL_SHARE


def names_event_or_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a lower-case match is part of a name: "the Aberfan disaster", "the disaster in Valencia".

    A capitalised word just before it (not the sentence's first word) makes it an event's name; "in" or
    "at" then a capitalised word just after it places it. A capitalised match (a title-case headline)
    is left alone, as its neighbours' capitals mean nothing there.
    """
    if not doc[start].text[:1].islower():
        return False
    if start > 0:
        prev = doc[start - 1]
        if prev.text[:1].isupper() and not (prev.is_sent_start and doc.has_annotation("SENT_START")):
            return True
    return end + 1 < len(doc) and doc[end].lower_ in ("in", "at") and doc[end + 1].text[:1].isupper()


# the links of a French name after its head noun ("le scandale du Mediator", "l'affaire des écoutes")
NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’"})


def followed_by_a_name(doc: Doc, end: int) -> bool:
    """Whether a capitalised word that does not open a sentence follows the match, at once or after a
    "de" link ("le scandale Dupont", "le scandale du Mediator"): French puts a proper name after the noun
    it specifies, so the match is the head of the name of an affair, not a word the writer applies."""
    i = end
    if i < len(doc) and doc[i].lower_ in NAME_LINKS:
        i += 1
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return False
    return not (doc[i].is_sent_start and doc.has_annotation("SENT_START"))


SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def in_same_sentence(words: list[str], doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int) -> bool:
    """Whether the sentence of doc[start:end], outside the match, holds one of the words: the scope of a
    report's own facts ("ont massacré des civils": the victims are told, so the verb reports).

    The parser sometimes runs two sentences together, so a full stop or a line break ends the scope too.
    """
    wanted = set(words)
    return sentence_holds(doc, start, end, lambda i: bool(keys[i] & wanted))


def figure_in_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence of doc[start:end], outside the match, gives a figure written in digits ("20
    euros", "15 000 entreprises"): a scorn or size word beside it judges an amount the reader can see."""
    return sentence_holds(doc, start, end, lambda i: any(ch.isdigit() for ch in doc[i].text))


def sentence_holds(doc: Doc, start: int, end: int, test: Callable[[int], bool]) -> bool:
    """Whether a token of the sentence of doc[start:end], outside the match, passes the test (a full stop
    or a line break ends the sentence too)."""
    i = start - 1
    while i >= 0 and not ends_sentence(doc, i):
        if test(i):
            return True
        if doc[i].is_sent_start:
            break
        i -= 1
    i = end
    while i < len(doc) and not doc[i].is_sent_start:
        if test(i):
            return True
        if ends_sentence(doc, i):
            break
        i += 1
    return False


def ends_sentence(doc: Doc, i: int) -> bool:
    """Whether doc[i] is a full stop, a question or exclamation mark or a line break."""
    token = doc[i]
    return token.text in SENTENCE_ENDS or "\n" in token.text_with_ws


def literal_domain(context: dict[str, Any], keys: Sequence[frozenset[str]], start: int, end: int) -> bool:
    """Whether the text, outside doc[start:end], holds at least `in_text_min` words of `not_in_text`."""
    wanted = set(context["not_in_text"])
    needed = int(context.get("in_text_min", DEFAULT_IN_TEXT_MIN))
    found = 0
    for i, key in enumerate(keys):
        if key & wanted and not start <= i < end:
            found += 1
            if found >= needed:
                return True
    return False


class EntryMatch(Protocol):
    """A lexicon entry found over the tokens [start, end)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def entry(self) -> LexiconEntry: ...


M = TypeVar("M", bound=EntryMatch)


def longest_first(matches: Sequence[M]) -> list[M]:
    """Non-overlapping matches, longest first, then leftmost, then a term before a pattern, then the
    entry written first in the lexicon files.

    "sans aucun doute" wins over "sans doute". The last key makes the choice between two entries that
    match the same words (a word listed in two classes) the same on every run: the candidates arrive in
    set order, which changes with Python's string hashing.
    """
    ordered = sorted(
        matches,
        key=lambda m: (-(m.end - m.start), m.start, m.entry.pattern is not None, m.entry.file, m.entry.line),
    )
    taken: set[int] = set()
    kept = []
    for match in ordered:
        tokens = range(match.start, match.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        kept.append(match)
    return sorted(kept, key=lambda m: m.start)
