"""The web app's words: it has form fields where the command line has options, so no
message it shows names ``--scale``, ``--register``, ``--coach`` or ``--objectives`` (the
commands and the reports they write keep their own words); and a sponsor, coachee or
coach without consent, by the register or by a "No" in their survey form, is said in
the data check."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.cli import cli
from alliance_graph.model import IssueCode
from tests.campaign_support import (
    answer,
    engagement_with_register,
    every_question,
    link,
    new_campaign,
)
from tests.web_support import AUTH, PEOPLE, create, ratings_csv, register_csv, text, upload

#: What the app has no way to give: the options of the commands.
OPTIONS = re.compile(r"--(?:scale|register|coach|objectives)\b")
#: Every page and download of an engagement whose survey can be analysed.
PAGES = ["?lang=fr", "/report?lang=fr", "/report?lang=en", "/compare", "/metrics.json", "?lang=en"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _register(rows: list[tuple[str, ...]], *, consent: dict[str, str] | None = None) -> bytes:
    header = "id,name,group,role" + (",consent" if consent is not None else "")
    lines = [header]
    for row in rows:
        extra = [consent.get(row[0], "yes")] if consent is not None else []
        lines.append(",".join([*row, *extra]))
    return ("\n".join(lines) + "\n").encode()


def _shown(client: FlaskClient, eid: int) -> dict[str, str]:
    """What the app shows of the engagement: each page's text, and the API's record."""
    shown = {}
    for path in PAGES:
        response = client.get(f"/engagements/{eid}{path}")
        assert response.status_code == 200, path
        shown[path] = response.get_data(as_text=True)
    shown["api"] = client.get(f"/api/engagements/{eid}", headers=AUTH).get_data(as_text=True)
    return shown


def _no_option(shown: dict[str, str]) -> None:
    for where, page in shown.items():
        assert not OPTIONS.search(page), (where, OPTIONS.findall(page))


def test_an_inferred_scale_asks_for_the_rating_scale_field(client: FlaskClient) -> None:
    eid = create(client)
    assert upload(client, eid, ratings_csv(), register=register_csv()).status_code == 303
    shown = _shown(client, eid)
    _no_option(shown)
    check = text(client.get(f"/engagements/{eid}"))
    assert "No scale was declared; the scores fit 1:5, which is used. If it is not right, " in (
        check
    )
    assert "with the scale in the “Rating scale” field" in check
    assert "champ « Échelle de notation »" in text(client.get(f"/engagements/{eid}?lang=fr"))
    # the report the app makes says it the app's way too, in its data quality section
    assert "“Rating scale” field" in shown["/report?lang=en"]
    issue = next(
        i
        for i in client.get(f"/api/engagements/{eid}", headers=AUTH).get_json()["survey"]["issues"]
        if i["code"] == "SCALE_INFERRED"
    )
    assert "“Rating scale” field" in issue["message"]


def test_the_command_line_keeps_its_own_words(tmp_path: Path) -> None:
    ratings = tmp_path / "T1.csv"
    ratings.write_bytes(ratings_csv())
    result = CliRunner().invoke(cli, ["validate", str(ratings)])
    assert "Declare the scale with --scale if it is not right." in result.output
    report = tmp_path / "report.html"
    CliRunner().invoke(cli, ["report", str(ratings), "-o", str(report)])
    assert "Declare the scale with --scale if it is not right." in report.read_text("utf-8")


def test_a_single_score_is_refused_with_the_field_to_fill_in(client: FlaskClient) -> None:
    eid = create(client)
    refused = upload(client, eid, b"rater,ratee,trust\nm1,m2,3\nm2,m3,3\nm3,m1,3\n")
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert not OPTIONS.search(page) and "“Rating scale” field" in text(refused)


def test_two_coaches_are_refused_without_naming_an_option(client: FlaskClient) -> None:
    eid = create(client)
    two = _register([*PEOPLE[:3], ("m1", "Marc", "Managers", "coach"), *PEOPLE[4:]])
    refused = upload(client, eid, ratings_csv(), register=two, scale="1:5")
    assert refused.status_code == 422
    said = text(refused)
    assert not OPTIONS.search(refused.get_data(as_text=True)), said
    assert "Several stakeholders have the role coach (coach, m1): keep the role coach for " in said
    client.get(f"/engagements/{eid}?lang=fr")  # the app speaks French from then on
    french = text(upload(client, eid, ratings_csv(), register=two, scale="1:5"))
    assert "Plusieurs personnes ont le rôle coach (coach, m1) : ne le laissez qu’à" in french


def test_no_coach_is_said_with_the_register_field(client: FlaskClient) -> None:
    eid = create(client)
    nobody = _register(
        [(p[0], p[1], p[2], "stakeholder" if p[3] == "coach" else p[3]) for p in PEOPLE]
    )
    assert upload(client, eid, ratings_csv(), register=nobody, scale="1:5").status_code == 303
    shown = _shown(client, eid)
    _no_option(shown)
    assert "then upload it again in the “Stakeholder register” field" in shown["/report?lang=en"]
    assert "Registre des parties prenantes" in shown["/report?lang=fr"]


def test_a_second_objectives_register_is_said_the_app_s_way(
    client: FlaskClient, tmp_path: Path
) -> None:
    from alliance_graph.template import write_kit

    write_kit(tmp_path, "fr")
    eid = create(client)
    objectives = b"id,objective\n1,Delegate more\n"
    assert upload(client, eid, objectives=objectives).status_code == 303
    book = (tmp_path / "survey-kit.xlsx").read_bytes()
    refused = upload(client, eid, book, "survey-kit.xlsx", mimetype=XLSX, scale="1:5")
    assert refused.status_code == 422  # its sheet "Objectifs" is a second register
    assert not OPTIONS.search(refused.get_data(as_text=True))
    said = text(refused)
    assert "This sheet is a second register of objectives: the objectives are read from " in said
    assert "remove this sheet from the workbook, or delete the objectives register of the " in said


def test_the_data_check_says_the_sponsor_has_no_consent(client: FlaskClient) -> None:
    eid = create(client)
    register = _register(PEOPLE, consent={"boss": "", "lead": "non"})
    assert upload(client, eid, ratings_csv(), register=register, scale="1:5").status_code == 303
    check = text(client.get(f"/engagements/{eid}"))
    assert "register.csv , line 3 consent The consent cell of the sponsor is blank" in check
    assert "The register says the coachee does not consent (“non”)" in check
    french = text(client.get(f"/engagements/{eid}?lang=fr"))
    assert "La case de consentement est vide pour le commanditaire" in french
    codes = [
        i["code"]
        for i in client.get(f"/api/engagements/{eid}", headers=AUTH).get_json()["survey"]["issues"]
    ]
    assert codes.count(IssueCode.KEY_PERSON_NO_CONSENT.value) == 2
    report = client.get(f"/engagements/{eid}/report?lang=en").get_data(as_text=True)
    assert "The consent cell of the sponsor is blank" in report  # its data quality section


def test_a_no_in_the_sponsor_s_form_is_said_in_the_data_check(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_register(client)
    before = text(client.get(f"/engagements/{eid}"))
    assert "KEY_PERSON_NO_CONSENT" not in before and "survey form, the sponsor" not in before
    campaign = new_campaign(client, eid)
    for person, named in (("boss", "no"), ("m1", "no"), ("m2", "yes")):
        respondent: Any = app.test_client()
        path = link(campaign, person)
        page = respondent.get(path + "?edit=1").get_data(as_text=True)
        sent = answer(respondent, path, every_question(page, "3"), named=named)
        assert sent.status_code == 303, text(sent)
    check = text(client.get(f"/engagements/{eid}"))
    assert check.count("In their survey form, the sponsor answered “No” to") == 1
    assert "survey form, the coachee" not in check  # Marc, a manager, said No too: no warning
    assert "whatever the register says: they are never named" in check
    french = text(client.get(f"/engagements/{eid}?lang=fr"))
    assert "Dans son formulaire d’enquête, le commanditaire a répondu « Non »" in french


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_web_variant_keeps_the_placeholders_of_its_message(lang: str) -> None:
    """A ``web.`` variant says the same thing with the same data, the advice aside."""
    from alliance_graph.i18n import en, fr

    catalogue = {"en": en.MESSAGES, "fr": fr.MESSAGES}[lang]
    variants = [k for k in catalogue if k.startswith(("web.issue.", "web.alert."))]
    assert len(variants) == 8  # with REGISTER_AS_ANSWERS and WAVE_ORDER_GUESSED
    for key in variants:
        fields = set(re.findall(r"\{(\w+)", catalogue[key]))
        assert fields == set(re.findall(r"\{(\w+)", catalogue[key.removeprefix("web.")])), key
        assert not OPTIONS.search(catalogue[key]), key
