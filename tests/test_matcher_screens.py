"""The pattern matcher's per-Doc screen drops only patterns that cannot match (round 31, throughput).

A pattern is tried in a Doc only when each of its required tokens (no OP, or "+") with a word list has
one of those words among the Doc's match keys. These tests compare the matcher with a brute-force
search that tries every pattern at every token: the screen may save work, never change a match.
"""

from __future__ import annotations

import spacy

from framing.token_patterns import CompiledPattern, LazyViews, PatternMatcher, _ends, compile_pattern
from framing.token_table import token_table

PATTERNS: list[tuple[str, list[dict[str, object]]]] = [
    ("vraisemblance", [{"LOWER": "selon"}, {"LOWER": "toute"}, {"LOWER": "vraisemblance"}]),
    ("pourrait", [{"LOWER": "il"}, {"LOWER": "se", "OP": "?"}, {"LOWER": {"IN": ["pourrait", "pourraient"]}}]),
    ("sources", [{"LOWER": "de"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "sources"}, {"LOWER": "proches"}]),
    ("semble", [{"LOWER": "il"}, {"LOWER": "semble", "OP": "+"}]),
    ("dit-on", [{"LOWER": "d'", "OP": "?"}, {"LOWER": "après"}, {"LOWER": {"IN": ["nos", "les"]}}]),
    ("regex", [{"LOWER": {"REGEX": "^pro-?russes?$"}}, {"LOWER": "séparatistes"}]),
]

SENTENCES = [
    "Selon toute vraisemblance, il se pourrait que le scrutin soit reporté.",
    "Selon toute la presse, il pourrait pleuvoir.",  # "vraisemblance" absent: that pattern cannot match
    "Il semble, de sources proches du dossier, que d'après nos informations rien ne bouge.",
    "De nombreuses sources proches du ministère le confirment ; il semble semble-t-il.",
    "Les pro-russes séparatistes avancent, d'après les images.",
    "Rien de tout cela ne figure dans le texte.",
]


def _matcher() -> tuple[PatternMatcher, list[CompiledPattern]]:
    compiled = [compile_pattern(label, pattern) for label, pattern in PATTERNS]
    return PatternMatcher(compiled), compiled


def _brute_force(compiled: list[CompiledPattern], views: LazyViews) -> set[tuple[str, int, int]]:
    found = set()
    for pattern in compiled:
        for start in range(len(views)):
            found.update((pattern.label, start, end) for end in _ends(pattern.specs, 0, views, start) if end > start)
    return found


def test_required_words_leave_out_optional_tokens_and_the_index_word() -> None:
    pattern = compile_pattern("x", PATTERNS[1][1])
    assert pattern.anchors == frozenset({"il"})
    assert pattern.required == (frozenset({"pourrait", "pourraient"}),)  # "se" is optional, "il" the index


def test_the_screen_finds_exactly_what_a_brute_force_search_finds() -> None:
    nlp = spacy.blank("fr")
    matcher, compiled = _matcher()
    for text in SENTENCES:
        doc = nlp(text)
        keys = token_table(doc).keys
        views = LazyViews(doc, keys)
        found = matcher.match(views, keys, views.lowers, views.words)
        assert sorted(set(found)) == sorted(_brute_force(compiled, LazyViews(doc, keys))), text


def test_a_pattern_is_found_when_its_later_word_is_there_and_not_otherwise() -> None:
    nlp = spacy.blank("fr")
    matcher, _ = _matcher()
    labels = []
    for text in SENTENCES[:2]:
        doc = nlp(text)
        keys = token_table(doc).keys
        views = LazyViews(doc, keys)
        labels.append({label for label, _, _ in matcher.match(views, keys, views.lowers, views.words)})
    assert "vraisemblance" in labels[0]
    assert "vraisemblance" not in labels[1]
    assert "pourrait" in labels[0] and "pourrait" in labels[1]


def test_the_screen_is_unchanged_after_many_words_were_judged() -> None:
    """The regex-first pattern's verdicts are remembered per word across Docs; a matcher that has already
    judged thousands of other words (a long corpus) still finds exactly what a brute-force search finds."""
    nlp = spacy.blank("fr")
    matcher, compiled = _matcher()
    filler = nlp(" ".join(f"mot{n} pro-russe{n % 3}" for n in range(3000)))
    filler_keys = token_table(filler).keys
    filler_views = LazyViews(filler, filler_keys)
    matcher.match(filler_views, filler_keys, filler_views.lowers, filler_views.words)
    for text in SENTENCES:
        doc = nlp(text)
        keys = token_table(doc).keys
        views = LazyViews(doc, keys)
        found = matcher.match(views, keys, views.lowers, views.words)
        assert sorted(set(found)) == sorted(_brute_force(compiled, LazyViews(doc, keys))), text
