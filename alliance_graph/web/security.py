"""Who may talk to the app and what it accepts: the launch token, CSRF, Origin and Host
checks, and the checks every uploaded file passes before it is read."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import re
import secrets
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from flask import Request
from werkzeug.datastructures import FileStorage

from alliance_graph.safe_text import BIDI_CONTROLS

__all__ = [
    "CSV_SUFFIXES",
    "WORKBOOK_SUFFIXES",
    "Refused",
    "TokenFilter",
    "UploadedCSV",
    "bearer_token",
    "csrf_token",
    "display_name",
    "is_loopback",
    "media_type",
    "new_token",
    "origin_allowed",
    "read_upload",
    "redact",
    "token_matches",
    "trusted_hosts",
]

#: What an uploaded file's name may end with; its content is checked too.
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LOOPBACK_NAMES = ("localhost",)


class Refused(Exception):
    """A request the app turns down with ``status`` and a message (``web.<key>``).

    ``survey`` carries the issues when an upload is refused because of its content;
    nothing has been stored then, and ``names`` maps the survey's file names to the
    uploaded ones. A parameter named ``*_key`` is itself a message key,
    translated when the message is shown.
    """

    def __init__(
        self,
        status: int,
        key: str,
        *,
        survey: Any = None,
        names: dict[str, str] | None = None,
        **params: Any,
    ) -> None:
        super().__init__(key)
        self.status, self.key, self.params = status, key, params
        self.survey, self.names = survey, names or {}


def new_token() -> str:
    """A random token for one launch of the app (192 bits, URL-safe)."""
    return secrets.token_urlsafe(24)


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison; an empty or missing token never matches."""
    return bool(given) and hmac.compare_digest(str(given).encode(), expected.encode())


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, else ``None``."""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def csrf_token(secret: str) -> str:
    """The value every form carries: derived from the launch secret, so a page on another
    site cannot know it, and a form from an earlier launch is refused."""
    return hmac.new(secret.encode(), b"alliance-graph csrf", hashlib.sha256).hexdigest()


def origin_allowed(request: Request, null: bool = False, public: str | None = None) -> bool:
    """Whether a state-changing request comes from this app's own pages.

    Browsers send ``Origin`` on every cross-site POST; without it the ``Referer`` is
    checked; without both (a script, curl) the request is let through to the token
    and CSRF checks. ``Origin: null`` (a sandboxed or local file page) is refused,
    unless ``null``: a page that sends no referrer says it when it posts. ``public``:
    the address (``https://host``) of a tunnel or proxy in front of the app, whose
    pages are the app's own too.
    """
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source is None or (null and source == "null"):
        return True
    try:
        parts = urlsplit(source)
    except ValueError:  # "http://[::1": no address a browser sends
        return False
    seen = (parts.scheme, parts.netloc.lower())
    if public is not None and seen == (urlsplit(public).scheme, urlsplit(public).netloc):
        return True
    return seen == (request.scheme, request.host.lower())


def is_loopback(host: str) -> bool:
    """``127.0.0.1``, ``::1``, ``localhost``: only this computer can connect."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def trusted_hosts(bound: str, also: Sequence[str] = ()) -> list[str]:
    """The ``Host`` values the app answers (Flask's ``TRUSTED_HOSTS``): this computer's
    loopback names, the host it is bound to, and ``also`` (the addresses respondents
    use). Anything else, as a DNS-rebinding page would send, gets 400."""
    hosts = ["127.0.0.1", "localhost", "::1", "[::1]"]
    extra: list[str] = []
    if bound in ("0.0.0.0", "::", ""):  # every interface: this machine's names and addresses
        try:
            name = socket.gethostname()
            extra = [name, socket.getfqdn(), *socket.gethostbyname_ex(name)[2]]
        except OSError:
            extra = []
    else:
        extra = [bound, f"[{bound}]" if ":" in bound else bound]
    return list(dict.fromkeys(h.lower() for h in [*hosts, *extra, *also] if h))


def display_name(filename: str | None) -> str:
    """An uploaded file's name for display only: no folders, no control or
    bidirectional characters, at most 120 characters. It is never used as a path."""
    name = re.split(r"[/\\]", filename or "")[-1]
    name = " ".join(_CONTROL.sub(" ", BIDI_CONTROLS.sub("", name)).split())[-120:]
    return name or "upload.csv"


@dataclass(frozen=True)
class UploadedCSV:
    """A file as it came: the name to show and the exact bytes."""

    filename: str
    content: bytes = field(repr=False)


def read_upload(
    storage: FileStorage | None,
    *,
    max_rows: int,
    max_columns: int,
    max_bytes: int | None = None,
) -> UploadedCSV | None:
    """Check one uploaded file and return its bytes; ``None`` when no file was chosen.

    The name must end in ``.csv`` (``.tsv``, ``.txt``) and the content must be text
    (not a workbook, not binary), or in ``.xlsx`` (``.xlsm``, ``.ods``) and the content
    must be a workbook: otherwise 415, whatever the Content-Type says. More than
    ``max_rows`` lines or ``max_columns`` columns, counted as the reader counts them
    (CR, LF or CRLF line ends; Excel's ``sep=`` line left out; a workbook's every
    sheet), or a workbook larger than ``max_bytes`` unpacked (a zip bomb): 413.
    """
    from alliance_graph.ingest.read import decode, text_size

    if storage is None or not storage.filename:
        return None
    name = display_name(storage.filename)
    if name.lower().endswith(WORKBOOK_SUFFIXES):
        return _workbook_upload(name, storage.read(), max_rows, max_columns, max_bytes)
    if not name.lower().endswith(CSV_SUFFIXES):
        raise Refused(415, "error.not_csv", name=name)
    content = storage.read()
    text, _, reason = decode(content)
    if text is None:
        raise Refused(415, "error.not_text", name=name, reason_key=reason)
    lines, columns = text_size(text)
    if lines > max_rows:
        raise Refused(413, "error.too_many_rows", name=name, rows=lines, limit=max_rows)
    if columns > max_columns:
        raise Refused(413, "error.too_many_columns", name=name, columns=columns, limit=max_columns)
    return UploadedCSV(name, content)


_MEDIA_TYPES = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}


