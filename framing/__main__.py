"""`python -m framing` runs the command-line interface (start-up as in framing.launcher)."""

from .gc_pause import pause

pause()

from .cli import main  # noqa: E402

main()
