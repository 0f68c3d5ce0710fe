"""The whole flow as a coach lives it: run `alliance-graph serve`, open the link it prints,
create an engagement, upload three waves and a register, see a refused file's issues,
open the report and the comparison."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import SAMPLE


@pytest.fixture
def printed_url(tmp_path: Path) -> Iterator[str]:
    """Start the real command on a free port; yield the link it prints; stop it."""
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl"), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "alliance_graph",
            "serve",
            "--no-browser",
            "--port",
            "0",
            "--workspace",
            str(tmp_path / "ws.sqlite3"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        url = None
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline() if process.stdout else ""
            match = re.search(r"Open the app: (http://127\.0\.0\.1:\d+/\?token=\S+)", line)
            url = match.group(1) if match else None
            if not line and process.poll() is not None:
                break
        assert url, "serve printed no link"
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_coach_goes_from_files_to_report(browser: Any, printed_url: str, tmp_path: Path) -> None:
    base = printed_url.split("/?", 1)[0]
    context = browser.new_context()
    elsewhere: list[str] = []
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith((base, "data:", "blob:", "about:"))
            else (elsewhere.append(route.request.url), route.abort())
        ),
    )
    page = context.new_page()
    page.goto(printed_url)
    assert "token=" not in page.url  # the token became a cookie
    page.click("text=New engagement")
    page.fill("#name", "Mission Lumière")
    page.click("text=Create")
    page.wait_for_url("**/engagements/*")
    engagement = page.url

    for number, wave in enumerate(("2026-01", "2026-04", "2026-06")):
        page.set_input_files("#file", str(SAMPLE / "forms" / f"{wave}.csv"))
        if number == 0:
            page.set_input_files("#register", str(SAMPLE / "register.csv"))
        page.click("text=Check and store")
        page.wait_for_load_state()
        assert f"{wave}.csv was stored" in page.inner_text("body")

    bad = tmp_path / "2026-09.csv"
    bad.write_text("rater,ratee,score\nClaire Moreau,Philippe Durand,9\n", encoding="utf-8")
    page.set_input_files("#file", str(bad))
    page.click("text=Check and store")
    page.wait_for_load_state()
    body = page.inner_text("body")
    assert "Score 9 is outside the scale 1:5" in body and "line 2" in body
    page.goto(engagement)
    assert "2026-06" in page.inner_text("body") and "2026-09" not in page.inner_text("body")

    page.click("text=Comparison across waves")
    page.wait_for_load_state()
    assert "The alliance with Collaborateurs rose" in page.inner_text("body")
    page.go_back()
    page.click("text=Report (English)")
    # the old page may still be there when the check first runs: it must not throw on it
    page.wait_for_function(
        "() => window.reportData && window.reportData && window.reportData.edges.length > 0"
    )
    assert page.locator(".wave-picker button").count() == 3
    assert elsewhere == []
    context.close()
