"""`framing serve`: keep the pipelines loaded and answer a JSON API and a web page (framing.serve)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import FramingError
from ..i18n import _
from ..serve.config import DEFAULT_HOST, DEFAULT_PORT, PORT_ENV
from .app import app
from .common import err_console
from .options import LexiconOpt, NoCacheOpt
from .ui import UiOpt, use_terminal_language


@app.command(
    help=_(
        "Run a warm local service: a JSON API, a web page, and a fast `framing analyze`.\n\n"
        "`framing analyze` uses it when it answers on the configured port (FRAMING_SERVICE_PORT); "
        "`--no-service` or FRAMING_SERVICE=off runs the analysis in the command instead."
    )
)
def serve(
    port: Annotated[
        int, typer.Option("--port", envvar=PORT_ENV, min=0, max=65535, help=_("Port to listen on (0: any free port)."))
    ] = DEFAULT_PORT,
    host: Annotated[
        str, typer.Option("--host", help=_("Address to listen on; anything but 127.0.0.1 exposes the service."))
    ] = DEFAULT_HOST,
    corpus: Annotated[
        list[str] | None,
        typer.Option("--corpus", help=_("Corpus (file or folder; repeatable) to place each text among its outlets.")),
    ] = None,
    lexicon: LexiconOpt = None,
    no_fetch: Annotated[bool, typer.Option("--no-fetch", help=_("Refuse to fetch URLs (only pasted texts)."))] = False,
    max_body_mb: Annotated[
        float, typer.Option("--max-body-mb", min=0.001, help=_("Largest request body accepted, in MB."))
    ] = 10.0,
    no_cache: NoCacheOpt = False,
    ui: UiOpt = None,
) -> None:
    """Run a warm local service: a JSON API, a web page, and a fast `framing analyze`.

    `framing analyze` uses it when it answers on the configured port (FRAMING_SERVICE_PORT);
    `--no-service` or FRAMING_SERVICE=off runs the analysis in the command instead.
    """
    language = use_terminal_language(ui)
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise FramingError(_("framing serve needs Starlette and uvicorn: pip install 'framing[serve]'")) from None
    from ..serve.server import is_loopback, run_service

    if not is_loopback(host):
        err_console.print(
            _("warning: {message}").format(
                message=_(
                    "listening on {host}: other machines can reach this service (--host 127.0.0.1 keeps it local)"
                ).format(host=host)
            ),
            markup=False,
            soft_wrap=True,
        )
    run_service(
        host=host,
        port=port,
        corpus=list(corpus or []),
        lexicon_paths=[str(p) for p in lexicon or []],
        fetch=not no_fetch,
        max_body_mb=max_body_mb,
        use_cache=not no_cache,
        ui=ui,
        language=language,
    )
