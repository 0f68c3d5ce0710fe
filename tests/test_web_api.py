"""The JSON twin of every page under /api/ (DESIGN.md section 8), and the serve command."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.cli import cli
from alliance_graph.store import Workspace
from tests.web_support import AUTH, TOKEN, make_app, ratings_csv, register_csv


@pytest.fixture
def api(app: Flask) -> FlaskClient:
    return app.test_client()


def new(api: FlaskClient, name: str = "Mission Lumière") -> int:
    response = api.post("/api/engagements", json={"name": name}, headers=AUTH)
    assert response.status_code == 201, response.json
    return int(response.json["id"])


def send(
    api: FlaskClient,
    engagement: int,
    content: bytes | None,
    filename: str = "T1.csv",
    *,
    register: bytes | None = None,
    **fields: str,
) -> Any:
    data: dict[str, Any] = dict(fields)
    if content is not None:
        data["file"] = (io.BytesIO(content), filename)
    if register is not None:
        data["register"] = (io.BytesIO(register), "register.csv")
    return api.post(f"/api/engagements/{engagement}/waves", data=data, headers=AUTH)


def test_the_token_as_bearer_or_query(api: FlaskClient) -> None:
    missing = api.get("/api/engagements")
    assert missing.status_code == 401 and missing.json["error"] == "unauthorized"
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    assert api.get("/api/engagements", headers={"Authorization": "Bearer nope"}).status_code == 403
    assert api.get("/api/engagements?token=nope").status_code == 403
    assert api.get("/api/engagements", headers=AUTH).status_code == 200
    assert api.get(f"/api/engagements?token={TOKEN}").status_code == 200
    api.get(f"/?token={TOKEN}")  # the pages' cookie does not open the API
    assert api.get("/api/engagements").status_code == 401


def test_create_and_list(api: FlaskClient) -> None:
    response = api.post("/api/engagements", json={"name": "  Mission   Soleil "}, headers=AUTH)
    assert response.status_code == 201 and response.json == {"id": 1, "name": "Mission Soleil"}
    for body in ({"name": ""}, {"name": 3}, {}, ["x"]):
        refused = api.post("/api/engagements", json=body, headers=AUTH)
        assert refused.status_code == 422 and refused.json["error"] == "invalid"
    listing = api.get("/api/engagements", headers=AUTH).json
    assert [e["name"] for e in listing["engagements"]] == ["Mission Soleil"]
    assert listing["trash"] == []


def test_upload_gives_the_validate_json(api: FlaskClient, app: Flask) -> None:
    engagement = new(api)
    response = send(api, engagement, ratings_csv(), "kick-off.csv", register=register_csv())
    assert response.status_code == 201
    data = response.json
    assert data["ok"] is True and data["waves"] == ["kick-off"] and data["ratings"] == 72
    assert data["stakeholders"] == 9 and data["scale"]["inferred"] is True
    assert [f["path"] for f in data["files"]] == ["register.csv", "kick-off.csv"]
    assert [(f["kind"], f["label"]) for f in data["stored"]] == [
        ("register", None),
        ("ratings", "kick-off"),
    ]
    second = send(api, engagement, ratings_csv(1), "x.csv", wave="T2", scale="1:5")
    assert second.status_code == 201 and second.json["scale"]["inferred"] is False
    detail = api.get(f"/api/engagements/{engagement}", headers=AUTH).json
    assert [w["wave"] for w in detail["waves"]] == ["kick-off", "T2"]
    assert all(w["uploaded_at"] for w in detail["waves"])
    assert detail["register"]["filename"] == "register.csv"
    assert detail["survey"]["ok"] is True


def test_upload_refusals_store_nothing(api: FlaskClient, app: Flask) -> None:
    engagement = new(api)
    bad = ratings_csv().replace(b"m1,m2,", b"m1,m2,seven", 1)
    refused = send(api, engagement, bad, "T1.csv", scale="1:5")
    assert refused.status_code == 422 and refused.json["ok"] is False
    codes = {i["code"] for i in refused.json["issues"] if i["severity"] == "error"}
    assert codes == {"SCORE_NOT_A_NUMBER"} and refused.json["issues"][0]["file"] == "T1.csv"
    assert send(api, engagement, None).status_code == 422
    assert send(api, engagement, ratings_csv(), scale="five").status_code == 400  # malformed
    assert send(api, engagement, None, register=register_csv(), scale="1:5").status_code == 422
    assert send(api, engagement, ratings_csv(), "T1.xls").status_code == 415
    assert send(api, engagement, b"\xd0\xcf\x11\xe0" + bytes(100), "T1.csv").status_code == 415
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []
    assert send(api, engagement, ratings_csv()).status_code == 201
    clash = send(api, engagement, ratings_csv(1), "T1.csv")
    assert clash.status_code == 422 and "T1" in clash.json["message"]
    assert send(api, 99, ratings_csv()).status_code == 404


def test_upload_too_large(tmp_path: Path) -> None:
    api = make_app(tmp_path / "ws.sqlite3", MAX_UPLOAD_MB=0.05).test_client()
    engagement = new(api)
    response = send(api, engagement, b"rater,ratee,trust\n" + b"a,b,3\n" * 40_000)
    assert response.status_code == 413 and response.json["error"] == "too_large"


def test_a_register_before_any_ratings(api: FlaskClient) -> None:
    engagement = new(api)
    response = send(api, engagement, None, register=register_csv())
    # a register alone is fine: no error, and no survey to report on yet
    assert response.status_code == 201 and response.json["ok"] is True
    assert "NO_RATINGS" not in [i["code"] for i in response.json["issues"]]
    metrics = api.get(f"/api/engagements/{engagement}/metrics", headers=AUTH)
    assert metrics.status_code == 422 and "upload a survey file" in metrics.json["message"]


def test_metrics_comparison_and_report(api: FlaskClient) -> None:
    engagement = new(api)
    send(api, engagement, ratings_csv(), register=register_csv(), wave="T1")
    send(api, engagement, ratings_csv(2), wave="T2")
    metrics = api.get(f"/api/engagements/{engagement}/metrics?lang=fr", headers=AUTH)
    data = json.loads(metrics.data)
    assert set(data) >= {"scale", "waves", "changes"} and list(data["waves"]) == ["T1", "T2"]
    assert set(data["waves"]["T1"]) >= {"network", "structural_balance", "alliance", "alerts"}
    csv = api.get(f"/api/engagements/{engagement}/metrics?format=csv", headers=AUTH)
    assert csv.mimetype == "text/csv" and csv.data.startswith(b"wave,section")
    compare = api.get(f"/api/engagements/{engagement}/compare?lang=fr", headers=AUTH).json
    assert compare["waves"] == ["T1", "T2"] and compare["changes"][0]["key"] == "T1->T2"
    assert any("liens" in s for s in compare["changes"][0]["sentences"])
    report = api.get(f"/api/engagements/{engagement}/report", headers=AUTH)
    assert report.status_code == 200 and report.mimetype == "text/html"
    shared = api.get(f"/api/engagements/{engagement}/report?audience=shared", headers=AUTH)
    assert shared.status_code == 200 and 'content="shared"' in shared.get_data(as_text=True)
    figures = api.get(f"/api/engagements/{engagement}/metrics?audience=shared", headers=AUTH)
    assert figures.json["audience"] == "shared" and figures.json["min_group_size"] == 3
    rows = api.get(
        f"/api/engagements/{engagement}/metrics?audience=shared&format=csv", headers=AUTH
    )
    assert rows.mimetype == "text/csv" and b",group_alliance," in rows.data
    groups = api.get(
        f"/api/engagements/{engagement}/network?format=json&audience=shared", headers=AUTH
    )
    assert groups.status_code == 200 and b'"level": "group"' in groups.data
    together = api.get(f"/api/engagements/{engagement}/compare?audience=shared", headers=AUTH)
    change = together.json["changes"][0]
    assert change["key"] == "T1->T2" and "ties_strengthened" not in change["change"]
    assert change["sentences"] and all("ties" not in s for s in change["sentences"])
    bad = api.get(f"/api/engagements/{engagement}/metrics?min_group_size=x", headers=AUTH)
    assert bad.status_code == 400


def test_delete_restore_and_clash(api: FlaskClient) -> None:
    engagement = new(api)
    first = send(api, engagement, ratings_csv(), wave="T1").json["stored"][0]["id"]
    path = f"/api/engagements/{engagement}/files/{first}"
    assert api.get(path, headers=AUTH).data == ratings_csv()
    assert api.delete(path, headers=AUTH).json == {"id": first, "deleted": True}
    assert api.delete(path, headers=AUTH).status_code == 404
    detail = api.get(f"/api/engagements/{engagement}", headers=AUTH).json
    assert detail["waves"] == [] and detail["trash"][0]["id"] == first
    send(api, engagement, ratings_csv(1), wave="T1")
    clash = api.post(f"{path}/restore", headers=AUTH)
    assert clash.status_code == 409 and clash.json["error"] == "conflict"
    assert api.delete(f"/api/engagements/{engagement}", headers=AUTH).status_code == 200
    assert api.get(f"/api/engagements/{engagement}", headers=AUTH).status_code == 404
    assert api.get("/api/engagements", headers=AUTH).json["trash"][0]["id"] == engagement
    assert api.post(f"/api/engagements/{engagement}/restore", headers=AUTH).status_code == 200
    assert api.get(f"/api/engagements/{engagement}", headers=AUTH).status_code == 200


def test_a_foreign_origin_is_refused_even_with_the_token(api: FlaskClient) -> None:
    headers = {**AUTH, "Origin": "http://evil.example"}
    response = api.post("/api/engagements", json={"name": "x"}, headers=headers)
    assert response.status_code == 403 and response.json["error"] == "forbidden"
    assert api.get("/api/engagements", headers=AUTH).json["engagements"] == []
    missing = api.get("/api/engagements/7", headers=AUTH)
    assert missing.status_code == 404 and missing.json["error"] == "not_found"


# -- the serve command -----------------------------------------------------------------


class FakeServer:
    """Stands in for werkzeug's server: records how it was made, stops at once."""

    made: ClassVar[list[tuple[Any, ...]]] = []

    def __init__(
        self, host: str, port: int, app: Flask, threaded: bool = False, request_handler: Any = None
    ) -> None:
        self.server_port = port or 54321
        self.app = app
        FakeServer.made.append((host, port, app, threaded))

    def serve_forever(self) -> None:
        raise KeyboardInterrupt

    def server_close(self) -> None:
        pass


