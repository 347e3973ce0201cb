"""Words inside a speaker's direct quotation, read from the attribution analyser (round twenty-one).

A vague quantifier is a weasel word when the writer uses it to lend a claim to an unnamed many
("many believe", "some experts say") or to widen a claim without a measure. Inside a direct
quotation whose speaker the attribution analyser found ("'Some came early and many stayed late,'
the organiser said"), the words are the speaker's own account, and their source is named: the
vagueness is the speaker's, not the writer's hedge. The English quantifier entries that ask for it
(`data.speaker_words`) are then shown as approximators, not counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from ..types import SPEAKERLESS_RULES, Attribution

DIRECT = "direct"


def direct_quote_tokens(doc: Doc, attributions: Sequence[Attribution]) -> frozenset[int]:
    """Indices of the tokens inside the content of a direct quotation that has a speaker."""
    tokens: set[int] = set()
    for a in attributions:
        if a.form != DIRECT or a.content_start is None or a.content_end is None:
            continue
        if a.speaker_start is None or a.rule in SPEAKERLESS_RULES:
            continue
        span = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return frozenset(tokens)


# Dependencies by which a verb of belief or forecast carries what is believed or expected.
CLAUSE_DEPS = frozenset({"ccomp", "dobj", "obj", "xcomp"})


def quoted_belief(doc: Doc, start: int, end: int, has_dep: bool, clause_word: Mapping[str, str]) -> bool:
    """A first person's belief inside a quotation: the verb carries a clause or an object.

    "I think he left" (ccomp), "we expect higher costs" (dobj); not "what I think he proposed" (the
    verb heads a relative) when a parse says so. `clause_word` names verbs that need one word after
    them ("feel" + "that": "I feel the heat" is a sensation).
    """
    verb = doc[end - 2]  # the entries match subject, an optional adverb, the verb, the clause's first word
    needed = clause_word.get(verb.lower_)
    if needed is not None and (verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != needed):
        return False
    if not has_dep:
        return True
    subject = doc[start]
    return subject.head.i == verb.i and any(child.dep_ in CLAUSE_DEPS for child in verb.children)
