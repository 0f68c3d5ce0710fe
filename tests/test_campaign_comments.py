"""Comments collected by the web app reach the report (DESIGN.md section 11): stored in the
wave's answers file, made safe for a spreadsheet and read back as written, shown to the
coach by the author's group and in the shared version only from K_c commenters, masked,
which the coach chooses with ``min_commenters`` as the command line's ``--min-commenters``."""

from __future__ import annotations

import csv
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.campaign_support import answer, campaigns, engagement_with_register, link, new_campaign
from tests.web_support import AUTH, PEOPLE, upload

IDS = [p[0] for p in PEOPLE]
#: What each respondent writes (m1's looks like a formula to a spreadsheet; t3 writes
#: nothing but a comment). Managers: 3 commenters; Team: 2; Direction: 1.
COMMENTS = {
    "boss": "Paul Boss here: meetings run late",
    "m1": '=HYPERLINK("http://evil.example","Zoé")',
    "m2": "Hélène listens; Yann less so",
    "m3": "@Omar: more time to talk",
    "t1": "+1 for the offsite",
    "t3": "Only a word from Xavier",
}
WORDS = {w.casefold() for pid, name, *_ in PEOPLE for w in (pid, *name.split())}


def score(rater: str, ratee: str) -> str:
    return str(1 + (IDS.index(rater) * 3 + IDS.index(ratee) * 5 + 1) % 5)


def send(app: Flask, campaign: dict[str, Any], person: str, comment: str | None) -> None:
    """The person's scores for everyone they rate (none for t3), and their comment."""
    rates = next(r["rates"] for r in campaign["respondents"] if r["person"] == person)
    scores = {} if person == "t3" else {f"a{IDS.index(p)}_0": score(person, p) for p in rates}
    extra: dict[str, Any] = {"comment": comment} if comment else {}
    assert answer(app.test_client(), link(campaign, person), scores, **extra).status_code == 303


@pytest.fixture
def collected(app: Flask, client: FlaskClient) -> tuple[int, dict[str, Any]]:
    """An engagement whose wave T2 was collected: everyone but the coach and t2 answers,
    the six of :data:`COMMENTS` with their comment."""
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    for person in IDS[1:]:
        if person != "t2":
            send(app, campaign, person, COMMENTS.get(person))
    return eid, campaigns(client, eid)[0]


def _stored(client: FlaskClient, eid: int, record: dict[str, Any]) -> list[str]:
    fid = record["files"]["ratings"]
    download = client.get(f"/engagements/{eid}/files/{fid}")
    assert download.status_code == 200
    return download.get_data(as_text=True).splitlines()


def _comments(client: FlaskClient, eid: int, query: str = "") -> str:
    page = client.get(f"/engagements/{eid}/report{query}")
    assert page.status_code == 200
    found = re.search(r'<section id="comments">.*?</section>', page.get_data(as_text=True), re.S)
    assert found, "no comments section"
    return found.group(0)


def test_the_comments_are_in_the_waves_file_safe_for_a_spreadsheet(
    client: FlaskClient, collected: tuple[int, dict[str, Any]]
) -> None:
    eid, record = collected
    lines = _stored(client, eid, record)
    assert lines[0] == "wave,rater,ratee,dimension,score,comment"
    comments = [line for line in lines[1:] if line.startswith("T2,") and ",,,," in line]
    assert comments == [  # register order, each after its author's ratings
        "T2,boss,,,,Paul Boss here: meetings run late",
        'T2,m1,,,,"\'=HYPERLINK(""http://evil.example"",""Zoé"")"',
        "T2,m2,,,,Hélène listens; Yann less so",
        "T2,m3,,,,'@Omar: more time to talk",
        "T2,t1,,,,'+1 for the offsite",
        "T2,t3,,,,Only a word from Xavier",
    ]
    m1 = [line.split(",")[2] for line in lines if line.startswith("T2,m1,")]
    assert m1 == ["coach", "boss", "lead", "m2", "m3", ""]  # the comment after the ratings
    cells = [cell for row in csv.reader(lines) for cell in row]
    assert '\'=HYPERLINK("http://evil.example","Zoé")' in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


