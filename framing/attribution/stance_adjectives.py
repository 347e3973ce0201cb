"""English stance adjectives with a `that` clause: `the mayor is convinced that ...`, `aides remain
confident that ...`, `she made it clear that ...`.

News-attribution annotation (PolNeAR and its like) counts the clause as the subject's stance, as it
does for `believe that` or `fear that`: the adjective (with its copula) is the cue, the subject the
source. Without a parser the shape is read from the words: a listed adjective (`stance_adjective` in
lexicons/en/sources.yaml) right after a listed copula (`stance_copula`: forms of `be`, `feel`,
`remain`, `seem`), maybe with adverbs between, or, for those also listed as `make_stance_adjective`,
after a form of `make` (`make_verb`) and maybe `it` (`made it clear`); then `that` and a word that
can open a clause's subject. A subject that names nobody (`dummy_subject`: `it is clear that`) is
no attribution.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder
from .resources import Resources
from .speakers import SpeakerFinder

MAX_ADVERBS = 2


@dataclass
class StanceAdjective:
    """A stance adjective, its copula, its `that` clause and the subject that holds the stance."""

    first: int  # the copula (or `made`)
    last: int  # the adjective
    content: Content
    speaker: tuple[int, int]


def find_stance_adjectives(
    doc: Doc, res: Resources, index: QuoteIndex, contents: ContentFinder, speakers: SpeakerFinder
) -> list[StanceAdjective]:
    """Every listed adjective after a copula and before a `that` clause, outside quotations."""
    if res.lang != "en" or not res.words.get("stance_adjective"):
        return []
    out: list[StanceAdjective] = []
    lowers = token_table(doc).lower
    adjectives = res.words["stance_adjective"]
    for i in [i for i, low in enumerate(lowers) if low in adjectives]:  # one set lookup per token, in C
        if i + 2 >= len(doc) or lowers[i + 1] != "that":
            continue
        then = doc[i + 2]
        if not then.is_alpha or res.has("auxiliary", then.lower_) or res.has("modal", then.lower_):
            continue  # `so sure that will ...`: no subject opens the clause
        first = _copula_before(lowers, i, res)
        if first is None or index.containing(doc[i].idx) is not None:
            continue
        speaker = _subject(doc, first, res, speakers)
        if speaker is None:
            continue
        content = contents.make(doc[i + 1].idx, contents.clause_end(i + 2))
        if content is not None:
            out.append(StanceAdjective(first, i, content, speaker))
    return out


def _copula_before(lowers: list[str], i: int, res: Resources) -> int | None:
    """The copula (or `made`) before the adjective at i, past a few adverbs; None when there is none."""
    j = i - 1
    while j >= 0 and i - 1 - j < MAX_ADVERBS and _modifier(lowers[j], res):
        j -= 1
    if j < 0:
        return None
    if res.has("stance_copula", lowers[j].replace("’", "'")):
        return j
    if res.has("make_stance_adjective", lowers[i]):
        if lowers[j] == "it":
            j -= 1
        if j >= 0 and res.has("make_verb", lowers[j]):
            return j
    return None


def _modifier(low: str, res: Resources) -> bool:
    """An adverb or a negation between copula and adjective (`quietly confident`, `not sure`)."""
    return low.endswith("ly") or res.has("adverb", low) or res.has("negation", low)


def _subject(doc: Doc, first: int, res: Resources, speakers: SpeakerFinder) -> tuple[int, int] | None:
    """The noun phrase right before the copula group (auxiliaries, `not` between): not a dummy `it`."""
    k = first - 1
    while k >= 0 and (
        res.has("auxiliary", doc[k].lower_) or res.has("modal", doc[k].lower_) or res.has("negation", doc[k].lower_)
    ):
        k -= 1
    if k < 0:
        return None
    found = speakers.left_np(k)
    if found is None or found[1] != k + 1:
        return None
    if found[1] - found[0] == 1 and res.has("dummy_subject", doc[found[0]].lower_):
        return None
    return found
