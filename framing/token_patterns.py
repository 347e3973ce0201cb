"""A small token-pattern matcher for lexicon entries, in the syntax of spaCy's Matcher.

Why not spaCy's Matcher: with a few hundred patterns whose first token is a set (`{IN: [...]}`),
spaCy evaluates every set predicate on every token, which cost half the parsing time. Here each
pattern is indexed by the words its first token can be, so a document only tries the few patterns
whose first word occurs in it; patterns that cannot be indexed (a REGEX or a wildcard first) are
tried everywhere.

Supported: attributes LOWER, LEMMA, TEXT, ORTH, NORM, POS, TAG, IS_TITLE, IS_UPPER, IS_LOWER,
IS_PUNCT, IS_DIGIT, IS_ALPHA, IS_STOP, LIKE_NUM; values given directly or as {IN: [...]},
{NOT_IN: [...]}, {REGEX: "..."}; operators OP "?", "*", "+" and "!" (one token that must NOT match).
LEMMA is compared case-insensitively against the token's match keys (its lower-cased form and lemma,
plus, for the loaded lexicon, the lookup-table lemma of its form), so a mis-lemmatised word still
matches, and a pipeline without a lemmatizer matches on forms. An attribute the pipeline does not fill
in (POS or TAG on the rule-based English pipeline) reads as "" and simply never matches.

Both the loaded-language lexicon (every match, as spaCy reports them) and the hedging cues (the
longest match per pattern and start: `LongestMatcher`) run their `pattern:` entries through it;
`framing.lexicons` refuses at load time any pattern `compile_pattern` cannot run.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .i18n import _

if TYPE_CHECKING:  # annotations only: importing spaCy here would make every CLI start (via lexicons) ~1 s slower
    from spacy.tokens import Doc, Token

    from .token_table import TokenTable

STRING_ATTRS: tuple[str, ...] = ("LOWER", "LEMMA", "TEXT", "ORTH", "NORM", "POS", "TAG")
FLAG_ATTRS: tuple[str, ...] = (
    "IS_TITLE",
    "IS_UPPER",
    "IS_LOWER",
    "IS_PUNCT",
    "IS_DIGIT",
    "IS_ALPHA",
    "IS_STOP",
    "LIKE_NUM",
)
OPS: tuple[str, ...] = ("1", "?", "*", "+", "!")


class PatternError(ValueError):
    """A pattern this matcher cannot run (unsupported attribute, operator or value)."""


# The last few key columns seen and the union of their keys (see key_union).
_UNIONS: list[tuple[tuple[frozenset[str], ...], frozenset[str]]] = []
UNION_MEMO_SIZE = 4


def key_union(keys: Sequence[frozenset[str]]) -> frozenset[str]:
    """Every match key of a Doc's tokens: the union of `keys`.

    Why: each matcher and each first-word scan of a Doc asks for it (about ten times per Doc, over
    the same two or three key columns), and a union hashes every key of every token. A column equal
    to one of the last few seen gets that column's union back; the comparison only reads pointers
    (the columns share their frozensets), so it costs far less than a union, and an equal column
    has the same union whoever built it and whatever was done to it since.
    """
    snapshot = tuple(keys)
    for seen, union in tuple(_UNIONS):
        if seen == snapshot:
            return union
    union = frozenset().union(*snapshot)
    _UNIONS.insert(0, (snapshot, union))
    del _UNIONS[UNION_MEMO_SIZE:]
    return union


def positions_with_any(keys: Sequence[frozenset[str]], words: Collection[str]) -> list[int]:
    """Positions of the tokens whose match keys include one of `words`, in order.

    Why: most tokens of a document hold no first word of any entry or pattern. One C-level union
    finds which of `words` occur at all (often none), then a comprehension finds where, instead of
    a Python loop looking every key of every token up.
    """
    present = key_union(keys).intersection(words)
    if not present:
        return []
    return [i for i, key_set in enumerate(keys) if not present.isdisjoint(key_set)]


class TokenView:
    """What the checks look at for one token: match keys, lower-cased form and lemma, the spaCy token.

    Form, lemma, text and part of speech come from the Doc's token table; the Token itself is only
    built for the rarer checks that need it (NORM, TAG, flags), since building one per token viewed
    cost more than the checks.
    """

    __slots__ = ("_doc", "_i", "_table", "_token", "keys", "lemma", "lower")

    def __init__(self, doc: Doc, i: int, table: TokenTable, keys: frozenset[str]) -> None:
        self._doc = doc
        self._i = i
        self._table = table
        self._token: Token | None = None
        self.keys = keys
        self.lower = table.lower[i]
        self.lemma = table.base[i]

    @property
    def token(self) -> Token:
        if self._token is None:
            self._token = self._doc[self._i]
        return self._token

    @property
    def text(self) -> str:
        return self._table.words[self._i]

    @property
    def norm(self) -> str:
        return self.token.norm_

    @property
    def pos(self) -> str:
        return self._table.pos[self._i]

    @property
    def tag(self) -> str:
        return self.token.tag_

    def flag(self, name: str) -> bool:
        return bool(getattr(self.token, FLAG_GETTERS[name]))


class LazyViews(Sequence[TokenView]):
    """Views of a Doc's tokens read through given key sets, each built on first use.

    The matcher only looks at the tokens where a pattern's first word occurs (and the few after),
    so building a view for every token would cost more than the matching itself.
    """

    def __init__(self, doc: Doc, keys: Sequence[frozenset[str]]) -> None:
        from .token_table import token_table

        self._doc = doc
        self._keys = keys
        self._table = token_table(doc)
        self.lowers = self._table.lower
        self.words = self._table.words
        self._views: dict[int, TokenView] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, i: int) -> TokenView:  # type: ignore[override]  # no slices needed
        view = self._views.get(i)
        if view is None:
            if not 0 <= i < len(self._keys):
                raise IndexError(i)
            view = self._views[i] = TokenView(self._doc, i, self._table, self._keys[i])
        return view


Check = Callable[[TokenView], bool]


@dataclass(frozen=True)
class TokenSpec:
    checks: tuple[Check, ...]
    op: str

    def ok(self, token: TokenView) -> bool:
        for check in self.checks:  # noqa: SIM110 - a plain loop: this runs for every candidate token
            if not check(token):
                return False
        return True


@dataclass(frozen=True, eq=False)  # compared by identity: the matcher dedupes candidates by it
class CompiledPattern:
    label: Any
    specs: tuple[TokenSpec, ...]
    anchors: frozenset[str] | None  # words the first token can be (lower-cased), None = unindexed
    first_field: str | None = None  # the one view field ("lower" or "text") the first token's checks read
    second_anchors: frozenset[str] | None = None  # words the second token must be, when both are required
    fixed: bool = False  # every token must occur once (no OP): one possible end, no search needed
    anchor_offset: int = 0  # position of the token `anchors` belong to (> 0: the first token is a wildcard)
    # Patterns opening with optional tokens ("d'" in "d'après la presse"): the words of the first required
    # token, which sits at the start or up to `lead_optional` tokens after it; None = not such a pattern.
    lead_anchors: frozenset[str] | None = None
    lead_optional: int = 0
    # The words of every token that must occur (no OP, or "+") and has a word list, but the one the pattern
    # is indexed by (`anchors`: the matcher reaches the pattern through one of them): a Doc holding none
    # of one such token's words cannot match the pattern anywhere, so the matcher drops it for that Doc.
    required: tuple[frozenset[str], ...] = ()


def _string_check(attr: str, spec: Any) -> tuple[Check, frozenset[str] | None]:
    """A check on one string attribute, and the anchor words it implies (if it is a plain set)."""
    field_name = {"ORTH": "text", "TEXT": "text"}.get(attr, attr.lower())
    getter: Callable[[TokenView], str] = operator.attrgetter(field_name)
    if isinstance(spec, str):
        spec = {"IN": [spec]}
    if not isinstance(spec, dict) or len(spec) != 1:
        raise PatternError(_("{attr}: expected a string or one of IN, NOT_IN, REGEX").format(attr=attr))
    ((kind, value),) = spec.items()
    if kind in ("IN", "NOT_IN"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PatternError(_("{attr} {kind}: expected a list of strings").format(attr=attr, kind=kind))
        if attr == "LEMMA":
            wanted = frozenset(v.lower().replace("’", "'") for v in value)

            def check(t: TokenView) -> bool:
                return bool(t.keys & wanted)

        elif attr == "LOWER":
            wanted = frozenset(v.replace("’", "'") for v in value)

            def check(t: TokenView) -> bool:
                return t.lower in wanted

        else:
            wanted = frozenset(value)

            def check(t: TokenView) -> bool:
                return getter(t) in wanted

        if kind == "NOT_IN":
            positive = check

            def check(t: TokenView) -> bool:
                return not positive(t)

            return check, None
        # anchors are compared with match keys: lower case, apostrophe folded
        anchors = wanted if attr in ("LOWER", "LEMMA") else frozenset(v.lower().replace("’", "'") for v in wanted)
        return check, anchors
    if kind == "REGEX":
        if not isinstance(value, str):
            raise PatternError(_("{attr} REGEX: expected a string").format(attr=attr))
        try:
            regex = re.compile(value)
        except re.error as exc:
            raise PatternError(_("{attr} REGEX {value!r}: {exc}").format(attr=attr, value=value, exc=exc)) from exc

        def check(t: TokenView) -> bool:
            return regex.search(getter(t)) is not None

        return check, None
    raise PatternError(
        _("{attr}: unsupported operator {kind!r} (use IN, NOT_IN or REGEX)").format(attr=attr, kind=kind)
    )


def compile_pattern(label: Any, pattern: Sequence[dict[str, Any]]) -> CompiledPattern:
    """Compile a spaCy-style token pattern; raises PatternError on anything unsupported."""
    if not pattern:
        raise PatternError(_("empty pattern"))
    specs = []
    first_anchors: frozenset[str] | None = None
    first_field: str | None = None
    second_anchors: frozenset[str] | None = None
    later_anchors: list[frozenset[str] | None] = []  # anchors of the leading run of tokens that occur once
    all_anchors: list[frozenset[str] | None] = []  # each token's anchors
    for position, tok in enumerate(pattern):
        if not isinstance(tok, dict):
            raise PatternError(_("each token must be a mapping"))
        op = str(tok.get("OP", "1"))
        if op not in OPS:
            raise PatternError(_("unsupported OP {op!r} (use ?, *, + or !)").format(op=op))
        checks: list[Check] = []
        anchors: frozenset[str] | None = None
        for attr, spec in tok.items():
            if attr == "OP":
                continue
            if attr in STRING_ATTRS:
                check, found = _string_check(attr, spec)
                checks.append(check)
                if found is not None and anchors is None and attr in ("LOWER", "LEMMA", "TEXT", "ORTH"):
                    anchors = found  # any one attribute's words filter soundly: all checks must pass
            elif attr in FLAG_ATTRS:
                if not isinstance(spec, bool):
                    raise PatternError(_("{attr}: expected true or false").format(attr=attr))
                checks.append(lambda t, _a=attr, _v=spec: t.flag(_a) == _v)
            else:
                known = ", ".join((*STRING_ATTRS, *FLAG_ATTRS, "OP"))
                raise PatternError(
                    _("unsupported attribute {attr!r} (supported: {known})").format(attr=attr, known=known)
                )
        specs.append(TokenSpec(tuple(checks), op))
        all_anchors.append(anchors)
        if position == 0 and op in ("1", "+"):
            first_anchors = anchors
            first_field = _single_field(tok) if checks else None
        if position == 1 and op == "1" and specs[0].op == "1":
            second_anchors = anchors
        if op == "1" and len(later_anchors) == position and all(s.op == "1" for s in specs[:-1]):
            later_anchors.append(anchors)
    if all(s.op in ("?", "*") for s in specs):
        raise PatternError(_("every token is optional: the pattern could match nothing"))
    fixed = all(s.op == "1" for s in specs)
    offset = 0 if first_anchors is not None else _word_anchor_position(later_anchors)
    if offset:
        first_anchors = later_anchors[offset]
    lead = next(position for position, spec in enumerate(specs) if spec.op != "?")
    lead_anchors = all_anchors[lead] if lead and specs[lead].op in ("1", "+") else None
    # the smallest word lists first: the likeliest to be missing from a Doc
    required = sorted(
        (
            words
            for words, spec in zip(all_anchors, specs, strict=True)
            if words and spec.op in ("1", "+") and words != first_anchors
        ),
        key=len,
    )
    return CompiledPattern(
        label,
        tuple(specs),
        first_anchors,
        first_field,
        second_anchors,
        fixed,
        offset,
        lead_anchors,
        lead,
        tuple(dict.fromkeys(required)),
    )


def _word_anchor_position(anchors: Sequence[frozenset[str] | None]) -> int:
    """Where to index a pattern whose first token is a wildcard ("X-hater": any word, "-", "hater"): 0 if nowhere.

    The first later token with a word among its anchors; punctuation ("-") occurs too often to index on.
    """
    for position, words in enumerate(anchors):
        if position and words and any(ch.isalnum() for word in words for ch in word):
            return position
    return 0


def _single_field(tok: dict[str, Any]) -> str | None:
    """The view field a pattern token's checks read when it is one plain string ("lower" or "text"), else None.

    Such a token's verdict depends on that string alone, so it can be remembered per word.
    """
    attrs = set(tok) - {"OP"}
    if attrs == {"LOWER"}:
        return "lower"
    if attrs and attrs <= {"TEXT", "ORTH"}:
        return "text"
    return None


_WORD_ATTRS: tuple[str, ...] = ("LOWER", "LEMMA", "TEXT", "ORTH", "NORM")


def _hyphenated_words(tok: dict[str, Any]) -> list[str]:
    """The hyphenated words ("far-left") a pattern token lists in LOWER/LEMMA/TEXT/ORTH/NORM."""
    words: list[str] = []
    for attr in _WORD_ATTRS:
        spec = tok.get(attr)
        values = spec.get("IN", []) if isinstance(spec, dict) else [spec]
        words += [v for v in values if isinstance(v, str) and "-" in v.strip("-")]
    return words


def hyphen_variants(pattern: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern, plus one variant per hyphenated word it lists, spelt as the tokenizer cuts it.

    spaCy's tokenizers split "far-left" into "far", "-", "left", so a class word written with a hyphen
    would never match a token; each variant puts the pieces in that token's place (lower-cased, the
    other tokens unchanged). Only tokens that must occur once (no OP) are expanded.
    """
    variants = [list(pattern)]
    for position, tok in enumerate(pattern):
        if str(tok.get("OP", "1")) != "1":
            continue
        for word in dict.fromkeys(_hyphenated_words(tok)):
            pieces = [piece for part in word.lower().split("-") for piece in (part, "-")][:-1]
            spelt = [{"LOWER": piece} for piece in pieces if piece]
            variants.append([*pattern[:position], *spelt, *pattern[position + 1 :]])
    return variants


