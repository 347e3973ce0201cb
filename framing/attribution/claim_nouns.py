"""English nouns that carry a claim with a `that` clause: `Trump's claim that ...`, `the warning that
...`, `his insistence that ...`.

News-attribution annotation (PolNeAR and its like) counts the clause as what was claimed: the noun
is the cue, a possessive before it (`Trump's`, `his`) the speaker, and with none the claim has no
source named. Only nouns of saying and believing listed in lexicons/en/sources.yaml (`claim_noun`),
and only before `that` and a word that can open a clause's subject (not `that have`, `that will`):
a relative clause (`the statement that he released`) still gets through without a parser.
A noun in a frame that names no holder (`amid concerns that`, `there are fears that`) gives no record:
it reports a mood, not a statement (round 28's convention).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder
from .resources import Resources
from .speakers import SpeakerFinder

POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
POSSESSIVE_PRONOUNS = ("his", "her", "their", "its", "our", "my", "your")


@dataclass
class ClaimNoun:
    """A claim noun, its `that` clause and the possessive speaker, if any."""

    head: int  # the noun
    last: int  # the noun, or the preposition of a listed phrase (`criticism of`)
    content: Content
    speaker: tuple[int, int] | None


def find_claim_nouns(
    doc: Doc, res: Resources, index: QuoteIndex, contents: ContentFinder, speakers: SpeakerFinder
) -> list[ClaimNoun]:
    """Every listed claim noun outside quotations followed by a `that` clause; English only."""
    if res.lang != "en" or not res.words.get("claim_noun"):
        return []
    out: list[ClaimNoun] = []
    lowers = token_table(doc).lower
    phrases = res.phrase_list("claim_noun_phrase")
    for i, low in enumerate(lowers):
        if low in phrases:  # `criticism of`, `calls for`, `promise to`
            found = _with_preposition(doc, i, lowers, phrases[low], index, contents, speakers, res)
            if found is not None:
                out.append(found)
                continue
        if not res.has("claim_noun", low) or i + 2 >= len(doc) or lowers[i + 1] != "that":
            continue  # one set lookup per token
        then = doc[i + 2]
        if not then.is_alpha or res.has("auxiliary", then.lower_) or res.has("modal", then.lower_):
            continue  # `the reports that have surfaced`: a relative clause
        if index.containing(doc[i].idx) is not None or _holderless(lowers, i, res):
            continue
        content = contents.make(doc[i + 1].idx, contents.clause_end(i + 2))
        if content is not None:
            out.append(ClaimNoun(i, i, content, _possessor(doc, i, res, speakers)))
    return out


def _with_preposition(
    doc: Doc,
    i: int,
    lowers: list[str],
    candidates: list[tuple[str, ...]],
    index: QuoteIndex,
    contents: ContentFinder,
    speakers: SpeakerFinder,
    res: Resources,
) -> ClaimNoun | None:
    """A listed noun and preposition (`claim_noun_phrase`): what follows the preposition is the claim,
    its object (`criticism of the plan`) or, after `to`, the infinitive clause (`a promise to cut`)."""
    for phrase in candidates:
        n = len(phrase)
        if i + n >= len(doc) or tuple(lowers[i : i + n]) != phrase:
            continue
        if index.containing(doc[i].idx) is not None or _holderless(lowers, i, res):
            return None
        k = i + n
        if phrase[-1] == "to":
            if not doc[k].is_alpha or res.has("determiner", lowers[k]):
                return None  # `the promise to the voters`: no infinitive
            content = contents.make(doc[k - 1].idx, contents.clause_end(k))
        else:
            content = contents.after_preposition(k)
        if content is None:
            return None
        return ClaimNoun(i, k - 1, content, _possessor(doc, i, res, speakers))
    return None


HOLDERLESS_REACH = 4  # `there have been growing concerns`: the opener up to four words back


def _holderless(lowers: list[str], i: int, res: Resources) -> bool:
    """`amid (growing) concerns`, `there are (serious) fears`: an opener of `holderless_opener` a few words
    before the noun, with only words between (`there` only before an auxiliary)."""
    for j in range(i - 1, max(-1, i - 1 - HOLDERLESS_REACH), -1):
        low = lowers[j]
        if not low.isalpha():
            return False
        if res.has("holderless_opener", low):
            return low != "there" or (j + 1 < i and res.has("auxiliary", lowers[j + 1]))
    return False


def _possessor(doc: Doc, i: int, res: Resources, speakers: SpeakerFinder) -> tuple[int, int] | None:
    """`Trump's claim`, `the judges' statement`: the possessive noun phrase; `his claim`: the pronoun."""
    if i == 0:
        return None
    prev = doc[i - 1]
    if prev.lower_ in POSSESSIVE_PRONOUNS:
        return i - 1, i
    if prev.text in POSSESSIVE_MARKS and i >= 2:
        found = speakers.left_np(i - 2)
        if found is not None:
            return found[0], i
    return None
