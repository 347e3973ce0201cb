"""`framing serve`: a warm local service (JSON API and web page) and the client `framing analyze` uses.

Kept light on purpose: the client path (framing.serve.client) must not import spaCy, Starlette or
anything else heavy, so that `framing analyze` answered by a running service starts in a fraction of
a second. The server side lives in framing.serve.app and is imported only by `framing serve`.
"""
