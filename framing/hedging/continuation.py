"""A plain conditional that goes on a hypothesis of its own sentence is part of it (French).

"Cette agence fixerait les tarifs et contrôlerait les ports auxquels les navires seraient
rattachés": once the first conditional is read as a hypothesis (a scheme, a proposal, a "si" clause, an
implicit condition), the verbs coordinated to it and the relative clauses that describe its objects
tell the same imagined case; each taken alone has no sign of it, and would count as the journalistic
conditional. The hypothesis carries on to the later plain conditionals of the sentence, up to a hard
boundary (";", ":") or a word that names a source or a date ("selon", "hier"), where reported news may
start again. Modals keep their own reading ("... et pourrait coûter cher" is a guess).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc

from .clauses import HARD_BOUNDARIES, Sentences
from .findings import CONDITIONAL_HEDGE, HYPOTHETICAL, Finding
from .words import ClauseWords


def continue_hypotheses(
    doc: Doc, findings: Sequence[Finding], keys: Sequence[frozenset[str]], words: ClauseWords, sentences: Sentences
) -> list[Finding]:
    """`findings` (in text order) with each plain conditional hedge that follows a
    hypothesis in the same sentence made a hypothesis too (rule trail `|continues:<first verb>`)."""
    out: list[Finding] = []
    opened: tuple[int, str] | None = None  # (first token after the hypothesis, its text)
    for finding in sorted(findings, key=lambda f: f.start):
        if opened is not None:
            after, text = opened
            lo, _ = sentences.around(finding.start)
            if lo >= after or any(
                doc[k].text in HARD_BOUNDARIES or keys[k] & words.reported_signs for k in range(after, finding.start)
            ):
                opened = None
            elif finding.kind == CONDITIONAL_HEDGE and finding.counted:
                finding = dataclasses.replace(
                    finding, kind=HYPOTHETICAL, rule=f"{finding.rule}|continues:{text}", counted=False
                )
        if finding.kind == HYPOTHETICAL:
            opened = (finding.end, opened[1] if opened is not None else doc[finding.start : finding.end].text)
        out.append(finding)
    return out
