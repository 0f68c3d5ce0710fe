"""A survey's closing date in the library: the day written out in each language, what is
refused, the workspace upgraded in place from the schema before it (every survey, answer
and file kept), and the date on the offline workbooks and in their zip's README."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from alliance_graph.campaigns import (
    CampaignError,
    Campaigns,
    check_closing_date,
    days_left,
    parse_closing_date,
)
from alliance_graph.campaigns.offline import README, workbooks_zip
from alliance_graph.campaigns.workbook import respondent_workbook
from alliance_graph.i18n import format_day
from alliance_graph.store import Workspace
from alliance_graph.workspace_file import MIGRATIONS, SCHEMA_VERSION
from tests.campaign_support import (
    answer,
    campaigns,
    engagement_with_register,
    link,
    new_campaign,
)
from tests.test_campaign_workbooks import CAMPAIGN, RESPONDENTS, book, read
from tests.web_support import AUTH, log_in, make_app
from tests.workbook_support import fill_workbook

FRIDAY = date(2026, 12, 18)


# -- the day, written out --------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "en", "fr"),
    [
        (FRIDAY, "Friday 18 December 2026", "vendredi 18 décembre 2026"),
        (date(2027, 1, 1), "Friday 1 January 2027", "vendredi 1er janvier 2027"),
        (date(2026, 3, 1), "Sunday 1 March 2026", "dimanche 1er mars 2026"),
        (date(2026, 8, 10), "Monday 10 August 2026", "lundi 10 août 2026"),
        (date(2028, 2, 29), "Tuesday 29 February 2028", "mardi 29 février 2028"),
    ],
)
def test_a_day_is_written_out_in_each_language(day: date, en: str, fr: str) -> None:
    assert (format_day(day, "en"), format_day(day, "fr")) == (en, fr)


# -- what is refused -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["18/12/2026", "2026-02-30", "20261218", "2026-W51-5", "2026-12-18T00:00", 20261218,
              ["2026-12-18"], True, "tomorrow"],
)  # fmt: skip
def test_only_a_year_month_day_date_is_a_closing_date(value: Any) -> None:
    with pytest.raises(CampaignError) as refused:
        parse_closing_date(value)
    assert refused.value.key == "closes_bad_date"
    assert refused.value.params == {"value": str(value)[:40]}


def test_nothing_is_no_closing_date() -> None:
    assert parse_closing_date(None) is None and parse_closing_date("") is None
    assert parse_closing_date(" 2026-12-18 ") == FRIDAY


def test_today_or_later_while_prepared_or_open_never_once_closed() -> None:
    today = date(2026, 12, 15)
    for status in ("ready", "open"):
        survey = replace(CAMPAIGN, status=status)
        for day in (today, FRIDAY, None):
            check_closing_date(survey, day, today)  # allowed
        with pytest.raises(CampaignError) as past:
            check_closing_date(survey, date(2026, 12, 14), today)
        assert past.value.key == "closes_past" and past.value.params == {"day": date(2026, 12, 14)}
    closed = replace(CAMPAIGN, status="closed")
    for day in (FRIDAY, None):  # neither set nor removed
        with pytest.raises(CampaignError) as refused:
            check_closing_date(closed, day, today)
        assert refused.value.key == "closes_closed"


def test_days_left_counts_calendar_days() -> None:
    survey = replace(CAMPAIGN, closes_on=FRIDAY)
    assert [days_left(survey, date(2026, 12, d)) for d in (15, 17, 18, 19, 31)] == [
        3,
        1,
        0,
        -1,
        -13,
    ]
    assert days_left(CAMPAIGN, date(2026, 12, 15)) is None


# -- the workspace, upgraded in place --------------------------------------------------


def _schema(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def _rows(db: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    db.row_factory = sqlite3.Row
    return sorted((dict(r) for r in db.execute(f"SELECT * FROM {table}")), key=repr)


def test_a_workspace_of_the_schema_before_keeps_its_surveys_and_answers(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    app = make_app(path)
    client = log_in(app.test_client())
    eid = engagement_with_register(client)
    survey = new_campaign(client, eid)
    for who, score in (("m1", "4"), ("t1", "2")):
        assert answer(app.test_client(), link(survey, who), {"a0_0": score}).status_code == 303
    draft = answer(app.test_client(), link(survey, "m2"), {"a0_0": "5"}, action="draft")
    assert draft.status_code == 303
    # the file as the version before this one left it: no closing date, schema 4
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("ALTER TABLE campaign DROP COLUMN closes_on")
        db.execute("PRAGMA user_version = 4")
        before = {
            t: _rows(db, t) for t in ("engagement", "file", "campaign", "respondent", "answer")
        }
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as fresh:
        for statements in MIGRATIONS[:4]:
            for statement in statements:
                fresh.execute(statement)
        with closing(sqlite3.connect(path)) as db:
            assert _schema(db) == _schema(fresh)  # exactly schema 4
    ratings = [(a["state"], a["value"]) for a in before["answer"] if a["kind"] == "rating"]
    assert sorted(ratings) == [("draft", "5"), ("submitted", "2"), ("submitted", "4")]
    assert len(before["file"]) == 3  # T1, the register, and T2 made of the answers
    workspace = Workspace(path)  # opened by this version
    assert workspace.schema_version == SCHEMA_VERSION == 5
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = {t: _rows(db, t) for t in before}
    assert [r.pop("closes_on") for r in after["campaign"]] == [None]
    assert after == before  # every survey, respondent, answer and file as it was
    stored = Campaigns(workspace).of(eid)[0]
    assert stored.closes_on is None and stored.up_to_date and stored.status == "open"
    again = log_in(make_app(path).test_client())  # and the app works on it
    (record,) = campaigns(again, eid)
    assert record["closes_on"] is None and record["answered"] == 2 and record["drafts"] == 1
    put = again.put(f"/api/engagements/{eid}/campaigns/{record['id']}/closes_on",
                    json={"closes_on": "2999-12-31"}, headers=AUTH)  # fmt: skip
    assert put.status_code == 200 and put.get_json()["closes_on"] == "2999-12-31"
    assert Campaigns(workspace).of(eid)[0].closes_on == date(2999, 12, 31)


def test_the_column_takes_only_an_iso_day(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "ws.sqlite3")
    with closing(sqlite3.connect(workspace.path)) as db:
        db.execute("INSERT INTO engagement VALUES (1, 'E', '2026-01-01T00:00:00+00:00', NULL)")
        insert = (
            "INSERT INTO campaign (engagement_id, wave, status, questions, secret, created_at,"
            " changed_at, closes_on) VALUES (1, ?, 'ready', '{}', 's', '', '', ?)"
        )
        db.execute(insert, ("T1", "2026-12-18"))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, ("T2", "18/12/2026"))


# -- the offline workbooks -------------------------------------------------------------


def _intro_a2(data: bytes) -> Any:
    return load_workbook(io.BytesIO(data)).worksheets[0]["A2"].value


def test_the_workbook_says_by_when_under_its_title() -> None:
    dated = replace(CAMPAIGN, closes_on=FRIDAY)
    assert _intro_a2(book("m1")) is None  # no date: nothing said
    assert _intro_a2(book("m1", of=dated)) == "Please answer by Friday 18 December 2026."
    nina = book("m2", "en", of=dated)  # French in the register
    assert _intro_a2(nina) == "Merci de répondre au plus tard le vendredi 18 décembre 2026."
    assert load_workbook(io.BytesIO(nina)).worksheets[0]["A2"].font.bold
    again = book("m1", of=dated)
    assert again == book("m1", of=dated) and again != book("m1")  # deterministic, dated
    filled = fill_workbook(again, {"Claire": [4, 5]}, progress=["+1 slightly better"])
    returned = read(("Marc.xlsx", filled))
    assert [b.respondent.person for b in returned.accepted] == ["m1"] and not returned.refused


def test_the_zip_readme_says_by_when_in_both_languages() -> None:
    dated = replace(CAMPAIGN, closes_on=FRIDAY)
    with zipfile.ZipFile(io.BytesIO(workbooks_zip(dated, RESPONDENTS, "fr"))) as bundle:
        readme = bundle.read(README).decode("utf-8-sig")
        marc = bundle.read("T2 - Marc (m1).xlsx")
    lines = readme.split("\r\n")
    assert lines[0].startswith("Enquête T2 : un classeur par répondant")
    assert lines[2] == ("Les réponses sont attendues au plus tard le vendredi 18 décembre 2026 :"
                        " chaque classeur le dit sous son titre.")  # fmt: skip
    assert ("\r\n\r\nAnswers are asked by Friday 18 December 2026: each workbook says so under"
            " its title.\r\n\r\n") in readme  # fmt: skip
    assert marc == respondent_workbook(dated, RESPONDENTS[3], "fr")
    assert _intro_a2(marc) == "Merci de répondre au plus tard le vendredi 18 décembre 2026."
    plain = zipfile.ZipFile(io.BytesIO(workbooks_zip(CAMPAIGN, RESPONDENTS, "fr")))
    assert "au plus tard le" not in plain.read(README).decode("utf-8-sig")
    assert workbooks_zip(dated, RESPONDENTS, "fr") == workbooks_zip(dated, RESPONDENTS, "fr")
