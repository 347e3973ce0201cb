"""Round 32 (throughput): the memos and screens added for speed never change what is found.

- `key_union` remembers the union of the last few key columns: a column changed in place, or another
  column with other keys, must be read again, not given an old union.
- The French cue scan tries a marker list only when one of its markers' second words follows its first
  word: one-word markers (`selon`), a final `de` read as `du` / `des`, and an elided second word
  (`de l'avis de`) must still be found. Every sentence here was written for the tests.
"""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language

from framing.token_patterns import key_union, positions_with_any


def test_a_key_column_changed_in_place_is_read_again() -> None:
    keys = [frozenset({"le"}), frozenset({"ministre"}), frozenset({"a"}), frozenset({"dit"})]
    assert positions_with_any(keys, {"selon"}) == []
    keys[2] = keys[2] | {"selon"}
    assert positions_with_any(keys, {"selon"}) == [2]
    assert "selon" in key_union(keys)


def test_columns_of_the_same_length_get_their_own_union() -> None:
    first = [frozenset({"la"}), frozenset({"grève"})]
    second = [frozenset({"le"}), frozenset({"vote"})]
    assert key_union(first) == {"la", "grève"}
    assert key_union(second) == {"le", "vote"}
    assert key_union(list(first)) == {"la", "grève"}  # an equal column built again: the same union


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Selon la préfecture, trois routes restent fermées.", "Selon la préfecture", "la préfecture"),
        ("Aux yeux du ministre, la réforme reste indispensable.", "Aux yeux du ministre", "ministre"),
        ("La grève sera reconduite, de source syndicale.", "de source syndicale", "source syndicale"),
        ("Le texte sera voté jeudi, de l'avis des députés.", "de l'avis des députés", "députés"),
    ],
)
def test_source_markers_are_still_found(nlp: Language, text: str, cue: str, speaker: str) -> None:
    assert (cue, speaker) in [(a.text, a.speaker) for a in checked_attributions(nlp, text)]


def test_a_de_that_opens_no_marker_gives_no_attribution(nlp: Language) -> None:
    assert checked_attributions(nlp, "La grève de la faim entre dans sa troisième semaine.") == []


def test_a_names_memo_never_answers_for_another_resources_object() -> None:
    """Round 35: a name list remembered in a Doc for one Resources object is not given to another that
    Python happens to give the same id once the first is freed (the memo keeps a weak reference)."""
    import spacy

    from framing.attribution.doc_memo import per_resources
    from framing.attribution.resources import Resources

    doc = spacy.blank("fr")("Le porte-parole de la mairie a confirmé la fermeture.")
    first, second = Resources("fr"), Resources("fr")
    assert per_resources(doc, "test_names", first, lambda: ["first"]) == ["first"]
    assert per_resources(doc, "test_names", first, lambda: ["again"]) == ["first"]  # remembered
    memo = doc.user_data["test_names"]
    memo[id(second)] = memo.pop(id(first))  # what a freed object's id reused by `second` would leave
    assert per_resources(doc, "test_names", second, lambda: ["second"]) == ["second"]
