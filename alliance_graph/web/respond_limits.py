"""Rate limits on the respondents' pages (``/r/``), kept by Flask-Limiter: per client
address, per personal link, and, for an address that tries links that are nobody's, a
door closed for a while. Nothing else in the app is limited.

The counts live in this process's memory (a moving window of :data:`WINDOW` seconds):
a restart forgets them. ``RESPOND_LIMITS`` in the app's config overrides
:data:`LIMITS`, read at each request.
"""

from __future__ import annotations

import math
import time
from functools import partial

from flask import Blueprint, Flask, Response, current_app, request
from flask_limiter import Limiter

from alliance_graph.campaigns import token_hash
from alliance_graph.web.security import is_loopback

__all__ = ["LIMITS", "WINDOW", "limit_respondents", "retry_after"]

#: Requests allowed in :data:`WINDOW` seconds: from one address, on one link, and links
#: that are nobody's from one address (then every link is refused to it for a while).
LIMITS = {"address": 300, "link": 60, "unknown": 20}
WINDOW = 60
_EXTENSION = "respond_limiter"


def limit_respondents(app: Flask, blueprint: Blueprint) -> Limiter:
    """Put the limits on ``blueprint``'s routes in ``app``: a 429 (Flask-Limiter's
    :class:`~werkzeug.exceptions.TooManyRequests`) when one is reached. No default or
    application-wide limit, no ``X-RateLimit-*`` header: the coach's pages are not
    touched."""
    limiter = Limiter(
        client_address,
        app=app,
        storage_uri="memory://",  # said outright: no warning about choosing a storage
        strategy="moving-window",  # no burst of twice the limit across a window's edge
        headers_enabled=False,
    )

    for kind, key, deduct in (
        ("address", client_address, None),
        # a link counts what it is used for, not the 404 of a token that is nobody's
        ("link", _token, lambda r: r.status_code not in (404, 429)),
        ("unknown", client_address, lambda r: r.status_code == 404),
    ):
        limiter.shared_limit(
            partial(_rule, kind), scope=f"respond-{kind}", key_func=key, deduct_when=deduct
        )(blueprint)
    app.extensions["alliance_graph"][_EXTENSION] = limiter
    return limiter


def retry_after(response: Response) -> None:
    """``Retry-After`` on a 429 of a limit: the whole seconds after which a request is
    let through again (the window's oldest request is then more than :data:`WINDOW`
    seconds old)."""
    if response.status_code != 429:
        return
    limiter: Limiter | None = current_app.extensions["alliance_graph"].get(_EXTENSION)
    reached = limiter.current_limit if limiter is not None else None
    wait = WINDOW
    if reached is not None and reached.breached:
        wait = max(0, math.floor(reached.window[0] - time.time())) + 1
    response.headers["Retry-After"] = str(min(wait, WINDOW))


def client_address() -> str:
    """The address a request comes from: the one a proxy on this computer forwarded
    (the last ``X-Forwarded-For``), when the app is served through one
    (``PUBLIC_URL``); else the connection's."""
    address = request.remote_addr or "?"
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded and current_app.config.get("PUBLIC_URL") and is_loopback(address):
        return forwarded.rsplit(",", 1)[-1].strip()[:64] or address
    return address


def _token() -> str:
    """The link's key: a digest of its token, so that the token is neither kept in the
    limiter's memory nor written in its log ("ratelimit … exceeded")."""
    token = str((request.view_args or {}).get("token") or "?")
    return token_hash(token)[:32]


def _rule(kind: str) -> str:
    limits = {**LIMITS, **current_app.config.get("RESPOND_LIMITS", {})}
    return f"{int(limits[kind])} per {WINDOW} seconds"
