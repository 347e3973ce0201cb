"""The `framing` command's entry point: a running service first, then the full command line.

`framing analyze` answered by a warm `framing serve` must start in a fraction of a second, so this
module imports nothing but the small client (framing.serve.client) until it knows the command has to
run here; then it hands over to the typer CLI (framing.cli), unchanged. Before anything else it raises
the garbage collector's thresholds until a pipeline is loaded (framing.gc_pause).
"""

from __future__ import annotations

import sys


def main() -> None:
    from .gc_pause import pause

    pause()
    from .serve.client import try_service

    code = try_service(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from .cli import main as cli_main

    cli_main()
