"""Capitalised names the text itself writes as a company's or an organisation's (French).

A word no list knows, written alone (`Zalvora a annoncé`, `selon Zalvora`), is typed as a person's
surname. News names a company the same way, but somewhere in the article it also writes what only an
organisation has: `le siège de Zalvora`, `la direction de Zalvora`, `les salariés de Zalvora`, `l'enseigne
Zalvora` (`organisation_part` in the sources lexicon). Such a name is a body's, wherever it speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching import norm
from ..token_table import token_table
from .doc_memo import per_resources
from .resources import Resources

BODY_NAMES_KEY = "framing_body_names"
NAME_WORDS = 3  # capitalised words a company's name may run to (`Air France KLM`)
OF_WORDS = ("de", "d'")  # `le siège de X`; `du`, `des` bring an article: no bare name follows
NOT_THE_BODY = ("sous",)  # `sous la direction de X`: led by X, a person or a body
PREFIX = 3  # letters of the screen on organisation's parts


def body_names(doc: Doc, res: Resources) -> frozenset[str]:
    """The capitalised runs written right after an organisation's part (`le siège X`) or after it and
    `de` (`la direction de X`), remembered per Doc (one walk over the text, only when a name asks)."""
    return per_resources(
        doc, BODY_NAMES_KEY, res, lambda: frozenset(_body_names(doc, res)) if res.lang == "fr" else frozenset()
    )


def _body_names(doc: Doc, res: Resources) -> list[str]:
    names = []
    table = token_table(doc)
    seen: dict[tuple[str, str], bool] = {}  # (form, lemma) -> is an organisation's part: a word recurs
    prefixes = _part_prefixes(res)
    words, lowers, lemmas = table.words, table.lower, table.lemma
    # The screen, in one comprehension: `et`, or a word one of whose keys for `is_a` (its lower case, ’
    # folded as the table's is, its naive singular, its lemma) opens like an organisation's part; every
    # other word fails `is_a` anyway.
    # (the prefixes are cut once per distinct word; a word that passes is tested in full below)
    passing = {word for word in set(lowers).union(lemmas) if word[:PREFIX] in prefixes}
    passing.add("et")
    for k in [
        k for k, (lower, lemma) in enumerate(zip(lowers, lemmas, strict=True)) if lower in passing or lemma in passing
    ]:
        text, lower, lemma = words[k], lowers[k], lemmas[k]
        if lower == "et":
            names += _coordinated_with_body(doc, k, res)
            continue
        if not text.islower():
            continue
        part = seen.get((text, lemma))
        if part is None:  # the table's lemma is the Token's, lower-cased and ’ folded, as `keys` reads it
            part = seen[(text, lemma)] = res.is_a("organisation_part", text, lemma)
        if not part or (k >= 2 and norm(doc[k - 2].text) in NOT_THE_BODY):
            continue
        i = k + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
            i += 1  # `le siège bruxellois de X`
        if i < len(doc) and norm(doc[i].text) in OF_WORDS:
            i += 1
        run = _capitalised_run(doc, i, res)
        if run:
            names.append(run)
    return names


def _part_prefixes(res: Resources) -> frozenset[str]:
    """First letters of the organisation's parts (`siège`, `direction`): every key `is_a` tries for a
    word opens with the first letters of its lower case or of its lemma, so a word neither of which is
    here is no part."""
    return frozenset(word[:PREFIX] for word in res.words.get("organisation_part", ()))


def _coordinated_with_body(doc: Doc, i: int, res: Resources) -> list[str]:
    """A bare capitalised name coordinated by `et` (token i) with a body written with its article (`l'ARS
    et Zalvora`, `Zalvora et la mairie`): French coordinates like with like, so the name is a body's."""
    if i >= 2 and body_with_article(doc, i - 2, i, res):
        run = _capitalised_run(doc, i + 1, res)
        if run and not res.has("determiner", norm(doc[i + 1].text)):
            return [run]
    if i + 3 <= len(doc) and body_with_article(doc, i + 1, i + 3, res):
        start = i
        while start > max(0, i - NAME_WORDS) and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            start -= 1
        if start < i and (start == 0 or not res.has("determiner", norm(doc[start - 1].text))):
            run = _capitalised_run(doc, start, res)
            if run == doc[start:i].text:
                return [run]
    return []


def body_with_article(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """Tokens start..end are an article and a body's word: an acronym (`l'ARS`) or a lower-case noun of a
    body (`la mairie`)."""
    if end - start != 2 or not res.has("determiner", norm(doc[start].text)):
        return False
    word = doc[start + 1]
    acronym = word.is_alpha and word.text.isupper() and 2 <= len(word.text) <= 6
    return acronym or (word.text.islower() and res.is_a("institution_noun", word.text, word.lemma_))


def _capitalised_run(doc: Doc, i: int, res: Resources) -> str:
    """The text of one to NAME_WORDS capitalised words from token i, unless it opens on a listed given
    name (`l'entreprise de Paul Roux` is a person's firm, not a company called Paul Roux)."""
    words: list[Token] = []
    for t in doc[i : i + NAME_WORDS]:
        if not (t.is_alpha and t.text[:1].isupper()):
            break
        words.append(t)
    if not words or res.has("given_name", norm(words[0].text)) or res.has("honorific", norm(words[0].text)):
        return ""
    return doc[words[0].i : words[-1].i + 1].text


def written_as_body(words: list[Token], res: Resources) -> bool:
    """The capitalised words of a speaker's phrase are a name the text writes as an organisation's."""
    if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    doc = words[0].doc
    return doc[words[0].i : words[-1].i + 1].text in body_names(doc, res)
