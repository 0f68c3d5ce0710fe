"""The stakeholder map in a real browser: drawn with power and interest and not without,
one wave at a time, within a phone's width, and on paper.

Needs Debian's Chromium (see ``conftest.py``); each test fails if the page makes a
non-local request, logs a console error or opens a dialog.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import Reports

#: Everyone in the sample's register but the coach has a power and an interest.
PLACED = 29
VISIBLE_MAP = "#power_map .power-panel:not([hidden]) svg"


def _open(page: Any, path: Any) -> None:
    page.goto(path.as_uri())
    page.wait_for_load_state("load")


def _panels(page: Any) -> list[dict[str, Any]]:
    return page.eval_on_selector_all(
        "#power_map .power-panel",
        "ps => ps.map(p => ({wave: p.dataset.powerWave, shown: !p.hidden,"
        " height: p.getBoundingClientRect().height}))",
    )


@pytest.mark.parametrize("name", ["en", "fr"])
def test_the_map_is_drawn_with_power_and_interest(page: Any, reports: Reports, name: str):
    _open(page, getattr(reports, name))
    page.locator("#power_map").scroll_into_view_if_needed()
    drawn = page.locator(VISIBLE_MAP)
    assert drawn.count() == 1 and drawn.is_visible()
    box = drawn.bounding_box()
    assert box["width"] > 600 and box["height"] > 400
    assert drawn.locator("g").count() == PLACED
    # every person's mark has its tooltip, and the names can be read: none overlaps another
    overlaps = page.evaluate(
        """sel => {
          const boxes = Array.from(document.querySelectorAll(sel + ' g text'))
            .map(t => t.getBoundingClientRect());
          let count = 0;
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1
                && b.top < a.bottom - 1) count += 1;
          }
          return count;
        }""",
        VISIBLE_MAP,
    )
    assert overlaps == 0
    assert drawn.locator("g > title").count() == PLACED
    link = page.locator('nav.sections a[href="#power_map"]')
    assert link.count() == 1


@pytest.mark.parametrize("name", ["hostile", "shared"])
def test_no_map_without_power_and_interest(page: Any, reports: Reports, name: str):
    # the hostile register has no power or interest; the shared version never places people
    _open(page, getattr(reports, name))
    assert page.locator("#power_map").count() == 0
    assert page.locator('a[href="#power_map"]').count() == 0


def test_the_wave_buttons_switch_the_map(page: Any, reports: Reports):
    _open(page, reports.en)
    panels = _panels(page)
    assert [p["shown"] for p in panels] == [False] * (len(panels) - 1) + [True]
    first = panels[0]["wave"]
    before = page.locator(VISIBLE_MAP).inner_html()
    page.locator(f'.power-picker button[data-power-wave="{first}"]').click()
    assert [p["shown"] for p in _panels(page)] == [True] + [False] * (len(panels) - 1)
    pressed = page.eval_on_selector_all(
        ".power-picker button[aria-pressed=true]", "bs => bs.map(b => b.dataset.powerWave)"
    )
    assert pressed == [first]
    assert page.locator(VISIBLE_MAP).inner_html() != before  # other colours, other values
    # the network's own wave buttons are left alone, and the alliance map's
    assert page.evaluate("window.reportWave") == panels[-1]["wave"]
    assert page.evaluate("document.getElementById('map').dataset.wave || ''") in (
        "",
        panels[-1]["wave"],
    )
    # and the alliance map's buttons leave this map alone
    page.locator(f'#map button[data-map-wave="{panels[-1]["wave"]}"]').click()
    assert [p["shown"] for p in _panels(page)] == [True] + [False] * (len(panels) - 1)


def test_no_sideways_scroll_on_a_phone(page: Any, reports: Reports):
    page.set_viewport_size({"width": 390, "height": 844})
    _open(page, reports.en)
    page.locator("#power_map").scroll_into_view_if_needed()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    section = page.locator("#power_map").bounding_box()
    drawn = page.locator(VISIBLE_MAP).bounding_box()
    assert drawn["x"] >= section["x"] and drawn["x"] + drawn["width"] <= section["x"] + 390


def test_print_shows_the_map_of_the_wave_chosen(page: Any, reports: Reports):
    _open(page, reports.en)
    first = _panels(page)[0]["wave"]
    page.locator(f'.power-picker button[data-power-wave="{first}"]').click()
    page.emulate_media(media="print")
    assert page.locator(".power-picker").is_hidden()
    shown = [p for p in _panels(page) if p["height"] > 0]
    assert [p["wave"] for p in shown] == [first]
    drawn = page.locator(VISIBLE_MAP)
    assert drawn.is_visible() and drawn.bounding_box()["height"] > 300
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
