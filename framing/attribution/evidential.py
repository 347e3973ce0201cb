"""English evidential and expectation cues: `X seems to Y`, `X appeared to Y`, `X is expected to Y`.

News-attribution annotation (PolNeAR and its like) counts these as reported claims with no named
source: the proposition (subject included) is what is claimed, the cue sits inside it, and nobody is
the speaker. They are found here rather than among the reporting verbs because they have no speaker
to look for and their content runs around the cue, not after it. Word lists in
lexicons/en/sources.yaml: `evidential_verb` (seem, reportedly: whatever follows), `appearance_verb` (appear:
only before `to` + verb, `like`, `that`, `as if`) and `expectation_participle` (expected, after a
form of `be`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder
from .resources import Resources
from .sentences import Sentences

# what may follow `seem`/`appear` for it to be evidential: `seems to`, `seemed like`, `appears that`,
# `seemed as if`; `appeared on television` is an appearance, not a claim
EVIDENTIAL_NEXT = ("to", "like", "that", "as")
MIN_SUBJECT_CHARS = 2
CATEGORIES = ("evidential_verb", "appearance_verb", "expectation_participle")


@dataclass
class Evidential:
    """A cue with no speaker and the proposition it qualifies."""

    first: int  # first token of the cue (`is` of `is expected`)
    last: int  # last token of the cue (inclusive)
    content: Content


def find_evidentials(
    doc: Doc, res: Resources, index: QuoteIndex, sentences: Sentences, contents: ContentFinder
) -> list[Evidential]:
    """Every evidential cue outside quotations, with its proposition; English only."""
    if res.lang != "en" or not any(res.words.get(c) for c in CATEGORIES):
        return []
    wanted = set().union(*(res.words.get(c, set()) for c in CATEGORIES))
    out: list[Evidential] = []
    for i, low in enumerate(token_table(doc).lower):
        if low not in wanted:
            continue  # one set lookup per token; the checks below run on the few hits
        tok = doc[i]
        if res.has("evidential_verb", low):
            first = _aux_start(doc, tok.i, res, passive=False)
            if tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_alpha:
                continue  # `as it seems.`: no proposition after it
        elif res.has("appearance_verb", low):
            first = _aux_start(doc, tok.i, res, passive=False)
            if not _followed_as_evidential(doc, tok.i, res):
                continue
        elif res.has("expectation_participle", low):
            first = _aux_start(doc, tok.i, res, passive=True)
            if first == tok.i:
                continue  # `the expected result`: no `is`/`are` before it
            if not _followed_as_evidential(doc, tok.i, res):
                continue
        else:
            continue
        if index.containing(tok.idx) is not None:
            continue
        content = _proposition(doc, first, tok.i, res, sentences, contents)
        if content is not None:
            out.append(Evidential(first, tok.i, content))
    return out


def _aux_start(doc: Doc, i: int, res: Resources, passive: bool) -> int:
    """The first token of the verbal group ending at i: auxiliaries, `not` and adverbs before it."""
    j = i
    seen_passive = False
    while j > 0:
        prev = doc[j - 1]
        low = prev.lower_.replace("’", "'")
        if res.has("passive_auxiliary", low):
            seen_passive = True
        elif not (res.has("auxiliary", low) or res.has("modal", low) or low in ("not", "n't", "also", "still", "now")):
            break
        j -= 1
    if passive and not seen_passive:
        return i
    return j


def _followed_as_evidential(doc: Doc, i: int, res: Resources) -> bool:
    """`to` + a word that is no determiner (`seems to agree`, not `appeared to the crowd`), `like`,
    `that`, `as if`/`as though`."""
    if i + 2 >= len(doc):
        return False
    nxt, then = doc[i + 1].lower_, doc[i + 2].lower_
    if nxt not in EVIDENTIAL_NEXT:
        return False
    if nxt == "to":
        return doc[i + 2].is_alpha and not res.has("determiner", then) and not doc[i + 2].text[:1].isupper()
    if nxt == "as":
        return then in ("if", "though")
    return True


def _proposition(
    doc: Doc, first: int, head: int, res: Resources, sentences: Sentences, contents: ContentFinder
) -> Content | None:
    """From the start of the clause the subject opens (after the last comma, semicolon or colon
    before the cue) to the end of the clause after it."""
    s_start, _ = sentences.bounds(head)
    start = s_start
    for k in range(first - 1, s_start - 1, -1):
        if doc[k].text in (",", ";", ":", "—", "–") or doc[k].lower_ in ("that", "because", "while", "but", "and"):
            start = k + 1
            break
    if first - start < 1 or len(doc[start:first].text) < MIN_SUBJECT_CHARS:
        return None  # `It seems to me`: no subject of its own before the cue? keep the clause after
    end_char = contents.clause_end(head + 1)
    return contents.make(doc[start].idx, end_char)
