"""16 uploads of about 4 MB at once against a real ``alliance-graph serve`` on 127.0.0.1,
with reads all along (issue 13, "Done when"): no 500, every upload stored, and every read
answered within 2 s while the uploads run. Everything is bounded by time-outs, and the
server is killed at the end whatever happens.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

UPLOADS = 16
READ_LIMIT = 2.0  # seconds
DEADLINE = 150.0  # seconds for all the uploads, far above what they take


def big_ratings(people: int = 200) -> bytes:
    """Everyone rates everyone on 1:5, people named by long e-mail addresses: about
    4.2 MB in 39,800 lines (200 people)."""
    ids = [f"stakeholder.number-{i:04d}@mission-lumiere.example.org" for i in range(people)]
    lines = ["rater,ratee,trust"]
    for i, rater in enumerate(ids):
        scores = ((j, 1 + (i * 3 + j * 5) % 5) for j in range(people) if j != i)
        lines += [f"{rater},{ids[j]},{score}" for j, score in scores]
    return ("\n".join(lines) + "\n").encode()


class Server:
    """The app as a coach starts it, in its own process."""

    def __init__(self, workspace: Path, log: Path) -> None:
        env = {**os.environ, "MPLCONFIGDIR": str(log.parent / "mpl")}
        args = ["serve", "--no-browser", "--port", "0", "--workspace", str(workspace)]
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "alliance_graph", *args],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        self.base, self.token = self._link(log)

    def _link(self, log: Path) -> tuple[str, str]:
        started = time.monotonic()
        while time.monotonic() - started < 60:
            found = re.search(r"Open the app: (http://[^/]+)/\?token=(\S+)", log.read_text())
            if found:
                return found.group(1), found.group(2)
            assert self.process.poll() is None, log.read_text()
            time.sleep(0.1)
        raise AssertionError(f"serve printed no link within 60 s: {log.read_text()}")

    def call(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        kind: str | None = None,
        *,
        timeout: float = 60.0,
    ) -> tuple[int, dict[str, Any], float]:
        """Status, JSON body and seconds taken; a time-out is status 0."""
        headers = {"Authorization": f"Bearer {self.token}"}
        if kind:
            headers["Content-Type"] = kind
        request = urllib.request.Request(self.base + path, body, headers, method=method)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                status, data = answer.status, answer.read()
        except urllib.error.HTTPError as refused:
            status, data = refused.code, refused.read()
        except (TimeoutError, urllib.error.URLError):  # no answer in time, or no server
            return 0, {}, time.monotonic() - started
        return status, json.loads(data or b"{}"), time.monotonic() - started

    def create(self, name: str) -> int:
        status, body, _ = self.call(
            "POST", "/api/engagements", json.dumps({"name": name}).encode(), "application/json"
        )
        assert status == 201, body
        return int(body["id"])

    def upload(
        self, engagement: int, content: bytes, wave: str
    ) -> tuple[int, dict[str, Any], float]:
        """POST a ratings file as a script does (multipart, with its wave label)."""
        boundary = uuid.uuid4().hex
        part = f"--{boundary}\r\nContent-Disposition: form-data; "
        body = b"".join(
            [
                f'{part}name="wave"\r\n\r\n{wave}\r\n'.encode(),
                f'{part}name="file"; filename="{wave}.csv"\r\n'.encode(),
                b"Content-Type: text/csv\r\n\r\n" + content + b"\r\n",
                f"--{boundary}--\r\n".encode(),
            ]
        )
        kind = f"multipart/form-data; boundary={boundary}"
        return self.call("POST", f"/api/engagements/{engagement}/waves", body, kind, timeout=120)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)
        self.log.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path / "ws.sqlite3", tmp_path / "serve.log")
    try:
        yield running
    finally:
        running.stop()


def test_parallel_uploads_and_reads_against_a_real_server(server: Server) -> None:
    small = server.create("Small")
    status, body, _ = server.upload(small, big_ratings(12), "T1")
    assert status == 201, body
    content = big_ratings()
    assert 4_000_000 < len(content) < 4_500_000
    engagements = [server.create(f"Mission {n}") for n in range(UPLOADS)]
    uploads: list[tuple[int, dict[str, Any], float]] = []
    reads: list[tuple[str, int, float]] = []  # path, status, seconds
    running = threading.Event()
    start = threading.Barrier(UPLOADS + 1)

    def send(engagement: int) -> None:
        start.wait(30)
        uploads.append(server.upload(engagement, content, "T1"))

    def read_while_uploading() -> None:
        start.wait(30)
        while running.is_set():
            for path in ("/api/engagements", f"/api/engagements/{small}"):
                status, _, took = server.call("GET", path, timeout=10)
                reads.append((path, status, took))
            time.sleep(0.05)

    senders = [threading.Thread(target=send, args=(e,), daemon=True) for e in engagements]
    reader = threading.Thread(target=read_while_uploading, daemon=True)
    running.set()
    for thread in [*senders, reader]:
        thread.start()
    began = time.monotonic()
    for thread in senders:
        thread.join(max(0.1, DEADLINE - (time.monotonic() - began)))
    running.clear()
    reader.join(15)

    assert len(uploads) == UPLOADS, f"{len(uploads)} of {UPLOADS} uploads answered in time"
    assert [status for status, _, _ in uploads] == [201] * UPLOADS, [b for _, b, _ in uploads]
    assert all(body["ok"] and body["ratings"] == 39_800 for _, body, _ in uploads)
    assert len(reads) >= 10 and {status for _, status, _ in reads} == {200}, reads
    slowest = max(reads, key=lambda read: read[2])
    assert slowest[2] < READ_LIMIT, f"{slowest[0]} took {slowest[2]:.2f} s"
    _, listing, _ = server.call("GET", "/api/engagements")
    assert sum(e["waves"] == ["T1"] for e in listing["engagements"]) == UPLOADS + 1