@pytest.fixture
def fake_server(monkeypatch) -> list[str]:
    opened: list[str] = []
    FakeServer.made = []
    monkeypatch.setattr("werkzeug.serving.make_server", FakeServer)
    monkeypatch.setattr("webbrowser.open", opened.append)
    return opened


def test_serve_prints_the_link_and_opens_the_browser(tmp_path: Path, fake_server) -> None:
    workspace = tmp_path / "sub" / "ws.sqlite3"
    result = CliRunner().invoke(cli, ["serve", "--workspace", str(workspace), "--port", "0"])
    assert result.exit_code == 0, result.output
    host, port, app, threaded = FakeServer.made[0]
    assert (host, port, threaded) == ("127.0.0.1", 0, True)
    token = app.config["TOKEN"]
    url = f"http://127.0.0.1:54321/?token={token}"
    assert url in result.output and fake_server == [url] and len(token) >= 32
    assert workspace.is_file() and "Warning" not in result.output
    assert app.config["MAX_CONTENT_LENGTH"] >= 10 * 1024 * 1024
    client = app.test_client()
    assert client.get(f"/?token={token}", headers={"Host": "127.0.0.1:54321"}).status_code == 303


def test_serve_on_another_host_warns(tmp_path: Path, fake_server) -> None:
    args = ["serve", "--workspace", str(tmp_path / "ws.sqlite3"), "--no-browser"]
    result = CliRunner().invoke(cli, [*args, "--host", "0.0.0.0", "--max-upload-mb", "2"])
    assert result.exit_code == 0 and fake_server == []
    assert "Warning: listening on 0.0.0.0" in result.output
    app = FakeServer.made[0][2]
    assert app.config["MAX_CONTENT_LENGTH"] < 3 * 1024 * 1024
    assert "127.0.0.1" in app.config["TRUSTED_HOSTS"]
    other = CliRunner().invoke(cli, [*args, "--host", "192.168.1.20"])
    assert "192.168.1.20" in FakeServer.made[1][2].config["TRUSTED_HOSTS"]
    assert "http://192.168.1.20:8765/?token=" in other.output


