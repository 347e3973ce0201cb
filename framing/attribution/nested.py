"""Stances reported inside someone else's reported words: `X said Y thinks Z`, `the plan, which X
wants to pass, ...`.

News-attribution annotation (PolNeAR and its like) counts a nested attribution when the inner verb
is one of saying (`X said Y claimed that Z`: two attributions), but seldom when it is a verb of
thought, wish, perception or stance (`think`, `want`, `show`, `endorse`, `call for`): the inner
clause is then part of the outer speaker's words. Measured on the English dev set, such inner cues
matched an annotation about one time in four, against nine in ten for attributions at the top
level. The verbs are listed in lexicons/en/sources.yaml (`nested_stance_verb`); a language without
the list keeps every nested attribution.
"""

from __future__ import annotations

from ..types import Attribution
from .resources import Resources


def _listed(res: Resources, lemma: str) -> bool:
    words = tuple(lemma.lower().split())
    if len(words) == 1:
        return res.has("nested_stance_verb", words[0])
    return words in res.phrases.get("nested_stance_verb", ())


def _inside_reported_words(a: Attribution, others: list[Attribution]) -> bool:
    """The cue lies inside another attribution's content that is no quotation (`direct`)."""
    for o in others:
        if o is a or o.form == "direct" or o.content_start is None or o.content_end is None:
            continue
        if o.content_start <= a.start and a.end <= o.content_end:
            return True
    return False


def drop_nested_stances(attributions: list[Attribution], res: Resources) -> list[Attribution]:
    """Leave out listed stance verbs whose cue sits inside another attribution's reported words."""
    if "nested_stance_verb" not in res.words and "nested_stance_verb" not in res.phrases:
        return attributions
    return [
        a
        for a in attributions
        if not (_listed(res, a.verb_lemma or a.verb or "") and _inside_reported_words(a, attributions))
    ]
