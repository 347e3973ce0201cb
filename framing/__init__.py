"""framing: measure how news outlets frame events (loaded vocabulary, attribution, hedging)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("framing")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
