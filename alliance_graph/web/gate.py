"""The gate in front of every page: the launch token and its cookie, the CSRF token of
every form, and the language the app speaks (``?lang=``).

Registered by :mod:`.pages` as its blueprint's ``before_request``.
"""

from __future__ import annotations

import hmac
from typing import Any
from urllib.parse import urlencode

from flask import current_app, redirect, request, session

from alliance_graph.i18n import LANGUAGES
from alliance_graph.web.security import Refused, csrf_token, token_matches

__all__ = ["require_page_token"]

#: Pages whose ``?lang=`` is about the content, not the language the app speaks.
_CONTENT_LANG = {"pages.report", "pages.metrics_json", "pages.metrics_csv"}


def require_page_token() -> Any:
    """Refuse a page without the launch token (or a form without the CSRF token); trade a
    ``?token=`` for the cookie; keep the app's language."""
    config = current_app.config
    given = request.args.get("token")
    if given is not None and request.method == "GET":
        if not token_matches(given, config["TOKEN"]):
            raise Refused(403, "error.wrong_token")
        args = [(k, v) for k, v in request.args.items(multi=True) if k != "token"]
        response = redirect(request.path + (f"?{urlencode(args)}" if args else ""), 303)
        response.set_cookie(
            config["TOKEN_COOKIE"], config["TOKEN"], httponly=True, samesite="Strict"
        )
        return response
    cookie = request.cookies.get(config["TOKEN_COOKIE"])
    if cookie is None:
        raise Refused(401, "error.no_token")
    if not token_matches(cookie, config["TOKEN"]):
        raise Refused(403, "error.wrong_token")
    if request.method == "POST":
        expected = csrf_token(config["SECRET_KEY"])
        if not hmac.compare_digest(request.form.get("csrf_token", ""), expected):
            raise Refused(403, "error.csrf")
    if request.args.get("lang") in LANGUAGES and request.endpoint not in _CONTENT_LANG:
        session["lang"] = request.args["lang"]
    return None
