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
