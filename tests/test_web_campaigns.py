"""Collecting answers in the web app: a campaign made, opened, closed and opened again;
respondents filling in their form (drafts, additions, consent, a changed answer); and
the answers stored as the wave, as an uploaded file is (DESIGN.md section 11)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.campaigns import Campaigns
from alliance_graph.store import Workspace
from tests.campaign_support import (
    answer,
    campaigns,
    engagement_with_register,
    every_question,
    form_fields,
    link,
    new_campaign,
)
from tests.web_support import AUTH, PEOPLE, create, csrf, text, upload

IDS = [p[0] for p in PEOPLE]


def score(rater: str, ratee: str) -> str:
    """The score each respondent gives each person in these tests."""
    return str(1 + (IDS.index(rater) * 3 + IDS.index(ratee) * 5 + 2) % 5)


def fill(respondent: FlaskClient, path: str, rater: str, **options: Any) -> Any:
    """Send the score of :func:`score` for every person on the rater's form."""
    page = respondent.get(path + "?edit=1").get_data(as_text=True)
    scores = {f: score(rater, IDS[int(f[1:].split("_")[0])]) for f in every_question(page, "x")}
    return answer(respondent, path, scores, **options)


def stored_files(app: Flask, eid: int) -> list[Any]:
    return Workspace(app.config["WORKSPACE"]).files(eid)


# -- the coach prepares, opens and closes ----------------------------------------------


def test_a_campaign_needs_the_register_then_lists_everyone_with_a_link(
    client: FlaskClient,
) -> None:
    bare = create(client, "Sans registre")
    page = client.get(f"/engagements/{bare}")
    assert "Upload the stakeholder register first" in text(page)
    refused = client.post(
        f"/engagements/{bare}/campaigns", data={"csrf_token": csrf(client), "wave": "T1"}
    )
    assert refused.status_code == 303
    assert "Upload the stakeholder register first" in text(client.get(f"/engagements/{bare}"))
    assert campaigns(client, bare) == []

    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid, open_it=False)
    assert campaign["status"] == "ready" and campaign["waiting"] == len(PEOPLE)
    assert campaign["questions"] == {
        "dimensions": ["trust"], "scale": "1:5", "objectives": [], "comment": True
    }  # fmt: skip
    links = [r["link"] for r in campaign["respondents"]]
    assert len(set(links)) == len(PEOPLE)
    assert all(re.fullmatch(r"http://localhost/r/[A-Za-z0-9_-]{43}", u) for u in links)
    page = client.get(f"/engagements/{eid}")
    body = page.get_data(as_text=True)
    assert all(f'value="{u}"' in body for u in links)  # copy-able from the page
    assert "prepared, not open yet" in text(
        page
    ) and "0 answered · 0 with a draft · 9 not yet" in text(page)
    again = client.post(
        f"/engagements/{eid}/campaigns", data={"csrf_token": csrf(client), "wave": "T1"}
    )
    assert "already has a wave or a survey called “T1”" in text(
        client.get(again.headers["Location"])
    )


def test_open_close_and_open_again(client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid, open_it=False)
    respondent = client.application.test_client()
    path = link(campaign, "m1")
    assert "This survey is not open yet" in text(respondent.get(path))
    status = f"/engagements/{eid}/campaigns/{campaign['id']}/status"
    for move, shown in (("open", "Your answers"), ("closed", "This survey is closed")):
        assert (
            client.post(status, data={"csrf_token": csrf(client), "status": move}).status_code
            == 303
        )
        assert shown in text(respondent.get(path))
    assert "Open it again" in text(client.get(f"/engagements/{eid}"))
    wrong = client.post(status, data={"csrf_token": csrf(client), "status": "closed"})
    assert wrong.status_code == 409
    assert (
        client.post(status, data={"csrf_token": csrf(client), "status": "open"}).status_code == 303
    )
    assert "Your answers" in text(respondent.get(path))


