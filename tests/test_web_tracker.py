"""The response tracker in the web app: its counts against the shared version the app
itself serves, the reminders (never to someone who answered), their words in each
language, their mailto links and mail-merge file, the e-mail addresses kept out of every
output, and the routes closed to a respondent's link."""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.campaign_support import answer, campaigns, engagement_with_register, link, new_campaign
from tests.web_support import AUTH, PEOPLE, TOKEN, create, ratings_csv, text, upload

NAMES = {pid: name for pid, name, _, _ in PEOPLE}
#: Addresses, languages and a name a spreadsheet would run (the coach's register).
EMAILS = {"boss": "paul.boss@client.example", "lead": "helene@client.example",
          "m3": "omar@client.example", "t1": "zoe@client.example"}  # fmt: skip
LANGS = {"lead": "fr", "m3": "fr", "boss": "en"}


def register_with_emails(names: dict[str, str] | None = None) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "name", "group", "role", "language", "E-mail"])
    for pid, name, group, role in PEOPLE:
        shown = (names or {}).get(pid, name)
        writer.writerow([pid, shown, group, role, LANGS.get(pid, ""), EMAILS.get(pid, "")])
    return out.getvalue().encode()


def engagement(client: FlaskClient, register: bytes) -> int:
    eid = create(client)
    assert upload(client, eid, ratings_csv(), register=register).status_code == 303
    return eid


def send(app: Flask, campaign: dict[str, Any], who: str, scores: dict[str, str]) -> None:
    assert answer(app.test_client(), link(campaign, who), scores).status_code == 303


@pytest.fixture
def answered(app: Flask, client: FlaskClient) -> dict[str, Any]:
    """Wave T2 under way: Managers 2 of 3 (one more needed), Team 3 of 3 (shown; t3 sent
    "don't know" only, so 2 count: one more needed), Direction 1 of 2 (never shown), the
    coach not yet."""
    eid = engagement(client, register_with_emails())
    campaign = new_campaign(client, eid)
    for who in ("m1", "m2", "t1", "t2", "boss"):
        send(app, campaign, who, {"a0_0": "4"})  # each rates the coach
    send(app, campaign, "t3", {"a0_0": "dk"})
    return {"eid": eid, "campaign": campaigns(client, eid)[0]}


ANSWERED = ("m1", "m2", "t1", "t2", "t3", "boss")
WAITING = ("lead", "m3")


def test_the_tracker_says_what_the_shared_version_shows(
    client: FlaskClient, answered: dict[str, Any]
) -> None:
    tracker = answered["campaign"]["tracker"]
    rows = {g["group"]: (g["answered"], g["members"], g["counted"], g["needed"], g["reachable"])
            for g in tracker["groups"]}  # fmt: skip
    assert rows == {
        "Direction": (1, 2, 1, 2, False),
        "Managers": (2, 3, 2, 1, True),
        "Team": (3, 3, 2, 1, True),  # t3 sent "don't know" only
    }
    assert tracker["min_group_size"] == 3 and tracker["waiting"] == 2
    assert tracker["coach"] == {"person": "coach", "name": "Claire Coach", "state": "waiting",
                                "answered": False}  # fmt: skip
    shared = client.get(f"/api/engagements/{answered['eid']}/metrics?audience=shared",
                        headers=AUTH).get_json()  # fmt: skip
    groups = shared["waves"]["T2"]["groups"]
    assert {g["group"]: g["shown"] for g in tracker["groups"]} == {
        g: v["shown"] for g, v in groups.items()
    }
    assert {g["group"]: g["counted"] for g in tracker["groups"]} == {
        g: v["raters"] for g, v in groups.items()
    }