FLAG_GETTERS: dict[str, str] = {
    "IS_TITLE": "is_title",
    "IS_UPPER": "is_upper",
    "IS_LOWER": "is_lower",
    "IS_PUNCT": "is_punct",
    "IS_DIGIT": "is_digit",
    "IS_ALPHA": "is_alpha",
    "IS_STOP": "is_stop",
    "LIKE_NUM": "like_num",
}


class _WordOnly:
    """A stand-in token for checks that read only one string field (the lower-cased form, or the text)."""

    __slots__ = ("lower", "text")

    def __init__(self, word: str) -> None:
        self.lower = word
        self.text = word


class PatternMatcher:
    """Finds every (label, start, end) token span matched by the compiled patterns."""

    MEMO_LIMIT = 100_000  # words remembered per unindexed pattern

    def __init__(self, patterns: Sequence[CompiledPattern] = ()) -> None:
        self._indexed: dict[str, list[CompiledPattern]] = {}
        self._everywhere: list[CompiledPattern] = []
        # Made from _indexed when first needed (see _prepare): every first word; the first words some
        # pattern may follow with any word; for the others, the words that can come second.
        self._anchor_words: frozenset[str] | None = None
        self._open_words: frozenset[str] = frozenset()
        self._second_words: dict[str, frozenset[str]] = {}
        self._free_words: frozenset[str] = frozenset()  # first words whose patterns require no other word
        self._first_needs: dict[str, frozenset[str]] = {}  # see _prepare
        # Unindexed patterns whose first token is checked on one string only (a REGEX on the lower-cased
        # form such as "^pro-?(russe|iranien)$", or on the text such as a run of capitals): the verdict
        # per word is remembered, so a document is screened with one lookup per distinct word instead
        # of a regex on every token.
        self._first_verdicts: dict[int, dict[str, bool]] = {}
        self._first_accepted: dict[int, set[str]] = {}  # per pattern, the words whose verdict is True
        # Patterns indexed on a later token (their first is a wildcard), by that token's words.
        self._later_indexed: dict[str, list[CompiledPattern]] = {}
        for pattern in patterns:
            self.add_compiled(pattern)

    def add(self, label: Any, pattern: Sequence[dict[str, Any]]) -> None:
        """Compile and add one pattern; raises PatternError if it cannot run."""
        self.add_compiled(compile_pattern(label, pattern))

    def add_compiled(self, pattern: CompiledPattern) -> None:
        self._anchor_words = None
        if pattern.anchors and pattern.anchor_offset:
            for word in pattern.anchors:
                self._later_indexed.setdefault(word, []).append(pattern)
        elif pattern.anchors:
            for word in pattern.anchors:
                self._indexed.setdefault(word, []).append(pattern)
        else:
            self._everywhere.append(pattern)

    def __len__(self) -> int:
        indexed = (*self._indexed.values(), *self._later_indexed.values())
        return len({id(p) for ps in indexed for p in ps}) + len(self._everywhere)

    def __call__(self, tokens: Sequence[TokenView]) -> list[tuple[Any, int, int]]:
        return self.match(tokens, [token.keys for token in tokens])

    def _screen(
        self, fields: dict[str, Sequence[str]], keys: Sequence[frozenset[str]]
    ) -> tuple[list[CompiledPattern], dict[int, list[CompiledPattern]], dict[int, list[CompiledPattern]]]:
        """Unindexed patterns to try at every token, the screened ones by the tokens they may start at, and
        the patterns opening with optional tokens by the tokens they may start at.

        `fields` holds each token's string per view field ("lower", "text") that screening may read.
        A pattern opening with optional tokens can only start where its first required token's words
        occur, or up to as many tokens before as it has optional ones; it is placed there only when no
        pattern has to be tried everywhere (then all are, as before, so each start tries them in order).
        """
        everywhere: list[CompiledPattern] = []
        starts: dict[int, list[CompiledPattern]] = {}
        led: dict[int, list[CompiledPattern]] = {}
        distinct_words: dict[str, set[str]] = {}
        place_led = not any(
            p.lead_anchors is None and fields.get(p.first_field or "") is None for p in self._everywhere
        )
        # where any such pattern's first required word occurs: one pass over the keys for all of them
        lead_words = frozenset().union(*(p.lead_anchors or () for p in self._everywhere)) if place_led else ()
        lead_positions = positions_with_any(keys, lead_words) if lead_words else []
        for pattern in self._everywhere:
            column = fields.get(pattern.first_field or "")
            if column is None:
                if pattern.lead_anchors is not None and place_led:
                    words, reach = pattern.lead_anchors, pattern.lead_optional
                    at = {
                        i - back for i in lead_positions if not words.isdisjoint(keys[i]) for back in range(reach + 1)
                    }
                    for i in sorted(at):
                        if i >= 0:
                            led.setdefault(i, []).append(pattern)
                else:
                    everywhere.append(pattern)
                continue
            distinct = distinct_words.get(pattern.first_field or "")
            if distinct is None:
                distinct = distinct_words[pattern.first_field or ""] = set(column)
            verdicts = self._first_verdicts.setdefault(id(pattern), {})
            accepting = self._first_accepted.setdefault(id(pattern), set())  # the words judged True
            if len(verdicts) > self.MEMO_LIMIT:
                verdicts.clear()
                accepting.clear()
            first = pattern.specs[0]
            # `distinct.difference(verdicts)` walks the Doc's words; `distinct - verdicts.keys()` copied them
            # and then walked every remembered word (tens of thousands after a few hundred Docs)
            for word in distinct.difference(verdicts):
                verdicts[word] = first.ok(_WordOnly(word))  # type: ignore[arg-type]  # reads one field only
                if verdicts[word]:
                    accepting.add(word)
            accepted = distinct.intersection(accepting)
            if not accepted:
                continue
            for i in [i for i, word in enumerate(column) if word in accepted]:
                starts.setdefault(i, []).append(pattern)
        return everywhere, starts, led

    def _add_later_starts(self, keys: Sequence[frozenset[str]], starts: dict[int, list[CompiledPattern]]) -> None:
        """Add the patterns indexed on a later token to `starts`, at the token where each would begin."""
        later = self._later_indexed
        for i in positions_with_any(keys, later.keys()):
            for key in keys[i] & later.keys():
                for pattern in later[key]:
                    start = i - pattern.anchor_offset
                    if start >= 0 and pattern not in starts.get(start, ()):
                        starts.setdefault(start, []).append(pattern)

    def _starts(
        self,
        keys: Sequence[frozenset[str]],
        screened: dict[int, list[CompiledPattern]],
        led: dict[int, list[CompiledPattern]],
        first_words: frozenset[str] | set[str],
    ) -> list[int]:
        """Token positions where some pattern may start: one of `first_words` (the first words of the
        patterns that can match in this Doc) occurs, or screening said so."""
        starts = [i for i, key_set in enumerate(keys) if not first_words.isdisjoint(key_set)] if first_words else []
        if starts:
            starts = [i for i in starts if self._may_go_on(keys, i)]
        if screened or led:
            return sorted(screened.keys() | led.keys() | set(starts))
        return starts

    def _live_index(self, present: frozenset[str]) -> dict[str, list[CompiledPattern]]:
        """The indexed patterns by first word, for the first words in `present` (the Doc's match keys),
        keeping only the patterns every required token of which has a word in the Doc.

        Why: many first words are common ("il", "de", "des") and each opens patterns whose later words
        ("selon toute vraisemblance") most Docs never hold; those were tried at every such token.
        """
        live: dict[str, list[CompiledPattern]] = {}
        indexed, free, needs = self._indexed, self._free_words, self._first_needs
        for word in present.intersection(self._anchor_words or ()):
            if word in free:  # its patterns need no other word: all of them can match
                live[word] = indexed[word]
                continue
            need = needs.get(word)  # None: some pattern of the word needs no other word
            if need is not None and need.isdisjoint(present):
                continue  # not one of its patterns' likeliest-missing words is here: none can match
            # `alive` inlined: each pattern is tested once here, so a call and its memo per pattern cost
            # more than the test itself (`map` runs it in C, in order, stopping at the first list missing)
            patterns = [p for p in indexed[word] if not any(map(present.isdisjoint, p.required))]
            if patterns:
                live[word] = patterns
        return live

    def _prepare(self) -> None:
        self._anchor_words = frozenset(self._indexed)
        self._free_words = frozenset(
            word for word, patterns in self._indexed.items() if not any(p.required for p in patterns)
        )
        # For a word every pattern of which requires other words: the words of each pattern's first
        # required list, together. A Doc holding none of them can match none of the word's patterns.
        self._first_needs = {
            word: frozenset().union(*(p.required[0] for p in patterns))
            for word, patterns in self._indexed.items()
            if all(p.required for p in patterns)
        }
        self._open_words = frozenset(
            word for word, patterns in self._indexed.items() if any(p.second_anchors is None for p in patterns)
        )
        self._second_words = {
            word: frozenset().union(*(p.second_anchors or () for p in patterns))
            for word, patterns in self._indexed.items()
            if word not in self._open_words
        }

    def _may_go_on(self, keys: Sequence[frozenset[str]], i: int) -> bool:
        """Whether some pattern whose first word token i holds can take the next token as its second.

        Most first words ("le", "de", "à") only start patterns whose second word is fixed too
        ("à la solde"): a start whose next word is none of those is dropped before any pattern is tried.
        """
        following = keys[i + 1] if i + 1 < len(keys) else frozenset()
        for key in keys[i]:
            if key in self._open_words:
                return True
            seconds = self._second_words.get(key)
            if seconds is not None and not seconds.isdisjoint(following):
                return True
        return False

    def match(
        self,
        tokens: Sequence[TokenView],
        keys: Sequence[frozenset[str]],
        lowers: Sequence[str] | None = None,
        words: Sequence[str] | None = None,
    ) -> list[tuple[Any, int, int]]:
        """Matches over `tokens`, read only where `keys` (each token's match keys) hold a pattern's first word.

        `lowers` (each token's lower-cased form) and `words` (its text), when given, let unindexed
        patterns be screened by word.
        """
        found: list[tuple[Any, int, int]] = []
        if self._anchor_words is None:
            self._prepare()
        present = key_union(keys)
        alive = _Alive(present)
        indexed = self._live_index(present)
        fields = {name: column for name, column in (("lower", lowers), ("text", words)) if column is not None}
        everywhere, screened, led = self._screen(fields, keys) if self._everywhere else ([], {}, {})
        if self._later_indexed:
            self._add_later_starts(keys, screened)
        everywhere = [p for p in everywhere if alive(p)]
        starts = range(len(keys)) if everywhere else self._starts(keys, screened, led, indexed.keys())
        for start in starts:
            following = keys[start + 1] if start + 1 < len(keys) else frozenset()
            candidates: list[CompiledPattern] = []
            for key in keys[start]:
                hit = indexed.get(key)
                if hit:
                    candidates.extend(
                        p
                        for p in hit
                        if (p.second_anchors is None or not p.second_anchors.isdisjoint(following))
                        and p not in candidates
                    )
            if everywhere:
                candidates.extend(everywhere)
            elif start in led:  # in the order of the unindexed patterns, as `everywhere` would put them
                candidates.extend(p for p in led[start] if alive(p))
            if start in screened:
                candidates.extend(p for p in screened[start] if alive(p))
            if not candidates:
                continue
            token: TokenView | None = None
            for pattern in candidates:
                if pattern.second_anchors is not None and pattern.second_anchors.isdisjoint(following):
                    continue  # "à la solde" at a bare "à": the next word already rules it out
                first = pattern.specs[0]
                if first.op in ("1", "+"):
                    token = token or tokens[start]
                    if not first.ok(token):
                        continue
                if pattern.fixed:
                    end = start + len(pattern.specs)
                    if end <= len(keys) and all(
                        spec.ok(tokens[at]) for at, spec in enumerate(pattern.specs[1:], start + 1)
                    ):
                        found.append((pattern.label, start, end))
                    continue
                for end in sorted(_ends(pattern.specs, 0, tokens, start)):
                    if end > start:
                        found.append((pattern.label, start, end))
        return found


