"""French quoted fragments with no cue of their own, woven into the reporter's next sentence.

A speaker is quoted with a cue, and the reporter's next sentence goes on with a few of the same
speaker's words in quotation marks, inside a sentence of the reporter's own (`..., a indiqué la
préfecture. Une mesure qui doit « limiter les départs en forêt » cet été.`). The guidelines count the
quoted words as an attribution of their own: the speaker is given in the sentence before, the form is
mixed (the reporter's sentence with a quoted fragment). A floating quotation (floating.py) is a whole
quoted sentence; this is its woven counterpart, and it is riskier (the same marks hold scare quotes,
titles and words mentioned), so it is held to narrow constraints, read from the characters and the tagger's words:

- a quotation (or `;`/`,` chain) that no attribution covers, of three words or more, opening in lower
  case (a capital opens a name, a title or a whole sentence), not opening its sentence;
- its sentence holds no attribution of its own and, before the quotation, a verb (the fragment is a
  complement of the reporter's clause, not its subject: `la « création de valeur » est ...` names a
  concept), no other quotation, no capitalised word after its first and no word tagged as a proper noun
  or named entity (a name or an institution there may be a new source: `Moscou`, `l'Elysée`, `Paul
  Martin`), and no verb of finding or receiving (`reception_verb` in lexicons/fr/sources.yaml: `les
  enquêteurs ont retrouvé « ... »`);
- the sentence before, in the same paragraph, holds a record with a speaker span: the last one gives
  the speaker, its type and its resolution.

The cue is the quotation with its marks (the only sign of the speaker's voice); the content is the
reporter's sentence that holds it, as the guidelines' mixed form has it (a reported clause containing
a quoted fragment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..quotes import QuoteMark
from ..token_table import token_table
from ..types import Attribution
from .floating import WORD, uncovered_chains
from .linking import QUOTE_CHARS
from .resources import Resources

MIN_WORDS = 3  # two-word quotations in a reporter's sentence were mostly the writer's scare quotes
SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?(?=[ \u00a0\u202f]+[«“\"A-ZÀ-Ý0-9])")
CAPITAL_WORD = re.compile(r"(?<![\w-])[A-ZÀ-Ý]\w*")  # after an elision too (`l'Etat`)
FIRST_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Tagged:
    """Start offsets of the words the lead before a fragment is judged by."""

    names: frozenset[int]  # proper nouns and named entities: a possible new source
    verbs: frozenset[int]  # verbs: the fragment is a complement in the reporter's clause
    no_speech: frozenset[int]  # verbs of finding or receiving: their object is a thing found


def tagged_words(doc: Doc, res: Resources) -> Tagged:
    """The names, verbs and verbs of finding (list `reception_verb`) of `doc`. The wider list of verbs
    whose quoted object is no speech (`quoted_object_no_speech`: copulas, making, naming) is not used:
    after a speaker's sentence, `permettra de réaliser les « ... »` still carries the speaker's words."""
    table = token_table(doc)  # parts of speech and offsets without building a Token per word
    verbs = [i for i, pos in enumerate(table.pos) if pos == "VERB"]
    # the table's lemma is the Token's lower-cased, ’ folded: only a lemma holding ' reads its Token
    lemmas = table.lemma
    no_speech = [
        table.idx[i]
        for i in verbs
        if res.has("reception_verb", lemmas[i] if "'" not in lemmas[i] else doc[i].lemma_.lower())
    ]
    names = [table.idx[i] for i, pos in enumerate(table.pos) if pos == "PROPN"] + [e.start_char for e in doc.ents]
    return Tagged(frozenset(names), frozenset(table.idx[i] for i in verbs), frozenset(no_speech))


def _sentence_start(text: str, para_start: int, pos: int) -> int:
    """Start of the sentence holding `pos`, not before its paragraph."""
    start = para_start
    for m in SENTENCE_END.finditer(text, para_start, pos):
        start = m.end()
    while start < pos and text[start] in " \u00a0\u202f":
        start += 1
    return start


def _touches(a: Attribution, start: int, end: int) -> bool:
    """The record's cue or content lies (partly) in [start, end)."""
    spans = [(a.start, a.end)]
    if a.content_start is not None and a.content_end is not None:
        spans.append((a.content_start, a.content_end))
    return any(s < end and start < e for s, e in spans)


def _lead_ok(tagged: Tagged, start: int, end: int) -> bool:
    """The words before the fragment in its sentence hold a verb, no name (a sentence's first word is
    capitalised whatever it is, so only the tagger tells `Paris a promis` from `Une mesure`) and no verb
    whose object is a thing found."""
    inside = range(start, end)
    return (
        any(v in inside for v in tagged.verbs)
        and not any(n in inside for n in tagged.names)
        and not any(v in inside for v in tagged.no_speech)
    )


def fragment_attributions(
    text: str, marks: list[QuoteMark], attributions: list[Attribution], tagged: Tagged
) -> list[Attribution]:
    """Attributions for quoted fragments that carry on the previous sentence's speaker (text order)."""
    taken = [(a.content_start, a.content_end) for a in attributions if a.content_start is not None and a.content_end]
    taken += [(a.start, a.end) for a in attributions]
    out: list[Attribution] = []
    for first, last in uncovered_chains(text, marks, taken):
        inner = text[first.start : last.end].strip()
        if not inner[:1].islower() or len(WORD.findall(inner)) < MIN_WORDS:
            continue
        para_start = text.rfind("\n", 0, first.outer_start) + 1
        start = _sentence_start(text, para_start, first.outer_start)
        lead = text[start : first.outer_start]
        opening = FIRST_WORD.match(lead)
        if opening is None or any(ch in lead for ch in QUOTE_CHARS) or CAPITAL_WORD.search(lead, opening.end()):
            continue
        if not _lead_ok(tagged, start, first.outer_start):
            continue
        end = SENTENCE_END.search(text, last.outer_end)
        para_end = text.find("\n", last.outer_end)
        para_end = len(text) if para_end < 0 else para_end
        sentence_end = min(end.end() if end else para_end, para_end)
        if any(_touches(a, start, sentence_end) for a in attributions + out):
            continue  # the sentence has a source of its own
        if start == para_start:
            continue  # the sentence before is in another paragraph
        before = _sentence_start(text, para_start, start - 1)
        records = [a for a in attributions if a.speaker_start is not None and _touches(a, before, start)]
        if not records:
            continue
        prev = max(records, key=lambda a: max(a.end, a.content_end or 0))
        content_end = len(text[:sentence_end].rstrip().rstrip(".!?…").rstrip())
        out.append(
            replace(
                prev,
                start=first.outer_start,
                end=last.outer_end,
                text=text[first.outer_start : last.outer_end],
                form="mixed",
                verb=None,
                content_start=start,
                content_end=max(content_end, last.outer_end),
                stance=None,
                verb_lemma=None,
                relays_anonymous=False,
                rule="fragment",
            )
        )
    return out
