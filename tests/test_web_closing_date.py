"""A survey's closing date in the web app: set, changed and removed on the card and in the
API, behind the coach's protections; refused in words (EN/FR) when it is not a date, is
past or the survey is closed; told on the respondent's form, in the invitations and
reminders (their mailto links and the mail-merge file) and on the card, before and after
the day, by the app's injected clock. After the day the form still takes answers."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook

from tests.campaign_support import answer, campaigns, engagement_with_register, link, new_campaign
from tests.test_web_tracker import engagement, register_with_emails
from tests.web_support import AUTH, csrf, make_app, text

TUESDAY = date(2026, 12, 15)
FRIDAY = "2026-12-18"
PLEASE_EN = "Please answer by Friday 18 December 2026."
PLEASE_FR = "Merci de répondre au plus tard le vendredi 18 décembre 2026."


class Clock:
    """The app's clock, set by the test: 9:30 on ``day``."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 9, 30).astimezone()


@pytest.fixture
def clock() -> Clock:
    return Clock(TUESDAY)


@pytest.fixture
def app(tmp_path: Any, clock: Clock) -> Flask:
    return make_app(tmp_path / "ws.sqlite3", CLOCK=clock)


@pytest.fixture
def survey(client: FlaskClient) -> dict[str, Any]:
    """Wave T2, open, on a register with addresses and languages (m3 and lead: French)."""
    eid = engagement(client, register_with_emails())
    return {"eid": eid, **new_campaign(client, eid)}


def _page_url(s: dict[str, Any]) -> str:
    return f"/engagements/{s['eid']}/campaigns/{s['id']}/closes_on"


def _set(client: FlaskClient, s: dict[str, Any], value: str, **extra: Any) -> Any:
    data = {"csrf_token": csrf(client), "closes_on": value, **extra}
    return client.post(_page_url(s), data=data)


def _closes_on(client: FlaskClient, s: dict[str, Any]) -> str | None:
    found = next(c for c in campaigns(client, s["eid"]) if c["id"] == s["id"])
    return found["closes_on"]


def _card(client: FlaskClient, s: dict[str, Any], lang: str = "en") -> str:
    return text(client.get(f"/engagements/{s['eid']}?lang={lang}"))


# -- set, changed, removed -------------------------------------------------------------


def test_the_coach_sets_changes_and_removes_the_date_on_the_card(
    client: FlaskClient, survey: dict[str, Any]
) -> None:
    page = client.get(f"/engagements/{survey['eid']}").get_data(as_text=True)
    assert f'type="date" id="closes-on-{survey["id"]}" name="closes_on" value=""' in page
    assert 'min="2026-12-15"' in page  # the app's today
    assert "No closing date: the form, the messages and the workbooks" in _card(client, survey)
    done = _set(client, survey, FRIDAY)
    assert done.status_code == 303 and done.headers["Location"].endswith("#collect")
    card = text(client.get(done.headers["Location"]))
    assert "Survey T2: respondents are asked to answer by Friday 18 December 2026." in card
    assert "Closes on Friday 18 December 2026 (in 3 days)." in card
    assert "It does not close the survey: the form takes answers until you close it." in card
    assert _closes_on(client, survey) == FRIDAY
    assert _set(client, survey, "2026-12-21").status_code == 303  # changed
    assert _closes_on(client, survey) == "2026-12-21"
    assert "Closes on Monday 21 December 2026 (in 6 days)." in _card(client, survey)
    removed = _set(client, survey, "2026-12-21", action="remove")
    assert removed.status_code == 303 and _closes_on(client, survey) is None
    assert "Survey T2 no longer has a closing date." in text(
        client.get(removed.headers["Location"])
    )
    assert _set(client, survey, FRIDAY).status_code == 303
    assert _set(client, survey, "").status_code == 303  # a blank field: no date either
    assert _closes_on(client, survey) is None


