"""Sentence-level figures of loaded language in `framing evaluate` (span sets): a sentence is gold-biased
when a human loaded span overlaps it, predicted biased when a loaded hit starts inside it."""

from __future__ import annotations

import pytest

from framing.evaluate_dev import score_folder, sentence_spans


def test_sentences_split_at_line_breaks_and_full_stops() -> None:
    text = 'Title here\n\nFirst one is calm. "Second," he said! Third?\nFourth line'
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Title here", "First one is calm.", '"Second," he said!', "Third?", "Fourth line"]


def test_a_full_stop_inside_an_abbreviation_or_a_number_does_not_split() -> None:
    text = "Prices rose 3.5 percent in the U.S. economy today."
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]


def test_sentence_figures_count_sentences_not_spans() -> None:
    text = "A vile plan. A calm day. Another calm day.\nA shocking and absurd show."
    vile, shocking, absurd, calm = (text.index(w) for w in ("vile", "shocking", "absurd", "calm day"))
    gold = {"a.txt": {"loaded": [{"start": vile, "end": vile + 4}, {"start": shocking, "end": shocking + 8}]}}
    # two hits in the last sentence (one sentence), one false hit in "A calm day."
    predicted = [(shocking, shocking + 8), (absurd, absurd + 6), (calm, calm + 4)]
    prediction = {"a.txt": {"loaded": [{"start": a, "end": b} for a, b in predicted]}}
    result = score_folder(gold, prediction, lambda name: text)
    assert result.extra["loaded_sent_p"] == pytest.approx(1 / 2)
    assert result.extra["loaded_sent_r"] == pytest.approx(1 / 2)
    assert result.extra["loaded_sent_fp"] == pytest.approx(1 / 2)
    assert "loaded_sent_p" not in result.figures  # the reference scorer's figures stay as they are


def test_weighted_rho_counts_each_hit_by_its_weight() -> None:
    text = "x" * 1000
    gold = {f"{i}.txt": {"loaded": [{"start": j, "end": j + 1} for j in range(i)]} for i in range(10)}
    # one hit per article, so the raw rate is flat; the weights follow the human counts
    prediction = {
        name: {"loaded": [{"start": 0, "end": 1, "weight": 0.1 + len(g["loaded"])}]} for name, g in gold.items()
    }
    result = score_folder(gold, prediction, lambda name: text)
    assert result.figures["loaded_rho"] == pytest.approx(0.0)
    assert result.extra["loaded_rho_weighted"] == pytest.approx(1.0)


def test_wording_proxy_leaves_out_sentences_marked_with_another_technique() -> None:
    text = "A vile plan. A calm day. He warned of doom. Another calm day."
    vile, calm, doom = text.index("vile"), text.index("calm"), text.index("doom")
    warned = text.index("warned of doom")
    gold = {
        "a.txt": {
            "loaded": [{"start": vile, "end": vile + 4}],
            "persuasion": [{"start": vile, "end": vile + 4}, {"start": warned, "end": warned + 14}],
        }
    }
    # a hit in the loaded sentence, one in a technique-free sentence, one in the sentence of another technique
    prediction = {"a.txt": {"loaded": [{"start": a, "end": a + 4} for a in (vile, calm, doom)]}}
    result = score_folder(gold, prediction, lambda name: text)
    assert result.extra["loaded_sent_fp"] == pytest.approx(2 / 3)  # the technique sentence counts there
    assert result.extra["wording_r"] == pytest.approx(1.0)
    assert result.extra["wording_fp"] == pytest.approx(1 / 2)  # of the two technique-free sentences
    assert result.extra["wording_p50"] == pytest.approx(1 / 1.5)
    assert result.extra["wording_f1_p50"] == pytest.approx(2 / 2.5)


def test_no_wording_proxy_without_every_technique_marked() -> None:
    text = "A vile plan. A calm day."
    gold = {"a.txt": {"loaded": [{"start": 2, "end": 6}]}}
    result = score_folder(gold, {"a.txt": {"loaded": [{"start": 2, "end": 6}]}}, lambda name: text)
    assert "wording_r" not in result.extra
