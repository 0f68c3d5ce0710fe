"""The stakeholder map in the coach's report: present with power and interest only, each
person drawn in their quadrant, alerts in words, escaped, the same bytes every time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from alliance_graph import load_survey
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.power import MapScale
from alliance_graph.report import build_report
from alliance_graph.report.power_map import power_map_section
from alliance_graph.report.power_map_svg import LABELLED, Mark, axis, draw_map
from tests.test_power import QUADRANTS, REGISTER, write_engagement

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(1)</script>"
NAMES = {"s": "Sam", "k": "Kim", "a": "Ana", "b": "Bob", "d": "Dan", "e": "Eva"}


@pytest.fixture(scope="module")
def engagement(tmp_path_factory):
    ratings, register = write_engagement(tmp_path_factory.mktemp("power"))
    survey = load_survey(ratings, register=register, scale="1:5")
    return survey, compute_metrics(survey, permutations=20)


@pytest.fixture(scope="module")
def section(engagement):
    survey, metrics = engagement
    data = metrics.to_dict("en")["waves"]
    return power_map_section(survey, data, list(data), "en")


def _section_of(page: str) -> str:
    found = re.search(r'<section id="power_map">.*?</section>', page, flags=re.S)
    assert found, "no stakeholder map"
    return found.group(0)


def _svg(panel) -> ET.Element:
    return ET.fromstring(str(panel["svg"]))


def test_each_person_is_listed_and_drawn_in_their_quadrant(section) -> None:
    labels = {
        "manage_closely": "Manage closely (key players)",
        "keep_satisfied": "Keep satisfied",
        "keep_informed": "Keep informed",
        "monitor": "Monitor",
    }
    for panel in section["panels"]:
        listed = {
            name.split(" (")[0]: q["label"] for q in panel["quadrants"] for name in q["people"]
        }
        assert listed == {NAMES[k]: labels[q] for k, q in QUADRANTS.items()}
        svg = _svg(panel)
        # the four tinted rectangles, drawn first: keep satisfied, manage closely, monitor,
        # keep informed
        boxes = [
            tuple(float(r.get(a)) for a in ("x", "y", "width", "height"))
            for r in svg.findall(f"{SVG}rect")[:4]
        ]
        where = dict(zip(["keep_satisfied", "manage_closely", "monitor", "keep_informed"], boxes))
        drawn = svg.findall(f"{SVG}g")
        assert len(drawn) == len(QUADRANTS)  # the coach is not on the map
        for person in drawn:
            name = person.find(f"{SVG}title").text.split(" (")[0]
            text = person.find(f"{SVG}text")
            x, y = float(text.get("x")), float(text.get("y"))
            key = next(k for k, n in NAMES.items() if n == name)
            x0, y0, w, h = where[QUADRANTS[key]]
            assert x0 <= x <= x0 + w and y0 <= y <= y0 + h, (name, QUADRANTS[key])


def test_quadrant_alerts_in_words(section) -> None:
    first, second = section["panels"]
    assert [a["text"] for a in first["alerts"]] == [
        "Key players whose alliance is under the floor (0.50): Kim (0.38).",
        "Powerful but less involved, with an alliance under the floor (0.50): Dan (0.25). "
        "Keep them satisfied.",
        "Less powerful and less involved, with an alliance under the floor (0.50): Bob (0.25).",
    ]
    assert [a["severity"] for a in first["alerts"]] == ["warning", "warning", "info"]
    assert second["alerts"][-1] == {
        "severity": "warning",
        "text": "Powerful people whose alliance fell by 0.10 or more since T1: Dan (0.25 → 0.00).",
    }


def test_arrows_show_the_change_since_the_wave_before(section) -> None:
    first, second = section["panels"]
    assert "▲" not in str(first["svg"]) and "▼" not in str(first["svg"])
    marks = {
        g.find(f"{SVG}title").text.split(" (")[0]: "".join(g.find(f"{SVG}text").itertext())
        for g in _svg(second).findall(f"{SVG}g")
    }
    assert marks["Ana"].endswith("0.75 ▲")  # 0.50 → 0.75
    assert marks["Dan"].endswith("0.00 ▼")  # 0.25 → 0.00
    assert marks["Sam"] == "Sam 1.00"


def test_both_balance_indices_side_by_side(section) -> None:
    # 12/17 = 0.71 with equal weights, 2401/3283 = 0.73 by power (tests/test_power.py)
    assert section["panels"][0]["balance"] == {
        "text": "Balance index 0.71 · weighted by power 0.73",
        "reading": "Weighted by power, the balance is higher: your weaker alliances are "
        "with the less powerful groups.",
    }


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_report_has_the_map_in_both_languages(engagement, lang: str) -> None:
    survey, metrics = engagement
    page = build_report(survey, metrics=metrics, lang=lang)
    part = _section_of(page)
    title = {"en": "Stakeholder map: power × interest", "fr": "Carte des parties prenantes"}
    assert title[lang] in part
    assert part.count("<svg") == 2 and part.count('class="power-panel"') == 2
    assert '<a href="#power_map">' in page
    # the card shows the last wave, T2: groups 1.0, 0.375, 0.5 and 0.25 weighing 5, 4, 1.5
    # and 3.5; Σᵢⱼ wᵢwⱼ|xᵢ − xⱼ| = 66.375, x̄ = 8.125/14 → Gₚ = 66.375 · 14/(196 · 16.25),
    # Bₚ = 1 − Gₚ · 14/12.5 = 0.673
    weighted = {"en": "weighted by power: 0.67", "fr": "pondéré par le pouvoir : 0,67"}
    assert weighted[lang] in page
    assert build_report(survey, metrics=metrics, lang=lang) == page  # the same bytes


@pytest.mark.parametrize("columns", [("power",), ()], ids=["power without interest", "neither"])
def test_no_map_without_power_and_interest(tmp_path: Path, columns: tuple[str, ...]) -> None:
    kept = ["id", "name", "group", "role", *columns]
    rows = [r.split(",") for r in REGISTER.strip().split("\n")]
    header = rows[0]
    text = "\n".join(",".join(r[header.index(c)] for c in kept) for r in rows) + "\n"
    ratings, register = write_engagement(tmp_path, text)
    page = build_report(load_survey(ratings, register=register, scale="1:5"))
    assert 'id="power_map"' not in page and "#power_map" not in page
    # the balance index weighted by power needs a power only
    assert ("weighted by power: 0.67" in page) == bool(columns)


def test_the_shared_version_has_no_map(engagement) -> None:
    survey, _ = engagement
    page = build_report(survey, audience="shared", min_group_size=2)
    assert 'id="power_map"' not in page and "weighted by power" not in page


def test_names_are_text(tmp_path: Path) -> None:
    register = REGISTER.replace("a,Ana,Ops", f'a,"{HOSTILE}",Ops')
    ratings, path = write_engagement(tmp_path, register)
    page = build_report(load_survey(ratings, register=path, scale="1:5"))
    part = _section_of(page)
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in part
    assert "<script" not in part


def test_the_coach_and_people_without_numbers_stay_off_the_map(tmp_path: Path) -> None:
    register = REGISTER.replace("e,Eva,Fin,,3,3", "e,Eva,Fin,,high,3")
    ratings, path = write_engagement(tmp_path, register)
    part = _section_of(build_report(load_survey(ratings, register=path, scale="1:5")))
    assert "Cleo" not in part
    assert "Not on the map (no power or interest as a number in the register): Eva." in part


def _marks(count: int, power: int = 3, interest: int = 3) -> list[Mark]:
    return [
        Mark(power, interest, f"Person {n:02d}", "0.50", "#b7791f", "circle", None, f"P{n}")
        for n in range(count)
    ]


def test_thirty_people_are_all_named_and_apart() -> None:
    scale = MapScale(1, 5)
    marks = [
        Mark(1 + n % 5, 1 + n // 6, f"Person {n:02d}", "0.50", "#b7791f", "circle", None, "")
        for n in range(30)
    ]
    power, interest = axis(scale, [m.power for m in marks], "Power"), axis(scale, [1, 5], "I")
    svg = ET.fromstring(str(draw_map(marks, power, interest, _TITLES, "map")))
    texts = [t for g in svg.findall(f"{SVG}g") for t in g.findall(f"{SVG}text")]
    assert sorted(t.text.strip() for t in texts) == sorted(m.label for m in marks)
    places = {(t.get("x"), t.get("y")) for t in texts}
    assert len(places) == 30  # nobody drawn on top of anyone


def test_a_crowded_cell_is_drawn_as_dots_named_in_tooltips() -> None:
    scale = MapScale(1, 5)
    marks = _marks(LABELLED + 1)
    power, interest = axis(scale, [3], "Power"), axis(scale, [3], "Interest")
    svg = ET.fromstring(str(draw_map(marks, power, interest, _TITLES, "map")))
    drawn = svg.findall(f"{SVG}g")
    assert len(drawn) == LABELLED + 1
    assert all(g.find(f"{SVG}text") is None for g in drawn)
    dots = [g.find(f"{SVG}circle") for g in drawn]
    assert len({(c.get("cx"), c.get("cy")) for c in dots}) == LABELLED + 1


_TITLES = {
    "manage_closely": "Key",
    "keep_satisfied": "Satisfied",
    "keep_informed": "Informed",
    "monitor": "Monitor",
}


def test_groups_without_a_power_are_named(tmp_path: Path) -> None:
    partial = REGISTER.replace("d,Dan,Fin,,4,2", "d,Dan,Fin,,,2").replace(
        "e,Eva,Fin,,3,3", "e,Eva,Fin,,,3"
    )
    ratings, path = write_engagement(tmp_path, partial)
    part = _section_of(build_report(load_survey(ratings, register=path, scale="1:5")))
    assert "Balance index 0.63 · weighted by power —" in part  # T2: 32/51
    assert "the register gives no power to anyone with an alliance in Fin." in part
