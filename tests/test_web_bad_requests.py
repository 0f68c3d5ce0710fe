"""Every bad request is a 4xx with a message, never a 500 (issue 13, item 8).

The repros of the issue first, then a fixed corpus of malformed values sent to every
route of the app (pages and ``/api/``): in the path, in the query, in the form and as
the JSON body.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.web_support import (
    AUTH,
    TOKEN,
    create,
    csrf,
    make_app,
    ratings_csv,
    register_csv,
    text,
    upload,
)

HUGE_ID = "99999999999999999999"  # beyond SQLite's 64-bit integer
NESTED = "[" * 100_000 + "]" * 100_000  # deeper than Python's JSON reader goes

#: Malformed values: Unicode digits that pass isdigit() but not int(), huge and negative
#: numbers, NaN and infinities, scales of item 3, NUL and control characters, a
#: bidirectional override, very long text, markup, paths, JSON fragments, nothing.
CORPUS = [
    "",
    " ",
    "²",
    "¹²",
    "٣",
    "𝟙",
    "Ⅻ",
    "-1",
    "0",
    HUGE_ID,
    "9223372036854775808",
    "1" * 400,
    "1e400",
    "nan",
    "NaN",
    "-inf",
    "1:1e400",
    "nan:5",
    "1:1000000",
    "5:1",
    "\x00",
    "a\x00b",
    "\x01\x1b[31m",
    "\ufffe",
    "\u202eevil",
    "x" * 5000,
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "%zz",
    '{"name": 1}',
    "[" * 64,
    "null",
    "😀",
]
#: Header values (as HTTP carries them: no NUL or line break): malformed addresses in
#: ``Origin`` and ``Referer``, odd languages, tokens and cookies.
HEADER_CORPUS = ["http://[::1", "http://[bad", "null", "", "²", "x" * 5000, "Bearer é", "a;q=nan"]
HEADERS = ("Origin", "Referer", "Accept-Language", "Authorization", "Cookie")
#: For the requests that write (each write waits for the disk): the values most likely
#: to break a handler.
WRITE_CORPUS = ["", "²", "٣", "-1", HUGE_ID, "nan:5", "1:1e400", "\x00", "\u202eevil", "x" * 5000]


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    app = make_app(tmp_path / "ws.sqlite3")
    app.config["PROPAGATE_EXCEPTIONS"] = False  # a crash answers 500, as it would live
    return app


@pytest.fixture
def engagement(client: FlaskClient) -> int:
    eid = create(client)
    assert upload(client, eid, ratings_csv(), register=register_csv()).status_code == 303
    return eid


# -- the repros ------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["²", "¹", "𝟙", "٣", HUGE_ID])
def test_a_group_size_that_is_not_ascii_digits_is_400(
    client: FlaskClient, engagement: int, size: str
) -> None:
    for url in (
        f"/engagements/{engagement}/report",
        f"/engagements/{engagement}/metrics.json",
        f"/api/engagements/{engagement}/metrics?token={TOKEN}",
    ):
        answer = client.get(
            f"{url}{'&' if '?' in url else '?'}audience=shared&min_group_size={size}"
        )
        assert answer.status_code == 400, (url, answer.status_code)
        assert "group" in text(answer)


@pytest.mark.parametrize(
    "url",
    [
        f"/engagements/{HUGE_ID}",
        f"/engagements/{HUGE_ID}/report",
        f"/engagements/1/files/{HUGE_ID}",
        f"/api/engagements/{HUGE_ID}",
        f"/api/engagements/1/files/{HUGE_ID}",
    ],
)
def test_an_id_beyond_sqlite_integers_is_404(
    client: FlaskClient, engagement: int, url: str
) -> None:
    answer = client.get(url, headers=AUTH)
    assert answer.status_code == 404
    assert "no such page" in text(answer)


def test_deeply_nested_json_is_400(client: FlaskClient) -> None:
    answer = client.post(
        "/api/engagements", data=NESTED, content_type="application/json", headers=AUTH
    )
    assert answer.status_code == 400
    assert answer.json is not None and "nested too deeply" in answer.json["message"]


@pytest.mark.parametrize("scale", ["1:1e400", "nan:5", "1:inf", "-1e400:5", "1:" + "9" * 400])
def test_a_scale_that_cannot_be_read_is_refused_with_a_message(
    client: FlaskClient, engagement: int, scale: str
) -> None:
    answer = upload(client, engagement, ratings_csv(1), filename="T2.csv", scale=scale)
    assert 400 <= answer.status_code < 500
    assert "scale" in text(answer).lower()
    api = client.post(
        f"/api/engagements/{engagement}/waves",
        data={"file": (io.BytesIO(ratings_csv(2)), "T3.csv"), "scale": scale},
        headers=AUTH,
    )
    assert 400 <= api.status_code < 500 and api.json is not None and api.json["message"]


# -- every route, a fuzzed set of values ---------------------------------------------


def _urls(rule: str, values: dict[str, str]) -> str:
    """The rule's path with each ``<converter:name>`` replaced by ``values[name]``."""
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", lambda m: quote(values[m.group(1)], safe=""), rule)


