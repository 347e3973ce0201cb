"""English agentless passives of saying: `It was revealed on Monday that ...`, `Shareholders were told
that ...`, `The fire started in the kitchen, the inquest was told.`

A passive verb of saying with no `by` agent reports words whose source the text does not name; news
attribution annotation (PolNeAR, the quotation sets) counts it as a record with no source. The verb
rules leave every passive out (its subject is no speaker), so such sentences are found here: a form of
`be` and a participle from the `agentless_participle` list (lexicons/en/sources.yaml), then either a
`that` clause (a short time phrase may come between) or, at the end of a sentence after a short
subject and a comma, the clause before that comma.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder
from .resources import Resources
from .sentences import Sentences

MAX_ADJUNCT = 4  # words of a time phrase between the participle and `that` (`on Monday`, `earlier this week`)
MAX_POSTPOSED_SUBJECT = 3  # words of the subject of a postposed passive (`it`, `the court`, `the jury`)
ADVERBS = ("also", "previously", "earlier", "later", "then", "further", "yesterday", "today", "now", "already")
SENTENCE_END = (".", "!", "?")


@dataclass
class Agentless:
    """A passive verb of saying (its auxiliary to its participle) and what it reports."""

    first: int  # the first form of `be` (or `has`) before the participle
    last: int  # the participle
    content: Content


def find_agentless(
    doc: Doc, res: Resources, index: QuoteIndex, sentences: Sentences, contents: ContentFinder
) -> list[Agentless]:
    """Every agentless passive of saying outside quotations; English only."""
    if res.lang != "en" or not res.words.get("agentless_participle"):
        return []
    out: list[Agentless] = []
    for i, low in enumerate(token_table(doc).lower):
        if not res.has("agentless_participle", low) or index.containing(doc[i].idx) is not None:
            continue  # one set lookup per token
        first = _auxiliary_start(doc, i, res)
        if first is None:
            continue
        content = _that_clause(doc, i, res, sentences, contents) or _clause_before(doc, first, i, sentences, contents)
        if content is not None:
            out.append(Agentless(first, i, content))
    return out


def _auxiliary_start(doc: Doc, i: int, res: Resources) -> int | None:
    """The first auxiliary of a passive group ending at the participle i (`was`, `has been`, `had also
    been`), None when no form of `be` stands right before it."""
    j = i
    passive = False
    while j > 0 and (res.has("auxiliary", doc[j - 1].lower_) or doc[j - 1].lower_ in ADVERBS):
        passive = passive or res.has("passive_auxiliary", doc[j - 1].lower_)
        j -= 1
    return j if passive and j < i else None


def _that_clause(doc: Doc, i: int, res: Resources, sentences: Sentences, contents: ContentFinder) -> Content | None:
    """`was revealed (on Monday) that X`: X to the end of the sentence."""
    _, s_end = sentences.bounds(i)
    k = i + 1
    while k < min(s_end, i + 2 + MAX_ADJUNCT) and doc[k].lower_ != "that":
        if not doc[k].is_alpha or doc[k].lower_ == "by":
            return None  # `by the minister`: an agent, whom the verb rules read
        k += 1
    if k + 1 >= s_end or doc[k].lower_ != "that":
        return None
    if k > i + 1 and not any(_time(t.lower_, res) for t in doc[i + 1 : k]):
        return None  # `was told the news that`: an object, not a time phrase
    last = doc[s_end - 1]
    while last.i > k and last.is_punct and last.text not in ('"', "”", "’"):
        last = doc[last.i - 1]
    return contents.make(doc[k + 1].idx, last.idx + len(last.text))


def _time(low: str, res: Resources) -> bool:
    """A word of a time phrase (`monday`, `week`) or an adverb of time (`earlier`)."""
    return res.has("time_word", low) or res.has("time_period", low) or low in ADVERBS


def _clause_before(doc: Doc, first: int, i: int, sentences: Sentences, contents: ContentFinder) -> Content | None:
    """`X did Y, the court was told.`: the clause before the comma, when the passive ends its sentence
    after a short subject."""
    s_start, s_end = sentences.bounds(i)
    if i + 1 < s_end and doc[i + 1].text not in SENTENCE_END:
        return None
    comma = first - 1
    while comma > s_start and first - comma <= MAX_POSTPOSED_SUBJECT + 1 and doc[comma].text != ",":
        if not doc[comma].is_alpha:
            return None
        comma -= 1
    if comma <= s_start or doc[comma].text != "," or comma == first - 1:
        return None
    return contents.make(doc[s_start].idx, doc[comma].idx)
