"""English reported speech inside a direct quotation: `"The board told us that ...," she said`.

A speaker quoted at length often relays someone else's words or their own earlier ones (`"The agency
says that it wants talks"`, `"I asked the manager to wait"`, `"where the dean assured us that ..."`).
The quotation annotators of every English quotation set read so far (Q29, Q30, Q31, Q32) count such a
report as a record of its own, with the speaker as written inside the quotation. The main pass reads
only the reporter's voice, so a quotation that holds a reporting verb is read again as a text of its
own (the tokens copied with their parse, `Span.as_doc`, no new parse), as the French pass does
(nested_quotes.py).

Only the shapes that report speech inside a quotation as clearly as outside are kept: a subject, a
verb of saying and a `that` clause (`X says that`, `X assured us that`), or a directive with its
addressee and a `to` infinitive (`I requested the nurses to attend`, `we called on members to`).
Verbs of stance, wish and thought (`nested_stance_verb` in lexicons/en/sources.yaml: `think`,
`believe`, `want`, `support`) and noun objects (`condemned the attack`) name what the quoted speaker
holds, not words reported: a first version that kept them lost precision on Q31 and Q32 (round 36).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes import QuoteMark
from ..token_table import token_table
from ..types import Attribution
from .nested_quotes import Extract, quotations_read_again, shifted
from .resources import Resources

MAX_ADDRESSEE_WORDS = 5  # `the striking nurses at the ward` before the `to` of a directive


def _may_report(doc: Doc, first: int, last: int, res: Resources) -> bool:
    """A reporting verb past the quotation's first word with `that` or `to` within the next
    MAX_ADDRESSEE_WORDS + 1 words: set lookups only, so most quotations cost nothing more (a phrasal
    verb, `called on`, is looked up by its first word here and read whole by the extractor)."""
    table = token_table(doc)
    keys = res.verb_keys
    for i in range(first + 1, last):
        low, lemma = table.lower[i], table.lemma[i]
        if low in keys or lemma in keys:
            after = table.lower[i + 1 : min(i + MAX_ADDRESSEE_WORDS + 2, last)]
            if "to" in after or any(res.has("complementizer", w) for w in after):
                return True
    return False


def _reports_words(content: str, res: Resources) -> bool:
    """A `that` clause, or an addressee of at most MAX_ADDRESSEE_WORDS words and `to` before a verb
    (`the nurses to attend`); `over 60 changes to the agreement` is a noun phrase, `to` before a
    determiner."""
    words = content.lower().split()
    if not words:
        return False
    if res.has("complementizer", words[0]):
        return True
    for k, w in enumerate(words[1 : MAX_ADDRESSEE_WORDS + 2], start=1):
        if w == "to":
            nxt = words[k + 1] if k + 1 < len(words) else ""
            return nxt.isalpha() and not res.has("determiner", nxt)
    return False


def _clear_report(a: Attribution, text: str, res: Resources) -> bool:
    """A subject-verb record whose content follows its cue, no stance verb, in a shape of
    `_reports_words`."""
    if a.rule != "subject_verb" or a.speaker_start is None or a.content_start is None or a.content_end is None:
        return False
    if a.content_start < a.end or a.form == "direct":
        return False
    lemma = (a.verb_lemma or a.verb or "").lower()
    if res.has("nested_stance_verb", lemma):
        return False
    return _reports_words(text[a.content_start : a.content_end], res)


def nested_quote_attributions(
    doc: Doc, res: Resources, marks: list[QuoteMark], found: list[Attribution], extract: Extract
) -> list[Attribution]:
    """Reports inside quotations (document offsets) whose cues overlap no cue of `found`."""
    out: list[Attribution] = []
    cues = [(o.start, o.end) for o in found if (o.start, o.end) != (o.content_start, o.content_end)]
    for _q, at, inner, records in quotations_read_again(doc, res, marks, extract, _may_report):
        for a in records:
            if not _clear_report(a, inner.text, res):
                continue
            moved = shifted(a, at)
            if any(moved.start < e and s < moved.end for s, e in cues):
                continue
            cues.append((moved.start, moved.end))
            out.append(moved)
    return out
