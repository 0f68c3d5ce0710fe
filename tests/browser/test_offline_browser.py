"""Answering offline in a real Chromium: the coach downloads the campaign's workbooks
from the Collect answers card, then uploads returned ones together (one refused) with the
card's form, and reads what was stored and why the other was refused; at a desktop width
and on a phone, and accessible (axe-core)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from tests.browser.axe_check import blocking
from tests.campaign_support import campaigns, engagement_with_register, new_campaign
from tests.web_support import TOKEN, log_in
from tests.workbook_support import fill_workbook, with_cells

SHOTS = os.environ.get("OFFLINE_SHOTS")  # a folder: keep the screenshots there to look at


@pytest.mark.parametrize("width", [1400, 390])
def test_the_coach_sends_and_reads_back_workbooks(
    browser: Any, served: tuple[Flask, str], tmp_path: Path, width: int
) -> None:
    app, base = served
    coach = log_in(app.test_client())
    eid = engagement_with_register(coach)
    new_campaign(coach, eid, open_it=False)
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/?token={TOKEN}")
    page.goto(f"{base}/engagements/{eid}#collect")
    page.get_by_text("Answering offline: workbooks").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    _shot(page.locator("#collect"), f"collect-offline-{width}.png")
    assert blocking(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the workbooks (.zip)").click()
    assert download.value.suggested_filename == "survey-T2-workbooks.zip"
    bundle = zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes()))
    marc = fill_workbook(bundle.read("T2 - Marc (m1).xlsx"), {"Claire Coach": [4], "Nina": [2]})
    zoe = fill_workbook(bundle.read("T2 - Zoé (t1).xlsx"), {"Claire Coach": [5]})
    nina = fill_workbook(bundle.read("T2 - Nina (m2).xlsx"), {})
    nina = with_cells(nina, {("intro", "B4"): "m3"})  # Nina says she is Omar
    files = []
    for name, content in (("Marc.xlsx", marc), ("Zoé.xlsx", zoe), ("Nina.xlsx", nina)):
        (tmp_path / name).write_bytes(content)
        files.append(str(tmp_path / name))
    page.set_input_files("input[name=workbooks]", files)
    page.get_by_role("button", name="Store their answers").click()
    page.wait_for_load_state()
    body = page.inner_text("main")
    assert "Refused (1)" in body and "Stored (2)" in body, body
    assert "“Nina.xlsx”: the cells saying whose answers these are" in body
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    _shot(page, f"offline-result-{width}.png", full=True)
    assert blocking(page) == []
    assert campaigns(coach, eid)[0]["answered"] == 2
    page.get_by_role("link", name="Back to the engagement").click()
    assert "2 answered" in page.inner_text("#collect")
    assert errors == []
    context.close()


def _shot(target: Any, name: str, full: bool = False) -> None:
    if SHOTS:
        options = {"full_page": True} if full else {}
        target.screenshot(path=str(Path(SHOTS) / name), **options)
