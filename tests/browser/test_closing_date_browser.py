"""A survey's closing date in a real Chromium, wide and on a phone: the coach picks the
day in the card's date field and saves it (no script), the card says how far off it is
and fits the screen, the respondent's form says by when to answer; both pass axe-core's
WCAG 2.1 AA rules, with no error and no request elsewhere."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from flask import Flask

from tests.browser.axe_check import blocking
from tests.browser.conftest import watched_page
from tests.campaign_support import campaigns, link, new_campaign
from tests.test_web_tracker import engagement, register_with_emails
from tests.web_support import TOKEN, log_in


@pytest.mark.parametrize("width", [1400, 390])
def test_the_coach_picks_the_day_and_the_form_tells_it(
    browser: Any, served: tuple[Flask, str], width: int
) -> None:
    app, base = served
    app.config["CLOCK"] = lambda: datetime(2026, 12, 15, 9, 30).astimezone()
    client = log_in(app.test_client())
    eid = engagement(client, register_with_emails())
    survey = new_campaign(client, eid)
    page, problems = watched_page(browser, base, viewport={"width": width, "height": 900})
    page.goto(f"{base}/?token={TOKEN}")
    page.goto(f"{base}/engagements/{eid}?lang=en")
    field = page.locator(f"#closes-on-{survey['id']}")
    assert field.get_attribute("min") == "2026-12-15"
    field.fill("2026-12-18")
    page.get_by_role("button", name="Save the date").click()
    page.wait_for_url("**/engagements/*#collect")
    closing = page.locator("#collect .closing")
    assert "Closes on Friday 18 December 2026 (in 3 days)." in closing.inner_text()
    box = closing.bounding_box()
    assert box is not None and box["x"] + box["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert blocking(page) == []
    assert campaigns(client, eid)[0]["closes_on"] == date(2026, 12, 18).isoformat()
    page.goto(base + link(survey, "m3"))  # French in the register
    said = page.locator("p.closing").inner_text()
    assert said == "Merci de répondre au plus tard le vendredi 18 décembre 2026."
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert blocking(page) == []
    page.context.close()
    assert problems == []
