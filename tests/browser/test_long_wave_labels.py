"""Wave labels of 60 characters, the longest the web app's wave field holds, in a real
Chromium at 1400 px and 390 px: the report's cards, wave buttons, tables and titles and the
web app's pages hold them without overlapping and without a horizontal scroll.

Screenshots of each page are written to the test's temporary folder (named in the
failure message) to look at; set ``$ALLIANCE_SCREENSHOTS`` to a folder to keep them there.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alliance_graph import load_survey
from alliance_graph.report import write_report
from tests.browser.conftest import SAMPLE
from tests.web_support import TOKEN, create, log_in, make_app, ratings_csv, upload

BASE = "Enquête de confiance du comité de direction : "
#: Three waves of 60 characters that differ only at their end.
LABELS = [BASE + "lancement 2026", BASE + "mi-parcours 26", BASE + "clôture été 26"]
WIDTHS = [1400, 390]
READY = "() => window.reportData && window.reportData.edges.length > 0"

#: What overlaps or spills out: each card's content in its card, cards apart, wave
#: buttons apart and holding their text, and titles and wave cells holding theirs.
REPORT_LAYOUT = """() => {
  const box = e => e.getBoundingClientRect();
  const inside = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1
    && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1
    && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const text = e => e.textContent.trim().slice(0, 40);
  const problems = [];
  const cards = [...document.querySelectorAll('.cards .card')];
  cards.forEach((card, i) => {
    card.querySelectorAll('*').forEach(e => {
      if (!inside(box(e), box(card))) problems.push('out of its card: ' + text(e));
    });
    cards.slice(i + 1).forEach(other => {
      if (overlap(box(card), box(other))) problems.push('cards overlap: ' + card.dataset.card);
    });
  });
  const buttons = [...document.querySelectorAll('.wave-picker button')];
  buttons.forEach((b, i) => {
    if (box(b).right > window.innerWidth + 1) problems.push('button off the page: ' + text(b));
    if (b.scrollWidth > b.clientWidth + 1) problems.push('button text spills: ' + text(b));
    buttons.slice(i + 1).forEach(o => {
      if (overlap(box(b), box(o))) problems.push('buttons overlap: ' + text(b));
    });
  });
  document.querySelectorAll('main h2, main h3, th.wave, td.wave').forEach(e => {
    if (e.scrollWidth > e.clientWidth + 1) problems.push('text spills: ' + text(e));
  });
  return problems;
}"""

#: The web app's pages: chips in their cells, titles holding their text.
WEB_LAYOUT = """() => {
  const box = e => e.getBoundingClientRect();
  const problems = [];
  document.querySelectorAll('.chip').forEach(chip => {
    const cell = chip.closest('td') || chip.parentElement;
    const frame = chip.closest('.table-wrap') || document.body;  // what a table scrolls in
    const label = chip.textContent;
    if (box(chip).right > box(cell).right + 1) problems.push('chip out of its cell: ' + label);
    if (box(chip).right > box(frame).right + 1) problems.push('chip cut off: ' + label);
    if (chip.scrollWidth > chip.clientWidth + 1) problems.push('chip text spills: ' + label);
  });
  document.querySelectorAll('h1, h2, .note > span').forEach(e => {
    if (e.scrollWidth > e.clientWidth + 1) problems.push('text spills: ' + e.textContent.trim());
  });
  return problems;
}"""

SCROLL = "() => document.documentElement.scrollWidth - window.innerWidth"


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ALLIANCE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def long_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample's three Google Forms exports, each wave named with 60 characters."""
    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path_factory.mktemp("mpl")))
    folder = tmp_path_factory.mktemp("long-labels")
    forms = [SAMPLE / "forms" / f"{wave}.csv" for wave in ("2026-01", "2026-04", "2026-06")]
    survey = load_survey(forms, register=SAMPLE / "register.csv", scale="1:5", wave_labels=LABELS)
    assert list(survey.waves) == LABELS
    return {
        "coach": write_report(survey, folder / "coach.html", lang="fr"),
        "shared": write_report(survey, folder / "shared.html", audience="shared"),
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("audience", ["coach", "shared"])
def test_a_long_wave_label_fits_in_the_report(
    page: Any, long_reports: dict[str, Path], tmp_path: Path, audience: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(long_reports[audience].as_uri())
    page.wait_for_function(READY)
    shot = _shots(tmp_path) / f"report-{audience}-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert page.evaluate(SCROLL) <= 1, f"horizontal scroll; see {shot}"
    assert page.evaluate(REPORT_LAYOUT) == [], f"see {shot}"
    buttons = page.locator(".wave-picker button[data-wave]")
    assert buttons.evaluate_all("bs => bs.map(b => b.title)") == LABELS  # whole on hover
    since = page.locator(".card .since").first
    assert LABELS[-2] in since.get_attribute("title")
    if audience == "coach":  # the longest French card: the label is cut, its end an ellipsis
        assert since.evaluate("e => e.scrollWidth > e.clientWidth")
    headers = page.locator("th.wave").all_inner_texts()
    assert [h.casefold() for h in headers] == [label.casefold() for label in LABELS]


@pytest.fixture
def long_server(tmp_path: Path) -> Iterator[str]:
    """The web app with an engagement of two waves labelled with 60 characters."""
    from werkzeug.serving import make_server

    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path / "mpl"))
    app = make_app(tmp_path / "ws.sqlite3", TESTING=False)
    client = log_in(make_app(tmp_path / "ws.sqlite3").test_client())
    engagement = create(client, "Mission " + "Lumière " * 4)
    for shift, label in enumerate(LABELS[:2]):
        assert upload(client, engagement, ratings_csv(shift), wave=label).status_code == 303
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_long_wave_label_fits_in_the_web_pages(
    browser: Any, long_server: str, tmp_path: Path, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{long_server}/?token={TOKEN}")
    for name, path in [
        ("list", "/"),
        ("engagement", "/engagements/1"),
        ("compare", "/engagements/1/compare"),
    ]:
        page.goto(long_server + path)
        shot = _shots(tmp_path) / f"web-{name}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert page.evaluate(SCROLL) <= 1, f"horizontal scroll; see {shot}"
        assert page.evaluate(WEB_LAYOUT) == [], f"see {shot}"
        assert LABELS[0] in page.inner_text("main"), name
    context.close()
