"""Find what an attribution reports (a direct quote or an indirect clause) and its form.

Direct: the content is a quotation (`a expliqué : « ... »`, `« ... », a-t-il ajouté`, `« ... » La
porte-parole, X, a déclaré`). Indirect: a `que`/`that` clause, an infinitive, an object, or the clause an
incise hangs on (`..., a noté Bloomberg`). Mixed: indirect content that embeds a quoted fragment.
Offsets are characters; the content never includes the cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteIndex, QuoteMark
from ..token_table import token_table
from .annotations import has
from .cues import Cue
from .resources import Resources
from .sentences import Sentences

SCAN_TOKENS = 22
# A quotation with a lead-in of at most this share of the letters is still direct speech.
DIRECT_LEAD_SHARE = 0.2
GAP_CHARS = " \t\u00a0\u202f,;:—–-"


@dataclass(frozen=True)
class Content:
    start: int
    end: int
    form: str
    quote: QuoteMark | None = None


def _norm(text: str) -> str:
    return text.replace("’", "'").lower()


class ContentFinder:
    def __init__(self, doc: Doc, res: Resources, quotes: list[QuoteMark], sentences: Sentences | None = None) -> None:
        self.doc = doc
        self.text = token_table(doc).text  # Doc.text joins every token on each access
        self.sentences = sentences or Sentences(doc, res)
        self.res = res
        self.quotes = quotes
        self.index = QuoteIndex(quotes)
        self.parsed = has(doc, "DEP")
        self.tagged = has(doc, "POS")
        self._starts = {q.outer_start: q for q in quotes}
        self._ends = {q.outer_end: q for q in quotes}

    def _sent_bounds(self, i: int) -> tuple[int, int]:
        return self.sentences.bounds(i)

    def make(self, start: int, end: int) -> Content | None:
        """Trim the character range and decide its form from the quotes it holds."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
            end -= 1
        if end - start < 2:
            return None
        inside = [q for q in self.quotes if q.outer_start < end and start < q.outer_end]
        for q in inside:
            # a quotation that runs past the sentence belongs to the content whole
            if q.outer_start >= start and q.outer_end > end:
                end = q.outer_end
        if not inside:
            return Content(start, end, "indirect")
        if len(inside) == 1:
            q = inside[0]
            rest = sum(ch.isalnum() for ch in text[start : q.outer_start] + text[q.outer_end : end])
            if rest == 0:
                return Content(q.start, q.end, "direct", q)
            quoted = sum(ch.isalnum() for ch in text[q.start : q.end])
            if rest <= DIRECT_LEAD_SHARE * (rest + quoted):
                return Content(start, end, "direct", q)  # `Cette décision « marque ... »`: a short lead-in
        return Content(start, end, "mixed")

    def quote_content(self, q: QuoteMark) -> Content:
        return Content(q.start, q.end, "direct", q)

    # ------------------------------------------------------------------ after the cue

    def after(self, cue: Cue, from_token: int) -> Content | None:
        """Content that follows the cue: a quote, a `que` clause, a colon, an infinitive or an object."""
        doc = self.doc
        res = self.res
        _, s_end = self._sent_bounds(cue.head)
        limit = min(len(doc), from_token + SCAN_TOKENS)
        j = from_token
        while j < limit:
            t = doc[j]
            low = _norm(t.text)
            q = self._starts.get(t.idx)
            if q is not None:
                between = self.text[doc[from_token].idx if from_token < len(doc) else t.idx : t.idx]
                if j == from_token or not any(ch.isalnum() for ch in between) or between.rstrip().endswith(":"):
                    return self.quote_content(q)
                j = self.doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand").end
                continue  # a quoted fragment inside an object or a clause: keep scanning
            if t.text == ":":
                nxt = j + 1
                if nxt < len(doc) and doc[nxt].idx in self._starts:
                    return self.quote_content(self._starts[doc[nxt].idx])
                return self.make(t.idx + 1, self._end_char(max(nxt, s_end)))
            if res.has("complementizer", low):
                return self.make(t.idx + len(t.text), self._end_char(s_end))
            if t.is_punct and t.text in ".!?":
                return None
            if j >= s_end:
                return None
            if self.tagged and t.pos_ in ("VERB", "AUX") and not (t.text[:1].isupper() and j > from_token - 1):
                if cue.term.infinitive and "Inf" in t.morph.get("VerbForm") and self._infinitive_ok(from_token, j):
                    return self.make(t.idx, self._end_char(s_end))
                return None
            j += 1
        return None

    def _infinitive_ok(self, from_token: int, j: int) -> bool:
        """An infinitive right after the verb (or after `de`): `a déclaré voir`, `a promis de partir`."""
        between = [t for t in self.doc[from_token:j] if not t.is_space]
        return all(_norm(t.text) in ("de", "d'", "to") or t.pos_ == "ADV" for t in between)

    def nominal_object(self, cue: Cue) -> Content | None:
        """A noun-phrase object reported as said: `a réaffirmé son engagement`, `suggèrent le passage`."""
        if not self.parsed or not cue.term.object:
            return None
        verb = self.doc[cue.head]
        for child in verb.children:
            if (
                child.dep_ in ("obj", "dobj")
                and child.i > verb.i
                and (child.pos_ in ("NOUN", "PROPN", "PRON") or child.text[:1].isupper())
            ):
                sub = list(child.subtree)
                if cue.term.designation and any(_norm(t.text) in ("comme", "as") for t in sub):
                    return None  # reconnaître X comme Y: a designation, not speech
                q = self.index.containing(child.idx)
                if q is not None and q.outer_start < verb.idx:
                    return None
                end_tok = sub[-1]
                return self.make(sub[0].idx, end_tok.idx + len(end_tok.text))
        return None

    def object_without_parse(self, from_token: int) -> Content | None:
        """Without a parser: a determiner or a name right after the verb opens a reported object
        (`denied the allegations`)."""
        doc = self.doc
        if from_token >= len(doc):
            return None
        first = doc[from_token]
        if not (self.res.has("determiner", _norm(first.text)) or first.text[:1].isupper() or first.text.endswith("'s")):
            return None
        return self.rest_of_sentence(from_token, min_words=2)

    def rest_of_sentence(self, from_token: int, min_words: int = 3) -> Content | None:
        """English without `that`: `He said the plan would fail.`"""
        doc = self.doc
        if from_token >= len(doc):
            return None
        _, s_end = self._sent_bounds(from_token)
        words = [t for t in doc[from_token:s_end] if t.is_alpha]
        if len(words) < min_words:
            return None
        return self.make(doc[from_token].idx, self._end_char(s_end))

    def _end_char(self, s_end: int) -> int:
        doc = self.doc
        if s_end >= len(doc):
            return len(self.text)
        return doc[s_end - 1].idx + len(doc[s_end - 1].text)

    # ------------------------------------------------------------------ before the cue

    def quote_before(self, start_char: int) -> Content | None:
        """A quotation that ends right before the cue (`« ... », a-t-il ajouté`, `« ... » dit-il`)."""
        text = self.text
        k = start_char
        while k > 0 and (text[k - 1] in GAP_CHARS or (text[k - 1] == "\n" and False)):
            k -= 1
        q = self._ends.get(k)
        if q is None:
            return None
        # `pour « Empêcher le retour ... » ajoute le communiqué`: a quoted fragment inside a clause is mixed
        doc = self.doc
        span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if span is not None:
            s_start, _ = self._sent_bounds(span.start)
            lead = self.text[doc[s_start].idx : q.outer_start]
            if any(ch.isalnum() for ch in lead):
                return self.make(doc[s_start].idx, q.outer_end)
        return self.quote_content(q)

    def clause_before(self, cue_first: int) -> Content | None:
        """The clause an incise hangs on: `L'hésitation ... pourrait être liée aux craintes, a noté Bloomberg.`"""
        doc = self.doc
        s_start, _ = self._sent_bounds(cue_first)
        end_tok = cue_first
        while end_tok > s_start and (doc[end_tok - 1].is_punct or doc[end_tok - 1].is_space):
            end_tok -= 1
        if end_tok <= s_start:
            return None
        start_char = doc[s_start].idx
        # do not reach back across an earlier quotation's closing mark in the same sentence
        for q in self.quotes:
            if start_char < q.outer_end <= doc[end_tok - 1].idx and q.outer_start < start_char:
                start_char = q.outer_end
        end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        if end_char - start_char < 8:
            return None
        return self.make(start_char, end_char)

    def sentence_after(self, from_token: int) -> Content | None:
        doc = self.doc
        if from_token >= len(doc):
            return None
        _, s_end = self._sent_bounds(from_token)
        if from_token >= s_end:
            return None
        return self.make(doc[from_token].idx, self._end_char(s_end))
