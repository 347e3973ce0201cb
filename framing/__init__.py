"""framing: measure how news outlets frame events (loaded vocabulary, attribution, hedging)."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`framing.__version__`, looked up on first use: importlib.metadata costs more than everything else
    `framing analyze` does when a running service answers it (framing.serve.client)."""
    if name != "__version__":
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framing")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
