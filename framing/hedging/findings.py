"""The analyser's intermediate finding and its kinds, shared by the rules that rewrite findings."""

from __future__ import annotations

from dataclasses import dataclass

CONDITIONAL_HEDGE = "conditional_hedge"
CONCORDANCE = "concordance"
HYPOTHETICAL = "hypothetical"
APPROXIMATOR = "approximator"
NON_HEDGE_MODAL = "non_hedge_modal"


@dataclass(frozen=True)
class Finding:
    """A cue before it becomes a CertaintyCue: token range, kind and the rule trail."""

    start: int
    end: int
    kind: str
    rule: str
    counted: bool
