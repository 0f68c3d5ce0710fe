"""Answering offline in the web app: the coach downloads a campaign's workbooks, the
returned ones are uploaded together (files or a zip) and become the wave, exactly as if
each respondent had used their form; bad workbooks are listed, never half stored."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.store import Workspace
from tests.campaign_support import answer, engagement_with_register, link, new_campaign
from tests.web_support import AUTH, PEOPLE, csrf, log_in, text
from tests.workbook_support import fill_workbook, with_cells

IDS = [p[0] for p in PEOPLE]
NAMES = {p[0]: p[1] for p in PEOPLE}


def score(rater: str, ratee: str) -> int:
    """The score each respondent gives each person (as in test_web_campaigns)."""
    return 1 + (IDS.index(rater) * 3 + IDS.index(ratee) * 5 + 2) % 5


def workbooks(client: FlaskClient, eid: int, cid: int, lang: str = "en") -> dict[str, bytes]:
    """The campaign's zip, downloaded from the card's link: its files by name."""
    got = client.get(f"/engagements/{eid}/campaigns/{cid}/workbooks.zip?lang={lang}")
    assert got.status_code == 200 and got.mimetype == "application/zip"
    bundle = zipfile.ZipFile(io.BytesIO(got.data))
    return {name: bundle.read(name) for name in bundle.namelist()}


def of(books: dict[str, bytes], person: str) -> bytes:
    return next(data for name, data in books.items() if name.endswith(f"({person}).xlsx"))


def filled(campaign: dict[str, Any], books: dict[str, bytes], person: str, **options: Any) -> bytes:
    """The person's workbook with the score of :func:`score` for everyone on it."""
    record = next(r for r in campaign["respondents"] if r["person"] == person)
    ratings = {NAMES[p]: [score(person, p)] for p in record["rates"]}
    return fill_workbook(of(books, person), ratings, **options)


def send(client: FlaskClient, eid: int, cid: int, *files: tuple[str, bytes], api: bool = False,
         lang: str = "en") -> Any:  # fmt: skip
    """Upload ``files`` in the field ``workbooks``, from the card's form or the API."""
    data: dict[str, Any] = {"workbooks": [(io.BytesIO(c), n) for n, c in files]}
    if api:
        url = f"/api/engagements/{eid}/campaigns/{cid}/workbooks?lang={lang}"
        return client.post(url, data=data, headers=AUTH, content_type="multipart/form-data")
    data["csrf_token"] = csrf(client)
    url = f"/engagements/{eid}/campaigns/{cid}/workbooks?lang={lang}"
    return client.post(url, data=data, content_type="multipart/form-data")


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def campaign_of(client: FlaskClient, eid: int) -> dict[str, Any]:
    return dict(
        client.get(f"/api/engagements/{eid}/campaigns", headers=AUTH).get_json()["campaigns"][0]
    )


# -- download ----------------------------------------------------------------------------


def test_the_card_offers_the_workbooks_and_the_api_gives_the_same_zip(client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid, open_it=False)  # offline only: the links stay shut
    page = client.get(f"/engagements/{eid}").get_data(as_text=True)
    assert f'href="/engagements/{eid}/campaigns/{campaign["id"]}/workbooks.zip"' in page
    assert 'name="workbooks" multiple' in page and "Answering offline" in page
    books = workbooks(client, eid, campaign["id"])
    assert list(books) == ["README.txt", *(f"T2 - {NAMES[p]} ({p}).xlsx" for p in IDS)]
    api = client.get(f"/api/engagements/{eid}/campaigns/{campaign['id']}/workbooks.zip",
                     headers=AUTH)  # fmt: skip
    assert (
        api.status_code == 200
        and zipfile.ZipFile(io.BytesIO(api.data)).read("T2 - Marc (m1).xlsx")
        == books["T2 - Marc (m1).xlsx"]
    )
    french = workbooks(client, eid, campaign["id"], "fr")
    assert french["README.txt"].decode("utf-8-sig").startswith("Enquête T2")
    got = client.get(f"/engagements/{eid}/campaigns/{campaign['id']}/workbooks.zip?lang=fr")
    assert got.headers["Content-Disposition"] == "attachment; filename=enquete-T2-classeurs.zip"


