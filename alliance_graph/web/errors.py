"""How the web app says no: every refusal, HTTP error and library error becomes a page
(the respondent's own plain page under ``/r/``) or JSON under ``/api/``, in the request's
language, with its status; never a traceback and never a 500 for a user's mistake."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException

from alliance_graph.errors import (
    AllianceGraphError,
    WorkspaceBusyError,
    WorkspaceDiskFullError,
    WorkspaceError,
)
from alliance_graph.i18n import format_number
from alliance_graph.store import NotFoundError
from alliance_graph.web import MIB, _respondent_path, current_lang, message
from alliance_graph.web.security import Refused

__all__ = ["RETRY_AFTER", "register"]

_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
    507: "insufficient_storage",
}
#: Seconds a client should wait before trying again when the workspace is busy.
RETRY_AFTER = 5


def register(app: Flask) -> None:
    """Answer every error of ``app`` with :func:`_answer`."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Refused, _refused)
    app.register_error_handler(NotFoundError, lambda exc: _answer(404, "error.not_found"))
    app.register_error_handler(WorkspaceError, _workspace_failed)
    # any other library error: its message, never a traceback (the one place they map)
    app.register_error_handler(
        AllianceGraphError, lambda exc: _answer(422, "error.library", message=str(exc))
    )


def _http_error(exc: HTTPException) -> tuple[Any, int]:
    status = exc.code or 500
    if status == 413:
        return _too_large()
    if status == 400 and "host" in (exc.description or "").lower():
        return _answer(400, "error.bad_host")
    return _answer(status, f"error.{_STATUS.get(status, 'generic')}")


def _workspace_failed(exc: WorkspaceError) -> Response:
    """The workspace cannot do this now: busy (503 and ``Retry-After``), read-only or
    damaged (503), disk full (507); never a 500, and the message says which."""
    current_app.logger.warning("%s", exc)
    status = 507 if isinstance(exc, WorkspaceDiskFullError) else 503
    response = make_response(*_answer(status, f"error.workspace_{exc.code}"))
    if isinstance(exc, WorkspaceBusyError):
        response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


def _too_large() -> tuple[Any, int]:
    """413: the request is larger than the upload limit, or, within it, its form has
    too many parts (``MAX_FORM_PARTS``) or too long a text field (``MAX_FORM_MEMORY_SIZE``)."""
    config, lang, length = current_app.config, current_lang(), request.content_length
    if length is not None and length <= config["MAX_CONTENT_LENGTH"]:
        parts = format_number(config.get("MAX_FORM_PARTS") or 1000, lang, 0)
        field = format_number((config.get("MAX_FORM_MEMORY_SIZE") or 500_000) / 1000, lang, 0)
        return _answer(413, "error.too_many_parts", parts=parts, field=field)
    limit = format_number(config["MAX_CONTENT_LENGTH"] / MIB, lang, 0)
    return _answer(413, "error.too_large", limit=limit)


def _refused(exc: Refused) -> tuple[Any, int]:
    return _answer(exc.status, exc.key, survey=exc.survey, names=exc.names, **exc.params)


def _answer(
    status: int,
    key: str,
    *,
    survey: Any = None,
    names: dict[str, str] | None = None,
    **params: Any,
) -> tuple[Any, int]:
    """An error as JSON (``/api/``) or as a page, in the request's language; never a
    traceback. ``survey``: the issues that made a request fail."""
    from alliance_graph.web.state import survey_dict

    if status == 404 and _respondent_path():  # /r/ or /r/x/y: a link, as far as they know
        key, params = "respond.not_found", {}
    lang = current_lang()
    text = message(key, params, lang)
    record = survey_dict(survey, lang, names or {}) if survey is not None else None
    if request.path.startswith("/api/"):
        body = {**(record or {}), "error": _STATUS.get(status, "error"), "message": text}
        response = jsonify(body)
        if status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response, status
    issues = record["issues"] if record else []
    heading = message(f"error.heading.{status if status in _STATUS else 'generic'}", {}, lang)
    if _respondent_path():  # their own plain page: nothing of the coach's app
        page = render_template(
            "respond_page.html.j2",
            status=status,
            heading=heading,
            text=text,
            kind="error",
            lang_links=[],
        )
        return page, status
    page = render_template(
        "error.html.j2", status=status, heading=heading, text=text, issues=issues
    )
    return page, status
