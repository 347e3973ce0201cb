"""Quotations with no cue of their own that carry on the previous speaker's words.

News writing often quotes a speaker once with a cue (`« ... », a-t-il ajouté.`) and then goes on with
more of the same speech in the next sentence or paragraph, with no cue at all (`« ... »`). Annotators
count such a *floating* quotation as an attribution of its own, in direct form, by the same speaker. It
is found here from characters alone (so both languages and every pipeline share it): a quotation of
several words that opens its sentence (or follows a colon) and closes it, not already claimed by an
attribution, shortly after an attribution with nothing but the end of that attribution's sentence and
at most one paragraph break in between. Quotations chained with `;` or `,` (`« A » ; « B »`) are one
content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..quotes import QuoteMark
from ..types import Attribution

MIN_WORDS = 4  # shorter quotations are names, titles or scare quotes
MAX_GAP = 400  # characters between the previous attribution and the floating quotation
MAX_LEAD = 90  # characters of a lead-in ending with a colon (`Juillet 2016, RTL :`)
CHAIN_GAP = re.compile(r"^[\s;,]*$")
SENTENCE_END = re.compile(r"[.!?…][\s»”\"]*$")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
PARAGRAPH_BREAK = re.compile(r"\n\s*")
CUE_COLON = re.compile(r"[ \u00a0\u202f]*:[ \u00a0\u202f]*")  # a colon alone between a cue and a quotation


def chain_end(text: str, marks: list[QuoteMark], k: int) -> int:
    """Index (in marks) of the last quotation chained to marks[k] by `;` or `,` alone."""
    while k + 1 < len(marks) and CHAIN_GAP.match(text[marks[k].outer_end : marks[k + 1].outer_start]):
        if "\n" in text[marks[k].outer_end : marks[k + 1].outer_start]:
            break
        k += 1
    return k


def uncovered_chains(
    text: str, marks: list[QuoteMark], taken: list[tuple[int, int]]
) -> Iterator[tuple[QuoteMark, QuoteMark]]:
    """Each run of quotations chained by `;` or `,` (its first and last mark) that no span in `taken`
    overlaps: the quotations still without a speaker, for the verbless readers (colon, headings)."""
    k = 0
    while k < len(marks):
        last = chain_end(text, marks, k)
        first, k = marks[k], last + 1
        if not any(s < marks[last].end and first.start < e for s, e in taken):
            yield first, marks[last]


def uncovered_sentence_quotations(
    text: str, marks: list[QuoteMark], records: list[Attribution]
) -> Iterator[tuple[QuoteMark, QuoteMark]]:
    """Each quotation chain no record's cue or content overlaps that is a whole sentence of MIN_WORDS
    words or more: the cue-less quoted paragraphs the prior-sentence readers (French and English) give
    the person the sentence before brings in."""
    taken = [(a.content_start, a.content_end) for a in records if a.content_start is not None and a.content_end]
    taken += [(a.start, a.end) for a in records]
    for first, last in uncovered_chains(text, marks, taken):
        if (
            len(WORD.findall(text[first.start : last.end])) >= MIN_WORDS
            and _opens_sentence(text, first)
            and _closes_sentence(text, last, first)
        ):
            yield first, last


def _opens_sentence(text: str, q: QuoteMark) -> bool:
    """Only a paragraph break, a finished sentence or a short lead-in ending with a colon precede it."""
    para_start = text.rfind("\n", 0, q.outer_start) + 1
    lead = text[para_start : q.outer_start].rstrip()
    if not lead or SENTENCE_END.search(lead):
        return True
    if lead.endswith(":"):
        cut = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
        return len(lead) - cut <= MAX_LEAD and not any(ch in lead[cut + 1 :] for ch in '«»“”"')
    return False


def _after_cue_colon(text: str, prev: Attribution, q: QuoteMark) -> bool:
    """The quotation follows the previous attribution's cue and a colon only (`..., relate le
    syndicaliste : « ... »`, `détaille-t-il : « ... »`): a lead-in of any length, its speaker given."""
    return prev.end <= q.outer_start and bool(CUE_COLON.fullmatch(text[prev.end : q.outer_start]))


def _closes_sentence(text: str, q: QuoteMark, first: QuoteMark) -> bool:
    """The quotation ends its sentence: a full stop inside or after it, or a paragraph break after a
    lead-in (a quotation alone on its line with no full stop is a subheading)."""
    if text[q.start : q.end].rstrip()[-1:] in ".!?…":
        return True
    after = text[q.outer_end : q.outer_end + 3].lstrip(" \u00a0\u202f")
    if after[:1] in (".", "!", "?", "…", ";"):
        return True
    alone = not text[text.rfind("\n", 0, first.outer_start) + 1 : first.outer_start].strip()
    return (not after or after[0] == "\n") and not alone


def _gap_ok(text: str, start: int, end: int) -> bool:
    """Between the previous attribution and the quotation: no other quotation, at most one paragraph
    break, at most the rest of one sentence."""
    gap = text[start:end].lstrip(' \u00a0\u202f»”"')
    if len(gap) > MAX_GAP or any(ch in gap for ch in "«»“”"):
        return False
    return len(PARAGRAPH_BREAK.findall(gap.strip())) <= 1


RELATIVE_SPEAKERS = frozenset({"who", "which", "that"})  # English relatives only


def antecedent_speaker(prev: Attribution) -> Attribution:
    """A relative pronoun hands on its antecedent (`"...," said Ana Ruiz, who hopes to return. "..."`:
    the next quotation is Ruiz's, not `who`'s), when the record names it in `resolved`."""
    if (prev.speaker or "").lower() not in RELATIVE_SPEAKERS or prev.resolved_start is None:
        return prev
    return replace(prev, speaker=prev.resolved, speaker_start=prev.resolved_start, speaker_end=prev.resolved_end)


SINGLE_MARKS = ("‘", "'")  # English single marks (attribution only): short ones quote titles more than people
MIN_SINGLE_WORDS = 7


def floating_attributions(text: str, marks: list[QuoteMark], attributions: list[Attribution]) -> list[Attribution]:
    """Attributions for floating quotations (in text order), to add to `attributions`."""
    claimed = [
        (a.content_start, a.content_end) for a in attributions if a.content_start is not None and a.content_end
    ] + [(a.start, a.end) for a in attributions]
    ordered = sorted(attributions, key=lambda a: max(a.end, a.content_end or 0))
    out: list[Attribution] = []
    k = 0
    while k < len(marks):
        q = marks[k]
        last = chain_end(text, marks, k)
        span = (q.start, marks[last].end)
        k_next = last + 1
        if any(s < span[1] and span[0] < e for s, e in claimed):
            k = k_next
            continue
        words = sum(len(WORD.findall(text[m.start : m.end])) for m in marks[k : last + 1])
        # a record with no speaker span (`il vient d'être annoncé que`, `a-t-on appris`) hands on nobody:
        # the quotation continues the last named speaker before it
        previous = [
            a for a in ordered + out if max(a.end, a.content_end or 0) <= q.outer_start and a.speaker_start is not None
        ]
        prev = max(previous, key=lambda a: max(a.end, a.content_end or 0)) if previous else None
        opens = _opens_sentence(text, q) or (prev is not None and _after_cue_colon(text, prev, q))
        short_single = q.opener in SINGLE_MARKS and words < MIN_SINGLE_WORDS  # a title: `'All Bets Are Off.'`
        if words < MIN_WORDS or short_single or not opens or not _closes_sentence(text, marks[last], q):
            k = k_next
            continue
        if (
            prev is not None
            and _gap_ok(text, max(prev.end, prev.content_end or 0), q.outer_start)
            and prev.speaker_start is not None
        ):
            out.append(
                replace(
                    antecedent_speaker(prev),
                    start=span[0],
                    end=span[1],
                    text=text[span[0] : span[1]],
                    form="direct",
                    verb=None,
                    content_start=span[0],
                    content_end=span[1],
                    stance=None,
                    verb_lemma=None,
                    relays_anonymous=False,
                    rule="floating",
                )
            )
        k = k_next
    return out