def test_the_tracker_and_the_shared_version_follow_each_answer(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement(client, register_with_emails())
    campaign = new_campaign(client, eid)
    for n, who in enumerate(("m1", "m2", "m3"), start=1):
        send(app, campaign, who, {"a0_0": "4"})
        (record,) = campaigns(client, eid)
        managers = next(g for g in record["tracker"]["groups"] if g["group"] == "Managers")
        shared = client.get(f"/api/engagements/{eid}/metrics?audience=shared", headers=AUTH)
        figures = shared.get_json()["waves"]["T2"]["groups"]["Managers"]
        assert (managers["counted"], managers["needed"]) == (n, 3 - n)
        assert (figures["raters"], figures["shown"]) == (n, n == 3)  # each answer seen at once


def test_the_absences_that_weigh_most(client: FlaskClient, answered: dict[str, Any]) -> None:
    tracker = answered["campaign"]["tracker"]
    metrics = client.get(f"/api/engagements/{answered['eid']}/metrics", headers=AUTH).get_json()
    ranks = {p: r["pagerank"] for p, r in metrics["waves"]["T1"]["nodes"].items() if p != "coach"}
    order = sorted(ranks, key=lambda p: (-ranks[p], p))
    top = order[: max(3, math.ceil(0.2 * len(order)))]
    expected = ["lead", *(p for p in order if p in top and p in WAITING and p != "lead")]
    assert [w["person"] for w in tracker["weighty"]] == expected
    lead = tracker["weighty"][0]
    assert lead["reasons"][0] == {"kind": "coachee", "text": "the coachee"}
    assert lead["mailto"].startswith("mailto:helene@client.example?subject=Rappel")
    assert tracker["pagerank_wave"] == "T1"


def test_reminders_never_name_someone_who_answered(
    client: FlaskClient, answered: dict[str, Any]
) -> None:
    eid, cid = answered["eid"], answered["campaign"]["id"]
    base = f"/engagements/{eid}/campaigns/{cid}/reminders"
    found = client.get(f"/api{base}", headers=AUTH).get_json()
    assert found["kind"] == "reminder"
    assert [r["person"] for r in found["reminders"]] == ["lead", "m3"]  # the coachee first
    page = client.get(base).get_data(as_text=True)
    merged = client.get(f"{base}.csv").get_data(as_text=True)
    card = client.get(f"/engagements/{eid}").get_data(as_text=True)
    weighty = card.split('class="weighty"')[1].split("</ol>")[0]  # the card's list
    for who in ANSWERED:
        token = link(answered["campaign"], who).rsplit("/", 1)[1]
        for output in (json.dumps(found), page, merged, weighty):
            assert token not in output and NAMES[who] not in output, who
    for who in WAITING:
        token = link(answered["campaign"], who).rsplit("/", 1)[1]
        assert token in json.dumps(found) and token in page and token in merged
    everyone = client.get(f"/api{base}?who=everyone", headers=AUTH).get_json()
    assert everyone["kind"] == "invitation"
    assert [r["person"] for r in everyone["reminders"]] == [p[0] for p in PEOPLE[1:]]  # no coach
    assert client.get(f"{base}?who=nobody").status_code == 400


def test_each_reminder_speaks_its_reader_s_language(
    app: Flask, client: FlaskClient, answered: dict[str, Any]
) -> None:
    draft = answer(app.test_client(), link(answered["campaign"], "m3"), {"a0_0": "2"},
                   action="draft")  # fmt: skip
    assert draft.status_code == 303
    base = f"/api/engagements/{answered['eid']}/campaigns/{answered['campaign']['id']}/reminders"
    found = {r["person"]: r for r in client.get(base, headers=AUTH).get_json()["reminders"]}
    omar = found["m3"]  # French in the register, a draft kept
    assert omar["language"] == "fr" and omar["subject"].startswith("Rappel :")
    assert omar["state"] == "draft" and len(omar["mailto"]) < 2000  # what mail programs take
    body = omar["body"]
    assert body.startswith("Bonjour Omar,\n\nUn petit rappel")
    assert "Vous avez déjà commencé : votre brouillon est gardé" in body
    assert "brouillon" not in found["lead"]["body"]  # no draft: not said
    assert f"\n{omar['link']}\n" in body and omar["link"].endswith(link(answered["campaign"], "m3"))
    assert "au moins 3 personnes" in body and "confidentielles" in body
    assert "avant que je clôture l’enquête" in body and body.endswith("Merci,\nClaire Coach")
    # no language in the register: the coach's page language (the API speaks English)
    everyone = client.get(f"{base}?who=everyone&lang=fr", headers=AUTH).get_json()
    by = {r["person"]: r for r in everyone["reminders"]}
    assert by["m1"]["language"] == "fr" and by["boss"]["language"] == "en"
    assert by["boss"]["subject"] == "Survey on working relationships: your personal link"
    invitation = by["boss"]["body"]
    assert "As part of the coaching" in invitation and "at least 3 people" in invitation
    assert "confidential" in invitation and "do not pass it on" in invitation


def test_a_mailto_link_carries_the_address_the_subject_and_the_body(
    client: FlaskClient, answered: dict[str, Any]
) -> None:
    base = f"/api/engagements/{answered['eid']}/campaigns/{answered['campaign']['id']}/reminders"
    for reminder in client.get(f"{base}?who=everyone", headers=AUTH).get_json()["reminders"]:
        if reminder["email"] is None:  # no address: no link
            assert reminder["mailto"] is None and reminder["person"] not in EMAILS
            continue
        parts = urlsplit(reminder["mailto"])
        assert parts.scheme == "mailto" and unquote(parts.path) == EMAILS[reminder["person"]]
        query = parse_qs(parts.query, strict_parsing=True)
        assert set(query) == {"subject", "body"}
        assert query["subject"] == [reminder["subject"]]
        assert query["body"] == [reminder["body"].replace("\n", "\r\n")]
        assert " " not in reminder["mailto"] and "\n" not in reminder["mailto"]
        assert len(reminder["mailto"]) < 2000  # what mail programs take
    page = client.get(base.removeprefix("/api")).get_data(as_text=True)
    assert "No e-mail in the register for this person" not in page  # lead and m3 have one


def test_the_mail_merge_file_is_excel_safe(app: Flask, client: FlaskClient) -> None:
    formula = '=HYPERLINK("http://evil.example","Click")'
    eid = engagement(client, register_with_emails({"m2": formula, "t2": "-Yann", "t3": "@Xav"}))
    campaign = new_campaign(client, eid)
    base = f"/engagements/{eid}/campaigns/{campaign['id']}/reminders.csv?who=everyone"
    for lang, delimiter in (("fr", ";"), ("en", ",")):
        content = client.get(f"{base}&lang={lang}").get_data()
        assert content.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=delimiter))
        assert rows[0] == (
            ["nom", "email", "langue", "groupe", "état", "lien", "objet", "message"]
            if lang == "fr"
            else ["name", "email", "language", "group", "state", "link", "subject", "body"]
        )
        assert len(rows) == len(PEOPLE)  # everyone but the coach, and the header
        for row in rows[1:]:
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
        names = [row[0] for row in rows[1:]]
        assert f"'{formula}" in names and "'-Yann" in names and "'@Xav" in names
        assert content.count(b"\r\n") >= len(PEOPLE)