def test_serve_reports_a_port_in_use(tmp_path: Path, monkeypatch) -> None:
    def busy(*args: Any, **kwargs: Any) -> None:
        raise OSError(98, "Address already in use")

    monkeypatch.setattr("werkzeug.serving.make_server", busy)
    args = ["serve", "--workspace", str(tmp_path / "ws.sqlite3"), "--no-browser"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and "Address already in use" in result.output
    assert "Traceback" not in result.output


def test_help_does_not_import_flask() -> None:
    code = "import sys; from alliance_graph.cli import main; print('flask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--max-upload-mb" in result.output


def test_a_new_wave_cannot_stretch_the_scale_of_the_stored_ones(api: FlaskClient) -> None:
    engagement = new(api)
    assert (
        send(api, engagement, ratings_csv(), "T1.csv", register=register_csv()).status_code == 201
    )
    stray = b"rater,ratee,score\nm1,m2,9\n"
    refused = send(api, engagement, stray, "T2.csv")
    assert refused.status_code == 422
    assert {i["code"] for i in refused.json["issues"]} >= {"SCORE_OUT_OF_RANGE"}


def test_the_api_report_keeps_its_own_policy_and_notices_are_sentences(api: FlaskClient) -> None:
    engagement = new(api)
    sent = send(
        api, engagement, ratings_csv(wave_column=["A", "B"]), "both.csv", register=register_csv()
    )
    assert sent.status_code == 201
    assert all(" " in notice and "." not in notice.split()[0] for notice in sent.json["notices"])
    report = api.get(f"/api/engagements/{engagement}/report", headers=AUTH)
    assert report.status_code == 200
    assert report.headers["Content-Security-Policy"] == "frame-ancestors 'none'"


def test_the_request_log_hides_the_token() -> None:
    import logging

    from alliance_graph.web.security import TokenFilter

    record = logging.LogRecord(
        "werkzeug",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /?token=s3cret&lang=fr HTTP/1.1", 200, 10),
        None,
    )
    assert TokenFilter("s3cret").filter(record)
    seen = record.getMessage()
    assert "s3cret" not in seen and "token=…" in seen and "lang=fr" in seen


def test_the_network_through_the_api(api: FlaskClient) -> None:
    import networkx as nx

    engagement = new(api)
    url = f"/api/engagements/{engagement}/network"
    assert api.get(url, headers=AUTH).status_code == 422  # nothing uploaded yet
    send(api, engagement, ratings_csv(), register=register_csv(), wave="T1")
    gexf = api.get(url, headers=AUTH)
    assert gexf.status_code == 200 and gexf.mimetype == "application/gexf+xml"
    assert nx.read_gexf(io.BytesIO(gexf.data)).number_of_nodes() == 9
    data = json.loads(api.get(f"{url}?format=json", headers=AUTH).data)
    assert list(data["waves"]) == ["T1"]
    wrong = api.get(f"{url}?format=pdf", headers=AUTH)
    assert wrong.status_code == 400 and "pdf" in wrong.json["message"]
    assert api.get(url).status_code == 401


ONES = b"rater,ratee,trust\nm1,m2,1\nm2,m3,1\nm3,m1,1\n"


def test_a_first_upload_of_one_value_asks_for_the_scale(api: FlaskClient, app: Flask) -> None:
    engagement = new(api)
    refused = send(api, engagement, ONES, "T1.csv")
    assert refused.status_code == 422 and refused.json["ok"] is False
    assert refused.json["scale"] is None  # no guessed scale, not even in the answer
    (issue,) = [i for i in refused.json["issues"] if i["severity"] == "error"]
    assert issue["code"] == "SCALE_UNKNOWN" and issue["value"] == "1"
    assert "“Rating scale” field" in issue["message"] and "--scale" not in issue["message"]
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []
    given = send(api, engagement, ONES, "T1.csv", scale="0:1")
    assert given.status_code == 201
    assert given.json["scale"] == {"min": 0, "max": 1, "inferred": False}
    later = send(api, engagement, ONES, "T2.csv")  # the stored scale applies: no question
    assert later.status_code == 201 and later.json["scale"]["max"] == 1


def test_a_later_upload_of_one_value_takes_the_inferred_scale(api: FlaskClient) -> None:
    engagement = new(api)
    assert send(api, engagement, ratings_csv(), "T1.csv").status_code == 201
    later = send(api, engagement, ONES, "T2.csv")
    assert later.status_code == 201 and later.json["ok"] is True
    assert (later.json["scale"]["min"], later.json["scale"]["max"]) == (1, 5)
