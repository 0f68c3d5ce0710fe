"""The web app in a real Chromium: the forms post from the app's own origin, the file
picker works without JavaScript, drag and drop works with it, another site's form is
refused, and the pages load nothing from elsewhere."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import SAMPLE
from tests.web_support import TOKEN, make_app, ratings_csv


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The app on a free local port, in a thread; yields its base URL."""
    from werkzeug.serving import make_server

    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path / "mpl"))
    app = make_app(tmp_path / "ws.sqlite3", TESTING=False)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


def open_page(browser: Any, base: str, *, javascript: bool = True) -> tuple[Any, list[str]]:
    """A page that may only talk to the app; returns it and the other requests tried."""
    context = browser.new_context(java_script_enabled=javascript)
    elsewhere: list[str] = []

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith((base, "data:", "blob:", "about:")):
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort()

    context.route("**/*", route)
    return context.new_page(), elsewhere


def create(page: Any, base: str, name: str) -> None:
    page.goto(f"{base}/?token={TOKEN}")
    page.goto(f"{base}/engagements/new")
    page.fill("#name", name)
    page.click("text=Create")
    page.wait_for_url("**/engagements/*")


def test_upload_with_the_file_picker_and_no_javascript(browser: Any, server: str) -> None:
    page, elsewhere = open_page(browser, server, javascript=False)
    create(page, server, "Mission Lumière")
    page.set_input_files("#file", str(SAMPLE / "survey.csv"))
    page.set_input_files("#register", str(SAMPLE / "register.csv"))
    page.click("text=Check and store")
    page.wait_for_load_state()
    body = page.inner_text("body")
    assert "survey.csv was stored: waves 2026-01, 2026-04, 2026-06" in body
    assert "Report (English)" in body and elsewhere == []
    page.context.close()


def test_drag_and_drop_then_the_report(browser: Any, server: str, tmp_path: Path) -> None:
    page, elsewhere = open_page(browser, server)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    create(page, server, "Mission Soleil")
    page.evaluate(
        """text => {
            const data = new DataTransfer();
            data.items.add(new File([text], "kick-off.csv", {type: "text/csv"}));
            const zone = document.querySelector(".drop");
            zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
        }""",
        ratings_csv().decode(),
    )
    assert page.inner_text(".drop .hint") == "kick-off.csv"
    page.click("text=Check and store")
    page.wait_for_load_state()
    assert "kick-off.csv was stored: wave kick-off" in page.inner_text("body")
    page.click("text=Report (English)")
    page.wait_for_function("window.reportData && window.reportData.edges.length > 0")
    assert elsewhere == [] and errors == []
    page.context.close()


def test_a_form_on_another_site_is_refused(browser: Any, server: str) -> None:
    page, _ = open_page(browser, server)
    page.goto(f"{server}/?token={TOKEN}")  # the coach is logged in…
    attack = (  # …and visits a page elsewhere whose form posts to the app
        f'<form method="post" action="{server}/engagements">'
        '<input name="name" value="Forged"><button>Go</button></form>'
    )
    page.route(
        "http://evil.example/",
        lambda route: route.fulfill(body=attack, content_type="text/html"),
    )
    page.goto("http://evil.example/")
    page.click("button")
    page.wait_for_url(f"{server}/engagements")
    assert "another website" in page.inner_text("body")
    page.goto(f"{server}/")
    assert "Forged" not in page.inner_text("body")
    page.context.close()