def test_the_api_sets_changes_and_removes_the_date(
    client: FlaskClient, survey: dict[str, Any]
) -> None:
    url = f"/api/engagements/{survey['eid']}/campaigns/{survey['id']}/closes_on"
    done = client.put(url, json={"closes_on": FRIDAY}, headers=AUTH)
    assert done.status_code == 200
    record = done.get_json()
    assert (record["id"], record["closes_on"], record["days_left"]) == (survey["id"], FRIDAY, 3)
    one = client.get(f"/api/engagements/{survey['eid']}/campaigns/{survey['id']}", headers=AUTH)
    assert one.get_json()["closes_on"] == FRIDAY
    today = client.put(url, json={"closes_on": "2026-12-15"}, headers=AUTH)
    assert today.status_code == 200 and today.get_json()["days_left"] == 0
    gone = client.put(url, json={"closes_on": None}, headers=AUTH)
    assert gone.status_code == 200 and gone.get_json()["closes_on"] is None
    assert gone.get_json()["days_left"] is None


def test_a_prepared_survey_takes_a_date_too(client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    ready = {"eid": eid, **new_campaign(client, eid, open_it=False)}
    assert _set(client, ready, FRIDAY).status_code == 303
    assert _closes_on(client, ready) == FRIDAY


# -- refused, in words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "lang", "said"),
    [
        ("18/12/2026", "en", "“18/12/2026” is not a date: give the closing date as"
                             " year-month-day, such as 2026-12-18."),
        ("2026-02-30", "fr", "« 2026-02-30 » n’est pas une date : donnez la date de clôture"
                             " sous la forme année-mois-jour, par exemple 2026-12-18."),
        ("2026-12-14", "en", "Monday 14 December 2026 is already past: pick today or a later"
                             " date."),
        ("2026-12-14", "fr", "Le lundi 14 décembre 2026 est déjà passé : choisissez aujourd’hui"
                             " ou une date ultérieure."),
    ],
)  # fmt: skip
def test_the_card_says_why_a_date_is_refused(
    client: FlaskClient, survey: dict[str, Any], value: str, lang: str, said: str
) -> None:
    assert _set(client, survey, FRIDAY).status_code == 303
    client.get(f"/engagements/{survey['eid']}?lang={lang}")  # the coach's language
    refused = _set(client, survey, value)
    assert refused.status_code == 303
    assert said in text(client.get(refused.headers["Location"]))
    assert _closes_on(client, survey) == FRIDAY  # unchanged


def test_the_api_refuses_with_a_status_and_a_message(
    client: FlaskClient, survey: dict[str, Any]
) -> None:
    url = f"/api/engagements/{survey['eid']}/campaigns/{survey['id']}/closes_on"
    cases = [
        ({"closes_on": "2026-12-14"}, "en", 422, "Monday 14 December 2026 is already past"),
        ({"closes_on": "2026-12-14"}, "fr", 422, "Le lundi 14 décembre 2026 est déjà passé"),
        ({"closes_on": 20261218}, "en", 422, "“20261218” is not a date"),
        ({"closes_on": "demain"}, "fr", 422, "« demain » n’est pas une date"),
        ({"closing": FRIDAY}, "en", 422, "Send the closing date as “closes_on”"),
    ]
    for body, lang, status, said in cases:
        refused = client.put(f"{url}?lang={lang}", json=body, headers=AUTH)
        assert refused.status_code == status, body
        assert refused.get_json()["error"] == "invalid" and said in refused.get_json()["message"]
    assert client.put(url, data="nope", headers=AUTH).status_code == 400
    assert _closes_on(client, survey) is None


def test_a_closed_survey_keeps_its_date(client: FlaskClient, survey: dict[str, Any]) -> None:
    assert _set(client, survey, FRIDAY).status_code == 303
    status = f"/engagements/{survey['eid']}/campaigns/{survey['id']}/status"
    assert (
        client.post(status, data={"csrf_token": csrf(client), "status": "closed"}).status_code
        == 303
    )
    for value, extra in (("2026-12-21", {}), ("", {"action": "remove"})):
        refused = _set(client, survey, value, **extra)
        assert "This survey is closed: open it again before changing its closing date." in text(
            client.get(refused.headers["Location"])
        )
    api = f"/api/engagements/{survey['eid']}/campaigns/{survey['id']}/closes_on?lang=fr"
    closed = client.put(api, json={"closes_on": None}, headers=AUTH)
    assert closed.status_code == 409
    assert closed.get_json()["message"].startswith("Cette enquête est fermée : rouvrez-la")
    assert _closes_on(client, survey) == FRIDAY
    card = _card(client, survey)
    assert "Closing date given to respondents: Friday 18 December 2026." in card
    page = client.get(f"/engagements/{survey['eid']}").get_data(as_text=True)
    assert 'name="closes_on"' not in page  # no field once closed