def test_a_respondents_link_cannot_download_the_workbooks(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    path = link(campaign, "m1")
    token = path.rsplit("/", 1)[1]
    url = f"/engagements/{eid}/campaigns/{campaign['id']}/workbooks"
    stranger = app.test_client()
    assert stranger.get(f"{url}.zip").status_code == 401
    assert stranger.get(f"{url}.zip?token={token}").status_code == 403
    assert (
        stranger.get(f"/api{url}.zip", headers={"Authorization": f"Bearer {token}"}).status_code
        == 403
    )
    assert (
        stranger.post(f"/api{url}", headers={"Authorization": f"Bearer {token}"}).status_code == 403
    )
    stranger.set_cookie("alliance_graph_token", token)
    assert stranger.get(f"{url}.zip").status_code == 403
    for under_the_link in (f"{path}/workbooks.zip", f"{path}/workbook", f"{path}/workbooks"):
        assert stranger.get(under_the_link).status_code == 404
        assert stranger.post(under_the_link).status_code == 404


def test_one_respondents_workbook_from_their_page(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    m1 = next(r for r in campaign["respondents"] if r["person"] == "m1")
    base = f"/engagements/{eid}/campaigns/{campaign['id']}/respondents/{m1['id']}"
    page = client.get(base).get_data(as_text=True)
    assert f'href="{base}/workbook.xlsx"' in page and "Download their workbook" in page
    one = client.get(f"{base}/workbook.xlsx")
    assert one.status_code == 200
    assert one.headers["Content-Disposition"] == 'attachment; filename="T2 - Marc (m1).xlsx"'
    assert one.data == of(workbooks(client, eid, campaign["id"]), "m1")  # as the zip holds it
    assert client.get(f"/api{base}/workbook.xlsx", headers=AUTH).data == one.data
    sent = send(
        client, eid, campaign["id"], ("Marc.xlsx", filled(campaign, {"(m1).xlsx": one.data}, "m1"))
    )
    assert sent.status_code == 200 and campaign_of(client, eid)["answered"] == 1
    token = link(campaign, "m1").rsplit("/", 1)[1]
    stranger = app.test_client()
    assert stranger.get(f"{base}/workbook.xlsx").status_code == 401
    assert stranger.get(f"{base}/workbook.xlsx?token={token}").status_code == 403
    bearer = {"Authorization": f"Bearer {token}"}
    assert stranger.get(f"/api{base}/workbook.xlsx", headers=bearer).status_code == 403
    assert client.get(f"{base[: base.rindex('/')]}/999/workbook.xlsx").status_code == 404


# -- read back ---------------------------------------------------------------------------


def test_returned_workbooks_make_the_wave_the_form_would_make(
    app: Flask, client: FlaskClient
) -> None:
    online = engagement_with_register(client)
    form = new_campaign(client, online)
    for person in IDS:
        record = next(r for r in form["respondents"] if r["person"] == person)
        page = app.test_client().get(link(form, person) + "?edit=1").get_data(as_text=True)
        index = {p: n for n, p in enumerate(IDS)}
        scores = {f"a{index[p]}_0": str(score(person, p)) for p in record["rates"]}
        assert f"a{index[record['rates'][0]]}_0" in page
        assert answer(app.test_client(), link(form, person), scores).status_code == 303

    offline = engagement_with_register(client)
    campaign = new_campaign(client, offline, open_it=False)
    books = workbooks(client, offline, campaign["id"])
    each = {p: filled(campaign, books, p) for p in IDS}
    files = [(f"{p}.xlsx", each[p]) for p in IDS[:4]]  # some one by one, the others zipped
    files.append(("back.zip", zipped({f"{p}.xlsx": each[p] for p in IDS[4:]})))
    sent = send(client, offline, campaign["id"], *files)
    assert sent.status_code == 200
    shown = text(sent)
    assert "Stored (9)" in shown and "Refused" not in shown and "back.zip › t3.xlsx Xavier" in shown

    record = campaign_of(client, offline)
    assert (record["answered"], record["stored"], record["problem"]) == (9, True, None)
    space = Workspace(app.config["WORKSPACE"])
    contents = [
        space.content(campaign_of(client, e)["files"]["ratings"]) for e in (online, offline)
    ]
    assert contents[0] == contents[1]  # the same wave file, byte for byte
    metrics = [
        client.get(f"/api/engagements/{e}/metrics", headers=AUTH).get_json()
        for e in (online, offline)
    ]
    assert metrics[0]["waves"]["T2"]["nodes"]["coach"]["raters"] == 8
    assert metrics[0] == metrics[1]


def test_several_workbooks_are_stored_in_one_go(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_graph.web import collect

    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid, open_it=False)
    books = workbooks(client, eid, campaign["id"])
    checks: list[int] = []
    real = collect.check_upload
    monkeypatch.setattr(collect, "check_upload", lambda *a, **k: checks.append(1) or real(*a, **k))
    sent = send(
        client,
        eid,
        campaign["id"],
        *((f"{p}.xlsx", filled(campaign, books, p)) for p in ("m1", "m2", "t1")),
    )
    assert sent.status_code == 200 and len(checks) == 1  # the wave made and checked once
    assert campaign_of(client, eid)["answered"] == 3


def test_bad_workbooks_are_listed_the_good_ones_stored(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    books = workbooks(client, eid, campaign["id"])
    other = engagement_with_register(client)
    elsewhere = workbooks(client, other, new_campaign(client, other, "T2")["id"])
    marc = filled(campaign, books, "m1")
    swapped = with_cells(filled(campaign, books, "m2"), {("intro", "B4"): "m3"})
    typed = with_cells(filled(campaign, books, "t1"), {("answers", "D6"): 9})
    stranger = filled(campaign, elsewhere, "t2")
    files = {"marc.xlsx": marc, "nina.xlsx": swapped, "zoe.xlsx": typed, "yann.xlsx": stranger}
    sent = send(client, eid, campaign["id"], *files.items(), ("notes.txt", b"see you"))
    assert sent.status_code == 200
    shown = text(sent)
    assert "Refused (4)" in shown and "Stored (1)" in shown and "marc.xlsx Marc" in shown
    assert "“nina.xlsx”: the cells saying whose answers these are (sheet “Read me”, B3:B5)" in shown
    assert "“zoe.xlsx”, sheet “Your answers”, cell D6: “9” is not one of the answers" in shown
    assert "“yann.xlsx” was made for another survey (wave “T2”), not for this one" in shown
    assert "“notes.txt” is not a workbook" in shown
    record = campaign_of(client, eid)
    assert record["answered"] == 1 and [r["person"] for r in record["respondents"]
                                        if r["state"] == "submitted"] == ["m1"]  # fmt: skip
    content = Workspace(app.config["WORKSPACE"]).content(record["files"]["ratings"]).decode()
    assert {line.split(",")[1] for line in content.splitlines()[1:]} == {"m1"}


def test_in_french_and_as_json_when_nothing_can_be_stored(client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    books = workbooks(client, eid, campaign["id"])
    refused = filled(campaign, books, "m1", agreed=None)
    page = send(client, eid, campaign["id"], ("marc.xlsx", refused), lang="fr")
    assert page.status_code == 422
    said = "« marc.xlsx » : le répondant n’a pas accepté de participer (feuille « Consent and"
    assert f"{said} comment », cellule B4) : ses réponses ne peuvent pas être comptées." in text(
        page
    )
    api = send(
        client, eid, campaign["id"], ("marc.xlsx", refused), ("marc again.xlsx", refused), api=True
    )
    assert api.status_code == 422
    body = api.get_json()
    assert body["stored"] == [] and body["campaign"]["answered"] == 0
    assert body["refused"] == [
        {
            "file": "marc.xlsx",
            "messages": [
                "“marc.xlsx”: the respondent did not agree to take part (sheet “Consent and "
                "comment”, cell B4), so their answers cannot be counted."
            ],
            "problems": [{"code": "need_agree", "sheet": "Consent and comment", "cell": "B4"}],
        }
    ]  # fmt: skip  (the same bytes twice are read once)
    none = send(client, eid, campaign["id"], api=True)
    assert none.status_code == 422 and "Choose the returned workbooks" in none.get_json()["message"]


def test_a_workbook_replaces_answers_sent_online(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    assert answer(app.test_client(), link(campaign, "m1"), {"a0_0": "1"}).status_code == 303
    books = workbooks(client, eid, campaign["id"])
    sent = send(client, eid, campaign["id"], ("m1.xlsx", filled(campaign, books, "m1")), api=True)
    assert sent.get_json()["stored"] == [
        {"file": "m1.xlsx", "person": "m1", "name": "Marc", "replaced": True}
    ]
    content = Workspace(app.config["WORKSPACE"]).content(
        campaign_of(client, eid)["files"]["ratings"]
    )
    assert f"T2,m1,coach,trust,{score('m1', 'coach')}" in content.decode()


def test_the_result_page_goes_back_to_the_card(client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    page = send(client, eid, campaign["id"], ("x.xlsx", b"PK\x03\x04 not really"))
    assert page.status_code == 422
    assert f'href="/engagements/{eid}#collect"' in page.get_data(as_text=True)
    assert "No workbook was stored." in text(page)
    assert log_in(client).get(f"/engagements/{eid}").status_code == 200