class _Alive:
    """Whether a pattern can match in one Doc: each of its required tokens' word lists meets the Doc's
    match keys (a check passes only on a token whose keys hold one of those words). Remembered per pattern."""

    __slots__ = ("_present", "_seen")

    def __init__(self, present: frozenset[str]) -> None:
        self._present = present
        self._seen: dict[int, bool] = {}

    def __call__(self, pattern: CompiledPattern) -> bool:
        verdict = self._seen.get(id(pattern))
        if verdict is None:
            present = self._present
            # not one required list disjoint from the Doc's keys (`map` runs the tests in C, in order)
            verdict = self._seen[id(pattern)] = not any(map(present.isdisjoint, pattern.required))
        return verdict


def _ends(specs: tuple[TokenSpec, ...], p: int, tokens: Sequence[TokenView], t: int) -> set[int]:
    """Every token index where a match of specs[p:] starting at token t can end."""
    if p == len(specs):
        return {t}
    spec = specs[p]
    here = t < len(tokens) and spec.ok(tokens[t])
    ends: set[int] = set()
    if spec.op == "1":
        if here:
            ends |= _ends(specs, p + 1, tokens, t + 1)
    elif spec.op == "?":
        ends |= _ends(specs, p + 1, tokens, t)
        if here:
            ends |= _ends(specs, p + 1, tokens, t + 1)
    elif spec.op == "*":
        ends |= _ends(specs, p + 1, tokens, t)
        if here:
            ends |= _ends(specs, p, tokens, t + 1)
    elif spec.op == "+":
        if here:
            ends |= _ends(specs, p + 1, tokens, t + 1)
            ends |= _ends(specs, p, tokens, t + 1)
    elif spec.op == "!" and t < len(tokens) and not here:
        ends |= _ends(specs, p + 1, tokens, t + 1)
    return ends


