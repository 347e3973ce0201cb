"""Hedging and certainty: hedges, boosters and the conditional told apart from concordance of tenses.

One job per module:
- `words`: the word lists the rules need, loaded from the lexicons (never written in Python).
- `cues`: lexical hedges, approximators and boosters (lexicon terms and token patterns).
- `mood`: is this French verb form a conditional? (model morphology, else verb endings).
- `clauses`: which verb governs a clause (concordance of tenses after a past reporting verb).
- `hypothetical`: is a conditional the consequence of a `si`/`if` clause?
- `voice`: reporter's own words or inside quotation marks.
- `analyser`: puts them together for the `framing_hedging` spaCy component.
- `checkset`: scores the component on annotated sentences (tests/checksets/hedging_*.jsonl).
"""

from .analyser import HedgeAnalyser

__all__ = ["HedgeAnalyser"]
