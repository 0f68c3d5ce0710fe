"""The HTML report in a real browser: offline, painted, switchable, escaped, printable.

Needs Debian's Chromium (see ``conftest.py``); each test fails if the page makes a
non-local request, logs a console error or opens a dialog.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.conftest import HOSTILE, HOSTILE_GROUP, Records, Reports

READY = "() => window.network && window.reportData && window.reportData.edges.length > 0"

#: Painted pixels of the network canvas: not transparent and not (near) white, and a
#: cheap hash of them, to tell two drawings apart.
PIXELS = """() => {
  const canvas = document.querySelector('#network-canvas canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0, hash = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) continue;
    if (data[i] >= 250 && data[i + 1] >= 250 && data[i + 2] >= 250) continue;
    painted += 1;
    hash = (Math.imul(hash, 31) + (i >> 2) * 7 + data[i] * 3 + data[i + 1] * 5 + data[i + 2]) | 0;
  }
  return {painted: painted, hash: hash, width: canvas.width, height: canvas.height};
}"""

FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))"


def open_report(page: Any, path: Any) -> None:
    page.goto(path.as_uri())
    page.wait_for_function(READY)
    page.wait_for_function(f"() => ({PIXELS})().painted > 1000", timeout=10_000)
    page.evaluate(FRAMES)


def pixels(page: Any) -> dict[str, int]:
    return page.evaluate(PIXELS)


def edge_ids(page: Any) -> list[str]:
    return sorted(page.evaluate("window.reportData.edges.getIds()"))


def pressed(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        ".wave-picker button[aria-pressed=true]", "bs => bs.map(b => b.dataset.wave)"
    )


def waves(page: Any) -> list[str]:
    return page.eval_on_selector_all(".wave-picker button", "bs => bs.map(b => b.dataset.wave)")


@pytest.mark.parametrize("name", ["en", "fr", "hostile", "shared", "layers", "objectives"])
def test_opens_offline_without_errors(page: Any, records: Records, reports: Reports, name: str):
    open_report(page, getattr(reports, name))
    page.locator("#trends").scroll_into_view_if_needed()  # the charts load lazily
    page.wait_for_function("() => Array.from(document.images).every(i => i.complete)")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !i.naturalWidth).map(i => i.alt)"
    )
    assert broken == [], f"pictures that did not decode: {broken}"
    for button in page.locator(".wave-picker button").all():
        button.click()
        page.evaluate(FRAMES)
    assert records.requests == []
    assert records.errors == []
    assert records.dialogs == []


@pytest.mark.parametrize("name", ["en", "hostile"])
def test_network_canvas_is_painted(page: Any, reports: Reports, name: str):
    open_report(page, getattr(reports, name))
    drawn = pixels(page)
    assert drawn["width"] > 100 and drawn["height"] > 100
    assert drawn["painted"] > 1000, drawn
    assert page.evaluate("window.reportData.nodes.length") > 0


def test_switching_wave_redraws_the_ties(page: Any, reports: Reports):
    open_report(page, reports.en)
    all_waves = waves(page)
    assert len(all_waves) >= 2
    latest, first = all_waves[-1], all_waves[0]
    assert pressed(page) == [latest]
    assert page.evaluate("window.reportWave") == latest
    before_ids, before_pixels = edge_ids(page), pixels(page)

    page.locator(f'.wave-picker button[data-wave="{first}"]').click()
    page.wait_for_function(f"() => ({PIXELS})().hash !== {before_pixels['hash']}", timeout=5_000)

    assert page.evaluate("window.reportWave") == first
    assert pressed(page) == [first]
    assert (
        page.locator(f'.wave-picker button[data-wave="{latest}"]').get_attribute("aria-pressed")
        == "false"
    )
    after_ids = edge_ids(page)
    assert after_ids and after_ids != before_ids
    after_pixels = pixels(page)
    assert after_pixels["painted"] > 1000
    assert after_pixels["hash"] != before_pixels["hash"]


def test_layout_is_the_same_in_every_wave(page: Any, reports: Reports):
    open_report(page, reports.en)
    before = page.evaluate("window.network.getPositions()")
    for wave in waves(page):
        page.locator(f'.wave-picker button[data-wave="{wave}"]').click()
        page.evaluate(FRAMES)
        after = page.evaluate("window.network.getPositions()")
        assert after.keys() == before.keys()
        for node, point in before.items():
            assert after[node]["x"] == pytest.approx(point["x"], abs=1e-6), (wave, node)
            assert after[node]["y"] == pytest.approx(point["y"], abs=1e-6), (wave, node)


def test_hostile_names_are_shown_as_text(page: Any, records: Records, reports: Reports):
    open_report(page, reports.hostile)
    for text in [*HOSTILE, HOSTILE_GROUP]:
        found = page.get_by_text(text, exact=True)
        assert any(found.nth(i).is_visible() for i in range(found.count())), text
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("b", has_text=re.compile(r"^x$")).count() == 0
    assert page.locator("i", has_text=re.compile(r"^Grp$")).count() == 0
    # the stakeholder table holds every name verbatim
    cells = page.eval_on_selector_all(
        "#people tbody td:first-child", "ts => ts.map(t => t.textContent)"
    )
    assert set(HOSTILE) <= set(cells)
    # node tooltips are plain strings that start with the full name
    titles = page.evaluate("window.reportData.nodes.get().map(n => n.title)")
    assert all(isinstance(t, str) for t in titles)
    for name in HOSTILE:
        assert any(t.split("\n")[0] == name for t in titles), name
    page.locator(".wave-picker button").first.click()
    page.evaluate(FRAMES)
    assert records.dialogs == []


def _hover(page: Any, node: str) -> str | None:
    """Move the mouse onto ``node``; return the id vis reports under the pointer."""
    page.locator("#network-canvas").scroll_into_view_if_needed()
    point = page.evaluate(
        """id => {
          const p = window.network.canvasToDOM(window.network.getPositions([id])[id]);
          const box = document.querySelector('#network-canvas canvas').getBoundingClientRect();
          return {x: box.left + p.x, y: box.top + p.y, dom: p};
        }""",
        node,
    )
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=5)
    return page.evaluate("p => window.network.getNodeAt(p)", point["dom"])


@pytest.mark.parametrize("name", ["en", "hostile"])
def test_hovering_a_node_shows_a_plain_text_tooltip(page: Any, reports: Reports, name: str):
    open_report(page, getattr(reports, name))
    nodes = page.evaluate("window.reportData.nodes.get().map(n => ({id: n.id, title: n.title}))")
    if name == "hostile":  # the node called "<img src=x onerror=alert(1)>Eve"
        target = next(n for n in nodes if n["title"].split("\n")[0] == HOSTILE[0])
    else:
        target = nodes[0]
    under = _hover(page, target["id"])
    assert under is not None, "no node under the pointer"
    expected = next(n["title"] for n in nodes if n["id"] == under)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert tooltip.inner_text().strip() == expected.strip()
    # plain text: only line breaks inside, never markup from the data
    tags = tooltip.evaluate("t => Array.from(t.querySelectorAll('*')).map(e => e.tagName)")
    assert set(tags) <= {"BR"}, tags
    assert page.locator('img[src="x"]').count() == 0


def test_printing_shows_the_static_picture_of_the_selected_wave(page: Any, reports: Reports):
    open_report(page, reports.en)
    all_waves = waves(page)
    for wave in (all_waves[-1], all_waves[0]):
        page.emulate_media(media="screen")
        page.locator(f'.wave-picker button[data-wave="{wave}"]').click()
        page.emulate_media(media="print")
        assert page.locator("#network-canvas").is_hidden()
        assert page.locator(".wave-picker").is_hidden()
        picture = page.locator(f'figure[data-picture-wave="{wave}"]')
        assert picture.is_visible()
        assert picture.locator("img").is_visible()
        assert picture.locator("img").evaluate("i => i.naturalWidth") > 0
        shown = page.eval_on_selector_all(
            "figure[data-picture-wave]",
            "fs => fs.filter(f => f.getClientRects().length > 0).map(f => f.dataset.pictureWave)",
        )
        assert shown == [wave]
    page.emulate_media(media="screen")
    assert page.locator("#network-canvas").is_visible()
    assert page.locator("figure[data-picture-wave]").first.is_hidden()


def test_french_report_is_in_french(page: Any, reports: Reports):
    open_report(page, reports.fr)
    assert page.locator("html").get_attribute("lang") == "fr"
    for heading in ["Points d’attention", "Glossaire"]:
        assert page.get_by_role("heading", name=heading, exact=True).is_visible(), heading
    values = page.locator(".card .value").all_inner_texts()
    assert any(re.search(r"\d,\d", v) for v in values), values
    assert not any(re.search(r"\d\.\d", v) for v in values), values


OVERFLOW = """() => Array.from(document.querySelectorAll('body *'))
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
               && !e.closest('.table-wrap'))
  .slice(0, 8)
  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
       + (typeof e.className === 'string' && e.className ? '.' + e.className : '')
       + ' right=' + Math.round(e.getBoundingClientRect().right))"""


@pytest.mark.parametrize("name", ["en", "fr", "hostile", "shared", "layers", "objectives"])
def test_phone_width_has_no_horizontal_scroll(page: Any, reports: Reports, name: str):
    page.set_viewport_size({"width": 390, "height": 844})
    open_report(page, getattr(reports, name))
    sizes = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert sizes["scroll"] <= sizes["inner"] + 1, (sizes, page.evaluate(OVERFLOW))


def test_shared_report_shows_groups_and_names_no_one(page: Any, records: Records, reports: Reports):
    import csv

    from tests.conftest import SAMPLE

    with (SAMPLE / "register.csv").open(encoding="utf-8") as handle:
        people = list(csv.DictReader(handle))
    names = {p["name"] for p in people} | {p["id"] for p in people}
    open_report(page, reports.shared)
    assert pixels(page)["painted"] > 1000
    labels = page.evaluate("window.reportData.nodes.get().map(n => n.label)")
    assert set(labels) == {"Coach", "Collaborateurs", "Direction", "Managers", "Équipes"}
    for button in page.locator(".wave-picker button").all():
        button.click()
        page.evaluate(FRAMES)
        tips = page.evaluate(
            "window.reportData.nodes.get().map(n => n.title)"
            ".concat(window.reportData.edges.get().map(e => e.title))"
        )
        assert [n for n in names if any(n in tip for tip in tips)] == []
        assert any("people" in tip and "answered" in tip for tip in tips)
    body = page.inner_text("body")
    assert [n for n in names if n in body] == []
    assert "Not enough answers to show" in page.inner_text("#groups")
    assert records.requests == [] and records.errors == []


def test_the_interaction_layer_replaces_the_trust_ties(
    page: Any, records: Records, reports: Reports
):
    open_report(page, reports.layers)
    trust = edge_ids(page)
    painted = pixels(page)
    page.click("button[data-layer=interactions]")
    page.evaluate(FRAMES)
    meetings = edge_ids(page)
    assert meetings and not set(meetings) & set(trust)
    assert page.evaluate("document.body.dataset.layer") == "interactions"
    assert pixels(page)["hash"] != painted["hash"]
    tips = page.evaluate("window.reportData.edges.get().map(e => e.title)")
    assert all(("interaction" in tip) and "minutes" in tip for tip in tips)
    page.click("button[data-wave='2026-01']")  # the layer stays while the wave changes
    page.evaluate(FRAMES)
    assert page.evaluate("document.body.dataset.layer") == "interactions"
    assert page.evaluate("window.reportData.edges.length") < len(meetings)
    page.click("button[data-layer=trust]")
    page.evaluate(FRAMES)
    assert page.evaluate("window.reportData.edges.length") > len(meetings)
    assert records.requests == [] and records.errors == []


def test_the_objectives_section_reads_as_text(page: Any, records: Records, reports: Reports):
    from tests.browser.conftest import HOSTILE_OBJECTIVE

    open_report(page, reports.objectives)
    section = page.locator("#objectives")
    assert section.is_visible()
    assert page.locator('nav a[href="#objectives"]').count() == 1
    heading = section.locator("h3").nth(1)
    assert HOSTILE_OBJECTIVE in heading.text_content()
    assert page.locator('img[src="x"]').count() == 0
    assert section.locator("b", has_text="lead").count() == 0
    text = section.text_content()
    assert "Agreed by the coachee and the sponsor." in text
    assert "the sponsor sees +0.5 where the coachee sees +2.5" in text
    assert section.locator("figure img").count() == 2
    assert records.dialogs == [] and records.requests == []


@pytest.mark.parametrize(
    ("name", "next_title"), [("en", "Next conversations"), ("fr", "Prochaines conversations")]
)
def test_the_first_screen_says_what_to_do_now(page: Any, reports: Reports, name: str, next_title):
    """At 1400 × 900, before any scrolling: the weakest group named, the next
    conversations listed; a conversation's link goes to its row in the people table."""
    page.set_viewport_size({"width": 1400, "height": 900})
    open_report(page, getattr(reports, name))
    page.evaluate("window.scrollTo(0, 0)")
    weakest = page.locator('#now [data-fact="weakest"]')
    assert "Collaborateurs" in weakest.inner_text()
    assert page.get_by_role("heading", name=next_title, exact=True).is_visible()
    items = page.locator("#now .next-list > li")
    assert items.count() == 5
    for locator in (weakest, items.nth(0), items.nth(items.count() - 1)):
        box = locator.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 900, box
    person = page.locator('#now .next-list > li[data-kind="person"] a').first
    target = person.get_attribute("href")
    person.click()
    page.evaluate(FRAMES)
    row = page.locator(f"tr{target}")
    assert row.count() == 1 and row.is_visible()
    assert person.inner_text() in row.inner_text()
    top = row.bounding_box()
    assert top is not None and 0 <= top["y"] < 900, top  # scrolled to, under the sticky bar
