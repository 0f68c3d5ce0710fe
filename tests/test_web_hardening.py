"""Small things the web app did wrong (issue 13, item 10): the token in the server's log,
bidirectional controls in names, download file names, and a form of many small parts."""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.ingest import read_survey
from alliance_graph.report import build_report
from tests.conftest import ROOT
from tests.web_support import (
    AUTH,
    create,
    csrf,
    log_in,
    make_app,
    ratings_csv,
    register_csv,
    text,
    upload,
)

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows it is shown reversed


# -- the token never reaches the server's log ------------------------------------------


def _serve(workspace: Path) -> tuple[subprocess.Popen[str], int, str]:
    command = [sys.executable, "-m", "alliance_graph", "serve", "--port", "0", "--no-browser"]
    process = subprocess.Popen(
        [*command, "--workspace", str(workspace)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "MPLCONFIGDIR": os.environ.get("MPLCONFIGDIR", "/tmp/mpl")},
    )
    deadline, line = time.monotonic() + 60, ""
    while "Open the app" not in line and time.monotonic() < deadline and process.stdout:
        line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=(\S+)", line)
    if not found:
        process.kill()
        pytest.fail(f"serve did not start: {line!r}")
    return process, int(found.group(1)), found.group(2)


def _send(port: int, request_line: str) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(
            f"{request_line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        )
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_the_token_never_reaches_the_server_log(tmp_path: Path) -> None:
    process, port, token = _serve(tmp_path / "ws.sqlite3")
    encoded = "".join(f"%{ord(c):02X}" for c in token)
    try:
        for line in (
            f"GET /?%74oken={token} HTTP/1.1",  # the name percent-encoded
            f"GET /?%2574oken={token} HTTP/1.1",  # twice
            f"GET /?next={encoded} HTTP/1.1",  # the value encoded, under another name
            f"GET /?token={token} HTTP/9.9",  # a malformed request line: the error log
            f"NOT-A-METHOD /?token={token}",
            f"GET /?token={token}\x01 HTTP/1.1",
        ):
            assert _send(port, line)
    finally:
        process.terminate()
        _, log = process.communicate(timeout=30)
    assert log.count("…") >= 6 and "HTTP/9.9" in log  # each request logged, token hidden
    assert token not in log and token[:12] not in log and encoded[:30] not in log


# -- bidirectional controls in names ---------------------------------------------------


def test_a_bidi_override_in_a_name_cannot_turn_the_app_sentences_around(
    client: FlaskClient,
) -> None:
    eid = create(client, f"Mission {RLO}Lumière")
    page = client.get(f"/engagements/{eid}")
    html = page.get_data(as_text=True)
    assert RLO not in html
    assert '<h1 dir="auto">Mission Lumière</h1>' in html
    assert "Mission Lumière" in text(page)
    listing = client.get("/").get_data(as_text=True)
    assert RLO not in listing and 'dir="auto">Mission Lumière</a>' in listing


def test_a_bidi_override_in_the_data_is_left_out_of_the_report() -> None:
    rows = "".join(
        f"{a},{b},{s}\n"
        for a, b, s in (
            (f"Anne {RLO}Petit", "Bruno", 4),
            ("Bruno", f"Anne {RLO}Petit", 2),
            ("Chloé", "Bruno", 5),
            ("Bruno", "Chloé", 1),
        )
    )
    survey = read_survey(("s.csv", f"rater,ratee,score\n{rows}".encode()), scale="1:5")
    html = build_report(survey, title=f"Mission {RLO}Lumière")
    assert RLO not in html  # in the page, and in the names the network view draws
    page = html.split('<script type="application/json"')[0]
    assert '<h1 dir="auto">Mission Lumière</h1>' in page
    assert '<td dir="auto" class="name">Anne Petit</td>' in page


def test_a_bidi_override_is_left_out_of_an_uploaded_file_name(client: FlaskClient) -> None:
    eid = create(client)
    name = f"T1{RLO}vsc.exe.csv"
    sent = upload(client, eid, ratings_csv(), filename=name, register=register_csv())
    assert sent.status_code == 303
    html = client.get(f"/engagements/{eid}").get_data(as_text=True)
    assert RLO not in html and "T1vsc.exe.csv" in html


# -- download file names ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/api"])
def test_a_download_is_named_safely(app: Flask, client: FlaskClient, prefix: str) -> None:
    eid = create(client)
    workspace = app.extensions["alliance_graph"]["workspace"]
    stored = workspace.add_file(  # as a file stored before names were cleaned
        eid, kind="register", filename=f'reg"; x={RLO}vsc.exe.csv', content=register_csv()
    )
    answer = client.get(f"{prefix}/engagements/{eid}/files/{stored.id}", headers=AUTH)
    assert answer.status_code == 200 and answer.data == register_csv()
    disposition = answer.headers["Content-Disposition"]
    assert disposition == 'attachment; filename="reg__ x=vsc.exe.csv"'


# -- a form of many small parts ----------------------------------------------------------


def test_many_small_form_parts_get_a_message_about_parts(client: FlaskClient) -> None:
    eid = create(client)
    fields = {f"field{i}": "x" for i in range(5000)}
    page = client.post(
        f"/engagements/{eid}/uploads",
        data={"csrf_token": csrf(client), **fields},
        content_type="multipart/form-data",
    )
    assert page.status_code == 413
    assert "too many parts" in text(page) and "MB" not in text(page)
    api = client.post(
        f"/api/engagements/{eid}/waves",
        data={**fields, "file": (io.BytesIO(ratings_csv()), "T1.csv")},
        headers=AUTH,
    )
    assert api.status_code == 413 and "too many parts" in api.json["message"]


def test_an_upload_over_the_limit_still_says_megabytes(tmp_path: Path) -> None:
    client = log_in(make_app(tmp_path / "ws.sqlite3", MAX_UPLOAD_MB=0.01).test_client())
    eid = create(client)
    big = ratings_csv() * 1000
    answer = upload(client, eid, big)
    assert answer.status_code == 413 and "MB" in text(answer) and "parts" not in text(answer)