def test_the_coach_chooses_whom_someone_rates(client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    m1 = next(r for r in campaign["respondents"] if r["person"] == "m1")
    page = client.get(f"/engagements/{eid}/campaigns/{campaign['id']}/respondents/{m1['id']}")
    assert page.status_code == 200 and "Whom Marc rates" in text(page)
    assert len(re.findall(r'name="rates" value="\d+" checked', page.get_data(as_text=True))) == 5
    saved = client.post(
        f"/engagements/{eid}/campaigns/{campaign['id']}/respondents/{m1['id']}",
        data={"csrf_token": csrf(client), "rates": ["0", "6", "3"]},  # coach, Zoé, himself
    )
    assert saved.status_code == 303
    form = client.application.test_client().get(link(campaign, "m1")).get_data(as_text=True)
    assert "Zoé" in form and "Nina" not in re.sub(r"<option.*?</option>", "", form)
    assert sorted(form_fields(form)["offered"]) == ["a0_0", "a6_0"]


# -- the respondent -------------------------------------------------------------------


def test_a_respondent_saves_a_draft_then_sends_then_changes_an_answer(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    respondent, path = app.test_client(), link(campaign, "m1")
    page = respondent.get(path)
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and "Hello Marc," in text(page)
    fields = form_fields(body)
    assert sorted(fields["offered"]) == ["a0_0", "a1_0", "a2_0", "a4_0", "a5_0"]
    assert fields["offered"]["a0_0"] == ["1", "2", "3", "4", "5", "dk"]
    assert "Don't know" in text(page) and "shown to the coach" not in text(page)
    assert "The coach reads your comment" in text(page) and "at least 5 people" in text(page)

    draft = answer(
        respondent, path, {"a0_0": "4", "a1_0": "dk"}, action="draft", comment="À suivre"
    )
    assert draft.status_code == 303 and "saved=1" in draft.headers["Location"]
    again = respondent.get(draft.headers["Location"])
    assert "Your draft is saved" in text(again)
    assert form_fields(again.get_data(as_text=True))["checked"] == {"a0_0": "4", "a1_0": "dk"}
    assert "À suivre</textarea>" in again.get_data(as_text=True)
    assert campaigns(client, eid)[0]["drafts"] == 1
    assert [f.kind for f in stored_files(app, eid)] == ["register", "ratings"]  # no wave yet

    sent = answer(respondent, path, {"a0_0": "4", "a1_0": "dk", "a2_0": "2"})
    assert sent.status_code == 303
    thanks = respondent.get(sent.headers["Location"])
    assert "Thank you" in text(thanks) and "Change my answers" in text(thanks)
    files = stored_files(app, eid)
    assert [(f.kind, f.wave, f.filename) for f in files][-1] == ("ratings", "T2", "answers-T2.csv")
    content = Workspace(app.config["WORKSPACE"]).content(files[-1].id).decode()
    assert content.splitlines() == [
        "wave,rater,ratee,dimension,score",
        "T2,m1,coach,trust,4",
        "T2,m1,boss,trust,don't know",
        "T2,m1,lead,trust,2",
    ]
    record = campaigns(client, eid)[0]
    assert (record["answered"], record["drafts"], record["stored"]) == (1, 0, True)

    changed = answer(respondent, path, {"a0_0": "5"})
    assert changed.status_code == 303
    new_files = stored_files(app, eid)
    assert [f.id for f in new_files] == [f.id for f in files]  # the same file, made again
    assert Workspace(app.config["WORKSPACE"]).content(new_files[-1].id).decode().splitlines()[
        1:
    ] == ["T2,m1,coach,trust,5"]
    assert "You have sent your answers already" in text(respondent.get(path + "?edit=1"))


def test_sending_needs_consent_and_keeps_the_draft(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    respondent, path = app.test_client(), link(campaign, "t1")
    refused = answer(respondent, path, {"a0_0": "3"}, agreed=False)
    assert refused.status_code == 422 and "tick “I agree to take part”" in text(refused)
    assert form_fields(refused.get_data(as_text=True))["checked"] == {"a0_0": "3"}
    refused = answer(respondent, path, {"a0_0": "3"}, named=None)
    assert refused.status_code == 422 and "may show your name" in text(refused)
    assert campaigns(client, eid)[0]["answered"] == 0
    store = Campaigns(Workspace(app.config["WORKSPACE"]))
    m = next(r for r in store.respondents(store.of(eid)[0]) if r.person == "t1")
    assert store.answers(m, "draft").ratings == {("coach", "trust"): "3"}


def test_someone_who_asks_not_to_be_named_is_not(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    for person in ("m1", "m2", "m3"):
        reply = fill(
            app.test_client(),
            link(campaign, person),
            person,
            named="no" if person == "m2" else "yes",
        )
        assert reply.status_code == 303
    page = client.get(f"/engagements/{eid}")
    assert "1 respondent asked not to be named" in text(page)
    metrics = client.get(f"/api/engagements/{eid}/metrics", headers=AUTH).get_json()
    names = {node["name"] for wave in metrics["waves"].values() for node in wave["nodes"].values()}
    assert "Nina" not in names and "Managers (anonymous 1)" in names
    assert "Nina" not in client.get(f"/engagements/{eid}/report").get_data(as_text=True)


def test_a_respondent_adds_and_removes_someone_they_work_with(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    respondent, path = app.test_client(), link(campaign, "m1")
    key = form_fields(respondent.get(path).get_data(as_text=True))["key"]
    added = respondent.post(path, data={"key": key, "action": "add", "add": "7", "a0_0": "4"})
    assert added.status_code == 303 and added.headers["Location"].endswith("#p7")
    page = respondent.get(added.headers["Location"])
    assert "a7_0" in form_fields(page.get_data(as_text=True))["offered"] and "added by you" in text(
        page
    )
    assert form_fields(page.get_data(as_text=True))["checked"] == {"a0_0": "4"}  # kept
    sent = answer(respondent, path, {"a7_0": "2"})
    assert sent.status_code == 303
    record = next(r for r in campaigns(client, eid)[0]["respondents"] if r["person"] == "m1")
    assert record["added_by_them"] == ["t2"] and "t2" in record["rates"]
    removed = respondent.post(path, data={"key": key, "action": "remove:7"})
    assert removed.status_code == 303
    assert (
        "a7_0"
        not in form_fields(respondent.get(path + "?edit=1").get_data(as_text=True))["offered"]
    )
    for bad in ({"action": "add", "add": "99"}, {"action": "add", "add": "3"}, {"a0_0": "7"}):
        assert respondent.post(path, data={"key": key, **bad}).status_code == 400


def test_a_closed_campaign_takes_no_more_answers(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    respondent, path = app.test_client(), link(campaign, "m1")
    assert answer(respondent, path, {"a0_0": "4"}).status_code == 303
    key = form_fields(respondent.get(path + "?edit=1").get_data(as_text=True))["key"]
    status = f"/engagements/{eid}/campaigns/{campaign['id']}/status"
    client.post(status, data={"csrf_token": csrf(client), "status": "closed"})
    late = respondent.post(
        path, data={"key": key, "action": "submit", "a0_0": "1", "agreed": "yes", "named": "yes"}
    )
    assert late.status_code == 409 and "This survey is closed" in text(late)
    assert "Your answers were received" in text(respondent.get(path))
    content = Workspace(app.config["WORKSPACE"]).content(stored_files(app, eid)[-1].id)
    assert b"T2,m1,coach,trust,4" in content


# -- stored as the wave ---------------------------------------------------------------


def test_a_collected_wave_has_the_metrics_of_the_same_answers_uploaded(
    app: Flask, client: FlaskClient
) -> None:
    collected = engagement_with_register(client)
    campaign = new_campaign(client, collected)
    for person in IDS:
        assert fill(app.test_client(), link(campaign, person), person).status_code == 303
    record = campaigns(client, collected)[0]
    assert record["answered"] == len(PEOPLE) and record["stored"]
    # the same answers, as a coach would upload them: names, one column per dimension
    names = {p[0]: p[1] for p in PEOPLE}
    rows = ["Rater;Ratee;Trust"]
    for r in record["respondents"]:
        rows += [
            f"{names[r['person']]};{names[ratee]};{score(r['person'], ratee)}"
            for ratee in r["rates"]
        ]
    uploaded = engagement_with_register(client)
    reply = upload(client, uploaded, ("\n".join(rows) + "\n").encode(), "T2.csv", scale="1:5")
    assert reply.status_code == 303
    metrics = [
        client.get(f"/api/engagements/{e}/metrics", headers=AUTH).get_json()
        for e in (collected, uploaded)
    ]
    assert metrics[0]["waves"]["T2"]["nodes"]["coach"]["raters"] == 8
    assert metrics[0] == metrics[1]
    shared = [
        client.get(f"/api/engagements/{e}/metrics?audience=shared", headers=AUTH).get_json()
        for e in (collected, uploaded)
    ]
    assert shared[0] == shared[1]
    compare = client.get(f"/engagements/{collected}/compare")
    assert compare.status_code == 200 and "T2" in text(compare)


def test_answers_refused_as_a_wave_are_kept_and_stored_later(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_register(client)
    campaign = new_campaign(client, eid)
    taken = upload(client, eid, b"rater,ratee,trust\nm1,coach,4\nm2,coach,3\n", "T2.csv")
    assert taken.status_code == 303  # the coach uploads a file for the same wave meanwhile
    respondent, path = app.test_client(), link(campaign, "m3")
    assert answer(respondent, path, {"a0_0": "5"}).status_code == 303  # the answer is kept
    record = campaigns(client, eid)[0]
    assert (record["answered"], record["stored"]) == (1, False)
    assert record["problem"].startswith("The engagement already has a wave or an upload named “T2”")
    page = client.get(f"/engagements/{eid}")
    assert record["problem"] in text(page) and "Store the answers as the wave again" in text(page)
    clash = next(f for f in stored_files(app, eid) if f.filename == "T2.csv")
    client.post(f"/engagements/{eid}/files/{clash.id}/delete", data={"csrf_token": csrf(client)})
    again = client.post(
        f"/engagements/{eid}/campaigns/{campaign['id']}/store", data={"csrf_token": csrf(client)}
    )
    assert again.status_code == 303
    record = campaigns(client, eid)[0]
    assert record["stored"] and record["problem"] is None
    assert "The answers are stored as wave T2" in text(client.get(f"/engagements/{eid}"))


def test_objectives_progress_and_the_french_form(app: Flask, client: FlaskClient) -> None:
    eid = create(client)
    objectives = (
        "id,objective,objective_fr,observers\n"
        "1,Delegate more,Déléguer davantage,Managers\n2,Speak up,Prendre la parole,\n"
    ).encode()
    reply = upload(
        client,
        eid,
        None,
        register=(
            "id,name,group,role,langue\n"
            + "\n".join(",".join([*p, "fr" if p[0] == "m1" else ""]) for p in PEOPLE)
            + "\n"
        ).encode(),
        objectives=objectives,
    )
    assert reply.status_code == 303
    campaign = new_campaign(client, eid, "T1")
    assert campaign["questions"]["dimensions"] == ["trust", "listening", "respect", "goals"]
    assert campaign["questions"]["objectives"] == ["1", "2"]
    respondent, path = app.test_client(), link(campaign, "m1")
    page = respondent.get(path, headers={"Accept-Language": "en"})  # the register says French
    assert '<html lang="fr">' in page.get_data(as_text=True)
    assert "Déléguer davantage" in text(page) and "J’ai confiance en cette personne." in text(page)
    assert "quel changement voyez-vous chez Hélène Lead" in text(page)
    offered = form_fields(page.get_data(as_text=True))["offered"]
    assert offered["o0"] == ["-3", "-2", "-1", "0", "1", "2", "3", "dk"] and "o1" in offered
    t1 = respondent.get(link(campaign, "t1"), headers={"Accept-Language": "fr-CA,fr;q=0.9"})
    assert "Déléguer davantage" not in text(t1) and "Prendre la parole" in text(t1)
    scores = {"a0_0": "4", "a0_1": "5", "o0": "2", "o1": "dk"}
    assert answer(respondent, path, scores).status_code == 303
    files = {f.kind: f for f in stored_files(app, eid)}
    progress = Workspace(app.config["WORKSPACE"]).content(files["progress"].id).decode()
    assert progress.splitlines() == [
        "wave,rater,objective,progress",
        "T1,m1,1,+2",
        "T1,m1,2,no opportunity to observe",
    ]
    state = client.get(f"/api/engagements/{eid}", headers=AUTH).get_json()
    assert state["survey"]["ok"] and [w["wave"] for w in state["waves"]] == ["T1"]
    english = respondent.get(path + "?lang=en&edit=1")
    assert "Delegate more" in text(english) and "I trust this person." in text(english)


# -- the API ---------------------------------------------------------------------------


def test_the_api_makes_opens_edits_and_lists_campaigns(client: FlaskClient) -> None:
    eid = engagement_with_register(client, first_wave=False)
    url = f"/api/engagements/{eid}/campaigns"
    made = client.post(
        url,
        json={"wave": "Kick-off", "scale": "0:10", "dimensions": ["trust", "respect"]},
        headers=AUTH,
    )
    assert made.status_code == 201
    campaign = made.get_json()
    assert campaign["questions"]["scale"] == "0:10" and campaign["status"] == "ready"
    for bad in (
        {"wave": ""},
        {"wave": "X", "scale": "1:40"},
        {"wave": "Y", "dimensions": "trust"},
        {},
    ):
        assert client.post(url, json=bad, headers=AUTH).status_code == 422, bad
    assert client.post(url, json={"wave": "Kick-off"}, headers=AUTH).status_code == 422
    assert (
        client.post(url, data="[", headers=AUTH, content_type="application/json").status_code == 400
    )
    cid = campaign["id"]
    opened = client.post(f"{url}/{cid}/status", json={"status": "open"}, headers=AUTH)
    assert opened.status_code == 200 and opened.get_json()["status"] == "open"
    assert (
        client.post(f"{url}/{cid}/status", json={"status": "ready"}, headers=AUTH).status_code
        == 409
    )
    rid = campaign["respondents"][3]["id"]
    edited = client.put(
        f"{url}/{cid}/respondents/{rid}", json={"ratees": ["coach", "t1", "m1"]}, headers=AUTH
    )
    assert edited.status_code == 200 and edited.get_json()["rates"] == ["coach", "t1"]
    refused = client.put(
        f"{url}/{cid}/respondents/{rid}", json={"ratees": ["nobody"]}, headers=AUTH
    )
    assert refused.status_code == 422 and "nobody" in refused.get_json()["message"]
    assert client.get(f"{url}/{cid}", headers=AUTH).get_json()["respondents"][3]["rates"] == [
        "coach",
        "t1",
    ]
    assert client.get(f"{url}/999", headers=AUTH).status_code == 404
    assert client.get(url).status_code == 401
    assert [c["wave"] for c in client.get(url, headers=AUTH).get_json()["campaigns"]] == [
        "Kick-off"
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_card_speaks_the_coachs_language(client: FlaskClient, lang: str) -> None:
    eid = engagement_with_register(client)
    new_campaign(client, eid)
    page = text(client.get(f"/engagements/{eid}?lang={lang}"))
    assert ("Collect answers" if lang == "en" else "Recueillir les réponses") in page