def test_the_coach_sees_each_comment_as_written_by_the_authors_group(
    client: FlaskClient, collected: tuple[int, dict[str, Any]]
) -> None:
    eid, _ = collected
    section = _comments(client, eid)
    groups = re.findall(r"<h3><bdi>([^<]+)</bdi> <span class=\"count\">\((\d+)", section)
    assert groups == [("Direction", "1"), ("Managers", "3"), ("Team", "2")]
    cell = r'<td dir="auto"[^>]*>([^<]+)</td>'
    rows = re.findall(rf'<tr><td class="wave" dir="auto">T2</td>{cell}{cell}'
                      r'<td dir="auto" class="comment">([^<]+)</td>', section)  # fmt: skip
    assert [(author, text) for author, _, text in rows] == [
        ("Paul Boss", "Paul Boss here: meetings run late"),
        ("Marc", "=HYPERLINK(&#34;http://evil.example&#34;,&#34;Zoé&#34;)"),  # as written
        ("Nina", "Hélène listens; Yann less so"),
        ("Omar", "@Omar: more time to talk"),
        ("Zoé", "+1 for the offsite"),
        ("Xavier", "Only a word from Xavier"),
    ]
    assert {about for _, about, _ in rows} == {"the survey as a whole"}


def test_the_shared_version_shows_only_groups_with_k_c_commenters_masked(
    client: FlaskClient, collected: tuple[int, dict[str, Any]]
) -> None:
    eid, _ = collected
    default = _comments(client, eid, "?audience=shared")  # K_c = 5: no group has five
    assert default.count("Not enough comments to show (at least 5 people") == 3
    assert "<li>" not in default
    three = _comments(client, eid, "?audience=shared&min_commenters=3")
    groups = re.findall(r"<h4><bdi>([^<]+)</bdi></h4>\s*(<ul|<p)", three)
    assert groups == [("Direction", "<p"), ("Managers", "<ul"), ("Team", "<p")]
    assert three.count("(at least 3 people") == 2
    shown = sorted(re.findall(r'<span dir="auto">([^<]+)</span></li>', three))
    assert shown == [  # Managers' three comments, every name masked
        "=HYPERLINK(&#34;http://evil.example&#34;,&#34;[…]&#34;)",
        "@[…]: more time to talk",
        "[…] listens; […] less so",
    ]
    words = {w for text in shown for w in re.findall(r"\w+", text.casefold())}
    assert not WORDS & words  # no register name or id in what they wrote
    assert not any(name.casefold() in three.casefold() for _, name, *_ in PEOPLE)
    api = client.get(
        f"/api/engagements/{eid}/report?audience=shared&min_commenters=3", headers=AUTH
    )
    assert api.status_code == 200 and "@[…]: more time to talk" in api.get_data(as_text=True)


def test_comment_rows_leave_the_waves_metrics_as_they_are(
    client: FlaskClient, collected: tuple[int, dict[str, Any]]
) -> None:
    eid, record = collected
    lines = _stored(client, eid, record)
    # the same ratings uploaded without the comments: no comment column, no comment row
    plain = [line.rsplit(",", 1)[0] for line in lines if ",,,," not in line]
    other = engagement_with_register(client)
    sent = upload(client, other, ("\n".join(plain) + "\n").encode(), "T2.csv", scale="1:5")
    assert sent.status_code == 303
    for query in ("", "?audience=shared"):
        metrics = [
            client.get(f"/api/engagements/{e}/metrics{query}", headers=AUTH).get_json()
            for e in (eid, other)
        ]
        assert metrics[0] == metrics[1]
    figures = client.get(f"/api/engagements/{eid}/metrics", headers=AUTH).get_json()
    # by hand: the coach is rated by boss, lead, m1-m3, t1 (t2 did not answer, t3 rated no one)
    assert figures["waves"]["T2"]["nodes"]["coach"]["raters"] == 6


def test_k_c_below_its_floor_or_not_a_number_is_refused(client: FlaskClient) -> None:
    eid = engagement_with_register(client)  # refused before any figure is computed
    said = "a whole number from 3 up, not “"
    for given in ["2", "0", "-3", "x", "٣", "1001"]:
        query = f"report?audience=shared&min_commenters={given}"
        page = client.get(f"/engagements/{eid}/{query}")
        assert page.status_code == 400 and said in page.get_data(as_text=True), given
        api = client.get(f"/api/engagements/{eid}/{query}", headers=AUTH)
        assert api.status_code == 400 and said in api.get_json()["message"], given