def test_the_page_shows_the_tracker(client: FlaskClient, answered: dict[str, Any]) -> None:
    page = text(client.get(f"/engagements/{answered['eid']}"))
    assert "Who has answered" in page
    assert "Managers Not yet: Omar Answered: Marc , Nina 2 of 3 1 more answer needed" in page
    assert "never shown: 2 people, fewer than 3" in page
    assert "1 sent no rating (“don't know” only): not counted" in page
    assert "Hélène Lead · Direction · the coachee" in page
    assert "Reminders to send (2)" in page and "Mail-merge file (CSV)" in page
    assert "Your own answers (the coach): not yet" in page
    french = text(client.get(f"/engagements/{answered['eid']}?lang=fr"))
    assert "Qui a répondu" in french and "encore 1 réponse nécessaire" in french


def test_an_address_added_to_the_register_later_counts_and_old_campaigns_load(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_register(client)  # a register without e-mails
    campaign = new_campaign(client, eid)
    with sqlite3.connect(app.config["WORKSPACE"]) as db:  # stored before the column
        (stored,) = db.execute("SELECT questions FROM campaign").fetchone()
        questions = json.loads(stored)
        for person in questions["roster"]:
            del person["email"]
        db.execute("UPDATE campaign SET questions = ?", (json.dumps(questions),))
    base = f"/api/engagements/{eid}/campaigns/{campaign['id']}/reminders"
    assert all(r["mailto"] is None for r in client.get(base, headers=AUTH).get_json()["reminders"])
    assert upload(client, eid, register=register_with_emails()).status_code == 303
    found = {r["person"]: r for r in client.get(base, headers=AUTH).get_json()["reminders"]}
    assert found["m3"]["email"] == "omar@client.example" and found["m1"]["email"] is None


def test_no_address_reaches_a_report_a_form_or_a_shared_output(
    app: Flask, client: FlaskClient, answered: dict[str, Any]
) -> None:
    eid = answered["eid"]
    outputs = [
        f"/engagements/{eid}/report",
        f"/engagements/{eid}/report?audience=shared",
        f"/engagements/{eid}/report?lang=fr",
        f"/engagements/{eid}/metrics.json",
        f"/engagements/{eid}/metrics.csv?audience=shared",
        f"/engagements/{eid}/network.json",
        f"/engagements/{eid}/network.json?audience=shared",
        f"/engagements/{eid}/network.gexf",
        f"/engagements/{eid}/compare",
        f"/api/engagements/{eid}/metrics",
        f"/api/engagements/{eid}",
    ]
    for url in outputs:
        response = client.get(url, headers=AUTH)
        assert response.status_code == 200, url
        assert "client.example" not in response.get_data(as_text=True), url
    respondent = app.test_client()
    for who in WAITING:
        form = respondent.get(link(answered["campaign"], who)).get_data(as_text=True)
        assert "client.example" not in form


#: The tracker's routes, each a path with ``{eid}`` and ``{cid}``.
ROUTES = [
    "/engagements/{eid}/campaigns/{cid}/reminders",
    "/engagements/{eid}/campaigns/{cid}/reminders?who=everyone",
    "/engagements/{eid}/campaigns/{cid}/reminders.csv",
]
API = ["/api/engagements/{eid}/campaigns/{cid}/reminders",
       "/api/engagements/{eid}/campaigns/{cid}/reminders?format=csv",
       "/api/engagements/{eid}/campaigns/{cid}"]  # fmt: skip


def test_a_respondent_s_link_opens_no_tracker(app: Flask, answered: dict[str, Any]) -> None:
    for route in ROUTES + API:  # one engagement for all: these requests change nothing
        _no_tracker_for_a_respondent(app, answered, route)


def _no_tracker_for_a_respondent(app: Flask, answered: dict[str, Any], route: str) -> None:
    url = route.format(eid=answered["eid"], cid=answered["campaign"]["id"])
    token = link(answered["campaign"], "m3").rsplit("/", 1)[1]
    stranger = app.test_client()
    api = url.startswith("/api/")
    assert stranger.get(url).status_code == 401
    joined = f"{url}{'&' if '?' in url else '?'}token={token}"
    assert stranger.get(joined).status_code == 403
    bearer = stranger.get(url, headers={"Authorization": f"Bearer {token}"})
    assert bearer.status_code == (403 if api else 401)
    stranger.set_cookie("alliance_graph_token", token)
    refused = stranger.get(url)
    assert refused.status_code == (401 if api else 403)
    for response in (refused, bearer):
        body = response.get_data(as_text=True)
        assert "Omar" not in body and "client.example" not in body
    coach = app.test_client()
    assert coach.get(f"{url}{'&' if '?' in url else '?'}token={TOKEN}").status_code in (200, 303)
