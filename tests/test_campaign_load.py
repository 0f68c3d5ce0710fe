"""50 respondents sending their answers at once to a real ``alliance-graph serve`` on
127.0.0.1, twice (issue 18, "Done when"): every answer stored exactly once, no error, the
wave the same as the same answers uploaded; then the server killed with SIGKILL in the
middle of a third burst: the workspace passes SQLite's integrity check, every submission
acknowledged (its 303) is there, and none is half stored.

Bounded: every request has a time-out and the server is killed at the end whatever
happens. The respondents' routes are rate-limited per address (all requests here come
from 127.0.0.1): the test stays well under the limits, with one GET of each form (for its
key and its questions) and one POST per submission, 200 requests in all.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import sqlite3
import statistics
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from alliance_graph.campaigns import DONT_KNOW, Answers
from alliance_graph.store import Workspace
from tests.campaign_support import form_fields, intact
from tests.test_serve_concurrency import Server

RESPONDENTS = 50
DIMENSIONS = ["trust", "respect"]
WAVE = "T2"
TIMEOUT = 30.0  # seconds for any one request
KILL_AFTER = 10  # acknowledged submissions of the third burst before the kill


def register() -> bytes:
    """52 people: the coach, the sponsor and the coachee, and 49 people in five groups
    (about 10 each). Everyone but the coach and the last one answers."""
    rows = ["id,name,group,role", "coach,Claire Coach,Coach,coach"]
    rows += ["boss,Paul Boss,Direction,sponsor", "lead,Hélène Lead,Direction,coachee"]
    rows += [f"p{n:02d},Person {n:02d},Group {n % 5},stakeholder" for n in range(1, 50)]
    return ("\n".join(rows) + "\n").encode()


def _camp(number: int) -> int:
    """Two camps, as a divided organisation has: the coach, the coachee and groups 0-2;
    the sponsor and groups 3-4 (by their place in the register)."""
    return 1 if number == 1 or (number > 2 and (number - 2) % 5 >= 3) else 0


def value(rater: int, ratee: int, dimension: int, burst: int) -> str:
    """What respondent number ``rater`` answers about roster number ``ratee`` in
    ``burst`` (0, 1, 2): 4 or 5 within their camp, 1 or 2 across, now and then "don't
    know"; every answer changes from one burst to the next."""
    turn = rater + ratee + dimension + burst
    if turn % 13 == 0:
        return DONT_KNOW
    return str((4 if _camp(rater) == _camp(ratee) else 1) + turn % 2)


@dataclass
class Respondent:
    person: str
    number: int  # place in the roster
    path: str  # /r/<token>
    key: str = ""
    fields: tuple[str, ...] = ()  # the rating questions of their form: a<ratee>_<dim>

    def form(self, burst: int) -> dict[str, str]:
        """The form as a browser sends it in ``burst``: every question answered."""
        answers = {}
        for name in self.fields:
            ratee, dimension = map(int, name[1:].split("_"))
            answers[name] = value(self.number, ratee, dimension, burst)
        return {"key": self.key, "action": "submit", "agreed": "yes", "named": "yes", **answers}

    def answers(self, roster: list[str], burst: int) -> Answers:
        """The answers ``burst`` sends, as the workspace keeps them."""
        ratings = {}
        for name, given in self.form(burst).items():
            if re.fullmatch(r"a\d+_\d+", name):
                ratee, dimension = map(int, name[1:].split("_"))
                ratings[roster[ratee], DIMENSIONS[dimension]] = given
        return Answers(ratings, agreed=True, named=True)


