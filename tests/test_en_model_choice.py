"""FRAMING_EN_MODEL: `rules` forces the rule-based English pipeline; a model name that is not
installed is a clear one-line error, never a silent switch to the rules (a user who asked for a
trained model must not get figures from the other pipeline without knowing it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_samples import english_text
from model_choice_support import analyze_with_model

from framing import nlp
from framing.errors import FramingError


def test_rules_means_the_rule_based_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(nlp.EN_MODEL_ENV, "rules")
    assert nlp.english_model_name() is None


@pytest.mark.parametrize("name", ["trained", "en_core_web_xx_missing", "a.b"])
def test_a_missing_model_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(nlp.EN_MODEL_ENV, name)
    with pytest.raises(FramingError, match=f"{nlp.EN_MODEL_ENV}={name}"):
        nlp.english_model_name()


@pytest.mark.usefixtures("isolated_cli_run")
def test_the_cli_stops_with_one_line_and_a_failing_exit_code(tmp_path: Path) -> None:
    run = analyze_with_model(tmp_path, english_text(0), nlp.EN_MODEL_ENV, "en_core_web_xx_missing")
    assert run.returncode == 2
    assert "en_core_web_xx_missing" in run.stderr
    assert "Traceback" not in run.stderr