def _requests(app: Flask, ids: dict[str, str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, url, client arguments) for each route and each value of :data:`CORPUS`:
    the value in each path argument, in every query argument, in every form field,
    and as the JSON body; then each of :data:`HEADER_CORPUS` in each of :data:`HEADERS`.
    Reading routes first, deleting ones last."""
    rules = sorted(
        (r for r in app.url_map.iter_rules() if r.endpoint != "static"),
        key=lambda r: ("DELETE" in r.methods, "POST" in r.methods, r.rule),
    )
    for rule in rules:
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for value in CORPUS if method == "GET" else WRITE_CORPUS:
                for name in rule.arguments:
                    yield method, _urls(rule.rule, {**ids, name: value}), {}
                base = _urls(rule.rule, ids)
                query = urlencode(
                    {k: value for k in ("lang", "audience", "min_group_size", "format", "x")}
                )
                yield method, f"{base}?{query}", {}
                if method in ("POST", "DELETE"):
                    yield method, base, {"data": {k: value for k in ("name", "wave", "scale")}}
                    yield (
                        method,
                        base,
                        {"data": json.dumps(value), "content_type": "application/json"},
                    )
        if rule.methods & {"POST", "DELETE"}:
            method = "DELETE" if "DELETE" in rule.methods else "POST"
            yield (
                method,
                _urls(rule.rule, ids),
                {"data": NESTED, "content_type": "application/json"},
            )
        method = sorted(rule.methods - {"HEAD", "OPTIONS"})[-1]  # POST or DELETE if it has one
        for value in HEADER_CORPUS:
            for header in HEADERS:
                yield method, _urls(rule.rule, ids), {"headers": {header: value}}


def _campaign(app: Flask, client: FlaskClient, engagement: int) -> dict[str, str]:
    """An open campaign's ids and a respondent's token, for the routes that take them
    (the respondents' pages limited loosely, so that every value reaches them)."""
    app.config["RESPOND_LIMITS"] = {"address": 10**6, "link": 10**6, "unknown": 10**6}
    made = client.post(
        f"/api/engagements/{engagement}/campaigns", json={"wave": "T9"}, headers=AUTH
    )
    assert made.status_code == 201 and made.json is not None
    cid, respondent = made.json["id"], made.json["respondents"][0]
    opened = client.post(
        f"/api/engagements/{engagement}/campaigns/{cid}/status",
        json={"status": "open"},
        headers=AUTH,
    )
    assert opened.status_code == 200
    token = respondent["link"].rsplit("/", 1)[1]
    return {"cid": str(cid), "rid": str(respondent["id"]), "token": token}


def test_every_route_answers_malformed_values_without_a_500(
    app: Flask, client: FlaskClient, engagement: int
) -> None:
    workspace = app.extensions["alliance_graph"]["workspace"]
    file_id = str(workspace.files(engagement)[0].id)
    ids = {"eid": str(engagement), "fid": file_id, "fmt": "gexf", "filename": "x"}
    ids.update(_campaign(app, client, engagement))
    token = csrf(client)
    failures, seen = [], 0
    for method, url, arguments in _requests(app, ids):
        if method == "POST" and not url.startswith("/api/"):  # pages: past the CSRF check
            data = arguments.get("data")
            fields = data if isinstance(data, dict) else {}
            arguments = {
                "headers": arguments.get("headers", {}),
                "data": {**fields, "csrf_token": token},
            }
        headers = {**AUTH, **arguments.pop("headers", {})}
        answer = client.open(url, method=method, headers=headers, **arguments)
        seen += 1
        if answer.status_code >= 500:
            failures.append((method, url[:120], repr(arguments)[:120], answer.status_code))
        if method != "GET" and answer.status_code < 400:  # what it deleted comes back
            workspace.restore_engagement(engagement)
            for file in workspace.files(engagement, deleted=True):
                workspace.restore_file(file.id)
    assert seen > 1500
    assert failures == []


def test_a_library_error_is_a_page_with_its_message(client: FlaskClient, monkeypatch) -> None:
    """Library errors become HTTP errors in one place: 422 with the message, page or JSON."""
    from alliance_graph.analysis import Analysis
    from alliance_graph.errors import AllianceGraphError

    engagement = create(client)
    upload(client, engagement, ratings_csv(), register=register_csv())

    def fail(*args: object, **kwargs: object) -> str:
        raise AllianceGraphError("the figures cannot be computed: a test says so")

    monkeypatch.setattr(Analysis, "text", fail)
    page = client.get(f"/engagements/{engagement}/metrics.json")
    assert page.status_code == 422
    assert "a test says so" in page.get_data(as_text=True)
    answer = client.get(f"/api/engagements/{engagement}/metrics", headers=AUTH)
    assert answer.status_code == 422 and "a test says so" in answer.get_json()["message"]
