"""The network's filters in a real browser: each one changes what is drawn, one person's
ties, the group view of a large engagement and the way into a group, distrust drawn as
visibly as trust; offline and without a console error (the ``page`` fixture checks)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Records, Reports
from tests.browser.test_report_browser import FRAMES, OVERFLOW, open_report

#: Drawn now: nodes, edges, what the page says, the view.
DRAWN = """() => ({
  nodes: window.reportData.nodes.length, edges: window.reportData.edges.length,
  ids: window.reportData.nodes.getIds(),
  status: document.getElementById('network-status').textContent,
  view: document.body.dataset.view
})"""
#: The sample's wave 2026-06, from its graph: 234 ties among 30 people; the coach
#: (Claire Moreau) has 57 ties with all 29 others; 7 negative ties among 8 people;
#: Agnès Lambert has 15 ties with 9 people.
LATEST = "2026-06"
LAMBERT_NEIGHBOURS = {
    "cmoreau", "gfontaine", "hgarnier", "ibenali", "jbonnet", "jsimon", "lperrin", "mdavid",
    "zbertrand",
}  # fmt: skip
STATUS = {
    "en": "{people} people and {ties} ties drawn.",
    "fr": "{people} personnes et {ties} liens dessinés.",
}


def drawn(page: Any) -> dict[str, Any]:
    return page.evaluate(DRAWN)


def press(page: Any, name: str) -> None:
    page.locator(f"button[data-filter={name}]").click()
    page.evaluate(FRAMES)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_filter_changes_what_is_drawn(page: Any, reports: Reports, lang: str):
    open_report(page, getattr(reports, lang))
    assert page.evaluate("window.reportWave") == LATEST
    expected = {"all": (30, 234), "coach": (30, 57), "negative": (8, 7), "changed": (None, 115)}
    for name, (people, ties) in [*expected.items(), ("all", expected["all"])]:
        press(page, name)
        now = drawn(page)
        assert now["edges"] == ties, name
        if people is not None:
            assert now["nodes"] == people, name
        pressed = page.eval_on_selector_all(
            "button[data-filter][aria-pressed=true]", "bs => bs.map(b => b.dataset.filter)"
        )
        assert pressed == [name]
        assert now["status"] == STATUS[lang].format(people=now["nodes"], ties=ties)
    # every tie drawn under "negative" is red and dashed
    press(page, "negative")
    styles = page.evaluate(
        "window.reportData.edges.get().map(e => [e.color.color, Array.isArray(e.dashes)])"
    )
    assert styles and all(style == ["#C0392B", True] for style in styles)
    # the first wave has no wave before: "changed" cannot be chosen, and is left
    press(page, "changed")
    page.locator('.wave-picker button[data-wave="2026-01"]').click()
    page.evaluate(FRAMES)
    assert page.locator("button[data-filter=changed]").is_disabled()
    assert page.locator("button[data-filter=all]").get_attribute("aria-pressed") == "true"


def test_distrust_is_drawn_at_least_as_wide_as_the_thinnest_trust(page: Any, reports: Reports):
    open_report(page, reports.en)
    for wave in ("2026-01", LATEST):
        page.locator(f'.wave-picker button[data-wave="{wave}"]').click()
        page.evaluate(FRAMES)
        widths = page.evaluate(
            "window.reportData.edges.get().map(e => [e.color.color, e.width, !!e.dashes])"
        )
        negative = [w for colour, w, dashed in widths if colour == "#C0392B" and dashed]
        positive = [w for colour, w, dashed in widths if colour == "#2E8B57" and not dashed]
        assert negative and positive
        assert min(negative) >= min(positive) and min(negative) >= 2.5


def test_focus_shows_one_person_and_their_direct_ties(page: Any, reports: Reports):
    open_report(page, reports.en)
    value = page.evaluate(
        "JSON.parse(document.getElementById('report-data').textContent)"
        ".nodes.findIndex(n => n.id === 'alambert')"
    )
    assert value >= 0 and page.evaluate("window.reportData.state.focus") is None
    page.locator("#network-focus").select_option(str(value))
    page.evaluate(FRAMES)
    now = drawn(page)
    assert set(now["ids"]) == LAMBERT_NEIGHBOURS | {"alambert"}
    assert now["edges"] == 15 and now["view"] == "focus"
    ends = page.evaluate("window.reportData.edges.get().map(e => [e.from, e.to])")
    assert all("alambert" in pair for pair in ends)
    centre = page.evaluate("window.network.getPositions(['alambert']).alambert")
    assert (centre["x"], centre["y"]) == (0, 0)
    # her tooltip gives her alliance with the coach and the coach gap
    title = page.evaluate("window.reportData.nodes.get('alambert').title")
    assert "Alliance with the coach 0.79" in title and "Coach gap −0.08" in title
    press(page, "negative")  # the filters apply to her ties too: she has no negative one
    assert drawn(page)["edges"] == 0
    page.locator("#network-focus").select_option("")
    page.evaluate(FRAMES)
    assert drawn(page)["nodes"] == 8


def test_the_interaction_layer_leaves_only_the_filters_that_apply(page: Any, reports: Reports):
    open_report(page, reports.layers)
    press(page, "negative")
    page.click("button[data-layer=interactions]")
    page.evaluate(FRAMES)
    assert page.locator("button[data-filter=negative]").is_disabled()
    assert page.locator("button[data-filter=changed]").is_disabled()
    assert page.locator("button[data-filter=all]").get_attribute("aria-pressed") == "true"
    press(page, "coach")
    ends = page.evaluate("window.reportData.edges.get().map(e => [e.from, e.to])")
    assert ends and all("cmoreau" in pair for pair in ends)


# -- a large engagement: the group view ---------------------------------------------------

GROUPS = ("Sales", "Operations", "Finance", "Legal")
PEOPLE = 320  # above the 300 from which the view opens on the groups


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-wave engagement of 320 people in four groups (each rates two colleagues of
    their group, one of each group beside it, and the coach; the coach rates everyone);
    Sales and Legal distrust each other."""
    from alliance_graph import load_survey
    from alliance_graph.report import write_report

    folder = tmp_path_factory.mktemp("large")
    with (folder / "register.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "group", "role"])
        writer.writerow(["coach", "Claire Coach", "Coach", "coach"])
        for i in range(PEOPLE):
            writer.writerow([f"p{i:03d}", f"Person {i:03d}", GROUPS[i % 4], "stakeholder"])
    with (folder / "survey.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["wave", "rater", "ratee", "trust"])
        for w, wave in enumerate(("W1", "W2")):
            for i in range(PEOPLE):
                for step in (4, 8, 1, 3):  # two of their group, two of the groups beside
                    other = (i + step) % PEOPLE
                    sales_legal = {i % 4, other % 4} == {0, 3}
                    score = 1 if sales_legal else 4 + (i + w) % 2
                    writer.writerow([wave, f"p{i:03d}", f"p{other:03d}", score])
                writer.writerow([wave, f"p{i:03d}", "coach", 2 + (i // 4 + w) % 4])
                writer.writerow([wave, "coach", f"p{i:03d}", 4])
    survey = load_survey(folder / "survey.csv", register=folder / "register.csv", scale="1:5")
    return write_report(survey, folder / "large.html")


def _click_node(page: Any, node: str) -> None:
    page.locator("#network-canvas").scroll_into_view_if_needed()
    point = page.evaluate(
        """id => {
          const p = window.network.canvasToDOM(window.network.getPositions([id])[id]);
          const box = document.querySelector('#network-canvas canvas').getBoundingClientRect();
          return {x: box.left + p.x, y: box.top + p.y};
        }""",
        node,
    )
    page.mouse.click(point["x"], point["y"])
    page.evaluate(FRAMES)


def test_a_large_engagement_opens_on_its_groups_and_a_click_opens_one(
    page: Any, records: Records, large: Path
):
    open_report(page, large)
    now = drawn(page)
    assert now["view"] == "groups" and sorted(now["ids"]) == sorted([*GROUPS, "(coach)"])
    assert page.locator("#network-view").input_value() == "groups"
    assert now["status"].startswith("4 groups and ")
    assert page.locator("[data-legend=groups]").is_visible()
    press(page, "negative")  # Sales and Legal distrust each other
    ends = page.evaluate("window.reportData.edges.get().map(e => [e.from, e.to].sort())")
    assert ends == [["Legal", "Sales"], ["Legal", "Sales"]]
    press(page, "all")
    _click_node(page, "Legal")
    now = drawn(page)
    assert now["view"] == "Legal" and page.locator("#network-view").input_value() == "Legal"
    members = {f"p{i:03d}" for i in range(3, PEOPLE, 4)}
    assert set(now["ids"]) == members | {"coach"}
    assert now["status"] == f"{len(members) + 1} people and {now['edges']} ties drawn."
    assert page.locator("[data-legend=people]").is_visible()
    page.locator("#network-view").select_option("people")
    page.evaluate(FRAMES)
    assert drawn(page)["nodes"] == PEOPLE + 1
    assert records.errors == []


def test_a_large_engagement_fits_a_phone(page: Any, large: Path):
    page.set_viewport_size({"width": 390, "height": 844})
    open_report(page, large)
    sizes = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert sizes["scroll"] <= sizes["inner"] + 1, (sizes, page.evaluate(OVERFLOW))


def test_the_list_to_focus_on_shows_hostile_names_as_text(page: Any, reports: Reports):
    from tests.browser.conftest import HOSTILE, HOSTILE_GROUP

    open_report(page, reports.hostile)
    options = page.eval_on_selector_all("#network-focus option", "os => os.map(o => o.text)")
    assert set(HOSTILE) <= set(options)
    groups = page.eval_on_selector_all("#network-focus optgroup", "gs => gs.map(g => g.label)")
    assert HOSTILE_GROUP in groups
    views = page.eval_on_selector_all("#network-view option", "os => os.map(o => o.text)")
    assert any(text.startswith(HOSTILE_GROUP + " (") for text in views)
    value = page.eval_on_selector_all(
        "#network-focus option", f"os => os.find(o => o.text === {HOSTILE[0]!r}).value"
    )
    page.locator("#network-focus").select_option(value)
    page.evaluate(FRAMES)
    assert page.locator('img[src="x"]').count() == 0
    assert page.evaluate("document.body.dataset.view") == "focus"
