"""Helpers for the campaign tests: an engagement with its register and a first wave, a
campaign made and opened as the coach does, a respondent's form read and sent, and a
workspace checked after its server was killed."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient

from alliance_graph.campaigns import Answers, Campaign, Campaigns
from alliance_graph.campaigns import ratings_csv as answers_csv
from alliance_graph.store import Workspace
from tests.web_support import AUTH, create, csrf, ratings_csv, register_csv, upload


def engagement_with_register(client: FlaskClient, *, first_wave: bool = True) -> int:
    eid = create(client)
    content = ratings_csv() if first_wave else None
    assert upload(client, eid, content, register=register_csv()).status_code == 303
    return eid


def new_campaign(
    client: FlaskClient, eid: int, wave: str = "T2", *, open_it: bool = True, **fields: Any
) -> dict[str, Any]:
    """A campaign made from the engagement page's form (and opened), as the API shows it."""
    data = {"csrf_token": csrf(client), "wave": wave, "comment": "yes", **fields}
    made = client.post(f"/engagements/{eid}/campaigns", data=data)
    assert made.status_code == 303, made.get_data(as_text=True)
    campaign = next(c for c in campaigns(client, eid) if c["wave"] == wave)
    if open_it:
        moved = client.post(
            f"/engagements/{eid}/campaigns/{campaign['id']}/status",
            data={"csrf_token": csrf(client), "status": "open"},
        )
        assert moved.status_code == 303
        campaign = next(c for c in campaigns(client, eid) if c["wave"] == wave)
    return campaign


def campaigns(client: FlaskClient, eid: int) -> list[dict[str, Any]]:
    answer = client.get(f"/api/engagements/{eid}/campaigns", headers=AUTH)
    assert answer.status_code == 200
    return list(answer.get_json()["campaigns"])


def link(campaign: dict[str, Any], person: str) -> str:
    """The path of a respondent's personal link."""
    found = next(r for r in campaign["respondents"] if r["person"] == person)
    return str(found["link"]).removeprefix("http://localhost")


def form_fields(page: str) -> dict[str, Any]:
    """What a form shows: its key, its questions (field → values offered) and the
    values checked."""
    key = re.search(r'name="key" value="([^"]+)"', page)
    offered: dict[str, list[str]] = {}
    for name, value in re.findall(r'type="radio" name="([ao]\d+(?:_\d+)?)" value="([^"]+)"', page):
        offered.setdefault(name, []).append(value)
    checked = dict(re.findall(r'name="([ao]\d+(?:_\d+)?)" value="([^"]+)" checked', page))
    return {"key": key.group(1) if key else None, "offered": offered, "checked": checked}


def answer(
    respondent: FlaskClient,
    path: str,
    scores: dict[str, str],
    *,
    action: str = "submit",
    agreed: bool = True,
    named: str | None = "yes",
    **extra: str,
) -> Any:
    """Open the form, then send ``scores`` (field → value) with consent, as a browser does."""
    page = respondent.get(path + ("&" if "?" in path else "?") + "edit=1")
    assert page.status_code == 200, page.status_code
    data = {"key": form_fields(page.get_data(as_text=True))["key"], "action": action, **scores}
    if agreed:
        data["agreed"] = "yes"
    if named is not None:
        data["named"] = named
    return respondent.post(path, data={**data, **extra})


def every_question(page: str, value: str) -> dict[str, str]:
    """``value`` for every rating question of a form (its progress questions left)."""
    return {f: value for f in form_fields(page)["offered"] if f.startswith("a")}


def intact(path: Path, engagement: int) -> tuple[Campaign, dict[str, Answers]]:
    """The engagement's campaign and the answers sent, once checked in a workspace whose
    server was killed: the file passes SQLite's integrity check, and the wave's file holds
    exactly the answers stored (a submission is all there, with its file, or not at all)."""
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    workspace = Workspace(path)
    store = Campaigns(workspace)
    campaign = store.of(engagement)[0]
    sent = store.sent(campaign)
    assert campaign.up_to_date and campaign.ratings_file is not None
    expected = answers_csv(campaign.wave, campaign.questions, sent)
    assert workspace.content(campaign.ratings_file) == expected
    return campaign, sent


__all__ = [
    "answer",
    "campaigns",
    "engagement_with_register",
    "every_question",
    "form_fields",
    "intact",
    "link",
    "new_campaign",
]
