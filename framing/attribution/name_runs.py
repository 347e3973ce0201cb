"""French: an organisation's or outlet's name that holds a glued hyphen or a capitalised function word is one
speaker (round 44).

The tokenizer splits `UFC-Que Choisir` and `Var-Matin` at the hyphen, and the parse often takes the capitalised
`Que` for a pronoun, so a speaker found by any rule may stop at `l'UFC-` or start at `Choisir`, and the part
left out is typed alone (`Choisir`: a surname). A reader keeps the whole run: words joined by a hyphen with no
space on either side, and a function word written with a capital inside a sentence (`Que`, `Sans`, `Contre`),
which only a name explains, between two capitalised words. The run is widened on both sides; an article
right before a run widened to the left opens it (`L'UFC-Que Choisir`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..matching import norm as _norm
from .resources import Resources

ARTICLES = ("le", "la", "l'", "les")


def _capitalised(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.is_alpha and t.text[:1].isupper()


def glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen with no space on either side (`Var-Matin`), inside the Doc."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _name_function_word(doc: Doc, i: int, res: Resources) -> bool:
    """A function word written with a capital inside the sentence (`UFC Que Choisir`, `UFC-Que`): part of a
    name, since the sentence's first word is the only other place it takes one."""
    t = doc[i]
    if not (i > 0 and t.text[:1].isupper() and res.has("name_function_word", _norm(t.text))):
        return False
    before = doc[i - 1]
    # a sentence opens after punctuation or a line break (the parse may open one at `Que` itself)
    return glued_hyphen(doc, i - 1) or not (before.is_punct or before.is_space or "\n" in before.whitespace_)


def whole_name_run(doc: Doc, span: tuple[int, int], limit: int, res: Resources) -> tuple[int, int]:
    """`span` widened over the rest of a hyphenated or function-word name it cuts; `limit` bounds the right
    side (the cue's first token for a speaker before its verb, else the sentence end). Both sides of a
    hyphen are capitalised in a name (`Var-Matin`, `Jean-Pierre`), not in `Celui-ci` or `peut-être`."""
    s, e = span
    if e <= s:
        return span
    end = e
    while end < limit:
        last = end - 1
        if doc[last].text == "-" and glued_hyphen(doc, last) and _capitalised(doc, end):
            end += 1  # `Var-` cut after its hyphen
        elif glued_hyphen(doc, end) and end + 1 < limit and _capitalised(doc, end + 1) and _capitalised(doc, last):
            end += 2  # `l'UFC` + `-Que`; not `Celui` + `-ci`
        elif (
            _capitalised(doc, last)
            and end + 1 < limit
            and _name_function_word(doc, end, res)
            and _capitalised(doc, end + 1)
        ):
            end += 2  # `UFC` + `Que Choisir`
        elif _name_function_word(doc, last, res) and _capitalised(doc, end) and last >= s:
            end += 1  # `UFC-Que` + `Choisir`
        else:
            break
    start = s
    while start >= 2 and _capitalised(doc, start):
        before = start - 1
        if glued_hyphen(doc, before) and _capitalised(doc, before - 1):
            start -= 2  # `UFC-` before `Que`
        elif _name_function_word(doc, before, res) and (_capitalised(doc, before - 1) or glued_hyphen(doc, before - 1)):
            start -= 1  # `Que` before `Choisir`
        elif _name_function_word(doc, start, res) and _capitalised(doc, before):
            start -= 1  # `UFC` before `Que Choisir`
        else:
            break
    if start < s and start > 0 and _norm(doc[start - 1].text) in ARTICLES:
        start -= 1
    if start < s and start > 0 and res.has("np_link", _norm(doc[start - 1].text)):
        return span  # `la présidente de l'UFC-Que Choisir`: the name is a complement, the speaker was cut before it
    return (start, end) if (start, end) != span else span
