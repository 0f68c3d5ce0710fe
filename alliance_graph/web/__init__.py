"""The local web app: ``create_app(config)`` builds it around one workspace file.

Pages for people (:mod:`~alliance_graph.web.pages`) and their JSON twins for scripts
under ``/api/`` (:mod:`~alliance_graph.web.api`); both need the token printed by
``alliance-graph serve``. One error handler answers every refusal with a page or JSON
(:mod:`~alliance_graph.web.errors`).
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, current_app, g, request, session
from jinja2 import StrictUndefined
from werkzeug.routing import IntegerConverter

from alliance_graph.i18n import (
    LANGUAGES,
    format_count,
    format_date,
    format_day,
    format_number,
    translate,
    words_for,
)
from alliance_graph.safe_text import finalize
from alliance_graph.store import Workspace, default_workspace
from alliance_graph.web.security import Refused, csrf_token, origin_allowed, trusted_hosts

__all__ = ["create_app", "current_lang", "message"]

MIB = 1024 * 1024


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """The app for one workspace. ``config`` overrides the defaults: ``WORKSPACE``
    (a file path), ``TOKEN`` (random if absent), ``MAX_UPLOAD_MB`` (10), ``MAX_ROWS``,
    ``MAX_COLUMNS``, ``TRUSTED_HOSTS``, ``PUBLIC_URL`` (:mod:`.network`), ``RESPOND_LIMITS``
    (:mod:`.respond_limits`), ``CLOCK`` (:mod:`.clock`) and any Flask setting. A damaged
    or newer workspace is refused (:class:`~alliance_graph.errors.WorkspaceError`),
    unwritten."""
    from alliance_graph.web import (  # noqa: F401 (their routes)
        campaign_api,
        campaign_pages,
        campaign_workbooks,
        errors,
        reminder_routes,
        trash_pages,
    )
    from alliance_graph.web.api import bp as api
    from alliance_graph.web.pages import bp as pages
    from alliance_graph.web.respond import bp as respond
    from alliance_graph.web.security import new_token

    app = Flask(__name__)
    app.jinja_options = {
        **app.jinja_options,
        "autoescape": True,
        "undefined": StrictUndefined,
        "finalize": finalize,  # no U+202E from the data turns the app's sentences around
    }
    app.config.from_mapping(
        WORKSPACE=None,
        TOKEN=None,
        SECRET_KEY=secrets.token_hex(32),
        MAX_UPLOAD_MB=10,
        MAX_ROWS=200_000,
        MAX_COLUMNS=2_000,
        TRUSTED_HOSTS=trusted_hosts("127.0.0.1"),
        SESSION_COOKIE_NAME="alliance_graph_session",
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        TOKEN_COOKIE="alliance_graph_token",
    )
    app.config.update(config or {})
    if "MAX_CONTENT_LENGTH" not in (config or {}):  # the file, plus room for the form
        app.config["MAX_CONTENT_LENGTH"] = int(app.config["MAX_UPLOAD_MB"] * MIB) + 64 * 1024
    app.config["TOKEN"] = app.config["TOKEN"] or new_token()
    app.config["WORKSPACE"] = Path(app.config["WORKSPACE"] or default_workspace())
    app.extensions["alliance_graph"] = {
        "workspace": Workspace(app.config["WORKSPACE"]),
        "cache": OrderedDict(),
    }
    app.url_map.converters["int"] = _Id
    app.register_blueprint(pages)
    app.register_blueprint(api, url_prefix="/api")
    app.register_blueprint(respond, url_prefix="/r")  # a respondent's link: no launch token
    app.before_request(_check_origin)
    app.after_request(_security_headers)
    app.context_processor(_template_globals)
    errors.register(app)
    app.jinja_env.filters["when"] = _when
    app.jinja_env.filters["day"] = lambda iso: format_day(date.fromisoformat(iso), current_lang())
    app.jinja_env.filters["size"] = _size
    app.jinja_env.filters["count"] = lambda n: format_count(int(n), current_lang())
    app.wsgi_app = _in_app_words(app.wsgi_app)  # type: ignore[method-assign]
    return app


def _in_app_words(wsgi_app: Any) -> Any:
    """``wsgi_app`` with its messages worded for the app: an issue or alert that names a
    command-line option (``--scale``) names the app's form field instead (their ``web.``
    variants, :func:`~alliance_graph.i18n.place.placed`), on every page, report and
    download the app makes; the commands keep their own words."""

    def wsgi(environ: Any, start_response: Any) -> Any:
        with words_for("web"):
            return wsgi_app(environ, start_response)

    return wsgi


def current_lang() -> str:
    """``?lang=`` if given, else the language chosen earlier (pages), else the
    browser's (pages) or English (API)."""
    if "lang" not in g:
        asked = request.args.get("lang")
        if asked in LANGUAGES:
            g.lang = asked
        elif request.path.startswith("/api/"):
            g.lang = "en"
        elif not _respondent_path() and session.get("lang") in LANGUAGES:
            g.lang = session["lang"]
        else:
            g.lang = request.accept_languages.best_match(LANGUAGES) or "en"
    return str(g.lang)


