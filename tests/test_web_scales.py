"""Scores and scales in the web app: an absurd score or scale is refused with a message,
every stored scale is read back, and a stored file that can no longer be read leaves its
engagement usable (a message and a way to remove the file), never a 500."""

from __future__ import annotations

import io
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.store import Workspace
from tests.web_support import AUTH, create, csrf, ratings_csv, text, upload

#: 1 and 1000000: before, stored with the inferred scale "1:1e+06", which no upload or
#: page could read back
MILLION = b"rater,ratee,trust\nm1,m2,1\nm2,m3,1000000\nm3,m1,3\n"
#: a 400-digit score: before, read as inf, stored, and every page answered 500
HUGE = b"rater,ratee,trust\nm1,m2,1\nm2,m3," + b"9" * 400 + b"\nm3,m1,3\n"
#: the pages of an engagement that need its survey
PAGES = ["report", "compare", "metrics.json", "metrics.csv", "network.gexf"]
API = ["metrics", "compare", "report", "network"]


def _post(app: Flask, engagement: int, content: bytes, name: str, **fields: str) -> Any:
    data = {**fields, "file": (io.BytesIO(content), name)}
    return app.test_client().post(f"/api/engagements/{engagement}/waves", data=data, headers=AUTH)


def _ws(app: Flask) -> Workspace:
    return Workspace(app.config["WORKSPACE"])


def test_a_million_without_a_scale_asks_for_the_rating_scale(app: Flask) -> None:
    engagement = _ws(app).create_engagement("Mission").id
    refused = _post(app, engagement, MILLION, "T1.csv")
    assert refused.status_code == 422, refused.json
    (issue,) = [i for i in refused.json["issues"] if i["severity"] == "error"]
    assert issue["code"] == "SCALE_TOO_WIDE" and issue["value"] == "1000000"
    assert "“Rating scale” field" in issue["message"] and "--scale" not in issue["message"]
    assert refused.json["scale"] is None
    assert _ws(app).files(engagement) == []
    declared = _post(app, engagement, MILLION, "T1.csv", scale="1:1000000")
    assert declared.status_code == 201, declared.json
    assert _ws(app).files(engagement)[0].options["scale"] == "1:1000000"
    later = _post(app, engagement, ratings_csv(), "T2.csv")  # read with the stored scale
    assert later.status_code == 201, later.json
    assert later.json["scale"] == {"min": 1, "max": 1_000_000, "inferred": False}


def test_a_first_file_with_a_million_then_a_later_upload_never_answer_500(
    client: FlaskClient, app: Flask
) -> None:
    engagement = create(client)
    first = upload(client, engagement, MILLION, "T1.csv")
    assert first.status_code == 422 and "Rating scale" in text(first)
    assert upload(client, engagement, ratings_csv(), "T1.csv").status_code == 303
    again = upload(client, engagement, MILLION, "T2.csv")
    assert again.status_code == 422  # 1000000 is outside the 1:5 the first wave fixed
    assert "line 3" in text(again) and "outside the scale 1:5" in text(again)
    assert client.get(f"/engagements/{engagement}").status_code == 200


def test_a_score_of_400_digits_is_refused_with_its_line(client: FlaskClient) -> None:
    engagement = create(client)
    refused = upload(client, engagement, HUGE, "T1.csv", scale="1:5")
    assert refused.status_code == 422
    page = text(refused)
    assert "SCORE_TOO_LARGE" in page or "too large to be a rating" in page
    assert "line 3" in page
    for path in ["", *(f"/{p}" for p in PAGES)]:
        status = client.get(f"/engagements/{engagement}{path}").status_code
        assert status in (200, 422), path


@pytest.mark.parametrize(
    "scale", ["1:1e400", "nan:5", "inf:5", "1:" + "9" * 400, "0:1000001", "0:0.0001", "5:1"]
)
def test_an_absurd_scale_is_a_bad_request(client: FlaskClient, app: Flask, scale: str) -> None:
    engagement = create(client)
    page = upload(client, engagement, ratings_csv(), "T1.csv", scale=scale)
    assert page.status_code == 400 and "MIN:MAX" in text(page)
    api = _post(app, engagement, ratings_csv(), "T1.csv", scale=scale)
    assert api.status_code == 400 and "MIN:MAX" in api.json["message"]
    assert _ws(app).files(engagement) == []


def _stored_with_scale(app: Flask, scale: str) -> tuple[int, int]:
    """An engagement whose one wave was stored with ``scale`` as its text."""
    ws = _ws(app)
    engagement = ws.create_engagement("Mission").id
    options = {"scale": scale, "waves": ["T1"]}
    file = ws.add_file(
        engagement,
        kind="ratings",
        wave="T1",
        filename="vague 1.csv",
        content=ratings_csv(),
        options=options,
    )
    return engagement, file.id


def test_scales_stored_by_earlier_versions_are_read_back(client: FlaskClient, app: Flask) -> None:
    engagement, _ = _stored_with_scale(app, "0:1e+01")  # ":g" wrote exponents
    assert client.get(f"/engagements/{engagement}").status_code == 200
    assert client.get(f"/engagements/{engagement}/report").status_code == 200
    later = _post(app, engagement, ratings_csv(1), "T2.csv")
    assert later.status_code == 201 and later.json["scale"]["max"] == 10


def test_a_stored_scale_that_cannot_be_read_is_shown_with_a_way_to_remove_it(
    client: FlaskClient, app: Flask
) -> None:
    engagement, file = _stored_with_scale(app, "1:1e+07")  # beyond what is read now
    page = client.get(f"/engagements/{engagement}")
    assert page.status_code == 200
    assert "“1:1e+07”" in text(page) and "vague 1.csv" in text(page)
    remove = f"/engagements/{engagement}/files/{file}/delete"
    assert f'href="{remove}"' in page.get_data(as_text=True)
    for path in PAGES:
        refused = client.get(f"/engagements/{engagement}/{path}")
        assert refused.status_code == 422, path
        assert "vague 1.csv" in text(refused)
    for path in API:
        assert client.get(f"/api/engagements/{engagement}/{path}", headers=AUTH).status_code == 422
    record = client.get(f"/api/engagements/{engagement}", headers=AUTH)
    unreadable = dict(record.get_json())["unreadable"]
    assert record.status_code == 200 and unreadable["files"] == [file]
    assert "1:1e+07" in unreadable["message"]
    later = upload(client, engagement, ratings_csv(1), "T2.csv")
    assert later.status_code == 422 and "vague 1.csv" in text(later)
    # the way out: delete the file, and the engagement is usable again
    assert client.get(remove).status_code == 200
    assert client.post(remove, data={"csrf_token": csrf(client)}).status_code == 303
    assert client.get(f"/engagements/{engagement}").status_code == 200
    assert upload(client, engagement, ratings_csv(1), "T2.csv").status_code == 303
    assert client.get(f"/engagements/{engagement}/report").status_code == 200


def test_a_stored_file_that_fails_to_read_names_the_newest_file(
    client: FlaskClient, app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement, file = _stored_with_scale(app, "1:5")

    def fails(*args: object, **kwargs: object) -> None:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    monkeypatch.setattr(Workspace, "survey", fails)
    page = client.get(f"/engagements/{engagement}")
    assert page.status_code == 200 and "vague 1.csv" in text(page)
    assert f"/files/{file}/delete" in page.get_data(as_text=True)
    assert client.get(f"/engagements/{engagement}/report").status_code == 422
