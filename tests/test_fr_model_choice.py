"""FRAMING_FR_MODEL: another installed French model can be measured in place of fr_core_news_sm; a name
that is not installed is a clear one-line error, never a silent fall-back to the default model."""

from __future__ import annotations

from pathlib import Path

import pytest
from model_choice_support import analyze_with_model

from framing import cache, nlp
from framing.errors import FramingError


def test_the_default_is_the_small_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(nlp.FR_MODEL_ENV, raising=False)
    assert nlp.french_model_name() == "fr_core_news_sm"


def test_an_installed_model_is_chosen_and_keys_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(nlp.FR_MODEL_ENV, "fr_core_news_sm")
    assert nlp.french_model_name() == "fr_core_news_sm"
    cache.model_version.cache_clear()
    try:
        assert cache.model_version("fr").startswith("fr_core_news_sm==")
    finally:
        cache.model_version.cache_clear()


@pytest.mark.parametrize("name", ["fr_core_news_xx_missing", "a.b"])
def test_a_missing_model_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(nlp.FR_MODEL_ENV, name)
    with pytest.raises(FramingError, match=f"{nlp.FR_MODEL_ENV}={name}"):
        nlp.french_model_name()


@pytest.mark.usefixtures("isolated_cli_run")
def test_the_cli_stops_with_one_line_and_a_failing_exit_code(tmp_path: Path) -> None:
    run = analyze_with_model(
        tmp_path,
        "Le maire a annoncé lundi la fermeture de la piscine, selon un communiqué de la mairie.",
        nlp.FR_MODEL_ENV,
        "fr_core_news_xx_missing",
    )
    assert run.returncode == 2
    assert "fr_core_news_xx_missing" in run.stderr
    assert "Traceback" not in run.stderr
