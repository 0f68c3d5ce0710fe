"""A respondent's link opens their form and nothing else: not the coach's pages, not the
API, not a report, not another respondent's form; wrong links are 404, forged posts are
refused, requests are limited (429), and the token never reaches a log."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.store import Workspace
from tests.campaign_support import answer, engagement_with_register, form_fields, link, new_campaign
from tests.web_support import TOKEN, log_in, make_app, text


@pytest.fixture
def setup(app: Flask, client: FlaskClient) -> dict[str, Any]:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    assert answer(app.test_client(), link(campaign, "m2"), {"a0_0": "4"}).status_code == 303
    file_id = Workspace(app.config["WORKSPACE"]).files(eid)[0].id
    mine, other = link(campaign, "m1"), link(campaign, "m2")
    return {
        "eid": eid,
        "cid": campaign["id"],
        "rid": campaign["respondents"][0]["id"],
        "fid": file_id,
        "path": mine,
        "token": mine.rsplit("/", 1)[1],
        "other": other,
    }


#: The coach's pages and the API, each a path with ``{eid}``, ``{cid}``, ``{rid}``, ``{fid}``.
COACH_PAGES = [
    "/",
    "/engagements/new",
    "/engagements/{eid}",
    "/engagements/{eid}/report",
    "/engagements/{eid}/report?audience=shared",
    "/engagements/{eid}/compare",
    "/engagements/{eid}/metrics.json",
    "/engagements/{eid}/network.json",
    "/engagements/{eid}/files/{fid}",
    "/engagements/{eid}/pack",
    "/engagements/{eid}/campaigns/{cid}/respondents/{rid}",
]
API = [
    "/api/engagements",
    "/api/engagements/{eid}",
    "/api/engagements/{eid}/metrics",
    "/api/engagements/{eid}/report",
    "/api/engagements/{eid}/campaigns",
    "/api/engagements/{eid}/campaigns/{cid}",
]


@pytest.mark.parametrize("route", COACH_PAGES)
def test_the_token_opens_no_coach_page(app: Flask, setup: dict[str, Any], route: str) -> None:
    url, token = route.format(**setup), setup["token"]
    stranger = app.test_client()
    assert stranger.get(url).status_code == 401
    joined = f"{url}{'&' if '?' in url else '?'}token={token}"
    assert stranger.get(joined).status_code == 403
    assert stranger.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 401
    stranger.set_cookie("alliance_graph_token", token)
    assert stranger.get(url).status_code == 403


@pytest.mark.parametrize("route", API)
def test_the_token_opens_no_api_route(app: Flask, setup: dict[str, Any], route: str) -> None:
    url, token = route.format(**setup), setup["token"]
    stranger = app.test_client()
    assert stranger.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 403
    assert stranger.get(f"{url}?token={token}").status_code == 403
    stranger.set_cookie("alliance_graph_token", token)
    assert stranger.get(url).status_code == 401


def test_the_token_changes_nothing_for_the_coach(app: Flask, setup: dict[str, Any]) -> None:
    stranger, token = app.test_client(), setup["token"]
    base = f"/engagements/{setup['eid']}/campaigns/{setup['cid']}"
    for url in (f"{base}/status?token={token}", f"{base}/store?token={token}"):
        assert stranger.post(url, data={"status": "closed"}).status_code == 401
    api = f"/api{base}/status"
    refused = stranger.post(
        api, json={"status": "closed"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert refused.status_code == 403
    coach = log_in(app.test_client())
    assert coach.get(f"/api{base}?token={TOKEN}").get_json()["status"] == "open"


def test_wrong_links_are_404_and_show_nothing_of_the_app(app: Flask, setup: dict[str, Any]) -> None:
    stranger, token = app.test_client(), setup["token"]
    for wrong in (token[:-1], token + "x", token.swapcase(), "x" * 43, "short", "a" * 300):
        page = stranger.get(f"/r/{wrong}")
        assert page.status_code == 404, wrong
        assert "This link opens no survey" in text(page)
    for wrong in (f"/r/{token}/x", "/r/", f"/r/{token}/../../api/engagements"):
        page = stranger.get(wrong)
        assert page.status_code == 404, wrong
        body = page.get_data(as_text=True)
        assert (
            "/engagements" not in body
            and "csrf_token" not in body
            and "Set-Cookie" not in page.headers
        )
        assert "This link opens no survey" in body  # not the coach's "no such engagement"


def test_a_form_shows_nothing_but_its_own_questions(
    app: Flask, client: FlaskClient, setup: dict[str, Any]
) -> None:
    page = app.test_client().get(setup["path"])
    body = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Mission Lumière" not in body  # the engagement's name is the coach's
    assert "/engagements" not in body and "/api" not in body and "csrf_token" not in body
    assert setup["other"] not in body and TOKEN not in body
    assert "<script" not in body  # no JavaScript needed
    assert "sponsor" not in body and "coachee" not in body  # roles are the coach's data
    headers = page.headers
    assert "Set-Cookie" not in headers
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store" and headers["X-Frame-Options"] == "DENY"
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert "form-action 'self'" in headers["Content-Security-Policy"]
    sent = answer(app.test_client(), setup["path"], {"a0_0": "2"})
    assert sent.status_code == 303 and "Set-Cookie" not in sent.headers


def test_forged_posts_are_refused(app: Flask, setup: dict[str, Any]) -> None:
    respondent, path = app.test_client(), setup["path"]
    mine = form_fields(respondent.get(path).get_data(as_text=True))["key"]
    theirs = form_fields(respondent.get(setup["other"] + "?edit=1").get_data(as_text=True))["key"]
    base = {"action": "draft", "a0_0": "1"}
    assert respondent.post(path, data=base).status_code == 403
    assert respondent.post(path, data={**base, "key": theirs}).status_code == 403
    assert respondent.post(setup["other"], data={**base, "key": mine}).status_code == 403
    assert respondent.post(path, data={**base, "key": TOKEN}).status_code == 403
    foreign = respondent.post(
        path, data={**base, "key": mine}, headers={"Origin": "http://evil.example"}
    )
    assert foreign.status_code == 403 and "another website" in text(foreign)
    cross = respondent.post(
        path, data={**base, "key": mine}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert cross.status_code == 403
    # the page sends no referrer, so a browser posts it with "Origin: null"
    own = respondent.post(
        path,
        data={**base, "key": mine},
        headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"},
    )
    assert own.status_code == 303


def limited(tmp_path: Path, **limits: int) -> Flask:
    return make_app(tmp_path / "limited.sqlite3", RESPOND_LIMITS=limits)


def test_requests_are_limited_per_address_and_per_link(tmp_path: Path) -> None:
    app = limited(tmp_path, address=6, link=4)
    coach = log_in(app.test_client())
    eid = engagement_with_register(coach)
    campaign = new_campaign(coach, eid)
    mine, other = link(campaign, "m1"), link(campaign, "m3")
    respondent = app.test_client()
    answers = [respondent.get(mine).status_code for _ in range(5)]
    assert answers == [200, 200, 200, 200, 429]  # the link's limit
    assert respondent.get(other).status_code == 200  # another link: its own count
    refused = respondent.get(other)
    assert refused.status_code == 429  # the address's limit
    assert 0 < int(refused.headers["Retry-After"]) <= 60  # exact: tests/test_respond_limits.py
    assert "Too many requests" in text(refused)
    elsewhere = app.test_client()
    assert elsewhere.get(other, environ_base={"REMOTE_ADDR": "10.0.0.7"}).status_code == 200


def test_guessing_links_closes_the_door_for_a_while(tmp_path: Path) -> None:
    app = limited(tmp_path, unknown=3)
    coach = log_in(app.test_client())
    campaign = new_campaign(coach, engagement_with_register(coach))
    guesser = app.test_client()
    assert [guesser.get(f"/r/{'g' * 42}{n}").status_code for n in range(4)] == [404, 404, 404, 429]
    assert guesser.get(link(campaign, "m1")).status_code == 429  # even a right one, for now
    assert (
        app.test_client()
        .get(link(campaign, "m1"), environ_base={"REMOTE_ADDR": "10.0.0.8"})
        .status_code
        == 200
    )


def test_a_respondents_token_never_reaches_the_log(setup: dict[str, Any]) -> None:
    from alliance_graph.web.security import TokenFilter

    token = setup["token"]
    for line in (
        f"POST /r/{token}?lang=fr HTTP/1.1",
        f"GET /%72/{token.replace('_', '%5F')} HTTP/1.1",
    ):
        record = logging.LogRecord(
            "werkzeug", logging.INFO, __file__, 1, '"%s" %s %s', (line, 200, 10), None
        )
        assert TokenFilter(TOKEN).filter(record)
        assert token not in record.getMessage() and "/r/…" in record.getMessage()


def test_an_engagement_in_the_trash_takes_its_links_with_it(
    app: Flask, client: FlaskClient, setup: dict[str, Any]
) -> None:
    from tests.web_support import csrf

    respondent = app.test_client()
    assert respondent.get(setup["path"]).status_code == 200
    client.post(f"/engagements/{setup['eid']}/delete", data={"csrf_token": csrf(client)})
    assert respondent.get(setup["path"]).status_code == 404
    client.post(f"/engagements/{setup['eid']}/restore", data={"csrf_token": csrf(client)})
    assert respondent.get(setup["path"]).status_code == 200