def message(key: str, params: Mapping[str, Any], lang: str) -> str:
    """The web string ``web.<key>`` in ``lang``; parameters named ``*_key`` are keys
    themselves, translated first."""
    shown = {
        name.removesuffix("_key"): translate(value, lang, **params)
        if name.endswith("_key")
        else value
        for name, value in params.items()
    }
    return translate(f"web.{key}", lang, **shown)


class _Id(IntegerConverter):
    """An id in a URL: a whole number SQLite can hold; a larger one is no page (404)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", 2**63 - 1)
        super().__init__(map, *args, **kwargs)


def _respondent_path() -> bool:
    """A respondent's page (``/r/…``): none of the coach's app shows on it."""
    return request.path.startswith("/r/")


def _check_origin() -> None:
    # a respondent's page posts with "Origin: null" (no referrer), or via PUBLIC_URL's proxy
    null = _respondent_path()
    url = current_app.config.get("PUBLIC_URL") if null else None
    if request.method not in ("GET", "HEAD", "OPTIONS") and not origin_allowed(request, null, url):
        raise Refused(403, "error.foreign_origin")


def _security_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")  # no-referrer: POSTs say Origin: null
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Cache-Control", "no-store")
    nonce = g.get("nonce", "none")
    headers.setdefault(
        "Content-Security-Policy",
        f"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
        "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    )
    return response


def _template_globals() -> dict[str, Any]:
    lang = current_lang()
    if "nonce" not in g:
        g.nonce = secrets.token_urlsafe(16)
    return {
        "lang": lang,
        "languages": LANGUAGES,
        "t": lambda key, **params: message(key, params, lang),
        "csrf_token": csrf_token(current_app.config["SECRET_KEY"]),
        "nonce": g.nonce,
        "lang_url": _lang_url,
        "take_notes": lambda: session.pop("notes", []),
    }


def _lang_url(code: str) -> str:
    """This page in another language (only ``?lang=`` changes)."""
    args = {k: v for k, v in request.args.items() if k not in ("lang", "token")}
    return f"{request.path}?{urlencode({**args, 'lang': code})}"


def _when(value: str | None) -> str:
    """An ISO time stamp as people read it, in this computer's time zone."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value).astimezone()
    return f"{format_date(moment, current_lang())}, {moment:%H:%M}"


def _size(value: int) -> str:
    lang = current_lang()
    if value < 1024:
        return translate("web.size.bytes", lang, n=value)
    if value < MIB:
        return translate("web.size.kb", lang, n=format_number(value / 1024, lang, 1))
    return translate("web.size.mb", lang, n=format_number(value / MIB, lang, 1))
