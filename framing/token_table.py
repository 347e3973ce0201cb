"""A Doc's token attributes as plain Python lists, built once per Doc and shared by every component.

Why: each `doc[i]` or walk over a Doc builds new Token objects, and each `token.lower_` is a string
store lookup. framing's four components and its Doc -> analysis step read the same few attributes
of every token (form, lower case, lemma, punctuation, offsets), which made that bookkeeping cost more
than the rules themselves. `Doc.to_array` reads them all in one pass in C; the lists here are then
indexed like any list.

The table holds only strings, numbers and booleans, never Tokens or Spans, so it does not keep its
Doc alive: it is memoised in a weak-keyed map and goes with the Doc. Nothing is written to
`doc.user_data`, so Doc serialisation is unchanged. It must only be built once the pipeline's own
components have run (framing's components come last and do not change tokens).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

_TABLES: weakref.WeakKeyDictionary[Doc, TokenTable] = weakref.WeakKeyDictionary()

# String hash -> string (as is, and apostrophe-folded), and (lower hash, lemma hash) -> (lemma, base,
# keys): hashes are the same in every spaCy vocabulary, so one memo serves every pipeline. Most tokens
# of an article are words seen before, and a dict lookup is far cheaper than a string-store lookup
# plus case folding.
_FORMS: dict[int, str] = {}
_FOLDED: dict[int, str] = {}  # lower-cased forms, apostrophe folded
_LEMMAS: dict[tuple[int, int], tuple[str, str, frozenset[str]]] = {}
MEMO_LIMIT = 150_000  # entries; a few tens of MB at most


def fold_apostrophe(text: str) -> str:
    """The typographic apostrophe as ' (lexicons are written with either)."""
    return text.replace("’", "'") if "’" in text else text


def as_written(doc: Doc, i: int, folded: str, lemma: bool = False) -> str:
    """Token i's lower case (or lower-cased lemma) as the Token has it, from the table's value `folded`
    (`lower` or `lemma`, where ’ is folded to '): that value when it holds no ' (nothing was folded),
    else the Token's own, built only then. A rule that compares the word with its own spelling
    (a verb's ending, a lemma's base) reads it here; the lexicons' keys read the folded form."""
    if "'" not in folded:
        return folded
    return doc[i].lemma_.lower() if lemma else doc[i].lower_


class TokenTable:
    """Per-token lists, indexed by token position (`table.lower[i]` is `doc[i].lower_`, apostrophe folded).

    - `text`: the Doc's text, joined once (`Doc.text` joins every token on each access)
    - `words`: token texts; `lower`: lower case, ’ as '
    - `lemma`: lemma lower-cased, ’ as ', "" when the pipeline gave none
    - `base`: `lemma`, or `lower` when there is no lemma (what lexicon terms match against)
    - `keys`: the strings a token is matched by: {lower, base}
    - `lower_hash`: the string-store hash of the lower-cased form (`token.lower`)
    - `idx`: character offset; `is_punct`, `is_space`, `is_alpha`, `is_stop`: lexical flags
    - `pos`: coarse part of speech ("" without a tagger)
    """

    __slots__ = (
        "base",
        "idx",
        "is_alpha",
        "is_punct",
        "is_space",
        "is_stop",
        "keys",
        "lemma",
        "lower",
        "lower_hash",
        "pos",
        "text",
        "words",
    )

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LOWER, ORTH, POS, SPACY

        n = len(doc)
        if n:
            columns = doc.to_array([ORTH, LOWER, LEMMA, POS, IDX, IS_PUNCT, IS_SPACE, IS_ALPHA, IS_STOP, SPACY])
            orth, lower, lemma, pos, idx, punct, space, alpha, stop, trailing = columns.T.tolist()
        else:
            orth = lower = lemma = pos = idx = punct = space = alpha = stop = trailing = []
        strings = doc.vocab.strings
        if len(_FORMS) + len(_FOLDED) + len(_LEMMAS) > MEMO_LIMIT:  # a memo, not a second vocabulary
            _FORMS.clear()
            _FOLDED.clear()
            _LEMMAS.clear()
        forms, folded, lemma_memo = _FORMS.get, _FOLDED.get, _LEMMAS.get
        self.words: list[str] = [forms(h) or _remember_form(h, strings) for h in orth]
        # what Doc.text computes (each token's text, plus a space where one follows), without Tokens
        self.text: str = "".join(
            [word + " " if space else word for word, space in zip(self.words, trailing, strict=True)]
        )
        self.lower: list[str] = [folded(h) or _remember_folded(h, strings) for h in lower]
        lemmas = [lemma_memo(pair) or _remember_lemma(pair, strings) for pair in zip(lower, lemma, strict=True)]
        self.lemma: list[str]
        self.base: list[str]
        self.keys: list[frozenset[str]]
        self.lemma, self.base, self.keys = (
            (list(column) for column in zip(*lemmas, strict=True)) if lemmas else ([], [], [])
        )
        self.pos: list[str] = [forms(h) or _remember_form(h, strings) if h else "" for h in pos]
        self.idx: list[int] = idx
        self.lower_hash: list[int] = lower
        self.is_punct: list[int] = punct  # 0 or 1
        self.is_space: list[int] = space
        self.is_alpha: list[int] = alpha
        self.is_stop: list[int] = stop

    def __len__(self) -> int:
        return len(self.words)


