"""Candidate headline phrases of an article: its first noun phrases, for naming stories (framing.stories).

A story without titles is named by a phrase a reader recognises ("Mission militaire en Irak"), not by a
list of keywords. The candidates are spaCy's noun chunks, joined to a following "de / en / of ..."
chunk when one comes right after ("la mission militaire" + "en" + "Irak"), with leading determiners
and punctuation dropped. Only the core arguments of a clause are kept (subject, object, apposition, a
verbless sentence's head): a headline says who did what to whom, while circumstances ("au cours des
prochains mois", "in recent weeks") are obliques and modifiers. Each candidate carries its content
lemmas (the keys of ArticleAnalysis.lemmas), so that framing.stories can weigh it by how distinctive
those lemmas are for the story.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .token_table import TokenTable

# Only the opening of an article is searched: it names the event, and this keeps the cost per article small.
MAX_CHUNKS = 40
MAX_CONTENT_WORDS = 5  # a headline-length phrase, not a coordinated list
_LEADING = frozenset({"DET", "PUNCT", "CCONJ", "ADP", "SPACE"})
# Dependency labels of a clause's core arguments: Universal Dependencies (French models) and ClearNLP
# (English models).
_CORE = frozenset({"ROOT", "nsubj", "nsubj:pass", "obj", "iobj", "appos", "nsubjpass", "dobj", "attr"})

NounPhrase = tuple[int, int, str]  # start, end (character offsets), content lemmas joined by spaces


def noun_phrases(doc: Doc, table: TokenTable) -> list[NounPhrase]:
    """The article's first noun phrases (see the module docstring); none without a dependency parse."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    chunks: list[tuple[int, int, bool]] = []
    try:
        for chunk in doc.noun_chunks:
            chunks.append((chunk.start, chunk.end, chunk.root.dep_ in _CORE))
            if len(chunks) >= MAX_CHUNKS:
                break
    except (NotImplementedError, ValueError):  # a language without a noun-chunk iterator
        return []
    spans = [(start, end) for start, end, core in chunks if core]
    for (start, end, core), (next_start, next_end, _) in itertools.pairwise(chunks):
        if core and next_start == end + 1 and table.pos[end] == "ADP":
            spans.append((start, next_end))
    found: list[NounPhrase] = []
    for start, end in spans:
        while start < end and table.pos[start] in _LEADING:
            start += 1
        content = [
            table.base[i]
            for i in range(start, end)
            if table.is_alpha[i] and not table.is_stop[i] and len(table.words[i]) > 1
        ]
        if not content or len(content) > MAX_CONTENT_WORDS or any(table.is_punct[i] for i in range(start, end)):
            continue
        last = doc[end - 1]
        found.append((doc[start].idx, last.idx + len(last.text), " ".join(content)))
    return found
