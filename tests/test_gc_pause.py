"""The collector pause at start-up (framing.gc_pause): raised thresholds from the entry point until a
pipeline is loaded, then the loaded objects frozen and the normal thresholds back; a program that uses
framing as a library keeps its own settings. Each case runs in a fresh interpreter, since freezing
would change the test process itself."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_pause_then_loading_freezes_and_restores() -> None:
    out = _run(
        """
        import gc
        from framing import gc_pause
        normal = gc.get_threshold()
        gc_pause.pause()
        assert gc.get_threshold() == gc_pause.LOADING_THRESHOLDS and gc_pause.paused()
        kept = [[i] for i in range(1000)]  # tracked objects allocated during the start-up
        with gc_pause.loading():
            assert gc.get_threshold() == gc_pause.LOADING_THRESHOLDS
        assert gc.get_threshold() == normal, gc.get_threshold()
        assert gc.get_freeze_count() >= len(kept)
        with gc_pause.loading():  # a second pipeline (the other language) loads paused too
            assert gc.get_threshold() == gc_pause.LOADING_THRESHOLDS
        assert gc.get_threshold() == normal
        print("ok")
        """
    )
    assert out == "ok"


def test_a_process_whose_workers_load_the_pipelines_collects_as_usual() -> None:
    out = _run(
        """
        import gc
        from framing import gc_pause
        from framing.run import make_runner
        from framing.analyse import AnalysisSettings
        normal = gc.get_threshold()
        gc_pause.pause()
        runner = make_runner(AnalysisSettings(jobs=2))
        assert gc.get_threshold() == normal, gc.get_threshold()
        runner.close()
        print("ok")
        """
    )
    assert out == "ok"


def test_a_library_user_keeps_its_own_collector_settings() -> None:
    out = _run(
        """
        import gc
        from framing import gc_pause
        gc.set_threshold(1234, 5, 6)
        with gc_pause.loading():
            assert gc.get_threshold() == (1234, 5, 6)
        assert gc.get_threshold() == (1234, 5, 6) and gc.get_freeze_count() == 0
        assert not gc_pause.paused()
        print("ok")
        """
    )
    assert out == "ok"


@pytest.mark.slow
def test_the_command_loads_its_pipeline_paused_and_analyses_with_normal_thresholds(tmp_path) -> None:
    """Through the real entry point: the pipeline loads with the raised thresholds (seen from a component's
    constructor) and the analysis after it runs with the normal ones."""
    article = tmp_path / "one.txt"
    article.write_text("Le ministre a déclaré jeudi que la situation pourrait se dégrader.\n", encoding="utf-8")
    out = _run(
        f"""
        import gc, sys
        normal = gc.get_threshold()
        import framing.components.lexicon as lexicon
        import framing.analyse as analyse
        seen = {{}}
        original_init = lexicon.LexiconComponent.__init__
        def init(self, *args, **kwargs):
            seen["loading"] = gc.get_threshold()
            original_init(self, *args, **kwargs)
        lexicon.LexiconComponent.__init__ = init
        original_doc_to_analysis = analyse.doc_to_analysis
        def doc_to_analysis(*args, **kwargs):
            seen["analysing"] = gc.get_threshold()
            return original_doc_to_analysis(*args, **kwargs)
        analyse.doc_to_analysis = doc_to_analysis
        from framing import gc_pause
        from framing.launcher import main
        sys.argv = ["framing", "analyze", {str(article)!r}, "--no-cache", "--no-service", "--json"]
        try:
            main()
        except SystemExit as exc:
            assert exc.code in (0, None, 1), exc.code
        assert seen["loading"] == gc_pause.LOADING_THRESHOLDS, seen
        assert seen["analysing"] == normal, seen
        assert gc.get_freeze_count() > 100_000
        print("ok", file=sys.stderr)
        """
    )
    assert '"article"' in out
