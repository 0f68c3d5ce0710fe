"""The response tracker and the reminders in a real Chromium, wide and on a phone: the
card and the page load with no error and no request elsewhere, pass axe-core's WCAG 2.1
AA rules, fit the screen, and a reminder's button is a ``mailto:`` link."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

from tests.browser.axe_check import blocking
from tests.browser.conftest import watched_page
from tests.campaign_support import new_campaign
from tests.test_web_tracker import engagement, register_with_emails, send
from tests.web_support import TOKEN, log_in


@pytest.fixture
def coach(browser: Any, served: tuple[Flask, str]) -> Iterator[tuple[Any, str, int, int]]:
    """A browser logged in as the coach, on an engagement whose T2 survey is under way."""
    app, base = served
    client = log_in(app.test_client())
    eid = engagement(client, register_with_emails())
    campaign = new_campaign(client, eid)
    for who in ("m1", "m2", "t1", "boss"):
        send(app, campaign, who, {"a0_0": "4"})
    page, problems = watched_page(browser, base)
    page.goto(f"{base}/?token={TOKEN}")
    yield page, base, eid, campaign["id"]
    page.context.close()
    assert problems == []


@pytest.mark.parametrize("width", [1400, 390])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_card_and_the_reminders_read_well(
    coach: tuple[Any, str, int, int], width: int, lang: str
) -> None:
    page, base, eid, cid = coach
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{base}/engagements/{eid}?lang={lang}")
    tracker = page.locator("#collect .tracker")
    assert tracker.count() == 1
    assert tracker.locator("ol.weighty li").count() >= 1
    box = tracker.bounding_box()
    assert box is not None and box["x"] + box["width"] <= width  # nothing off the screen
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert blocking(page) == []
    page.goto(f"{base}/engagements/{eid}/campaigns/{cid}/reminders?lang={lang}")
    writes = page.locator("ol.messages a.button")
    assert writes.count() >= 1
    assert all(h.startswith("mailto:") for h in writes.evaluate_all("a => a.map(e => e.href)"))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert blocking(page) == []
