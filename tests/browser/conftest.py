"""Browser fixtures: Debian's Chromium driven by Playwright, fully offline.

The suite runs on ``$CHROMIUM`` (default ``/usr/bin/chromium``); nothing is downloaded
(never ``playwright install``). Without that executable the browser tests are skipped —
unless ``CI`` is set, where a missing browser fails them, so CI cannot skip silently.

Every test page aborts and records any request that is not ``file:``, ``data:``,
``blob:`` or ``about:``, collects console errors and page errors, and dismisses and
records any dialog; the test fails at teardown if any record is not empty.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from alliance_graph import load_survey
from alliance_graph.metrics import compute_metrics
from alliance_graph.report import write_report

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL = ("file:", "data:", "blob:", "about:")
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"

#: Stakeholder names that would run code or break the page if inserted as HTML.
HOSTILE = [
    # markup around a name (a name made only of tags names no one and is refused)
    "<img src=x onerror=alert(1)>Eve",
    "</script><b>x</b>",
    "Team $A$ and $B$",
    '=HYPERLINK("http://evil")',
]
NORMAL = ["Alice Martin", "Bruno Petit", "Chloé Roux", "David Leroy"]
HOSTILE_GROUP = "<i>Grp</i>"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the session; skipped (failed under ``CI``) if absent."""
    if not Path(CHROMIUM).is_file():
        reason = (
            f"Chromium not found at {CHROMIUM} (set $CHROMIUM, or install Debian's "
            "'chromium' package); browser tests need it"
        )
        if _in_ci():
            pytest.fail(f"CI is set and {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium-home")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, env=env)
        yield browser
        browser.close()


@dataclass
class Records:
    """What a page did that it must not do."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def records() -> Records:
    return Records()


@pytest.fixture
def page(browser: Any, records: Records) -> Iterator[Any]:
    """A fresh page (1280×900, scale 1) that may only load local resources."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            if url not in records.requests:
                records.requests.append(url)
            route.abort()

    def request(request: Any) -> None:  # belt and braces: anything the router did not see
        if not request.url.startswith(LOCAL) and request.url not in records.requests:
            records.requests.append(request.url)

    def console(message: Any) -> None:
        if message.type == "error":
            records.errors.append(f"console: {message.text} @ {message.location}")

    def dialog(dialog: Any) -> None:
        records.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", request)
    page.on("console", console)
    page.on("pageerror", lambda error: records.errors.append(f"pageerror: {error}"))
    page.on("dialog", dialog)
    yield page
    context.close()
    assert records.requests == [], f"non-local requests: {records.requests}"
    assert records.errors == [], f"console errors: {records.errors}"
    assert records.dialogs == [], f"dialogs opened: {records.dialogs}"


def hostile_files(folder: Path) -> tuple[Path, Path]:
    """A two-wave survey (by name) and a register for eight people, half with hostile names."""
    people = HOSTILE + NORMAL
    ids = [f"p{i}" for i in range(1, len(people) + 1)]
    roles = ["coach", "sponsor"] + ["stakeholder"] * (len(people) - 2)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "name", "group", "role"])
    for i, (pid, name, role) in enumerate(zip(ids, people, roles)):
        writer.writerow([pid, name, HOSTILE_GROUP if i % 2 == 0 else "Ops", role])
    register = folder / "register.csv"
    register.write_text(out.getvalue(), encoding="utf-8")

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["wave", "rater", "ratee", "trust", "respect"])
    for w, wave in enumerate(["W1", "W2"]):
        for i, rater in enumerate(people):
            for j, ratee in enumerate(people):
                if i == j or (i + j + w) % 3 == 0:  # a different set of ties in each wave
                    continue
                trust = 1 + (i * 3 + j + w * 2) % 5
                writer.writerow([wave, rater, ratee, trust, 1 + (i + j * 2 + w) % 5])
    survey = folder / "survey.csv"
    survey.write_text(out.getvalue(), encoding="utf-8")
    return survey, register


@dataclass(frozen=True)
class Reports:
    en: Path
    fr: Path
    hostile: Path
    shared: Path
    layers: Path
    objectives: Path


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    """The sample's report in English and French, its shared version and the hostile
    report, built once."""
    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path_factory.mktemp("mpl")))
    folder = tmp_path_factory.mktemp("reports")
    survey = load_survey([SAMPLE / "survey.csv"], register=SAMPLE / "register.csv", scale="1:5")
    metrics = compute_metrics(survey, seed=0)  # the same for both languages
    en = write_report(survey, folder / "sample-en.html", metrics=metrics, lang="en")
    fr = write_report(survey, folder / "sample-fr.html", metrics=metrics, lang="fr")
    ratings, register = hostile_files(folder)
    hostile = load_survey(ratings, register=register, scale="1:5")
    assert list(hostile.waves) == ["W1", "W2"]
    return Reports(
        en=en,
        fr=fr,
        hostile=write_report(hostile, folder / "hostile.html", lang="en"),
        shared=write_report(survey, folder / "shared.html", audience="shared"),
        layers=write_report(
            load_survey(
                [SAMPLE / "survey.csv", SAMPLE / "meetings.csv"], register=SAMPLE / "register.csv"
            ),
            folder / "layers.html",
        ),
        objectives=write_report(objectives_survey(folder), folder / "objectives.html"),
    )


#: An objective whose wording is markup: it must stay text.
HOSTILE_OBJECTIVE = '<img src=x onerror="alert(1)"> Speak "up" & <b>lead</b>'


def objectives_survey(folder: Path) -> Any:
    """The sample with two objectives (one worded as markup) and progress answers."""
    import csv

    register = folder / "objectives.csv"
    with register.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "objective", "agreed by", "observers", "target"])
        writer.writerow(["1", "Delegate more to the managers", "coachee; sponsor", "Managers", "1"])
        writer.writerow(["2", HOSTILE_OBJECTIVE, "coachee", "", "1.5"])
    answers = folder / "progress.csv"
    rows = ["wave,rater,objective,progress", "2026-04,hgarnier,2,+2.5", "2026-04,pdurand,2,+0.5"]
    rows += [f"{w},{p},1,{v}" for w in ("2026-04", "2026-06")
             for p, v in (("ibenali", 1), ("cmercier", 0), ("lperrin", 2))]  # fmt: skip
    answers.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_survey(
        [SAMPLE / "survey.csv", answers], register=SAMPLE / "register.csv", objectives=register
    )


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    """The web app on a free local port, in a thread: the app (for the coach's setup
    through its test client) and its base URL."""
    import threading

    from werkzeug.serving import make_server

    from tests.web_support import make_app

    app = make_app(tmp_path / "ws.sqlite3", TESTING=False)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


def watched_page(browser: Any, base: str, **options: Any) -> tuple[Any, list[str]]:
    """A page in a context of its own (``options``) that may reach ``base`` only; the
    list it returns keeps collecting every request elsewhere (aborted), page error and
    console error for as long as the page lives."""
    context = browser.new_context(**options)
    problems: list[str] = []

    def route(route: Any) -> None:
        if route.request.url.startswith((base, "data:", "about:")):
            route.continue_()
        else:
            problems.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    return page, problems
