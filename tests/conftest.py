"""Suite-wide fixtures. The analysis cache never touches the real home: every test session (and every
subprocess it starts, which inherits the environment) uses a cache file in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

# The suite checks English wording unless a test asks for French (--ui fr, set_language): the
# interface language would otherwise follow the developer's locale, and reports the seed corpus's
# French. Set before test modules import the CLI, whose help texts are built in the chosen language.
os.environ["FRAMING_UI"] = "en"


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Each test starts, and leaves the process, with the English catalogue active."""
    from framing.i18n import set_language

    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True, scope="session")
def isolated_analysis_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("framing-cache") / "cache.sqlite"
    saved = os.environ.get("FRAMING_CACHE")
    os.environ["FRAMING_CACHE"] = str(path)
    # A `framing serve` the developer left running must not answer the suite's commands (tests/test_serve.py
    # turns it back on for the service it starts).
    saved_service = os.environ.get("FRAMING_SERVICE")
    os.environ["FRAMING_SERVICE"] = "off"
    yield path
    if saved_service is None:
        os.environ.pop("FRAMING_SERVICE", None)
    else:
        os.environ["FRAMING_SERVICE"] = saved_service
    if saved is None:
        os.environ.pop("FRAMING_CACHE", None)
    else:
        os.environ["FRAMING_CACHE"] = saved


@pytest.fixture
def isolated_cli_run(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fresh cache and no size-limit override for one CLI test; the CLI's global options set
    process-wide corpus defaults, so they are reset afterwards."""
    from framing.corpus import set_default_options

    cache_dir = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FRAMING_CACHE", str(cache_dir / "cache.sqlite"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_dir))
    monkeypatch.delenv("FRAMING_MAX_FILE_MB", raising=False)
    yield
    set_default_options()


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real `framing serve --corpus seeds/` on a free port (tests/serve_helpers.py), shared by the
    service tests of one test process."""
    from serve_helpers import Service

    with Service.start(tmp_path_factory.mktemp("service")) as running:
        yield running


@pytest.fixture(scope="module")
def fr() -> Language:
    """The default French pipeline, as `framing analyze` builds it (a test module may define its own `fr`)."""
    from framing.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="module", params=["trained", "rules"])
def en(request: pytest.FixtureRequest) -> Language:
    """English with framing's quotation and lexicon components, on the installed trained model (skipped
    when there is none) and on the rule-based pipeline; a test module may define its own `en`."""
    from loaded_support import english_lexicon_pipeline

    return english_lexicon_pipeline(request.param)


@pytest.fixture(scope="module", params=["trained", "rules"])
def default_en(request: pytest.FixtureRequest) -> Language:
    """English with the default lexicon, on the trained model (skipped when there is none) and on the
    rule-based pipeline: the English loaded rounds test their classes on what `framing analyze` counts."""
    from loaded_support import english_default_lexicon_pipeline

    return english_default_lexicon_pipeline(request.param)
