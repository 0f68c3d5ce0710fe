"""No answer is ever lost: a submission is committed before the thank-you page, survives
a restart, and a failure or a crash in the middle of one leaves all of it or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.campaigns import Answers, Campaigns, campaign_questions
from alliance_graph.errors import WorkspaceDiskFullError
from alliance_graph.store import Workspace
from tests.campaign_support import (
    answer,
    campaigns,
    engagement_with_register,
    intact,
    link,
    new_campaign,
)
from tests.web_support import AUTH, log_in, make_app, register_csv

ROOT = Path(__file__).resolve().parent.parent


def test_answers_sent_are_in_the_file_when_the_app_starts_again(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    assert (
        answer(app.test_client(), link(campaign, "t1"), {"a0_0": "5", "a1_0": "2"}).status_code
        == 303
    )
    before = client.get(f"/api/engagements/{eid}/metrics", headers=AUTH).get_json()
    again = make_app(app.config["WORKSPACE"])  # another launch on the same file
    coach = log_in(again.test_client())
    record = campaigns(coach, eid)[0]
    assert (record["answered"], record["stored"], record["status"]) == (1, True, "open")
    assert coach.get(f"/api/engagements/{eid}/metrics", headers=AUTH).get_json() == before
    store = Campaigns(Workspace(app.config["WORKSPACE"]))
    t1 = next(r for r in store.respondents(store.of(eid)[0]) if r.person == "t1")
    assert store.answers(t1, "submitted").ratings == {
        ("coach", "trust"): "5",
        ("boss", "trust"): "2",
    }


def _nothing_sent(app: Flask, eid: int, person: str) -> None:
    store = Campaigns(Workspace(app.config["WORKSPACE"]))
    campaign = store.of(eid)[0]
    respondent = next(r for r in store.respondents(campaign) if r.person == person)
    assert store.answers(respondent, "submitted") is None and respondent.submitted_at is None
    assert store.answers(respondent, "draft") is not None  # the draft kept before sending
    assert (campaign.version, campaign.stored_version, campaign.ratings_file) == (0, 0, None)
    assert [f.kind for f in Workspace(app.config["WORKSPACE"]).files(eid)] == [
        "register",
        "ratings",
    ]


def test_a_failure_in_the_middle_of_a_submission_stores_none_of_it(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)

    def fail(*args: object, **kwargs: object) -> None:  # after the answers and the file
        raise RuntimeError("the power went off")

    monkeypatch.setattr(Campaigns, "stored", fail)
    with pytest.raises(RuntimeError, match="power"):
        answer(app.test_client(), link(campaign, "m1"), {"a0_0": "4"})
    _nothing_sent(app, eid, "m1")


def test_a_full_disk_during_a_submission_says_so_and_stores_none_of_it(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)

    def full(*args: object, **kwargs: object) -> None:
        raise WorkspaceDiskFullError(Path("ws"), "database or disk is full")

    monkeypatch.setattr(Workspace, "add_file", full)
    refused = answer(app.test_client(), link(campaign, "m2"), {"a0_0": "4"})
    assert (
        refused.status_code == 507
        and "The disk that holds the workspace is full" in refused.get_data(as_text=True)
    )
    _nothing_sent(app, eid, "m2")


_SENDER = """
import sys
from alliance_graph.campaigns import Answers, Campaigns
from alliance_graph.store import Workspace
from alliance_graph.web.collect import send_answers

workspace = Workspace(sys.argv[1])
store = Campaigns(workspace)
campaign = store.of(1)[0]
respondents = store.respondents(campaign)
n = 0
while True:
    n += 1
    respondent = respondents[n % len(respondents)]
    send_answers(workspace, campaign, respondent, Answers({("coach", "trust"): str(1 + n % 5)}))
    print(n, flush=True)
"""


def test_a_server_killed_while_storing_answers_keeps_every_acknowledged_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ws.sqlite3"
    workspace = Workspace(path)
    eid = workspace.create_engagement("E").id
    workspace.add_file(eid, kind="register", filename="r.csv", content=register_csv())
    store = Campaigns(workspace)
    campaign = store.create(eid, "T1", campaign_questions(workspace.sources(eid), None))
    store.set_status(campaign, "open")
    script = tmp_path / "sender.py"
    script.write_text(textwrap.dedent(_SENDER), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MPLCONFIGDIR": str(tmp_path / "mpl")}
    sender = subprocess.Popen(
        [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    acknowledged = 0
    deadline = time.monotonic() + 60
    assert sender.stdout is not None
    while acknowledged < 12 and time.monotonic() < deadline:
        acknowledged = int(sender.stdout.readline())
    os.kill(sender.pid, signal.SIGKILL)  # in the middle of the next submission, most likely
    sender.wait()
    assert acknowledged >= 12
    campaign, sent = intact(path, eid)  # the wave's file holds exactly the answers stored
    assert campaign.version in (acknowledged, acknowledged + 1)  # every one acknowledged
    expected = "".join(
        f"T1,{person},coach,trust,{answers.ratings[('coach', 'trust')]}\n"
        for person, answers in sorted(
            sent.items(), key=lambda kv: [p.id for p in campaign.questions.roster].index(kv[0])
        )
    )
    content = Workspace(path).content(campaign.ratings_file or 0).decode()
    assert content == "wave,rater,ratee,dimension,score\n" + expected
    assert all(isinstance(a, Answers) for a in sent.values())


def test_everyone_sending_at_once_is_stored_once(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    people = [r["person"] for r in campaign["respondents"]]
    replies: dict[str, int] = {}

    def send(person: str) -> None:
        replies[person] = answer(
            app.test_client(), link(campaign, person), {"a0_0": "dk"}
        ).status_code

    threads = [threading.Thread(target=send, args=(p,)) for p in people * 2]  # each twice
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert replies == dict.fromkeys(people, 303)
    record = campaigns(client, eid)[0]
    assert (record["answered"], record["stored"]) == (len(people), True)
    store = Campaigns(Workspace(app.config["WORKSPACE"]))
    assert store.of(eid)[0].version == 2 * len(people)  # every submission counted once
    content = Workspace(app.config["WORKSPACE"]).content(record["files"]["ratings"]).decode()
    raters = [line.split(",")[1] for line in content.splitlines()[1:]]
    # one row each (about the coach, whom the coach does not rate): never two, never lost
    assert sorted(raters) == sorted(p for p in people if p != "coach")