def test_objectives_uploaded_then_the_meeting_pack(browser: Any, server: str) -> None:
    page, elsewhere = open_page(browser, server, javascript=False)
    create(page, server, "Mission Lune")
    page.set_input_files("#file", str(SAMPLE / "survey.csv"))
    page.set_input_files("#register", str(SAMPLE / "register.csv"))
    page.set_input_files("#objectives-file", str(SAMPLE / "objectives.csv"))
    page.set_input_files("#progress-file", str(SAMPLE / "progress.csv"))
    page.click("text=Check and store")
    page.wait_for_load_state()
    section = page.inner_text("section#objectives")
    assert "Prendre la parole au comité de direction" in section
    assert "Progress answers: progress.csv" in section
    page.select_option("#stage", "close")
    with page.context.expect_page() as opened:
        page.click("text=Open the pack")
    pack = opened.value
    pack.wait_for_load_state()
    assert "Closing meeting" in pack.inner_text("body")
    assert pack.evaluate("document.documentElement.scrollWidth") <= 1280
    assert elsewhere == []
    page.context.close()


def test_what_to_do_now_leads_into_the_report(browser: Any, server: str) -> None:
    page, elsewhere = open_page(browser, server)
    page.set_viewport_size({"width": 390, "height": 844})
    create(page, server, "Mission Lumière")
    page.set_input_files("#file", str(SAMPLE / "survey.csv"))
    page.set_input_files("#register", str(SAMPLE / "register.csv"))
    page.click("text=Check and store")
    page.wait_for_load_state()
    box = page.locator("#now")
    assert "Weakest alliance: Collaborateurs" in box.inner_text()
    assert page.locator("#now .next-list > li").count() == 5
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 391, width  # no sideways scroll on a phone
    link = page.locator('#now .next-list > li[data-kind="person"] a').first
    name, target = link.inner_text(), (link.get_attribute("href") or "").split("#")[1]
    link.click()
    page.wait_for_function("window.reportData && window.reportData.edges.length > 0")
    row = page.locator(f"tr#{target}")
    assert row.is_visible() and name in row.inner_text()
    assert elsewhere == []
    page.context.close()


def test_the_engagement_page_passes_the_accessibility_check(browser: Any, server: str) -> None:
    """axe-core's WCAG 2.1 AA rules on the engagement page, with its "What to do now"."""
    from tests.browser.axe_check import blocking

    page, elsewhere = open_page(browser, server)
    create(page, server, "Mission Lumière")
    page.set_input_files("#file", str(SAMPLE / "survey.csv"))
    page.set_input_files("#register", str(SAMPLE / "register.csv"))
    page.click("text=Check and store")
    page.wait_for_load_state()
    assert page.locator("#now .next-list > li").count() == 5
    assert blocking(page) == []
    page.goto(page.url.split("?")[0] + "?lang=fr")
    assert blocking(page) == []
    page.set_viewport_size({"width": 390, "height": 844})  # tables scroll: keyboard too
    page.locator("#check details").first.evaluate("d => d.open = true")
    assert blocking(page) == []
    assert elsewhere == []
    page.context.close()


def test_on_a_phone_an_issue_message_spans_the_card(
    browser: Any, server: str, tmp_path: Path
) -> None:
    """At 390 px each issue of the data check is a block (kind, where, then the message
    across the card) rather than a table whose message column is a few words wide."""
    answers = tmp_path / "answers.csv"
    answers.write_text(
        "rater,ratee,trust\nAna,Ben,4\nBen,Ana,5\nAna,Ana,5\nCem,Ana,3\nAna,Cem,2\n",
        encoding="utf-8",
    )
    page, _ = open_page(browser, server)
    page.set_viewport_size({"width": 390, "height": 844})
    create(page, server, "Phone")
    page.set_input_files("#file", str(answers))
    page.fill("#scale", "1:5")
    page.click("text=Check and store")
    page.wait_for_load_state()
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    row = page.locator("table.issues tbody tr").first
    message = row.locator("td").last
    assert "rated themself" in message.inner_text()
    card = page.locator("table.issues").evaluate("t => t.getBoundingClientRect().width")
    assert message.evaluate("c => c.getBoundingClientRect().width") >= 0.95 * card
    where = row.locator("td.name").inner_text()
    assert "answers.csv" in where and "line 4" in where
    box = page.locator("table.issues").locator("xpath=..")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth")
    page.context.close()
