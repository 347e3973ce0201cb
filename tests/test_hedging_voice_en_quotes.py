"""Round 35: an English cue's voice reads the quotations whose words make the quoted base.

The attribution analyser counts quotations in single marks (`'We may ...,' she said`) and cuts a
double-marked quotation at a paragraph that does not reopen it; the words inside are the quoted base of
the rates. The hedge voice read double marks only, so a hedge in single marks was the reporter's while
its words were quoted, and a cue paragraphs after an opener never closed was quoted while its words were
the reporter's. Both now read the same quotations. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hedging_support import english_hedging_pipeline
from spacy.language import Language

from framing.analyse import analyse_article
from framing.types import Article

SINGLE = "The plant employs 400 people. 'We may have to close it by the summer,' the manager said on Tuesday."
# an opener never closed in its paragraph; the next quotation opens two paragraphs later
UNCLOSED = (
    'The union leader spoke for an hour. "We will not give in.\n\n'
    "The board may reconsider the sale of the site next month.\n\n"
    '"We are ready for a long strike," she added.'
)


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


def voices(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return [c.voice for c in doc._.framing_hedges if word in c.text]


def in_quotes(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    at = text.index(word)
    return any(q.start <= at < q.end for q in doc._.framing_quotes)


def test_a_hedge_in_single_quotation_marks_is_quoted(nlp_en: Language) -> None:
    assert in_quotes(nlp_en, SINGLE, "may")  # its words are in the quoted base
    assert voices(nlp_en, SINGLE, "may") == ["quoted"]


def test_the_writers_paragraph_after_an_opener_never_closed_is_not_quoted(nlp_en: Language) -> None:
    assert not in_quotes(nlp_en, UNCLOSED, "may")  # the quotation stops at its paragraph's end
    assert voices(nlp_en, UNCLOSED, "may") == ["reporter"]


def test_the_quoted_rate_counts_a_hedge_in_single_marks() -> None:
    analysis = analyse_article(Article(id="t", text=SINGLE, outlet="The Courier", lang="en"))
    quoted = [h for h in analysis.hedges if h.counted and h.voice == "quoted"]
    assert [h.text for h in quoted] == ["may"]
