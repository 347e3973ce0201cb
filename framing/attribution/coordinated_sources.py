"""French: one record per source when the sources of one claim are coordinated.

The annotation guidelines give one record per source of a claim, each with the same content. A speaker
written as coordinated noun phrases (`confirmées par une source policière et deux témoins`, `selon deux
syndicats et l'administration`, `ont annoncé le quotidien régional et la radio locale`, `un gendarme,
une source judiciaire et l'avocat de la famille`) names several sources: each conjunct is its own
speaker.

A conjunct after the first must open a noun phrase of its own with a determiner that cannot be a
preposition's contraction (`la`, `deux`, `ses`, not `de`, `du`, `des`): after `de`/`du`/`des` the
coordination more often sits inside one noun phrase (`le syndicat des médecins et des infirmiers`,
`le ministre de l'Intérieur et des Outre-mer`), and a bare word after `et` is a second role of the
same person (`le maire et président de l'agglomération`) or a list of bare names, which the
annotators keep as one speaker. A comma-separated piece that opens with no such determiner belongs to
the conjunct before it (`le maire, Jean Dupont, et la préfète`: two sources). A person's circle
(`ses avocats et sa famille`: every conjunct opens with a possessive) speaks as one, as does a
coordinated subject before its plural verb (`l'ARS et Suez ont assuré`): the read sets' annotators
keep both as one speaker, while they split the sources after a marker, a passive's agent or an
inverted verb (extractor.py reads only those).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..matching import norm as _norm
from .resources import POSSESSIVE_DETERMINERS, Resources

PREPOSITIONAL_DETERMINERS = ("de", "d'", "du", "des")  # also `de` + article: a complement, not a new source
OPENERS = '«"“(['  # a quotation or a bracket: its words are one piece
CLOSERS = {"«": "»", '"': '"', "“": "”", "(": ")", "[": "]"}
SEPARATORS = ("et", ",")


def opens_source(doc: Doc, k: int, res: Resources) -> bool:
    """Token k opens a noun phrase of its own: a determiner other than `de` and its contractions."""
    low = _norm(doc[k].text)
    return res.has("determiner", low) and low not in PREPOSITIONAL_DETERMINERS


def opens_listed_source(doc: Doc, k: int, res: Resources, before: tuple[int, int]) -> bool:
    """Token k opens the next source of a list whose sources so far span `before`: a determiner other
    than `de` and its contractions, or the plural indefinite `des` after sources with no `de` complement."""
    return opens_source(doc, k, res) or _indefinite_source(doc, k, [before[0], before[1]])


def _indefinite_source(doc: Doc, k: int, before: list[int]) -> bool:
    """Token k is the plural indefinite `des` opening a source of its own (`selon des témoins et des
    sources policières`, `un élu local et des habitants`): the conjunct before it holds no `de`
    complement that a second `des` could continue (`le syndicat des médecins et des infirmiers`, `le
    ministre de l'Intérieur et des Outre-mer` stay one source)."""
    if _norm(doc[k].text) != "des" or k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "ADJ", "NUM"):
        return False
    s, e = before
    return not any(_norm(t.text) in PREPOSITIONAL_DETERMINERS for t in doc[s + 1 : e])


def _pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """The span's pieces between top-level separators, each with the separator before it ('' first)."""
    pieces: list[tuple[int, int, str]] = []
    closing: str | None = None
    piece_start, sep = start, ""
    for k in range(start, end):
        text = doc[k].text
        if closing is not None:
            closing = None if text == closing else closing
            continue
        if text in OPENERS:
            closing = CLOSERS[text]
            continue
        low = text.lower()
        if low in SEPARATORS:
            pieces.append((piece_start, k, sep))
            piece_start, sep = k + 1, low
    pieces.append((piece_start, end, sep))
    return pieces


def coordinated_sources(doc: Doc, start: int, end: int, res: Resources) -> list[tuple[int, int]]:
    """The token spans of the sources coordinated in the speaker span [start, end), or [] when it names
    one source. Only a span with a top-level `et` whose next piece opens a noun phrase is split."""
    if res.lang != "fr" or end - start < 3:
        return []
    conjuncts: list[list[int]] = []
    joined_by_et = False
    for s, e, sep in _pieces(doc, start, end):
        if s >= e:
            continue
        if conjuncts and not opens_source(doc, s, res) and not _indefinite_source(doc, s, conjuncts[-1]):
            conjuncts[-1][1] = e  # an apposition or a complement of the conjunct before it
            continue
        joined_by_et = joined_by_et or (sep == "et" and bool(conjuncts))
        conjuncts.append([s, e])
    if len(conjuncts) < 2 or not joined_by_et:
        return []
    if all(_norm(doc[s].text) in POSSESSIVE_DETERMINERS for s, _ in conjuncts):
        return []  # `ses avocats et sa famille`: one person's circle speaks as one
    return [(s, e) for s, e in conjuncts]