def supported(pattern: Sequence[dict[str, Any]]) -> bool:
    """Whether this matcher can run `pattern` (spaCy's Matcher would be needed otherwise)."""
    try:
        compile_pattern(None, pattern)
    except PatternError:
        return False
    return True


class LongestMatcher:
    """Patterns matched over a Doc, keeping the longest match per pattern and start token.

    The hedging cues want one match per start ("près de 2 500", not also "près de 2"); results are
    sorted by start, end, then label, so that ties resolve the same way on every run.
    """

    def __init__(self) -> None:
        self._matcher = PatternMatcher()

    def add(self, label: str, pattern: Sequence[dict[str, Any]]) -> None:
        self._matcher.add(label, pattern)

    def __call__(self, doc: Doc, keys: Sequence[frozenset[str]]) -> list[tuple[str, int, int]]:
        """Matches in `doc`, read through each token's match `keys`."""
        longest: dict[tuple[str, int], int] = {}
        views = LazyViews(doc, keys)
        for label, start, end in self._matcher.match(views, keys, views.lowers, views.words):
            if end > longest.get((label, start), 0):
                longest[(label, start)] = end
        matches = [(label, start, end) for (label, start), end in longest.items()]
        return sorted(matches, key=lambda m: (m[1], m[2], m[0]))