def media_type(filename: str) -> str:
    """The media type of a stored file, by its name: a workbook's, else CSV."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return _MEDIA_TYPES.get(suffix, "text/csv")


def _workbook_upload(
    name: str, content: bytes, max_rows: int, max_columns: int, max_bytes: int | None
) -> UploadedCSV:
    """A workbook checked before it is opened: a zip within the limits (unpacked size,
    each sheet's rows and columns), not damaged: else 413, or 415 and 422."""
    from alliance_graph.ingest.workbook import Limits, WorkbookRefused, check_workbook, is_workbook

    if not is_workbook(content):
        raise Refused(415, "error.not_workbook", name=name)
    limits = Limits(max_rows=max_rows, max_columns=max_columns)
    if max_bytes is not None:
        limits = Limits(max_bytes=max_bytes, max_rows=max_rows, max_columns=max_columns)
    try:
        check_workbook(content, limits)
    except WorkbookRefused as refused:
        status = 413 if refused.too_large else 422
        raise Refused(
            status, "error.workbook", name=name, reason_key=refused.reason, **refused.params
        ) from None
    return UploadedCSV(name, content)


_PAIR = re.compile(r"([^\s?&;=\"']+)=([^\s&;\"']*)")
_WORD = re.compile(r"\S+")


def redact(text: str, secret: str) -> str:
    """``text`` (a request line, a log message) with the tokens hidden: the value of a
    ``token=`` parameter however its name is written (``%74oken``), any word that holds
    the launch token once percent-decoded, and the token of a respondent's link.

    >>> redact('"GET /?%74oken=abc&lang=fr HTTP/1.1" 200', "s3cret")
    '"GET /?%74oken=…&lang=fr HTTP/1.1" 200'
    >>> redact("Bad request version ('HTTP/9?x=s%33cret')", "s3cret")
    'Bad request version …'

    A respondent's link loses its token too, however it is written:

    >>> redact('"POST /%72/Ab-c_9?lang=fr HTTP/1.1" 303', "s3cret")
    '"POST /r/…?lang=fr HTTP/1.1" 303'
    """
    shown = _PAIR.sub(_hide_token_parameter, text)
    return _WORD.sub(lambda m: _hide_word(m.group(), secret), shown)


#: A respondent's personal link (``/r/<token>``), as a request line may write it.
_LINK = re.compile(r"/r/[^\s/?#\"']+")


def _hide_word(word: str, secret: str) -> str:
    """``…`` for a word holding the launch token; a respondent's link with its token
    hidden (``/r/…``)."""
    decoded = _decoded(word)
    if secret in decoded:
        return "…"
    return _LINK.sub("/r/…", decoded) if _LINK.search(decoded) else word


def _hide_token_parameter(match: re.Match[str]) -> str:
    key = _decoded(match.group(1)).strip().casefold()
    return f"{match.group(1)}=…" if key == "token" else match.group()


def _decoded(text: str) -> str:
    """Percent-decoded until nothing changes (``%2574`` is ``%74`` is ``t``)."""
    for _ in range(5):
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return text


class TokenFilter(logging.Filter):
    """Hides the launch token and the respondents' tokens in every record of a logger
    (werkzeug's request and error log): see :func:`redact`."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = redact(message, self.secret)
        if hidden != message:
            record.msg, record.args = hidden, ()
        return True