def _remember_form(h: int, strings: StringStore) -> str:
    form = _FORMS[h] = strings[h]
    return form


def _remember_folded(h: int, strings: StringStore) -> str:
    form = _FOLDED[h] = fold_apostrophe(strings[h])
    return form


def _remember_lemma(pair: tuple[int, int], strings: StringStore) -> tuple[str, str, frozenset[str]]:
    lower_hash, lemma_hash = pair
    lower = _FOLDED.get(lower_hash) or _remember_folded(lower_hash, strings)
    lemma = fold_apostrophe(strings[lemma_hash].lower()) if lemma_hash else ""
    base = lemma or lower
    found = _LEMMAS[pair] = (lemma, base, frozenset((lower, base)) if lower != base else frozenset((lower,)))
    return found


# The last Doc asked for (a weak reference), its table and the table's length, as one tuple so that a
# thread sees a matching set. The rules ask for the table of the Doc they are reading tens of thousands
# of times per 300 articles; a weak reference called is far cheaper than a WeakKeyDictionary lookup,
# which makes one, and the length kept as a number spares a call of `TokenTable.__len__` per question.
_LAST: tuple[weakref.ReferenceType[Doc], TokenTable, int] | None = None


def token_table(doc: Doc) -> TokenTable:
    """The Doc's table, built on first use and kept as long as the Doc lives."""
    global _LAST
    last = _LAST
    if last is not None and last[0]() is doc and last[2] == len(doc):
        return last[1]
    table = _TABLES.get(doc)
    if table is None or len(table) != len(doc):
        table = _TABLES[doc] = TokenTable(doc)
    _LAST = (weakref.ref(doc), table, len(table))
    return table


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the table's text: no Span, no Token per word joined.
    A span's text runs from its first token's offset to its last token's end (no trailing space)."""
    if start >= end:
        return ""
    table = token_table(doc)
    return table.text[table.idx[start] : table.idx[end - 1] + len(table.words[end - 1])]


# Morphology, read only by the rules that need it (speaker typing's number and gender), so not a column
# of every table: per Doc, each token's features by field, from one `Doc.to_array`; a morphology string
# is parsed once (a few dozen distinct ones in an article), not per `token.morph.get` call.
_MORPHS: weakref.WeakKeyDictionary[Doc, list[dict[str, tuple[str, ...]]]] = weakref.WeakKeyDictionary()
_FEATURES: dict[int, dict[str, tuple[str, ...]]] = {}
EMPTY_MORPH = "_"  # spaCy's morphology set with no feature (a token the morphologizer left bare): no field


# The last Doc whose morphology was asked for, as for `token_table`: the rules ask token by token.
_LAST_MORPHS: tuple[weakref.ReferenceType[Doc], list[dict[str, tuple[str, ...]]], int] | None = None


def morph_features(doc: Doc) -> list[dict[str, tuple[str, ...]]]:
    """Each token's morphological features, field -> values: `morph_features(doc)[i].get("Number", ())`
    holds the values `doc[i].morph.get("Number")` lists. The dicts are shared: read them, never change them."""
    global _LAST_MORPHS
    last = _LAST_MORPHS
    if last is not None and last[0]() is doc and last[2] == len(doc):
        return last[1]
    column = _MORPHS.get(doc)
    if column is None or len(column) != len(doc):
        from spacy.attrs import MORPH

        if len(_FEATURES) > MEMO_LIMIT:
            _FEATURES.clear()
        strings = doc.vocab.strings
        hashes = doc.to_array([MORPH]).tolist() if len(doc) else []
        column = _MORPHS[doc] = [_FEATURES.get(h) or _parse_morph(h, strings) for h in hashes]
    _LAST_MORPHS = (weakref.ref(doc), column, len(column))
    return column


def morph_of(token: Token) -> dict[str, tuple[str, ...]]:
    """The token's features, field -> values: `morph_of(t).get("VerbForm", ())` holds what
    `t.morph.get("VerbForm")` lists (as a tuple), without building a MorphAnalysis and parsing its string
    at each question (a few microseconds each, asked at every verb a rule looks at). Empty without
    morphology, as `t.morph` is then false."""
    return morph_features(token.doc)[token.i]


def _parse_morph(h: int, strings: StringStore) -> dict[str, tuple[str, ...]]:
    """`Gender=Fem|Number=Plur` -> {"Gender": ("Fem",), "Number": ("Plur",)}; a value list `Sing,Plur` splits."""
    features: dict[str, list[str]] = {}
    text = strings[h] if h else ""
    for field in text.split("|") if text and text != EMPTY_MORPH else ():
        name, _, values = field.partition("=")
        features.setdefault(name, []).extend(values.split(","))
    found = _FEATURES[h] = {name: tuple(values) for name, values in features.items()}
    return found
