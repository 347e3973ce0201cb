"""French: the source an outlet learnt a claim from (`..., a appris Reuters de source proche du dossier`,
`Le Progrès a appris auprès du parquet que ...`, `..., a appris le site de la gendarmerie`).

When a wire or a paper writes that it has learnt something *from* someone, it is the reporter telling
how it got the claim: the one who said it is the source after `de` / `auprès de`, and the annotators
give that source the record (speaker and type), with no record for the outlet (round 37: every such
construction of the read sets A46, A47 and A51 is annotated so). With no source named (`a appris Le
Parisien`, `selon ce qu'a appris X`) the outlet stays the speaker: it is then the only voice given.

The verb is one whose only speech sense has an outlet for subject (`media_subject`, `apprendre`); the
source is the noun phrase right after its `de` / `d'` / `auprès de|du|des` (adverbs and date words
may stand before it), after the outlet when the outlet is inverted.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..matching import norm
from .content import date_word
from .resources import Resources

FROM_WORDS = ("de", "d'", "d’")  # `de source judiciaire`, `d'une source proche`
NEAR_WORDS = ("auprès",)  # `auprès de la préfecture`, `auprès du parquet`
NEAR_LINKS = ("de", "d'", "d’", "du", "des")
FUSED_ARTICLES = ("du", "des")
MAX_OUTLET = 6  # words of an inverted outlet's name before its `de` (`l'Agence France-Presse`)
MAX_SKIPPED = 4  # adverbs and date words between the verb (or the outlet) and `de` (`mercredi soir`)

RightNp = Callable[[int], "tuple[int, int] | None"]


def source_of_outlet(
    doc: Doc, res: Resources, verb_last: int, speaker: tuple[int, int], right_np: RightNp
) -> tuple[int, int] | None:
    """The source named after an outlet's verb of learning, as a token range, or None.

    `verb_last` is the verb's last token, `speaker` the outlet found for it (before the verb, or
    inverted after it); `right_np(k)` walks a noun phrase from token k."""
    s, e = speaker
    if s > verb_last:  # inverted outlet: its `de` lies inside the phrase found, or right after it
        k = next(
            (j for j in range(s + 1, min(e, s + 1 + MAX_OUTLET)) if _opens_source(doc, j)),
            e,
        )
    else:
        k = verb_last + 1
    skipped = 0
    while k < len(doc) and skipped < MAX_SKIPPED and not _opens_source(doc, k) and _skippable(doc, res, k):
        k += 1
        skipped += 1
    if k >= len(doc) or not _opens_source(doc, k):
        return None
    first = k + 2 if norm(doc[k].lower_) in NEAR_WORDS else k + 1  # `auprès du parquet`: past `du`
    if first >= len(doc) or doc[first].is_punct or doc[first].pos_ in ("PRON", "SCONJ"):
        return None  # `a appris de lui`: no noun phrase
    if doc[first].pos_ in ("VERB", "AUX") and not doc[first].text[:1].isupper():
        return None  # `a appris à nager`, `d'avoir`: a verb (an acronym tagged a verb, `du SRPJ`, stays)
    source = right_np(first)
    if (source is None or source[0] != first) and doc[first].text.isupper() and len(doc[first].text) > 1:
        return first, first + 1  # an acronym the tagger took for a verb (`auprès du SRPJ`)
    if source is None or source[0] != first:
        return None
    return source


def after_fused_article(doc: Doc, s: int) -> bool:
    """The source follows `du` / `des` (`auprès du SRPJ`, `des services de police`): the fused article is a
    definite one, which a person's name does not take, so the words name a body even when the tagger
    reads a lone acronym as a name."""
    return s > 0 and norm(doc[s - 1].lower_) in FUSED_ARTICLES


def _opens_source(doc: Doc, k: int) -> bool:
    low = norm(doc[k].lower_)
    if low in FROM_WORDS:
        return True
    return low in NEAR_WORDS and k + 1 < len(doc) and norm(doc[k + 1].lower_) in NEAR_LINKS


def _skippable(doc: Doc, res: Resources, k: int) -> bool:
    t = doc[k]
    return t.pos_ == "ADV" or t.like_num or date_word(res, norm(t.lower_))
