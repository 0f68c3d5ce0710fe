"""The reports pass axe-core's WCAG 2.1 AA rules: no serious or critical violation in the
coach's and the shared report, in English and French, wide and on a phone.

Needs Debian's Chromium (see ``conftest.py``) and axe-playwright-python (test extras).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.axe_check import blocking
from tests.browser.conftest import SAMPLE, Records, Reports
from tests.browser.test_report_browser import open_report


@pytest.fixture(scope="module")
def shared_fr(reports: Reports) -> Path:
    """The sample's shared report in French (next to the session's reports)."""
    from alliance_graph import load_survey
    from alliance_graph.report import write_report

    survey = load_survey([SAMPLE / "survey.csv"], register=SAMPLE / "register.csv", scale="1:5")
    return write_report(survey, reports.en.parent / "shared-fr.html", audience="shared", lang="fr")


@pytest.fixture(scope="module")
def comments(reports: Reports) -> Path:
    """The coach's report of the comments fixture: its Comments section by group."""
    from alliance_graph import Analysis
    from tests.test_comments import engagement

    path = reports.en.parent / "comments.html"
    path.write_text(Analysis(engagement(), permutations=50).report_html(), encoding="utf-8")
    return path


def test_the_comments_section_has_no_serious_violation(
    page: Any, records: Records, comments: Path
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    open_report(page, comments)
    assert page.locator("#comments").count() == 1
    assert blocking(page) == []
    assert records.requests == []


def test_on_a_phone_each_comment_reads_whole_before_its_author(
    page: Any, records: Records, comments: Path
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_report(page, comments)
    cells = page.locator("#comments td.comment")
    assert cells.count() >= 3
    for n in range(cells.count()):
        cell, row = cells.nth(n).bounding_box(), cells.nth(n).locator("..").bounding_box()
        assert cell is not None and row is not None
        assert cell["x"] >= 0 and cell["x"] + cell["width"] <= 390  # no sideways scroll
        assert abs(cell["y"] - row["y"]) < 12  # the comment comes first in its row
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert blocking(page) == []
    assert records.requests == []


@pytest.mark.parametrize(
    ("name", "width"),
    [
        ("en", 1280),
        ("fr", 1280),
        ("shared", 1280),
        ("shared_fr", 1280),
        ("en", 390),
        ("shared_fr", 390),
        ("layers", 1280),
        ("objectives", 1280),
        ("hostile", 1280),
    ],
)
def test_no_serious_accessibility_violation(
    page: Any, records: Records, reports: Reports, shared_fr: Path, name: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    open_report(page, shared_fr if name == "shared_fr" else getattr(reports, name))
    assert blocking(page) == []
    assert records.requests == []  # axe's script comes with the package, never fetched
