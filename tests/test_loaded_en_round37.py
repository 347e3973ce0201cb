"""English loaded vocabulary, thirty-seventh round (issue 14): classes measured on a pool of read sets.

- Charges of deceit and misconduct in the sentence's own wording, in any voice: an actor said to
  "spread disinformation", claims called "false" or "baseless", an election said to be "rigged", an
  agency said to have "abdicated its responsibility" or to "mistreat" detainees.
- A side's labels and dismissals: a measure called "common sense", a plan called a "fantasy" or a
  "fairy tale".
- Each class leaves its plain neighbours: disinformation as a field of study, the "False Claims Act",
  an oil rig, "fantasy football".
- Scare quotes count only in a text that takes a stance (two loaded words of the lexicon), as in French
  since round 33: in plain copy the marks cite a source's term or a programme's name.
- The graded tier no longer reads the noun "base" or the "-elect" of a title as adjectives (the
  rule-based pipeline has no tagger to tell them apart).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, scare_quote_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The campaign spread disinformation about the levy.", "en-loaded-r37-spreading-disinformation"),
        ("The mayor repeated false claims about the tram budget.", "en-loaded-r37-false-claims"),
        ('"These are baseless accusations," the minister said.', "en-loaded-r37-false-claims"),
        ("He says the board is trying to rig the vote.", "en-loaded-r37-rigged"),
        ("The regulator abdicated its responsibility to renters.", "en-loaded-r37-misconduct-charges"),
        ("Inspectors said guards mistreated the detainees.", "en-loaded-r37-misconduct-charges"),
        ('"We back common sense safety rules," the sheriff said.', "en-loaded-r37-common-sense-label"),
        ('"Checking ID at the door is just common sense," he said.', "en-loaded-r37-common-sense-predicate"),
        ("The premier's fantasy rail network will never be built.", "en-loaded-r37-fantasy-dismissal"),
        ("The growth plan is a fairy tale, the opposition said.", "en-loaded-r37-fairy-tale"),
    ],
)
def test_thirty_seventh_round_classes(en: Language, text: str, term: str) -> None:
    assert term in [t for _, t in term_hits(en, text)]


@pytest.mark.parametrize(
    "text",
    [
        "A new unit will study disinformation on the platforms.",
        "The firm settled a case under the False Claims Act.",
        "The oil rig was towed to the port.",
        "She won her fantasy football league again.",
    ],
)
def test_the_classes_leave_their_plain_neighbours(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The president-elect met the governors on Monday.",
        "The party wants to widen its voter base before the spring.",
    ],
)
def test_the_tier_leaves_a_title_suffix_and_the_noun_base(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_scare_quotes_need_a_text_that_takes_a_stance(en: Language) -> None:
    plain = 'The agency opened its "fast track" desk for small exporters on Monday.'
    assert scare_quote_words(en, plain) == []
    stance = 'The reckless agency opened its shameful "fast track" desk for small exporters on Monday.'
    assert scare_quote_words(en, stance) == ["fast track"]
