"""The graded signal of loaded vocabulary: each hit carries a weight (the entry's own, the graded
intensity of its word from lexicons/<lang>/intensity.yaml, or 1) and the weighted rate sums them, while
the raw count stays the default figure."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from spacy.language import Language
from synthetic import make_analysis

from framing import components  # noqa: F401  (registers the factories)
from framing.nlp import rule_based_english
from framing.profiles import DEFAULT_METRICS, article_values
from framing.render.evidence import article_evidence


def english(lexicon_paths: tuple[str, ...] = ()) -> Language:
    nlp = rule_based_english()
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_lexicon", config={"lexicon_paths": list(lexicon_paths)})
    return nlp


def test_a_hit_takes_the_intensity_of_its_word_or_1() -> None:
    found = {h.text: h for h in english()("A vile plan, a mild but shocking delay, a despicable act.")._.framing_loaded}
    assert found["vile"].weight_source == "intensity" and found["vile"].weight > found["shocking"].weight
    assert found["despicable"].weight_source == "default" and found["despicable"].weight == 1.0


def test_an_entry_weight_overrides_the_intensity(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "language: en\nfamily: loaded\nentries:\n"
        "  - {id: mine-vile, term: vile, category: emotive, note: mine, weight: 0.3}\n",
        encoding="utf-8",
    )
    (hit,) = english((str(path),))("A vile plan.")._.framing_loaded
    assert (hit.weight, hit.weight_source) == (0.3, "entry")


def test_the_weighted_rate_sums_weights_and_the_raw_count_stays_the_default() -> None:
    analysis = make_analysis("a", "Alpha", 500, loaded=[("emotive", "reporter")] * 2)
    heavy = dataclasses.replace(analysis.loaded[0], weight=1.5, weight_source="intensity")
    light = dataclasses.replace(analysis.loaded[1], weight=0.25, weight_source="intensity")
    values = article_values(dataclasses.replace(analysis, loaded=[heavy, light]))
    assert values["loaded_per_1k"] == pytest.approx(4.0)
    assert values["loaded_weighted_per_1k"] == pytest.approx(1.75 / 500 * 1000)
    assert "loaded_weighted_per_1k" not in DEFAULT_METRICS


def test_the_report_shows_each_hit_with_its_weight() -> None:
    analysis = make_analysis("a", "Alpha", 500, loaded=[("emotive", "reporter")])
    hit = dataclasses.replace(analysis.loaded[0], weight=1.55, weight_source="intensity")
    (item,) = [i for i in article_evidence(dataclasses.replace(analysis, loaded=[hit])) if i.family == "loaded"]
    assert ("Weight", "1.55 (graded intensity of the word)") in item.details
