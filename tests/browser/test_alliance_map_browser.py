"""The alliance map in a real browser: radii that follow the alliance, the same angle in
every wave, a tooltip, no sideways scroll on a phone, and printed.

Needs Debian's Chromium (see ``conftest.py``); each test fails if the page makes a
non-local request, logs a console error or opens a dialog.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import pytest

from tests.browser.conftest import HOSTILE, Reports

#: Each mark of the wave shown: its key, alliance (null on the "no answer" ring) and
#: place relative to the coach, read from the page as drawn.
MARKS = """() => {
  const svg = document.querySelector('#map svg.alliance-map');
  const layer = Array.from(svg.querySelectorAll('g.map-wave'))
    .filter(g => g.getAttribute('display') !== 'none');
  const out = [];
  for (const g of layer.length === 1 ? layer[0].querySelectorAll('g.map-mark') : []) {
    const m = g.transform.baseVal.consolidate().matrix;
    const a = g.getAttribute('data-alliance');
    out.push({key: g.dataset.key, alliance: a === null ? null : Number(a), x: m.e, y: m.f,
              tip: g.dataset.tip});
  }
  return {layers: layer.length, marks: out, full: Number(svg.dataset.full),
          zero: Number(svg.dataset.zero), unanswered: Number(svg.dataset.unanswered)};
}"""


def _open(page: Any, path: Any) -> None:
    page.goto(path.as_uri())
    page.wait_for_function("() => window.reportMap !== undefined")


def _waves(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "#map .map-picker button", "bs => bs.map(b => b.dataset.mapWave)"
    )


def _show(page: Any, wave: str) -> dict[str, Any]:
    page.locator(f'#map .map-picker button[data-map-wave="{wave}"]').click()
    assert (
        page.locator(f'#map .map-picker button[data-map-wave="{wave}"]').get_attribute(
            "aria-pressed"
        )
        == "true"
    )
    return page.evaluate(MARKS)


@pytest.mark.parametrize("name", ["en", "fr"])
def test_radii_follow_the_alliance_and_angles_stay(page: Any, reports: Reports, name: str):
    _open(page, getattr(reports, name))
    waves = _waves(page)
    assert len(waves) == 3 and page.evaluate(MARKS)["layers"] == 1
    angles: dict[str, float] = {}
    for wave in [waves[0], waves[-1], waves[1]]:  # back and forth with the buttons
        drawn = _show(page, wave)
        assert drawn["layers"] == 1 and len(drawn["marks"]) == 29, wave
        for mark in drawn["marks"]:
            distance = math.hypot(mark["x"], mark["y"])
            a = mark["alliance"]
            expected = (
                drawn["unanswered"]
                if a is None
                else drawn["full"] + (drawn["zero"] - drawn["full"]) * (1 - a)
            )
            assert distance == pytest.approx(expected, abs=0.15), (wave, mark)
            angle = math.degrees(math.atan2(mark["x"], -mark["y"])) % 360
            assert angles.setdefault(mark["key"], angle) == pytest.approx(angle, abs=0.2), (
                wave,
                mark,
            )
        ranked = sorted(
            (m for m in drawn["marks"] if m["alliance"] is not None), key=lambda m: m["alliance"]
        )
        radii = [math.hypot(m["x"], m["y"]) for m in ranked]
        # the stronger, the closer (equal alliances: equal radii, up to the rounding)
        assert all(r >= r_next - 0.15 for r, r_next in itertools.pairwise(radii))
    # the text alternative follows the wave
    shown = page.eval_on_selector_all(
        "#map .map-text [data-map-wave]",
        "ds => ds.filter(d => !d.hidden).map(d => d.dataset.mapWave)",
    )
    assert shown == [waves[1]]


def test_tooltip_names_the_person_as_text(page: Any, reports: Reports):
    _open(page, reports.hostile)
    page.locator("#map").scroll_into_view_if_needed()
    marks = page.locator("#map g.map-wave:not([display='none']) g.map-mark > .shape")
    assert marks.count() > 0
    tip = page.locator("#map .map-tip")
    texts = []
    for i in range(marks.count()):
        marks.nth(i).hover()
        tip.wait_for(state="visible", timeout=5_000)
        texts.append(tip.inner_text())
        assert tip.evaluate("t => t.children.length") == 0  # plain text only
    assert any(t.split("\n")[0] == HOSTILE[1] for t in texts), texts  # the sponsor
    page.locator("#map .map-coach > .shape").hover()  # the coach, in the centre
    tip.wait_for(state="visible", timeout=5_000)
    assert tip.inner_text() == HOSTILE[0]
    assert any("Alliance with the coach" in t for t in texts)
    assert page.locator('img[src="x"]').count() == 0
    page.mouse.move(2, 2)
    tip.wait_for(state="hidden", timeout=5_000)


@pytest.mark.parametrize("name", ["en", "shared"])
def test_no_sideways_scroll_on_a_phone(browser: Any, reports: Reports, name: str):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(getattr(reports, name).as_uri())
        page.wait_for_function("() => window.reportMap !== undefined")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        box = page.locator("#map svg.alliance-map").bounding_box()
        assert box is not None and box["width"] > 300  # the rings fill the width
        figure = page.locator("#map .map-figure").bounding_box()
        assert figure is not None and figure["x"] >= 0 and figure["x"] + figure["width"] <= 390
    finally:
        context.close()


def test_printing_shows_the_map_of_the_wave_chosen(page: Any, reports: Reports):
    _open(page, reports.en)
    first = _waves(page)[0]
    _show(page, first)
    page.emulate_media(media="print")
    assert page.locator("#map").is_visible()
    assert page.locator("#map .map-picker").is_hidden()
    svg = page.locator("#map svg.alliance-map")
    assert svg.is_visible() and svg.bounding_box()["height"] > 300
    visible = page.eval_on_selector_all(
        "#map svg.alliance-map g.map-wave",
        "gs => gs.filter(g => g.getBoundingClientRect().width > 0).map(g => g.dataset.mapWave)",
    )
    assert visible == [first]
    assert page.locator("#map .triangle").is_visible()


def test_shared_map_has_groups_only(page: Any, reports: Reports):
    _open(page, reports.shared)
    drawn = page.evaluate(MARKS)
    groups = {m["tip"].split("\n")[0] for m in drawn["marks"]}
    assert groups == {"Collaborateurs", "Direction", "Managers"}  # Équipes: under 3 answers
    assert page.locator("#map .triangle").count() == 0
