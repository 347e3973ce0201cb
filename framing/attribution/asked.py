"""English questions put by someone named: `When asked by a reporter whether he would run, the
senator said ...`, `The governor was asked by the committee if he would sign`.

News-attribution annotation (PolNeAR and its like) counts what was asked as reported content: the
content is the question after `asked` (up to the end of its clause), the speaker the `by` phrase's
questioner. Found apart from the reporting verbs because the subject of the sentence is the one who
was asked, not the speaker. Word lists in lexicons/en/sources.yaml: `question_verb` (asked),
`question_opener` (whether, if, about, to ...), `question_time` (when, after, while ...).
Round 29's convention (the quotation annotators of three read sets in four): a question put by
nobody named (`Asked whether he would run, ...`, `he was asked about the polls`, `customers are asked
to contact the helpline`) is the reporter's or an instruction, no statement anyone made: no record. The
answer, when one is reported, is a record of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex
from ..token_table import token_table
from .content import Content, ContentFinder
from .resources import Resources
from .sentences import Sentences
from .speakers import SpeakerFinder

CLAUSE_END = (",", ";", ":", "—", "–")
MAX_BY_PHRASE = 8  # tokens of `by a reporter from the local station`


@dataclass
class Asked:
    """A passive `asked` with the question and the questioner its `by` phrase names."""

    first: int  # first token of the cue (`was` of `was asked`, `Asked`)
    last: int  # `asked`
    content: Content
    speaker: tuple[int, int]  # token span of the `by` phrase's noun phrase


def find_asked(
    doc: Doc,
    res: Resources,
    index: QuoteIndex,
    sentences: Sentences,
    contents: ContentFinder,
    speakers: SpeakerFinder,
) -> list[Asked]:
    """Every passive `asked` outside quotations that opens a question put by someone named; English only."""
    if res.lang != "en" or not res.words.get("question_verb"):
        return []
    out: list[Asked] = []
    for i, low in enumerate(token_table(doc).lower):
        if not res.has("question_verb", low):
            continue  # one set lookup per token
        first = _passive_start(doc, i, res, sentences)
        if first is None or index.containing(doc[i].idx) is not None:
            continue
        if i + 1 >= len(doc) or doc[i + 1].lower_ != "by":
            continue  # the reporter's question, nobody named: no record (round 29)
        speaker = speakers.right_np(i + 2, skip_time=False, max_len=MAX_BY_PHRASE)
        if speaker is None:
            continue
        cut = next((m for m in range(*speaker) if res.has("question_opener", doc[m].lower_)), speaker[1])
        if cut <= speaker[0]:
            continue
        speaker = (speaker[0], cut)
        k = _past_adjunct(doc, cut, res)
        if k >= len(doc) or not res.has("question_opener", doc[k].lower_):
            continue
        content = _question(doc, k, sentences, contents)
        if content is not None:
            out.append(Asked(first, i, content, speaker))
    return out


def _passive_start(doc: Doc, i: int, res: Resources, sentences: Sentences) -> int | None:
    """First token of a passive `asked`: itself at the start of a sentence (`Asked whether`) or after
    `when`/`after` (`when asked about`), or the form of `be` before it (`was asked`, `has been asked`);
    None for an active `asked` (`The host asked the governor`), which the reporting verbs handle."""
    s_start, _ = sentences.bounds(i)
    if i == s_start or doc[i - 1].text in ('"', "“", "(", "—", "–"):
        return i if doc[i].text[:1].isupper() or i == s_start else None
    prev = doc[i - 1].lower_.replace("’", "'")
    if res.has("question_time", prev):
        return i
    j = i
    while j > s_start and (
        res.has("passive_auxiliary", doc[j - 1].lower_)
        or res.has("auxiliary", doc[j - 1].lower_)
        or doc[j - 1].lower_ in ("not", "n't", "also", "never", "repeatedly", "again", "even", "often")
    ):
        j -= 1
    if j < i and any(res.has("passive_auxiliary", t.lower_) for t in doc[j:i]):
        return j
    return None


def _past_adjunct(doc: Doc, k: int, res: Resources) -> int:
    """Skip a short adjunct between `asked` and the question: `on Sunday`, `in an interview`, `later`."""
    n = len(doc)
    j = k
    while j < n and (res.has("time_word", doc[j].lower_) or doc[j].lower_.endswith("ly")):
        j += 1
    if j < n and doc[j].lower_ in ("on", "in", "during", "at") and not res.has("question_opener", doc[j].lower_):
        m = j + 1
        while m < n and m - j <= 6 and not doc[m].is_punct and not res.has("question_opener", doc[m].lower_):
            m += 1
        if m < n and res.has("question_opener", doc[m].lower_):
            return m
    return j


def _question(doc: Doc, k: int, sentences: Sentences, contents: ContentFinder) -> Content | None:
    """From the question word to the end of its clause (a comma, a semicolon, a dash or the sentence
    end): `Asked whether he would run again, the senator ...` takes `whether he would run again`."""
    _, s_end = sentences.bounds(k)
    j = k + 1
    while j < s_end and doc[j].text not in CLAUSE_END:
        j += 1
    last = j - 1
    while last > k and doc[last].is_punct:
        last -= 1
    if last <= k:
        return None  # `asked about.`: no question
    return contents.make(doc[k].idx, doc[last].idx + len(doc[last].text))