# -- the coach's protections -----------------------------------------------------------


def test_only_the_coach_changes_the_date(
    app: Flask, client: FlaskClient, survey: dict[str, Any]
) -> None:
    url = _page_url(survey)
    token = link(survey, "m3").rsplit("/", 1)[1]
    good = {"csrf_token": csrf(client), "closes_on": FRIDAY}
    assert client.post(url, data={"closes_on": FRIDAY}).status_code == 403  # no CSRF token
    assert client.post(url, data={**good, "csrf_token": "0" * 64}).status_code == 403
    foreign = client.post(url, data=good, headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403
    stranger = app.test_client()
    assert stranger.post(url, data=good).status_code == 401  # no launch token
    assert stranger.post(f"{url}?token={token}", data=good).status_code == 401
    stranger.set_cookie("alliance_graph_token", token)  # a respondent's link as the cookie
    assert stranger.post(url, data=good).status_code == 403
    assert client.get(url).status_code == 405
    api = f"/api{url}"
    assert stranger.put(api, json={"closes_on": FRIDAY}).status_code == 401
    bearer = {"Authorization": f"Bearer {token}"}
    assert stranger.put(api, json={"closes_on": FRIDAY}, headers=bearer).status_code == 403
    assert stranger.put(f"{api}?token={token}", json={"closes_on": FRIDAY}).status_code == 403
    evil = {**AUTH, "Origin": "http://evil.example"}
    assert client.put(api, json={"closes_on": FRIDAY}, headers=evil).status_code == 403
    assert _closes_on(client, survey) is None  # none of them changed it
    assert stranger.put(api, json={"closes_on": FRIDAY}, headers=AUTH).status_code == 200


# -- told to respondents ---------------------------------------------------------------


def test_the_form_says_by_when_and_still_takes_answers_after(
    app: Flask, client: FlaskClient, clock: Clock, survey: dict[str, Any]
) -> None:
    respondent = app.test_client()
    assert "Please answer by" not in text(respondent.get(link(survey, "m1")))
    assert _set(client, survey, FRIDAY).status_code == 303
    assert PLEASE_EN in text(respondent.get(link(survey, "m1")))
    assert PLEASE_FR in text(respondent.get(link(survey, "m3")))  # French in the register
    assert PLEASE_FR in text(respondent.get(link(survey, "m1") + "?lang=fr"))
    clock.day = date(2026, 12, 18)
    assert PLEASE_EN in text(respondent.get(link(survey, "m1")))  # on the day itself
    clock.day = date(2026, 12, 19)  # the day after: told, and the form still takes answers
    late = text(respondent.get(link(survey, "m1")))
    assert PLEASE_EN not in late
    assert ("Answers were asked by Friday 18 December 2026, but the survey is still open:"
            " yours still count.") in late  # fmt: skip
    french = text(respondent.get(link(survey, "m3")))
    assert "Les réponses étaient attendues au plus tard le vendredi 18 décembre 2026" in french
    assert answer(respondent, link(survey, "m1"), {"a0_0": "4"}).status_code == 303
    assert campaigns(client, survey["eid"])[0]["answered"] == 1


def _messages(client: FlaskClient, s: dict[str, Any], who: str = "everyone") -> dict[str, Any]:
    url = f"/api/engagements/{s['eid']}/campaigns/{s['id']}/reminders?who={who}"
    return {r["person"]: r for r in client.get(url, headers=AUTH).get_json()["reminders"]}


def test_invitations_and_reminders_say_by_when(
    client: FlaskClient, clock: Clock, survey: dict[str, Any]
) -> None:
    plain = _messages(client, survey)
    assert not any("Please answer by" in r["body"] or "Merci de répondre" in r["body"]
                   for r in plain.values())  # fmt: skip
    assert _set(client, survey, FRIDAY).status_code == 303
    for who in ("everyone", "waiting"):
        found = _messages(client, survey, who)
        boss, omar = found["boss"], found["m3"]  # English, French
        assert f"{boss['link']}\n\n{PLEASE_EN}\n\n" in boss["body"]
        assert f"{omar['link']}\n\n{PLEASE_FR}\n\n" in omar["body"]
        assert (
            omar["body"].count("au plus tard le") == 1 and boss["body"].count("Please answer") == 1
        )
        body = parse_qs(urlsplit(omar["mailto"]).query)["body"][0]
        assert PLEASE_FR in body and body == omar["body"].replace("\n", "\r\n")
    weighty = campaigns(client, survey["eid"])[0]["tracker"]["weighty"]
    lead = next(w for w in weighty if w["person"] == "lead")
    assert PLEASE_FR in parse_qs(urlsplit(lead["mailto"]).query)["body"][0]
    page = text(client.get(f"/engagements/{survey['eid']}/campaigns/{survey['id']}/reminders"))
    assert "The messages ask for answers by Friday 18 December 2026." in page
    clock.day = date(2026, 12, 19)  # past: no message asks for answers by a day gone
    late = _messages(client, survey, "waiting")
    assert not any(PLEASE_EN in r["body"] or PLEASE_FR in r["body"] for r in late.values())
    page = text(client.get(f"/engagements/{survey['eid']}/campaigns/{survey['id']}/reminders"))
    assert (
        "The closing date, Friday 18 December 2026, has passed: the messages no longer give it."
        in page
    )


def test_the_mail_merge_file_says_by_when(client: FlaskClient, survey: dict[str, Any]) -> None:
    assert _set(client, survey, FRIDAY).status_code == 303
    base = f"/engagements/{survey['eid']}/campaigns/{survey['id']}/reminders.csv"
    for url, delimiter in (
        (f"{base}?who=everyone&lang=fr", ";"),
        (f"/api{base.replace('.csv', '')}?format=csv", ","),
    ):
        content = client.get(url, headers=AUTH).get_data().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(content), delimiter=delimiter))
        bodies = {row[0]: row[-1] for row in rows[1:]}
        assert PLEASE_FR in bodies["Omar"] and PLEASE_EN in bodies["Paul Boss"]


