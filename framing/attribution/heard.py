"""English court and hearing reports: `The court heard (that) ...`, `The jury was told ...`, `It heard ...`.

The subject of `heard` or of a passive `told` is the listener (a court, a jury, an inquest), not the
speaker: what it heard was said by a witness or by counsel the sentence does not name. Such a sentence is
an attribution with no speaker span, typed anonymous like an agentless passive. Word lists in
lexicons/en/sources.yaml: `listener_noun` (the subject's last word), `listener_verb` (`heard`),
`listener_passive` (`told`, after a form of `be`). Only a clause counts as what was heard: `that`, a
subject pronoun, or an auxiliary within the first words (`heard the driver had been drinking`), not
`heard evidence from` or `heard the appeal`; after a passive `told`, anything but `to`, `by`, `of`,
`about` (`was told to leave` is an order, `was told by X` names its speaker).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder
from .resources import Resources
from .sentences import Sentences

CLAUSE_WINDOW = 5  # words after `heard` within which an auxiliary shows a clause (`the garda had`)
NOT_AFTER_PASSIVE = ("to", "by", "of", "about", "off", "so")
ADVERBS = ("also", "previously", "earlier", "later", "then", "further", "yesterday", "today")
CATEGORIES = ("listener_verb", "listener_passive")


@dataclass
class Heard:
    """A listener's verb and what was said to it."""

    first: int  # first token of the cue (the listener's last word)
    last: int  # the verb
    content: Content


def find_heard(
    doc: Doc, res: Resources, index: QuoteIndex, sentences: Sentences, contents: ContentFinder
) -> list[Heard]:
    """Every `LISTENER heard CLAUSE` and `LISTENER was told CLAUSE` outside quotations; English only."""
    if res.lang != "en" or not any(res.words.get(c) for c in CATEGORIES):
        return []
    wanted = set().union(*(res.words.get(c, set()) for c in CATEGORIES))
    out: list[Heard] = []
    for i, low in enumerate(token_table(doc).lower):
        if low not in wanted or i + 1 >= len(doc) or index.containing(doc[i].idx) is not None:
            continue
        passive = res.has("listener_passive", low)
        j = i - 1
        while j >= 0 and (doc[j].lower_ in ADVERBS or res.has("auxiliary", doc[j].lower_)):
            if passive and res.has("passive_auxiliary", doc[j].lower_):
                passive = False  # seen its `was`/`were`
            j -= 1
        if j < 0 or passive or not res.has("listener_noun", doc[j].lower_):
            continue
        if res.has("listener_passive", low) and j == i - 1:
            continue  # `the court told`: active, the ordinary verb rules read it
        k = i + 1
        if doc[k].lower_ == "that":
            k += 1
        elif res.has("listener_passive", low):
            if doc[k].lower_ in NOT_AFTER_PASSIVE or not doc[k].is_alpha:
                continue
        elif not _opens_clause(doc, k, res):
            continue
        if k >= len(doc):
            continue
        _, s_end = sentences.bounds(k)  # what was heard runs to the end of the sentence (`had X and used Y`)
        last_tok = doc[s_end - 1]
        content = contents.make(doc[k].idx, last_tok.idx + len(last_tok.text))
        if content is not None:
            first = j - 1 if j > 0 and res.has("determiner", doc[j - 1].lower_) else j  # `The court heard`
            out.append(Heard(first, i, content))
    return out


def _opens_clause(doc: Doc, k: int, res: Resources) -> bool:
    """An auxiliary or a modal among the next words before any punctuation (`he had been`, `it would`)."""
    for t in doc[k : k + CLAUSE_WINDOW + 1]:
        if t.is_punct and t.text not in ('"', "“", "”", "'"):
            return False
        if t.i > k and (res.has("auxiliary", t.lower_) or res.has("modal", t.lower_)):
            return True
    return False
