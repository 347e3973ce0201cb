"""Words inside a speaker's direct quotation, read from the attribution analyser (round twenty-one).

A vague quantifier is a weasel word when the writer uses it to lend a claim to an unnamed many
("many believe", "some experts say") or to widen a claim without a measure. Inside a direct
quotation whose speaker the attribution analyser found ("'Some came early and many stayed late,'
the organiser said"), the words are the speaker's own account, and their source is named: the
vagueness is the speaker's, not the writer's hedge. The English quantifier entries that ask for it
(`data.speaker_words`) are then shown as approximators, not counted.
"""

from __future__ import annotations

from collections.abc import Sequence

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
