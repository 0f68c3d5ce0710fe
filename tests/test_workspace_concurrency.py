"""Reads do not wait for writes (issue 13, item 7): reads are WAL snapshots, an upload
is checked outside the write lock and stored under it only if the engagement did not
change meanwhile, and a lock held too long is a 503 with Retry-After, never a 500.

Another process writing is played by a second connection (or a second
:class:`~alliance_graph.store.Workspace`) to the same file. Each request runs under a
time bound, so the old behaviour (waiting 30 s for the lock) fails fast.
"""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.store import Workspace
from tests.web_support import AUTH, create, make_app, ratings_csv, text, upload


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return make_app(tmp_path / "ws.sqlite3", PROPAGATE_EXCEPTIONS=False)


def within(seconds: float, call: Callable[[], Any]) -> Any:
    """``call()``, which must end within ``seconds``."""
    out: list[Any] = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(seconds)
    assert out, f"still waiting after {time.monotonic() - started:.1f} s"
    return out[0]


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another process in the middle of a write: the lock taken, a row not committed."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO engagement (name, created_at) VALUES ('uncommitted', '')")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def send(client: FlaskClient, engagement: int, content: bytes, **fields: str) -> Any:
    data: dict[str, Any] = {"file": (io.BytesIO(content), "wave.csv"), **fields}
    return client.post(f"/api/engagements/{engagement}/waves", data=data, headers=AUTH)


def test_reads_do_not_wait_for_a_writer(app: Flask, client: FlaskClient) -> None:
    engagement = create(client)
    assert send(client, engagement, ratings_csv(), wave="T1").status_code == 201
    with write_lock_held(app.config["WORKSPACE"]):
        for path in ("/api/engagements", f"/api/engagements/{engagement}"):
            answer = within(2, lambda p=path: client.get(p, headers=AUTH))
            assert answer.status_code == 200, answer.json
        listing = within(2, lambda: client.get("/api/engagements", headers=AUTH)).json
        assert [e["name"] for e in listing["engagements"]] == ["Mission Lumière"]
        page = within(2, lambda: client.get(f"/engagements/{engagement}"))
        assert page.status_code == 200 and "T1" in text(page)


def test_a_lock_held_too_long_is_a_503_with_retry_after(app: Flask, client: FlaskClient) -> None:
    engagement = create(client)
    app.extensions["alliance_graph"]["workspace"].timeout = 0.3
    with write_lock_held(app.config["WORKSPACE"]):
        refused = within(10, lambda: send(client, engagement, ratings_csv(), wave="T1"))
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
        assert refused.json["error"] == "unavailable" and "busy" in refused.json["message"]
        named = within(
            10, lambda: client.post("/api/engagements", json={"name": "B"}, headers=AUTH)
        )
        assert named.status_code == 503 and "Retry-After" in named.headers
        page = within(10, lambda: upload(client, engagement, ratings_csv(), wave="T1"))
        assert page.status_code == 503 and "Try again in a few seconds" in text(page)
    assert send(client, engagement, ratings_csv(), wave="T1").status_code == 201


def test_an_upload_is_checked_outside_the_write_lock(
    app: Flask, client: FlaskClient, monkeypatch
) -> None:
    from alliance_graph.web import uploads

    engagement = create(client)
    assert send(client, engagement, ratings_csv(), wave="T1").status_code == 201
    real, free = uploads.read_survey, []

    def checking(*args: Any, **kwargs: Any) -> Any:
        other = sqlite3.connect(app.config["WORKSPACE"], timeout=0, isolation_level=None)
        try:  # another writer can take the lock while this upload is being checked
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()
        return real(*args, **kwargs)

    monkeypatch.setattr(uploads, "read_survey", checking)
    stored = within(20, lambda: send(client, engagement, ratings_csv(1), wave="T2"))
    assert stored.status_code == 201 and free and all(free)


def another_process_stores(
    app: Flask, monkeypatch, engagement: int, content: bytes, **options: Any
) -> None:
    """While the next upload is checked, another process stores wave T2."""
    from alliance_graph.web import uploads

    real, done = uploads.read_survey, []

    def checking(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            Workspace(app.config["WORKSPACE"]).add_file(
                engagement,
                kind="ratings",
                wave="T2",
                filename="other.csv",
                content=content,
                options={"waves": ["T2"], **options},
            )
        return real(*args, **kwargs)

    monkeypatch.setattr(uploads, "read_survey", checking)


def test_a_wave_stored_during_the_check_is_seen_before_storing(
    app: Flask, client: FlaskClient, monkeypatch
) -> None:
    engagement = create(client)
    another_process_stores(app, monkeypatch, engagement, ratings_csv(1), scale="1:5")
    refused = within(20, lambda: send(client, engagement, ratings_csv(2), wave="T2"))
    assert refused.status_code == 422 and "T2" in refused.json["message"]
    files = Workspace(app.config["WORKSPACE"]).files(engagement)
    assert [(f.wave, f.filename) for f in files] == [("T2", "other.csv")]


def test_a_scale_fixed_during_the_check_is_kept(
    app: Flask, client: FlaskClient, monkeypatch
) -> None:
    engagement = create(client)
    another_process_stores(app, monkeypatch, engagement, ratings_csv(1), scale="1:5")
    sevens = ratings_csv().replace(b",5\n", b",7\n")  # read alone: a 1:7 scale
    refused = within(20, lambda: send(client, engagement, sevens, wave="T3"))
    assert refused.status_code == 422, refused.json
    assert "SCORE_OUT_OF_RANGE" in {i["code"] for i in refused.json["issues"]}
    survey = Workspace(app.config["WORKSPACE"]).survey(engagement)
    assert survey.ok and str(survey.scale) == "1:5"


def test_concurrent_uploads_to_one_engagement_store_each_wave_once(
    app: Flask, client: FlaskClient
) -> None:
    engagement = create(client)
    labels = ["T1", "T2", "T3", "T2"]
    answers: list[int] = []

    def send_one(n: int) -> None:
        own = app.test_client()
        answers.append(send(own, engagement, ratings_csv(n), wave=labels[n]).status_code)

    threads = [threading.Thread(target=send_one, args=(n,)) for n in range(len(labels))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(answers) == [201, 201, 201, 422]
    files = Workspace(app.config["WORKSPACE"]).files(engagement)
    assert sorted(f.wave for f in files) == ["T1", "T2", "T3"]


def test_an_upload_that_waits_too_long_for_its_turn_is_a_503(
    app: Flask, client: FlaskClient, monkeypatch
) -> None:
    from alliance_graph.web import uploads

    engagement = create(client)
    taken = threading.BoundedSemaphore(1)
    taken.acquire()  # every processor busy checking other uploads
    monkeypatch.setattr(uploads, "_checking", taken)
    monkeypatch.setattr(uploads, "_GUARD_WAIT", 0.2)
    refused = within(10, lambda: send(client, engagement, ratings_csv(), wave="T1"))
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
    taken.release()
    assert send(client, engagement, ratings_csv(), wave="T1").status_code == 201
