"""The three-way meeting pack in a real browser: offline and quiet, one or two A4 pages
when printed with nothing cut at the edge, and no sideways scroll on a phone.

Needs Debian's Chromium (see ``conftest.py``); each test fails if the page makes a
non-local request, logs a console error or opens a dialog. With ``$PACK_SHOTS`` set to a
folder, the pages are also saved there as pictures (1400 px, 390 px, printed) to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from alliance_graph import Analysis, read_survey
from tests.browser.conftest import SAMPLE
from tests.test_pack import _engagement

STAGES = ("kickoff", "mid", "close")
#: A4 at 96 px per inch, the width a printed page is laid out at.
A4 = {"width": 794, "height": 1123}
#: Elements wider than their box (or than the page), as "tag.class: text".
SPILLS = """() => {
  const out = [];
  const page = document.documentElement.clientWidth;
  const boxes = 'main, section, article, table, figure, h1, h2, h3, p, td, th';
  for (const e of document.querySelectorAll(boxes)) {
    const box = e.getBoundingClientRect();
    if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
      out.push(e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40));
    if (box.right > page + 1) out.push('past the page: ' + e.tagName + '.' + e.className);
  }
  if (document.documentElement.scrollWidth > page) out.push('the page scrolls sideways');
  return out;
}"""


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample's pack at each stage (the mid-point in French too), and a pack whose
    groups and waves have long names."""
    folder = tmp_path_factory.mktemp("packs")
    survey = read_survey(
        [SAMPLE / "survey.csv", SAMPLE / "progress.csv"],
        register=SAMPLE / "register.csv",
        objectives=SAMPLE / "objectives.csv",
    )
    analysis = Analysis(survey)
    out = {}
    for stage, lang in [(s, "en") for s in STAGES] + [("mid", "fr")]:
        path = folder / f"{stage}-{lang}.html"
        path.write_text(analysis.pack_html(stage, lang=lang, title="Mission"), encoding="utf-8")
        out[f"{stage}-{lang}"] = path
    out["long-names"] = _long_names(folder / "long")
    return out


def _long_names(folder: Path) -> Path:
    args = _engagement(folder)
    long_group = "Équipe régionale des opérations Auvergne-Rhône-Alpes et Bourgogne"
    for name in ("register.csv", "survey.csv", "progress.csv"):
        path = folder / name
        text = path.read_text(encoding="utf-8").replace(",Team,", f",{long_group},")
        text = text.replace("W1,", "Vague de printemps après le séminaire de direction,")
        path.write_text(text, encoding="utf-8")
    survey = read_survey(args[:2], register=args[3], objectives=args[5], scale="1:5")
    path = folder / "pack.html"
    path.write_text(Analysis(survey).pack_html("close"), encoding="utf-8")
    return path


def _shot(page: Any, name: str) -> None:
    if os.environ.get("PACK_SHOTS"):
        folder = Path(os.environ["PACK_SHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("name", [f"{s}-en" for s in STAGES] + ["mid-fr", "long-names"])
def test_opens_offline_and_quiet(page: Any, packs: dict[str, Path], name: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(packs[name].as_uri())
    assert page.locator("h1").count() == 1
    assert page.locator("script").count() == 0
    assert page.locator(".commitments .ruled").count() == 9
    assert page.evaluate(SPILLS) == []
    _shot(page, f"pack-{name}-1400")


@pytest.mark.parametrize("name", [f"{s}-en" for s in STAGES] + ["mid-fr"])
def test_prints_on_one_or_two_a4_pages(page: Any, packs: dict[str, Path], name: str) -> None:
    page.set_viewport_size(A4)
    page.goto(packs[name].as_uri())
    page.emulate_media(media="print")
    assert page.evaluate(SPILLS) == []
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert 1 <= pages <= 2, f"{name}: {pages} pages"
    if name == "kickoff-en":  # the objectives and one wave of the alliance: one page
        assert pages == 1
    _shot(page, f"pack-{name}-print")


def test_long_names_print_whole(page: Any, packs: dict[str, Path]) -> None:
    page.set_viewport_size(A4)
    page.goto(packs["long-names"].as_uri())
    page.emulate_media(media="print")
    assert page.evaluate(SPILLS) == []
    assert "Auvergne" in page.locator(".alliance table").inner_text()


@pytest.mark.parametrize("name", [f"{s}-en" for s in STAGES] + ["mid-fr", "long-names"])
def test_no_sideways_scroll_on_a_phone(page: Any, packs: dict[str, Path], name: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(packs[name].as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(SPILLS) == []
    # the tables fit too: none needs its own sideways scroll
    wider = "() => [...document.querySelectorAll('.table-wrap')]"
    wider += ".map(e => e.scrollWidth - e.clientWidth)"
    assert max(page.evaluate(wider)) <= 0
    _shot(page, f"pack-{name}-390")
