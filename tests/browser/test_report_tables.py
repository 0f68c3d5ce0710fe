"""The stakeholders table in a browser: its headings sort it (mouse and keyboard, with
``aria-sort`` saying how), unknown values stay last; without JavaScript it keeps the
weakest-first order and has no dead buttons; a table wider than a phone scrolls in a box
the keyboard can reach."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import LOCAL, Reports
from tests.browser.test_report_browser import open_report

ROWS = "#people tbody tr"


def column(page: Any, index: int) -> list[str]:
    return page.eval_on_selector_all(
        ROWS, f"rows => rows.map(r => r.cells[{index}].textContent.trim())"
    )


def values(page: Any, index: int) -> list[float | None]:
    return page.eval_on_selector_all(
        ROWS,
        f"""rows => rows.map(r => {{
              const v = r.cells[{index}].dataset.value;
              return v === '' ? null : Number(v);
            }})""",
    )


def sorted_by(page: Any) -> list[tuple[str, str]]:
    found = page.eval_on_selector_all(
        "#people th[aria-sort]", "hs => hs.map(h => [h.textContent.trim(), h.ariaSort])"
    )
    return [tuple(pair) for pair in found]


def test_the_headings_sort_the_table(page: Any, reports: Reports) -> None:
    open_report(page, reports.en)
    table = page.locator("#people table")
    assert table.locator("th button.sort").count() == 9
    assert sorted_by(page) == [("Alliance", "ascending")]
    alliance = values(page, 3)
    known = [v for v in alliance if v is not None]
    assert known == sorted(known) and alliance[len(known) :] == [None]  # the coach, last

    page.get_by_role("button", name="Alliance", exact=True).click()
    assert sorted_by(page) == [("Alliance", "descending")]
    after = values(page, 3)
    assert after[:-1] == sorted(known, reverse=True) and after[-1] is None  # still last

    received = page.get_by_role("button", name="Trust received", exact=True)
    received.focus()
    page.keyboard.press("Enter")
    assert sorted_by(page) == [("Trust received", "ascending")]
    trust = values(page, 5)
    assert trust == sorted(trust)
    page.keyboard.press("Space")
    assert sorted_by(page) == [("Trust received", "descending")]
    assert values(page, 5) == sorted(trust, reverse=True)

    page.get_by_role("button", name="Name", exact=True).click()
    names = column(page, 0)
    in_order = page.evaluate(
        """names => names.every((n, i) => i === 0
             || new Intl.Collator('en', {sensitivity: 'base'}).compare(names[i - 1], n) <= 0)""",
        names,
    )
    assert in_order, names
    assert sorted(names) == sorted(column(page, 0))  # the same rows, moved
    # a row keeps its anchor: the links of "What to do now" still find it
    assert page.locator(f"{ROWS}[id^=person-]").count() == len(names)


def test_without_javascript_the_weakest_first_order_stays(browser: Any, reports: Reports) -> None:
    context = browser.new_context(java_script_enabled=False)
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL) else r.abort())
    page = context.new_page()
    page.goto(reports.en.as_uri())
    assert page.locator("#people th button").count() == 0  # no button that would do nothing
    assert sorted_by(page) == [("Alliance", "ascending")]
    alliance = values(page, 3)
    known = [v for v in alliance if v is not None]
    assert known == sorted(known) and len(known) == len(alliance) - 1
    context.close()


def test_a_wide_table_scrolls_in_a_box_the_keyboard_reaches(page: Any, reports: Reports) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_report(page, reports.en)
    box = page.locator("#summary .table-wrap")
    assert box.evaluate("b => b.scrollWidth > b.clientWidth")
    assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
    sizes = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert sizes[0] <= sizes[1] + 1, sizes
    box.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "() => document.querySelector('#summary .table-wrap').scrollLeft > 0", timeout=2_000
    )
    page.set_viewport_size({"width": 1400, "height": 900})  # wide enough: no tab stop
    page.wait_for_function(
        "() => !document.querySelector('#summary .table-wrap').hasAttribute('tabindex')",
        timeout=2_000,
    )


def test_on_a_phone_each_stakeholder_is_a_card_with_every_figure_in_view(
    page: Any, reports: Reports
) -> None:
    """At 390 px the stakeholders table needs no sideways scroll: each row is a card (name,
    group, then each figure under its label), and the headings still sort it."""
    page.set_viewport_size({"width": 390, "height": 844})
    open_report(page, reports.en)
    box = page.locator("#people .table-wrap")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth")
    assert box.get_attribute("tabindex") is None  # nothing to scroll: no tab stop
    first = page.locator("#people tbody tr").first
    width = page.evaluate("window.innerWidth")
    for cell in first.locator("td").all():
        right = cell.evaluate("c => c.getBoundingClientRect().right")
        assert right <= width, cell.inner_text()
    labels = first.locator("td[data-label]").evaluate_all(
        "cells => cells.map(c => getComputedStyle(c, '::before').content)"
    )
    assert labels == [
        '"Alliance"', '"Coach gap"', '"Trust received"', '"Trust given"', '"Rated by"',
        '"Distrust"',
    ]  # fmt: skip
    page.locator("#people th button", has_text="Trust received").click()
    assert sorted_by(page) == [("Trust received", "ascending")]
