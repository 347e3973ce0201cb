"""English loaded vocabulary, round 42 (issue 14): classes that recur in three of four development sets.

- Emphatic absolutes in the writer's voice: "no X whatsoever", "by any (reasonable) measure", "the exact
  opposite", "infinitely worse", "no X on Earth / on the planet" after a universal or a superlative of
  judgement. The plain neighbours stay quiet: "life on Earth", "on the" before a place, a quotation.
- A manner adverb on a verb of saying or claiming ("blithely insisted", "erroneously called"): the writer
  grades the claim; the adverb before another verb is left to the older classes.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The council has shown no interest whatsoever in the flooded underpass.", "en-loaded-r42-whatsoever"),
        ("By any sensible measure the new ticket machines have been a failure.", "en-loaded-r42-by-any-measure"),
        ("The ministry did the exact opposite of what it promised in spring.", "en-loaded-r42-exact-opposite"),
        ("A second lockdown of the port would be infinitely worse for growers.", "en-loaded-r42-infinitely"),
        ("No regulator on Earth would sign off on these accounts.", "en-loaded-r42-on-earth-absolute"),
        ("It is the worst-kept secret and the worst deal on the planet.", "en-loaded-r42-on-the-planet-absolute"),
        ("The trust blithely insisted that the wards were fully staffed.", "en-loaded-r42-manner-of-claim"),
        ("The senator glibly claims the tariffs cost families nothing.", "en-loaded-r42-manner-of-claim"),
        ("The mayor erroneously called the levy a one-off charge.", "en-loaded-r42-manner-of-claim"),
    ],
)
def test_round_42_classes(en: Language, text: str, term: str) -> None:
    assert term in [t for _, t in term_hits(en, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Scientists study how life on Earth began in shallow pools.",
        "The ferry will not sail on the northern route on Tuesday.",
        "Whatever the council decides, the market will open in May.",
        "The opposite bank of the river was closed to walkers.",
        "The defence counsel said her client would plead not guilty.",
        "The probe sent back images from an orbit around the Earth.",
        "The firm is the largest employer on the island.",
    ],
)
def test_round_42_plain_neighbours(en: Language, text: str) -> None:
    assert not [t for _, t in term_hits(en, text) if t.startswith("en-loaded-r42-")]


def test_a_quoted_emphatic_is_the_speakers(en: Language) -> None:
    text = 'The union leader said there was "no plan whatsoever" for the depot.'
    assert "en-loaded-r42-whatsoever" not in [t for _, t in term_hits(en, text)]
