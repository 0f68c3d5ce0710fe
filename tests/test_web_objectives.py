"""The objectives agreed at the kick-off in the web app: the objectives register and the
progress answers uploaded per engagement, checked with the stored files, shown on the
engagement page and in both reports; a repeated or unknown answer refused with its line."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.store import Workspace
from tests.web_support import AUTH, create, ratings_csv, register_csv, text, upload

OBJECTIVES = (
    "id,objective,objective_fr,agreed_on,agreed_by,observers,target\n"
    "1,Delegate more <script>alert(1)</script>,Déléguer davantage,2026-01-10,"
    "coachee;sponsor;coach,Managers,1\n"
    "2,Speak up at the board,Prendre la parole au comité,2026-01-10,coachee;sponsor,,1.5\n"
).encode()


def progress_csv(wave: str = "T2", shift: int = 0) -> bytes:
    """Everyone but the coach answers on both objectives in ``wave``."""
    rows = ["wave,rater,objective,progress"]
    for n, rater in enumerate(["Paul Boss", "Hélène Lead", "Marc", "Nina", "Omar", "Zoé"]):
        for objective in ("1", "2"):
            rows.append(f"{wave},{rater},{objective},{(n + shift) % 4 - 1:+d}")
    return ("\n".join(rows) + "\n").encode()


def engagement_with_two_waves(client: FlaskClient) -> int:
    eid = create(client)
    assert upload(client, eid, ratings_csv(), "T1.csv", register=register_csv()).status_code == 303
    assert upload(client, eid, ratings_csv(1), "T2.csv").status_code == 303
    return eid


def kinds(app: Flask, eid: int) -> list[tuple[str, str]]:
    return [(f.kind, f.filename) for f in Workspace(app.config["WORKSPACE"]).files(eid)]


def test_objectives_and_progress_are_stored_shown_and_reported(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_two_waves(client)
    done = upload(client, eid, objectives=OBJECTIVES, progress=progress_csv())
    assert done.status_code == 303, text(done)
    assert kinds(app, eid)[-2:] == [("objectives", "objectives.csv"), ("progress", "progress.csv")]
    page = client.get(f"/engagements/{eid}")
    body, shown = page.get_data(as_text=True), text(page)
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body
    assert "Objectives agreed at the kick-off" in shown
    assert "2. Speak up at the board" in shown and "Seen by: Managers" in shown
    assert "The objectives register objectives.csv was stored." in shown
    assert "The progress answers progress.csv were stored." in shown
    # six answers on each objective in T2, none in T1: one column, for T2
    row = shown.split("1. Delegate more")[1].split("2. Speak up")[0]
    assert row.rstrip().endswith("+1.0 6"), row
    french = text(client.get(f"/engagements/{eid}?lang=fr"))
    assert "1. Déléguer davantage" in french and "Objectifs convenus au lancement" in french
    report = text(client.get(f"/engagements/{eid}/report?lang=en"))
    assert "Objectives agreed at the kick-off" in report and "Speak up at the board" in report
    shared = client.get(f"/engagements/{eid}/report?audience=shared&lang=en")
    assert shared.status_code == 200 and "Speak up at the board" in text(shared)


def test_an_engagement_without_objectives_says_how_to_add_them(client: FlaskClient) -> None:
    eid = engagement_with_two_waves(client)
    shown = text(client.get(f"/engagements/{eid}"))
    assert "No objectives yet. Upload the objectives agreed at the kick-off" in shown
    assert "Objectives agreed" not in text(client.get(f"/engagements/{eid}/report?lang=en"))


def test_the_objectives_register_may_come_before_any_wave(app: Flask, client: FlaskClient) -> None:
    eid = create(client)
    done = upload(client, eid, register=register_csv(), objectives=OBJECTIVES)
    assert done.status_code == 303, text(done)
    assert [k for k, _ in kinds(app, eid)] == ["register", "objectives"]
    assert "Delegate more" in text(client.get(f"/engagements/{eid}"))


def test_the_same_answers_again_are_counted_once(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_two_waves(client)
    assert upload(client, eid, objectives=OBJECTIVES, progress=progress_csv()).status_code == 303
    again = upload(client, eid, progress=progress_csv())
    assert again.status_code == 303
    page = text(client.get(f"/engagements/{eid}"))
    # the kit's file name comes back every wave: the second is read under its own name
    assert "Progress answers: progress (2).csv" in page
    assert "The same progress answer already appears in progress.csv on line 2" in page
    assert "+1.0 6" in page.split("1. Delegate more")[1].split("2. Speak up")[0]


def test_a_different_answer_to_the_same_question_is_refused(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_two_waves(client)
    assert upload(client, eid, objectives=OBJECTIVES, progress=progress_csv()).status_code == 303
    before = kinds(app, eid)
    refused = upload(client, eid, progress=progress_csv(shift=1), progress_name="again.csv")
    assert refused.status_code == 422
    shown = text(refused)
    assert "The file was not stored" in shown and "again.csv" in shown
    assert "boss answered on objective 1 twice in wave T2 with different answers" in shown
    assert "(+0 here, -1 in progress.csv on line 2)" in shown
    assert kinds(app, eid) == before


def test_an_unknown_objective_is_refused_with_its_line(app: Flask, client: FlaskClient) -> None:
    eid = engagement_with_two_waves(client)
    bad = progress_csv().replace(b"T2,Marc,2,", b"T2,Marc,7,")
    refused = upload(client, eid, objectives=OBJECTIVES, progress=bad)
    assert refused.status_code == 422
    assert "“7” is not an objective of the objectives register" in text(refused)
    assert [k for k, _ in kinds(app, eid)] == ["register", "ratings", "ratings"]


def test_deleting_the_objectives_register_asks_then_moves_it_to_the_trash(
    app: Flask, client: FlaskClient
) -> None:
    eid = engagement_with_two_waves(client)
    assert upload(client, eid, objectives=OBJECTIVES).status_code == 303
    (objectives,) = Workspace(app.config["WORKSPACE"]).files(eid, "objectives")
    ask = text(client.get(f"/engagements/{eid}/files/{objectives.id}/delete"))
    assert "The objectives register objectives.csv will be moved to the trash" in ask
    from tests.web_support import csrf

    gone = client.post(
        f"/engagements/{eid}/files/{objectives.id}/delete", data={"csrf_token": csrf(client)}
    )
    assert gone.status_code == 303
    page = text(client.get(f"/engagements/{eid}"))
    assert "No objectives yet" in page and "Objectives register objectives.csv deleted" in page


def test_the_api_takes_and_lists_objectives_and_progress(client: FlaskClient, app: Flask) -> None:
    api = app.test_client()
    eid = api.post("/api/engagements", json={"name": "E"}, headers=AUTH).get_json()["id"]
    import io

    files = {
        "file": (io.BytesIO(ratings_csv(wave_column=["T1", "T2"])), "answers.csv"),
        "register": (io.BytesIO(register_csv()), "register.csv"),
        "objectives": (io.BytesIO(OBJECTIVES), "objectives.csv"),
        "progress": (io.BytesIO(progress_csv()), "progress.csv"),
    }
    done = api.post(f"/api/engagements/{eid}/waves", data=files, headers=AUTH)
    assert done.status_code == 201, done.get_json()
    body = done.get_json()
    assert body["objectives"] == ["1", "2"] and body["progress"] == 12
    assert [f["kind"] for f in body["stored"]] == ["register", "objectives", "ratings", "progress"]
    record = api.get(f"/api/engagements/{eid}", headers=AUTH).get_json()
    assert record["objectives"]["filename"] == "objectives.csv"
    assert [(p["filename"], p["read_as"]) for p in record["progress"]] == [
        ("progress.csv", "progress.csv")
    ]


def test_the_meeting_pack_opens_from_the_engagement_page(client: FlaskClient) -> None:
    eid = engagement_with_two_waves(client)
    assert upload(client, eid, objectives=OBJECTIVES, progress=progress_csv()).status_code == 303
    page = client.get(f"/engagements/{eid}").get_data(as_text=True)
    assert f'action="/engagements/{eid}/pack"' in page
    assert '<option value="mid" selected>Mid-point review</option>' in page  # two waves
    pack = client.get(f"/engagements/{eid}/pack?stage=mid&lang=fr")
    assert pack.status_code == 200 and pack.mimetype == "text/html"
    shown = text(pack)
    assert "Point à mi-parcours" in shown and "Mission Lumière" in shown
    assert "Déléguer davantage" in shown and "<script>alert" not in pack.get_data(as_text=True)
    english = text(client.get(f"/engagements/{eid}/pack?stage=close&lang=en"))
    assert "Closing meeting" in english and "Speak up at the board" in english
    assert client.get(f"/engagements/{eid}/pack?stage=later").status_code == 400
    assert client.get(f"/engagements/{eid}/pack?stage=mid&min_group_size=1").status_code == 400


def test_no_pack_without_objectives(client: FlaskClient) -> None:
    eid = engagement_with_two_waves(client)
    assert f"/engagements/{eid}/pack" not in client.get(f"/engagements/{eid}").get_data(
        as_text=True
    )
    refused = client.get(f"/engagements/{eid}/pack?stage=kickoff")
    assert refused.status_code == 422
    assert "needs the objectives agreed at the kick-off" in text(refused)


def test_the_api_gives_the_pack(client: FlaskClient, app: Flask) -> None:
    eid = engagement_with_two_waves(client)
    api = app.test_client()
    assert api.get(f"/api/engagements/{eid}/pack", headers=AUTH).status_code == 422
    assert upload(client, eid, objectives=OBJECTIVES, progress=progress_csv()).status_code == 303
    pack = api.get(f"/api/engagements/{eid}/pack?stage=kickoff&lang=fr", headers=AUTH)
    assert pack.status_code == 200 and "Réunion de lancement" in text(pack)


def test_a_workbook_brings_its_objectives_and_progress_sheets(
    app: Flask, client: FlaskClient, tmp_path
) -> None:
    """The survey kit's French workbook as it comes: its Objectifs and Progrès sheets are
    read with its answers, as one upload."""
    from alliance_graph.template import write_kit

    write_kit(tmp_path, "fr")
    eid = create(client)
    book = (tmp_path / "survey-kit.xlsx").read_bytes()
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    done = upload(client, eid, book, "survey-kit.xlsx", mimetype=xlsx, scale="1:5")
    assert done.status_code == 303, text(done)
    page = text(client.get(f"/engagements/{eid}?lang=fr"))
    section = page[page.index("Objectifs convenus au lancement") :]
    assert "1. " in section and "Réponses T1" in section
    assert "Dossier de la réunion tripartite" in section
    assert [k for k, _ in kinds(app, eid)] == ["ratings"]  # one file, its sheets read
