"""`framing_attribution`: who is said to have said what (see `framing.attribution`).

Reads the quotations `framing_quotes` found (or finds them itself when used alone), writes
`doc._.framing_attributions` (list[Attribution]) and `doc._.framing_quotes` (list[Quote], linked to
attributions), and the span groups `doc.spans["framing_attributions"]` (cue spans labelled with the
speaker type) and `doc.spans["framing_speakers"]`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attribution.extractor import extract_attributions
from ..attribution.glued_quotes import find_glued_openers
from ..attribution.open_quotations import mend_open_quotations
from ..attribution.resources import load_resources
from ..attribution.single_quotes_fr import find_french_single_quotations
from ..quotes import find_quotations, find_reversed_openers, find_single_quotations
from ..token_table import token_table
from ..writer_wording import mark_attributed
from . import extensions  # noqa: F401

SPANS_KEY = "framing_attributions"
SPEAKERS_KEY = "framing_speakers"


@Language.factory(
    "framing_attribution",
    assigns=["doc._.framing_attributions", "doc._.framing_quotes"],
    default_config={"lexicon_paths": []},
)
def make_attribution(nlp: Language, name: str, lexicon_paths: list[str]) -> AttributionComponent:
    return AttributionComponent(nlp.lang, tuple(lexicon_paths))


class AttributionComponent:
    """Finds attributions of speech; lexicons are loaded once, when the component is built."""

    def __init__(self, lang: str, lexicon_paths: tuple[str, ...] = ()) -> None:
        self.lang = lang
        self.resources = load_resources(lang, lexicon_paths)
        self.clause_verbs = frozenset(t.term for t in self.resources.verb_lemmas.values() if t.clause)

    def __call__(self, doc: Doc) -> Doc:
        marks = doc._.framing_quote_marks
        if marks is None:
            marks = find_quotations(token_table(doc).text)
            doc._.framing_quote_marks = marks
        if self.lang == "en":  # single marks and damaged openers count for attribution only (voice stays)
            text = token_table(doc).text
            marks = mend_open_quotations(text, marks)  # `"A ¶ narration ¶ "B"`, a quotation left open at the end
            marks = sorted([*marks, *find_single_quotations(text, marks)], key=lambda q: q.outer_start)
            marks = sorted([*marks, *find_reversed_openers(text, marks)], key=lambda q: q.outer_start)
        if self.lang == "fr":  # a straight mark glued to the previous sentence's stop (`."La`), attribution only
            text = token_table(doc).text
            glued = find_glued_openers(text, marks)
            marks = sorted([*marks, *glued], key=lambda q: q.outer_start) if glued else marks
            single = find_french_single_quotations(text, marks)  # wire copy's 'A', a-t-il dit, attribution only
            marks = sorted([*marks, *single], key=lambda q: q.outer_start) if single else marks
        attributions, quotes = extract_attributions(doc, self.resources, marks)
        doc._.framing_attributions = attributions
        if self.lang == "en" and doc._.framing_loaded:  # the B annotators' convention (writer's wording)
            doc._.framing_loaded = mark_attributed(doc._.framing_loaded, attributions, self.clause_verbs)
        doc._.framing_quotes = quotes
        cue_spans, speaker_spans = [], []
        for a in attributions:
            span = doc.char_span(a.start, a.end, label=a.speaker_type, alignment_mode="expand")
            if span is not None:
                cue_spans.append(span)
            if a.speaker_start is not None and a.speaker_end is not None:
                sp = doc.char_span(a.speaker_start, a.speaker_end, label=a.speaker_type, alignment_mode="expand")
                if sp is not None:
                    speaker_spans.append(sp)
        doc.spans[SPANS_KEY] = cue_spans
        doc.spans[SPEAKERS_KEY] = speaker_spans
        return doc
