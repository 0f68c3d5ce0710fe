"""Helpers for the web app tests: a small engagement's files, an app on a temporary
workspace, a logged-in client, and uploads as a browser sends them."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.web import create_app

TOKEN = "test-token-0123456789"
PEOPLE = [
    ("coach", "Claire Coach", "Coach", "coach"),
    ("boss", "Paul Boss", "Direction", "sponsor"),
    ("lead", "Hélène Lead", "Direction", "coachee"),
    ("m1", "Marc", "Managers", "stakeholder"),
    ("m2", "Nina", "Managers", "stakeholder"),
    ("m3", "Omar", "Managers", "stakeholder"),
    ("t1", "Zoé", "Team", "stakeholder"),
    ("t2", "Yann", "Team", "stakeholder"),
    ("t3", "Xavier", "Team", "stakeholder"),
]


#: The header a script sends with the token instead of the cookie.
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def register_csv() -> bytes:
    rows = ["id,name,group,role", *(",".join(p) for p in PEOPLE)]
    return ("\n".join(rows) + "\n").encode()


def ratings_csv(shift: int = 0, *, wave_column: list[str] | None = None) -> bytes:
    """Everyone rates everyone else on 1:5; ``shift`` changes the scores a little;
    ``wave_column`` writes one block per wave with a ``wave`` column."""
    ids = [p[0] for p in PEOPLE]
    waves = wave_column or [None]
    header = "wave,rater,ratee,trust" if wave_column else "rater,ratee,trust"
    lines = [header]
    for n, wave in enumerate(waves):
        for i, rater in enumerate(ids):
            for j, ratee in enumerate(ids):
                if i != j:
                    score = 1 + (i * 3 + j * 5 + shift + n) % 5
                    lines.append(",".join(filter(None, [wave, rater, ratee, str(score)])))
    return ("\n".join(lines) + "\n").encode()


def make_app(workspace: Path, **config: Any) -> Flask:
    return create_app({"WORKSPACE": workspace, "TOKEN": TOKEN, "TESTING": True, **config})


def log_in(client: FlaskClient) -> FlaskClient:
    """Open the printed link once, as the coach does: the token becomes a cookie."""
    response = client.get(f"/?token={TOKEN}")
    assert response.status_code == 303
    return client


def csrf(client: FlaskClient) -> str:
    page = client.get("/engagements/new").get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    assert match, page
    return match.group(1)


def create(client: FlaskClient, name: str = "Mission Lumière") -> int:
    response = client.post("/engagements", data={"name": name, "csrf_token": csrf(client)})
    assert response.status_code == 303, response.get_data(as_text=True)
    return int(response.headers["Location"].rsplit("/", 1)[1])


def upload(
    client: FlaskClient,
    engagement: int,
    content: bytes | None = None,
    filename: str = "T1.csv",
    *,
    register: bytes | None = None,
    mimetype: str = "text/csv",
    objectives: bytes | None = None,
    progress: bytes | None = None,
    progress_name: str = "progress.csv",
    **fields: str,
) -> Any:
    """POST the upload form as a browser does (multipart, the CSRF field included)."""
    data: dict[str, Any] = {"csrf_token": csrf(client), **fields}
    if content is not None:
        data["file"] = (io.BytesIO(content), filename, mimetype)
    if register is not None:
        data["register"] = (io.BytesIO(register), "register.csv", "text/csv")
    if objectives is not None:
        data["objectives"] = (io.BytesIO(objectives), "objectives.csv", "text/csv")
    if progress is not None:
        data["progress"] = (io.BytesIO(progress), progress_name, "text/csv")
    return client.post(
        f"/engagements/{engagement}/uploads", data=data, content_type="multipart/form-data"
    )


def text(response: Any) -> str:
    """The visible text of a page, tags removed, spaces collapsed."""
    body = response.get_data(as_text=True)
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
