"""The web app's pages as a coach uses them: token, engagements, uploads, deletion and
undo, reports, and the safety checks (CSRF, Origin, Host, sizes, types, transactions)."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.store import Workspace
from alliance_graph.web.security import display_name
from tests.web_support import (
    PEOPLE,
    TOKEN,
    create,
    csrf,
    log_in,
    make_app,
    ratings_csv,
    register_csv,
    text,
    upload,
)


def stored(app: Flask, engagement: int = 1) -> list[str]:
    """The waves stored for the engagement, straight from the workspace file."""
    ws = Workspace(app.config["WORKSPACE"])
    return sorted(w for f in ws.files(engagement, "ratings") for w in f.options["waves"])


# -- the token -------------------------------------------------------------------------


def test_pages_need_the_printed_token(app: Flask) -> None:
    anonymous = app.test_client()
    page = anonymous.get("/")
    assert page.status_code == 401 and "?token=" in text(page)
    assert anonymous.get("/?token=wrong").status_code == 403
    opened = anonymous.get(f"/?token={TOKEN}&lang=fr")
    assert opened.status_code == 303 and opened.headers["Location"] == "/?lang=fr"
    cookie = opened.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN in cookie
    assert anonymous.get("/").status_code == 200
    stale = app.test_client()
    stale.set_cookie("alliance_graph_token", "from-an-earlier-launch")
    assert stale.get("/").status_code == 403


# -- engagements -----------------------------------------------------------------------


def test_create_list_and_escape_an_engagement(client: FlaskClient) -> None:
    assert "No engagement yet" in text(client.get("/"))
    engagement = create(client, "<script>alert(1)</script> Lumière")
    page = client.get(f"/engagements/{engagement}")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Lumière" in page.get_data(as_text=True)
    assert "<script>alert(1)</script> Lumière" in text(client.get("/"))
    refused = client.post("/engagements", data={"name": "  ", "csrf_token": csrf(client)})
    assert refused.status_code == 422 and "1 to 200 characters" in text(refused)
    assert client.get("/engagements/new").status_code == 200


def test_upload_the_sample_with_its_register(client: FlaskClient, app: Flask) -> None:
    sample = Path(__file__).resolve().parent.parent / "data" / "sample"
    engagement = create(client)
    response = upload(
        client,
        engagement,
        (sample / "survey.csv").read_bytes(),
        "survey.csv",
        register=(sample / "register.csv").read_bytes(),
        mimetype="application/vnd.ms-excel",  # what Windows browsers send: not looked at
    )
    assert response.status_code == 303
    page = text(client.get(f"/engagements/{engagement}"))
    assert "survey.csv was stored: waves 2026-01, 2026-04, 2026-06" in page
    assert "from the file's own wave column" in page and "register.csv" in page
    assert "Ratings 2,746" in page and "Stakeholders 30" in page
    assert stored(app) == ["2026-01", "2026-04", "2026-06"]


def test_each_file_is_one_wave_and_a_label_is_used_once(client: FlaskClient, app: Flask) -> None:
    engagement = create(client)
    assert upload(client, engagement, register_csv(), "people.csv").status_code == 422  # no id col
    assert upload(client, engagement, register=register_csv()).status_code == 303
    assert upload(client, engagement, ratings_csv(), "kick-off.csv").status_code == 303
    assert upload(client, engagement, ratings_csv(1), "any.csv", wave="T2").status_code == 303
    assert stored(app) == ["T2", "kick-off"]
    again = upload(client, engagement, ratings_csv(2), "other.csv", wave="T2")
    assert again.status_code == 422 and "already has a wave or an upload named “T2”" in text(again)
    column = upload(client, engagement, ratings_csv(wave_column=["T2", "T3"]), "both.csv")
    assert column.status_code == 422 and "wave T2 that the engagement already has" in text(column)
    for label in ("a/b", "x" * 61):
        assert upload(client, engagement, ratings_csv(), wave=label).status_code == 422
    bad_scale = upload(client, engagement, ratings_csv(), wave="T9", scale="5 to 1")
    assert bad_scale.status_code == 400 and "MIN:MAX" in text(bad_scale)  # a malformed field
    assert stored(app) == ["T2", "kick-off"]


def test_a_refused_file_shows_its_issues_and_stores_nothing(
    client: FlaskClient, app: Flask
) -> None:
    engagement = create(client)
    bad = ratings_csv().replace(b"m1,m2,", b"m1,m2,seven", 1)  # "seven" is not a score
    response = upload(client, engagement, bad, "T1.csv", wave="T1", scale="1:5")
    page = text(response)
    assert response.status_code == 422
    assert "The file was not stored" in page and "T1.csv" in page and "line " in page
    assert 'value="1:5"' in response.get_data(as_text=True)  # the form keeps what was typed
    assert stored(app) == []
    client.get("/?lang=fr")
    french = upload(client, engagement, b"", "vide.csv")
    assert french.status_code == 422 and "Le fichier est vide." in text(french)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("survey.xlsx", b"rater,ratee,trust\na,b,3\n"),  # the name says spreadsheet
        ("survey.csv", b"PK\x03\x04" + bytes(200)),  # a workbook renamed .csv
        ("survey.csv", bytes(range(256)) * 4),  # binary
    ],
)
def test_only_csv_by_name_and_content(client: FlaskClient, app: Flask, name, content) -> None:
    response = upload(client, create(client), content, name, mimetype="text/csv")
    assert response.status_code == 415 and "CSV" in text(response)
    assert stored(app) == []


def test_size_and_shape_limits(tmp_path: Path) -> None:
    small = log_in(make_app(tmp_path / "a.sqlite3", MAX_UPLOAD_MB=0.01).test_client())
    engagement = create(small)
    response = upload(small, engagement, b"a,b,c\n" * 50_000, "T1.csv")
    assert response.status_code == 413 and "larger than the limit" in text(response)
    rows = log_in(make_app(tmp_path / "b.sqlite3", MAX_ROWS=10).test_client())
    assert upload(rows, create(rows), ratings_csv(), "T1.csv").status_code == 413
    wide = log_in(make_app(tmp_path / "c.sqlite3", MAX_COLUMNS=3).test_client())
    assert upload(wide, create(wide), b"a,b,c,d\n1,2,3,4\n", "T1.csv").status_code == 413


def test_an_uploaded_name_is_never_a_path(client: FlaskClient, app: Flask, tmp_path) -> None:
    engagement = create(client)
    assert display_name("C:\\Users\\me\\..\\x\x00.csv") == "x .csv"
    response = upload(client, engagement, ratings_csv(), "../../etc/<b>evil.csv")
    assert response.status_code == 303
    upload(client, engagement, ratings_csv(1), "../../../home/passwd.csv")
    files = Workspace(app.config["WORKSPACE"]).files(engagement)
    assert [f.filename for f in files] == ["<b>evil.csv", "passwd.csv"]
    assert all(p.name.startswith("ws.sqlite3") for p in tmp_path.iterdir())  # nothing else
    page = client.get(f"/engagements/{engagement}").get_data(as_text=True)
    assert "<b>evil" not in page and "&lt;b&gt;evil.csv" in page
    download = client.get(f"/engagements/{engagement}/files/{files[0].id}")
    assert (
        download.data == ratings_csv() and "attachment" in download.headers["Content-Disposition"]
    )


# -- deleting, with a confirmation and an undo ----------------------------------------


def test_delete_a_wave_confirm_undo_and_clash(client: FlaskClient, app: Flask) -> None:
    engagement = create(client)
    upload(client, engagement, ratings_csv(), wave="T1")
    file_id = Workspace(app.config["WORKSPACE"]).files(engagement)[0].id
    confirm = client.get(f"/engagements/{engagement}/files/{file_id}/delete")
    assert confirm.status_code == 200 and "T1" in text(confirm) and stored(app) == ["T1"]
    done = client.post(
        f"/engagements/{engagement}/files/{file_id}/delete", data={"csrf_token": csrf(client)}
    )
    assert done.status_code == 303 and stored(app) == []
    page = client.get(f"/engagements/{engagement}")
    restore = f'action="/engagements/{engagement}/files/{file_id}/restore"'
    assert "Undo" in text(page) and restore in page.get_data(as_text=True)
    assert "Trash" in text(client.get(f"/engagements/{engagement}"))  # the undo was shown once
    upload(client, engagement, ratings_csv(3), wave="T1")  # a new T1 meanwhile
    token = {"csrf_token": csrf(client)}
    client.post(f"/engagements/{engagement}/files/{file_id}/restore", data=token)
    assert "cannot be restored" in text(client.get(f"/engagements/{engagement}"))
    newer = Workspace(app.config["WORKSPACE"]).files(engagement)[0].id
    client.post(f"/engagements/{engagement}/files/{newer}/delete", data=token)
    client.post(f"/engagements/{engagement}/files/{file_id}/restore", data=token)
    assert stored(app) == ["T1"]
    assert Workspace(app.config["WORKSPACE"]).files(engagement)[0].id == file_id


def test_delete_an_engagement_confirm_and_restore(client: FlaskClient) -> None:
    engagement = create(client, "Mission Soleil")
    assert "Mission Soleil" in text(client.get(f"/engagements/{engagement}/delete"))
    token = {"csrf_token": csrf(client)}
    assert client.post(f"/engagements/{engagement}/delete", data=token).status_code == 303
    listing = text(client.get("/"))
    assert "moved to the trash" in listing and "Undo" in listing
    assert client.get(f"/engagements/{engagement}").status_code == 404
    assert client.post(f"/engagements/{engagement}/restore", data=token).status_code == 303
    assert client.get(f"/engagements/{engagement}").status_code == 200


# -- reports, comparison, downloads ----------------------------------------------------


def test_report_comparison_and_metrics(client: FlaskClient) -> None:
    engagement = create(client, "Mission <Lumière>")
    upload(client, engagement, ratings_csv(), wave="T1", register=register_csv())
    assert client.get(f"/engagements/{engagement}/compare").status_code == 200
    upload(client, engagement, ratings_csv(2), wave="T2")
    page = client.get(f"/engagements/{engagement}").get_data(as_text=True)
    for link in ("report?lang=en", "report?lang=fr", "compare", "metrics.json", "metrics.csv"):
        assert f"/engagements/{engagement}/{link}" in page
    report = client.get(f"/engagements/{engagement}/report?lang=fr")
    assert report.status_code == 200 and report.mimetype == "text/html"
    assert '<html lang="fr"' in report.get_data(as_text=True)
    assert "Mission &lt;Lumière&gt;" in report.get_data(as_text=True)
    assert report.headers["Content-Security-Policy"] == "frame-ancestors 'none'"
    page = text(client.get(f"/engagements/{engagement}"))
    assert "Comparison across waves" in page  # ?lang=fr was the report's, not the app's
    compare = text(client.get(f"/engagements/{engagement}/compare"))
    assert "From T1 to T2" in compare and "ties strengthened" in compare
    data = json.loads(client.get(f"/engagements/{engagement}/metrics.json").data)
    assert list(data["waves"]) == ["T1", "T2"] and "T1->T2" in data["changes"]
    csv = client.get(f"/engagements/{engagement}/metrics.csv")
    assert csv.data.startswith(b"wave,section,subject,metric,value\n")
    shared = client.get(f"/engagements/{engagement}/report?audience=shared&lang=en")
    assert shared.status_code == 200 and 'content="shared"' in shared.get_data(as_text=True)
    assert "audience=shared" in client.get(f"/engagements/{engagement}").get_data(as_text=True)
    assert client.get(f"/engagements/{engagement}/report?audience=boss").status_code == 400
    assert (
        client.get(f"/engagements/{engagement}/report?audience=shared&min_group_size=1").status_code
        == 400
    )


def test_shared_outputs_name_no_one(client: FlaskClient) -> None:
    import networkx as nx

    engagement = create(client)
    upload(client, engagement, ratings_csv(), wave="T1", register=register_csv())
    upload(client, engagement, ratings_csv(1), wave="T2")
    base = f"/engagements/{engagement}"
    outputs = {
        "report": client.get(f"{base}/report?audience=shared"),
        "json": client.get(f"{base}/metrics.json?audience=shared"),
        "csv": client.get(f"{base}/metrics.csv?audience=shared&min_group_size=2"),
        "gexf": client.get(f"{base}/network.gexf?audience=shared"),
    }
    names = {p[1] for p in PEOPLE} | {p[0] for p in PEOPLE if p[0] != "coach"}  # a role too
    for kind, response in outputs.items():
        assert response.status_code == 200, kind
        body = response.get_data(as_text=True)
        assert [n for n in names if f">{n}<" in body or f'"{n}"' in body or f",{n}," in body] == []
    figures = json.loads(outputs["json"].data)
    assert figures["audience"] == "shared" and list(figures["waves"]) == ["T1", "T2"]
    assert "shared-metrics" in outputs["json"].headers["Content-Disposition"]
    groups = nx.read_gexf(io.BytesIO(outputs["gexf"].data))
    assert "Team" in groups.nodes


def test_network_downloads(client: FlaskClient) -> None:
    import networkx as nx

    engagement = create(client)
    assert client.get(f"/engagements/{engagement}/network.gexf").status_code == 422  # no data
    upload(client, engagement, ratings_csv(), wave="T1", register=register_csv())
    upload(client, engagement, ratings_csv(1), wave="T2")
    page = text(client.get(f"/engagements/{engagement}"))
    assert "GEXF (Gephi)" in page
    gexf = client.get(f"/engagements/{engagement}/network.gexf")
    assert gexf.status_code == 200 and "attachment" in gexf.headers["Content-Disposition"]
    graph = nx.read_gexf(io.BytesIO(gexf.data))
    assert graph.number_of_nodes() == 9
    assert client.get(f"/engagements/{engagement}/network.xlsx").data[:2] == b"PK"
    assert client.get(f"/engagements/{engagement}/network.pdf").status_code == 404


def test_no_report_without_valid_data(client: FlaskClient) -> None:
    engagement = create(client)
    response = client.get(f"/engagements/{engagement}/report")
    assert response.status_code == 422 and "upload a survey file first" in text(response)
    assert client.get("/engagements/99/report").status_code == 404


# -- safety ----------------------------------------------------------------------------


def test_every_form_needs_the_csrf_token(client: FlaskClient, app: Flask) -> None:
    for data in ({}, {"csrf_token": "0" * 64}):
        response = client.post("/engagements", data={"name": "Forged", **data})
        assert response.status_code == 403 and "form has expired" in text(response)
    assert Workspace(app.config["WORKSPACE"]).engagements() == []
    page = client.get("/engagements/new").get_data(as_text=True)
    assert page.count('name="csrf_token"') == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost:9999"},  # another port is another site
        {"Referer": "http://evil.example/page"},
        {"Sec-Fetch-Site": "cross-site"},
    ],
)
def test_a_foreign_origin_is_refused(client: FlaskClient, app: Flask, headers) -> None:
    data = {"name": "Forged", "csrf_token": csrf(client)}
    response = client.post("/engagements", data=data, headers=headers)
    assert response.status_code == 403 and "another website" in text(response)
    assert Workspace(app.config["WORKSPACE"]).engagements() == []


def test_the_own_origin_is_accepted(client: FlaskClient) -> None:
    data = {"name": "Mine", "csrf_token": csrf(client)}
    response = client.post("/engagements", data=data, headers={"Origin": "http://localhost"})
    assert response.status_code == 303


def test_an_unknown_host_is_refused(client: FlaskClient) -> None:
    response = client.get("/", headers={"Host": "attacker.example"})
    assert response.status_code == 400 and "Traceback" not in text(response)
    assert client.get(f"/?token={TOKEN}", headers={"Host": "127.0.0.1:8765"}).status_code == 303


def test_security_headers_and_script_nonce(client: FlaskClient) -> None:
    engagement = create(client)
    response = client.get(f"/engagements/{engagement}")
    policy = response.headers["Content-Security-Policy"]
    nonce = policy.split("'nonce-", 1)[1].split("'", 1)[0]
    assert f'<script nonce="{nonce}">' in response.get_data(as_text=True)
    assert "frame-ancestors 'none'" in policy and "form-action 'self'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_the_upload_form_works_without_javascript(client: FlaskClient) -> None:
    page = client.get(f"/engagements/{create(client)}").get_data(as_text=True)
    assert 'enctype="multipart/form-data"' in page
    assert '<input type="file" id="file" name="file"' in page
    assert '<input type="file" id="register" name="register"' in page


def test_error_pages_in_both_languages_without_traceback(client: FlaskClient) -> None:
    assert client.get("/nowhere").status_code == 404
    assert "Not found" in text(client.get("/nowhere"))
    assert "Introuvable" in text(client.get("/nowhere?lang=fr"))
    assert "Missions" in text(client.get("/?lang=fr"))
    assert "Introuvable" in text(client.get("/nowhere"))  # the choice is remembered
    english = client.get("/nowhere?lang=en", headers={"Accept-Language": "fr"})
    assert "Not found" in text(english)
    fresh = log_in(client.application.test_client())
    assert "Introuvable" in text(fresh.get("/nowhere", headers={"Accept-Language": "fr-FR"}))
    wrong_method = client.get("/engagements")
    assert wrong_method.status_code == 405 and "Traceback" not in text(wrong_method)


# -- transactions, concurrency, restart ------------------------------------------------


def test_an_interrupted_upload_stores_nothing(tmp_path: Path, monkeypatch) -> None:
    app = make_app(tmp_path / "ws.sqlite3", PROPAGATE_EXCEPTIONS=False)
    client = log_in(app.test_client())
    engagement = create(client)
    original = Workspace.add_file

    def crash_on_ratings(self, engagement_id, **kwargs):
        stored_file = original(self, engagement_id, **kwargs)  # the register is written…
        if kwargs["kind"] == "ratings":
            raise RuntimeError("disk unplugged")  # …then the ratings write fails
        return stored_file

    monkeypatch.setattr(Workspace, "add_file", crash_on_ratings)
    response = upload(client, engagement, ratings_csv(), wave="T1", register=register_csv())
    assert response.status_code == 500
    assert "nothing was changed" in text(response) and "disk unplugged" not in text(response)
    assert "Traceback" not in response.get_data(as_text=True)
    monkeypatch.setattr(Workspace, "add_file", original)
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []
    assert Workspace(app.config["WORKSPACE"]).files(engagement, deleted=True) == []
    monkeypatch.setattr("alliance_graph.store._now", lambda: 1 / 0)  # inside the INSERT
    assert upload(client, engagement, ratings_csv(), wave="T1").status_code == 500
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []


def test_two_concurrent_uploads(app: Flask) -> None:
    client = log_in(app.test_client())
    engagement = create(client)
    barrier = threading.Barrier(4)
    statuses: dict[str, int] = {}

    def send(name: str, label: str, shift: int) -> None:
        own = log_in(app.test_client())
        barrier.wait()
        statuses[name] = upload(own, engagement, ratings_csv(shift), wave=label).status_code

    jobs = [("a", "T1", 0), ("b", "T2", 1), ("c", "T3", 2), ("d", "T3", 3)]
    threads = [threading.Thread(target=send, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses["a"] == statuses["b"] == 303
    assert sorted([statuses["c"], statuses["d"]]) == [303, 422]  # the same label: one wins
    assert stored(app) == ["T1", "T2", "T3"]
    assert "Ratings 216" in text(client.get(f"/engagements/{engagement}"))


def test_a_restarted_app_finds_everything(tmp_path: Path) -> None:
    first = log_in(make_app(tmp_path / "ws.sqlite3").test_client())
    engagement = create(first, "Mission Durable")
    upload(first, engagement, ratings_csv(), wave="T1", register=register_csv())
    second_app = make_app(tmp_path / "ws.sqlite3", TOKEN="another-launch")
    second = second_app.test_client()
    assert second.get(f"/?token={TOKEN}").status_code == 403  # the old link is dead
    assert second.get("/?token=another-launch").status_code == 303
    page = text(second.get(f"/engagements/{engagement}"))
    assert "Mission Durable" in page and "T1" in page and "register.csv" in page
    assert second.get(f"/engagements/{engagement}/report").status_code == 200


def test_a_first_file_of_one_value_asks_for_the_scale_field(
    client: FlaskClient, app: Flask
) -> None:
    engagement = create(client)
    ones = b"rater,ratee,trust\nm1,m2,1\nm2,m3,1\nm3,m1,1\n"
    response = upload(client, engagement, ones, "T1.csv")
    page = text(response)
    assert response.status_code == 422 and stored(app) == []
    assert "Every score read is 1" in page and "Fill in the “Rating scale” field" in page
    assert "--scale" not in page
    client.get("/?lang=fr")
    french = text(upload(client, engagement, ones, "T1.csv"))
    assert "Remplissez le champ « Échelle de notation »" in french  # text() folds the NBSPs
    given = upload(client, engagement, ones, "T1.csv", scale="1:5")
    assert given.status_code == 303 and stored(app) == ["T1"]


def test_a_stored_file_of_one_value_shows_an_unknown_scale(client: FlaskClient, app: Flask) -> None:
    # stored before one value was refused: the page says so, and the next wave decides
    engagement = create(client)
    ones = b"rater,ratee,trust\nm1,m2,1\nm2,m3,1\nm3,m1,1\n"
    Workspace(app.config["WORKSPACE"]).add_file(
        engagement,
        kind="ratings",
        wave="T1",
        filename="T1.csv",
        content=ones,
        options={"scale": None, "waves": ["T1"]},
    )
    page = text(client.get(f"/engagements/{engagement}"))
    assert "Scale unknown" in page and "Fill in the “Rating scale” field" in page
    later = upload(client, engagement, b"rater,ratee,trust\nm1,m2,2\nm2,m3,5\n", "T2.csv")
    assert later.status_code == 303 and stored(app) == ["T1", "T2"]
    assert "Scale 1–5" in text(client.get(f"/engagements/{engagement}"))