def test_the_workbooks_say_by_when(client: FlaskClient, survey: dict[str, Any]) -> None:
    assert _set(client, survey, FRIDAY).status_code == 303
    url = f"/engagements/{survey['eid']}/campaigns/{survey['id']}/workbooks.zip"
    first = client.get(url).get_data()
    assert first == client.get(url).get_data()  # the same bytes each time
    with zipfile.ZipFile(io.BytesIO(first)) as bundle:
        assert "Answers are asked by Friday 18 December 2026" in bundle.read("README.txt").decode(
            "utf-8-sig"
        )
        marc = bundle.read("T2 - Marc (m1).xlsx")
    assert load_workbook(io.BytesIO(marc)).worksheets[0]["A2"].value == PLEASE_EN


# -- on the card, before and after the day ---------------------------------------------


@pytest.mark.parametrize(
    ("day", "en", "fr"),
    [
        (date(2026, 12, 15), "Closes on Friday 18 December 2026 (in 3 days).",
         "Clôture le vendredi 18 décembre 2026 (dans 3 jours)."),
        (date(2026, 12, 17), "Closes on Friday 18 December 2026 (tomorrow).",
         "Clôture le vendredi 18 décembre 2026 (demain)."),
        (date(2026, 12, 18), "Closes today, Friday 18 December 2026.",
         "Clôture aujourd’hui, vendredi 18 décembre 2026."),
        (date(2026, 12, 19), "The closing date, Friday 18 December 2026, has passed: close the"
         " survey when the last answers are in. Until you do, the form still accepts answers.",
         "La date de clôture, le vendredi 18 décembre 2026, est passée : fermez l’enquête quand"
         " les dernières réponses sont arrivées. D’ici là, le formulaire accepte encore les"
         " réponses."),
    ],
)  # fmt: skip
def test_the_card_says_how_far_off_the_day_is(
    client: FlaskClient, clock: Clock, survey: dict[str, Any], day: date, en: str, fr: str
) -> None:
    assert _set(client, survey, FRIDAY).status_code == 303
    clock.day = day
    card = _card(client, survey)
    assert en in card and fr in _card(client, survey, "fr")
    said = [w for w in ("(in 3 days)", "(tomorrow)", "Closes today", "has passed") if w in card]
    assert len(said) == 1  # one of them, never two
    assert (
        campaigns(client, survey["eid"])[0]["days_left"] == {15: 3, 17: 1, 18: 0, 19: -1}[day.day]
    )
