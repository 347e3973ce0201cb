"""Every built-in token pattern can be placed by the matcher's screen.

The matcher tries a pattern only where its first word (or, for a pattern that opens with optional
tokens, its first required word) occurs. A pattern it cannot place is tried at every token, and then so
is every other pattern of its matcher: French hedging once cost three times its share that way
(benchmarks/THROUGHPUT.md, round 22). This test names the entry whose pattern would bring that back.
"""

from __future__ import annotations

from framing.lexicons import builtin_files, parse_file
from framing.token_patterns import CompiledPattern, compile_pattern, hyphen_variants

SCREENED_FIELDS = ("lower", "text")  # the string views the screen reads for an unindexed first token


def _placeable(pattern: CompiledPattern) -> bool:
    """Indexed on a word, screened on one string view, or led by optional tokens before a word."""
    return bool(pattern.anchors) or pattern.first_field in SCREENED_FIELDS or pattern.lead_anchors is not None


def _patterns() -> list[tuple[str, str, CompiledPattern]]:
    found = []
    for path in builtin_files():
        for entry in parse_file(path).entries:
            if not entry.pattern:
                continue
            for variant in hyphen_variants(entry.pattern):
                label = f"{path.parent.name}/{path.name}: {entry.id}"
                found.append((label, str(variant), compile_pattern(entry, variant)))
    return found


PATTERNS = _patterns()


def test_the_built_in_lexicons_hold_patterns() -> None:
    assert len(PATTERNS) > 100


def test_every_built_in_pattern_can_be_placed() -> None:
    unplaced = [f"{label}: {source}" for label, source, pattern in PATTERNS if not _placeable(pattern)]
    assert not unplaced, "tried at every token:\n" + "\n".join(unplaced)


def test_a_pattern_of_wildcards_cannot_be_placed() -> None:
    assert not _placeable(compile_pattern("x", [{"IS_ALPHA": True, "OP": "?"}, {"IS_ALPHA": True}]))


def test_a_pattern_opening_with_an_optional_word_can() -> None:
    assert _placeable(compile_pattern("x", [{"LOWER": "d'", "OP": "?"}, {"LOWER": "après"}, {"LOWER": "la"}]))