class App(Server):
    """``alliance-graph serve`` in its own process, with the respondents' side: a form
    read and a form sent as a browser does, redirects not followed."""

    def __init__(self, workspace: Path, log: Path) -> None:
        super().__init__(workspace, log)
        self.workspace = workspace

    def json(self, method: str, path: str, data: dict[str, Any] | None = None) -> Any:
        body = json.dumps(data).encode() if data is not None else None
        status, answer, _ = self.call(method, path, body, "application/json" if body else None)
        assert status in (200, 201), (status, answer)
        return answer

    def send_files(self, engagement: int, files: dict[str, bytes], **fields: str) -> Any:
        """Files uploaded as a script does (multipart), e.g. ``register`` and ``file``."""
        boundary = uuid.uuid4().hex
        parts = [f'name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
        parts += [
            f'name="{k}"; filename="{k}.csv"\r\nContent-Type: text/csv\r\n\r\n'.encode()
            + content
            + b"\r\n"
            for k, content in files.items()
        ]
        part = f"--{boundary}\r\nContent-Disposition: form-data; ".encode()
        body = b"".join(part + p for p in parts) + f"--{boundary}--\r\n".encode()
        kind = f"multipart/form-data; boundary={boundary}"
        status, answer, _ = self.call("POST", f"/api/engagements/{engagement}/waves", body, kind)
        assert status == 201, answer
        return answer

    def respondent(self, method: str, path: str, form: dict[str, str] | None = None) -> Any:
        """Status, headers, body and seconds of one request to a respondent's page."""
        address = urlsplit(self.base)
        connection = http.client.HTTPConnection(
            str(address.hostname), address.port, timeout=TIMEOUT
        )
        body = urlencode(form).encode() if form is not None else None
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else {}
        started = time.monotonic()
        with closing(connection):
            connection.request(method, path, body, headers)
            answer = connection.getresponse()
            return answer.status, answer.headers, answer.read(), time.monotonic() - started


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    running = App(tmp_path / "ws.sqlite3", tmp_path / "serve.log")
    try:
        yield running
    finally:
        running.stop()


def _campaign(app: App) -> tuple[int, dict[str, Any], list[Respondent]]:
    """An engagement with the register, its survey for ``WAVE`` made and opened by the API,
    and the 50 respondents (the coach and p49 do not answer)."""
    engagement = app.json("POST", "/api/engagements", {"name": "Load"})["id"]
    app.send_files(engagement, {"register": register()})
    made = app.json(
        "POST",
        f"/api/engagements/{engagement}/campaigns",
        {"wave": WAVE, "dimensions": DIMENSIONS, "scale": "1:5"},
    )
    record = app.json(
        "POST", f"/api/engagements/{engagement}/campaigns/{made['id']}/status", {"status": "open"}
    )
    people = [r["person"] for r in record["respondents"]]
    assert len(people) == 52 and people[0] == "coach"
    respondents = [
        Respondent(r["person"], people.index(r["person"]), urlsplit(r["link"]).path)
        for r in record["respondents"]
        if r["person"] not in ("coach", "p49")
    ]
    assert len(respondents) == RESPONDENTS
    return engagement, record, respondents


def _burst(app: App, respondents: list[Respondent], burst: int) -> list[tuple[int, str, float]]:
    """Every respondent sends the answers of ``burst`` at once (the first time after
    reading their form): each one's status, redirect and seconds."""
    start = threading.Barrier(len(respondents))

    def send(r: Respondent) -> tuple[int, str, float]:
        if burst == 0:
            status, _, page, _ = app.respondent("GET", r.path)
            assert status == 200, status
            shown = form_fields(page.decode())
            r.key, r.fields = shown["key"], tuple(f for f in shown["offered"] if f[0] == "a")
        start.wait(TIMEOUT)
        status, headers, _, took = app.respondent("POST", r.path, r.form(burst))
        return status, headers.get("Location", ""), took

    with ThreadPoolExecutor(len(respondents)) as pool:
        return list(pool.map(send, respondents))


def _stored_rows(path: Path) -> dict[tuple[str, str], int]:
    """The answer rows the workspace holds: (person, state) → count (every row once)."""
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute(
            "SELECT r.person, a.state, COUNT(*), COUNT(DISTINCT a.kind || a.subject || a.item)"
            " FROM answer a JOIN respondent r ON r.id = a.respondent_id GROUP BY 1, 2"
        ).fetchall()
    assert all(total == distinct for *_, total, distinct in rows)  # no answer twice
    return {(person, state): total for person, state, total, _ in rows}


def _long_csv(answers: dict[str, Answers]) -> bytes:
    """The same answers as a coach would upload them ("don't know" left blank)."""
    lines = ["wave,rater,ratee,dimension,score"]
    for rater, sent in answers.items():
        lines += [f"{WAVE},{rater},{ratee},{d},{v}" for (ratee, d), v in sent.ratings.items()]
    return ("\n".join(lines) + "\n").replace(f",{DONT_KNOW}\n", ",\n").encode()


def test_fifty_respondents_twice_at_once_then_a_kill(app: App, tmp_path: Path) -> None:
    engagement, record, respondents = _campaign(app)
    roster = [r["person"] for r in record["respondents"]]
    timings = []
    for burst in (0, 1):  # everyone sends, then everyone changes their answers
        started = time.monotonic()
        replies = _burst(app, respondents, burst)
        timings.append((time.monotonic() - started, [took for *_, took in replies]))
        assert [status for status, *_ in replies] == [303] * RESPONDENTS, replies
        assert all("saved" not in where for _, where, _ in replies)  # sent, not a draft
        # every answer stored exactly once: each respondent's answers sent, no draft left
        rows = _stored_rows(app.workspace)
        expected = {r.person: len(r.answers(roster, burst).rows()) for r in respondents}
        assert rows == {(p, "submitted"): n for p, n in expected.items()}
    path = f"/api/engagements/{engagement}/campaigns/{record['id']}"
    now = app.json("GET", path)
    assert (now["answered"], now["drafts"], now["stored"], now["problem"]) == (50, 0, True, None)
    sent = {r.person: r.answers(roster, 1) for r in respondents}
    campaign, stored = intact(app.workspace, engagement)
    assert stored == sent and campaign.version == 2 * RESPONDENTS  # each submission once
    # the wave's file: one row per rating sent the second time, none twice, none lost
    content = Workspace(app.workspace).content(now["files"]["ratings"]).decode()
    raters = Counter(line.split(",")[1] for line in content.splitlines()[1:])
    assert raters == {p: len(answers.ratings) for p, answers in sent.items()}
    # the same answers uploaded as a CSV file give the same metrics
    uploaded = app.json("POST", "/api/engagements", {"name": "Uploaded"})["id"]
    app.send_files(uploaded, {"register": register(), "file": _long_csv(sent)}, wave=WAVE)
    metrics = [app.json("GET", f"/api/engagements/{e}/metrics") for e in (engagement, uploaded)]
    assert metrics[0] == metrics[1] and metrics[0]["waves"][WAVE]["nodes"]["coach"]["raters"] == 50
    log = Path(app.log.name).read_text()
    assert "Traceback" not in log and '" 500 ' not in log
    for burst, (took, each) in enumerate(timings, 1):
        print(f"burst {burst}: {RESPONDENTS} submissions in {took:.2f} s, each "
              f"{statistics.median(each):.2f} s median, {max(each):.2f} s at most")  # fmt: skip

    # a third burst, killed after its first acknowledgements
    acknowledged: list[str] = []
    start, counting = threading.Barrier(RESPONDENTS), threading.Lock()

    def send(r: Respondent) -> None:
        start.wait(TIMEOUT)
        try:
            status, *_ = app.respondent("POST", r.path, r.form(2))
        except (OSError, http.client.HTTPException):  # the server died under this request
            return
        assert status == 303, status
        with counting:
            acknowledged.append(r.person)
            if len(acknowledged) == KILL_AFTER:
                os.kill(app.process.pid, signal.SIGKILL)

    with ThreadPoolExecutor(RESPONDENTS) as pool:
        for done in as_completed([pool.submit(send, r) for r in respondents]):
            done.result()
    app.process.wait(TIMEOUT)
    assert app.process.returncode == -signal.SIGKILL
    # answers that arrive together are stored together, so the kill may come after the
    # whole burst is stored (a kill inside a transaction: test_campaign_durability.py)
    assert KILL_AFTER <= len(acknowledged) <= RESPONDENTS
    campaign, stored = intact(app.workspace, engagement)
    third = {r.person: r.answers(roster, 2) for r in respondents}
    # every acknowledged submission is there; every other one is all there or not at all
    assert all(stored[p] == third[p] for p in acknowledged)
    assert all(stored[p] in (sent[p], third[p]) for p in sent)
    changed = sum(stored[p] == third[p] for p in sent)
    assert campaign.version == 2 * RESPONDENTS + changed
    print(f"killed after {len(acknowledged)} acknowledged, {changed} stored")
    again = App(app.workspace, tmp_path / "again.log")  # and the coach carries on
    try:
        now = again.json("GET", path)
        assert (now["answered"], now["stored"], now["problem"]) == (50, True, None)
    finally:
        again.stop()
