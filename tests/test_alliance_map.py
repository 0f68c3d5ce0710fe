"""The alliance map and the coach–sponsor–coachee triangle, against a hand-made engagement.

Scale 1–5, so a rating x is the strength (x − 1)/4. The coach ``c``; the sponsor ``s``
and the coachee ``e`` (both in "Board"); ``a1``, ``a2`` and ``a3`` in "Team"; ``b1`` (not
in the register, no group) answers in W1 only. By hand:

- W1: s 5→c, c 4→s: alliance (1 + 0.75)/2 = 0.875; e 4↔4: 0.75; a1 2→c, c 4→a1: 0.5
  with a coach gap of 0.75 − 0.25 = +0.5 (over the 0.25 of the alert: a halo); a3 4→c,
  c 2→a3: 0.5, a gap of −0.5 (the coach's view lower: no halo); b1 3→c: 0.5; a2 rated
  nobody tied to the coach: no value (the outer "no answer" ring).
- W2: s 5↔5: 1; e 1→c: 0; a1 3↔3: 0.5; a2 5→c: 1; a3 is in the register but rated
  nothing: no value; b1 is not in the wave at all.

Radius r(a) = 80 + 210 · (1 − a); no answer: 322. Sectors in order sponsor, coachee,
Team, (no group): a slot per person and one of padding per sector, 6 + 4 slots in the
340 degrees left by the gap at the top: 34 degrees a slot (every sector wider than the
18 degrees at the least). Angles (compass, from the top): s 10 + 17 + 17 = 44, e 112,
a1 180, a2 214, a3 248, b1 316.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from alliance_graph import load_survey
from alliance_graph.metrics import Thresholds, compute_metrics
from alliance_graph.report.alliance_map import place, radius, ring_values
from alliance_graph.report.context import build_context
from alliance_graph.report.triangle import triangle_ties

RATINGS = """wave,rater,ratee,score
W1,s,c,5
W1,c,s,4
W1,e,c,4
W1,c,e,4
W1,a1,c,2
W1,c,a1,4
W1,b1,c,3
W1,a2,a1,3
W1,a3,c,4
W1,c,a3,2
W1,s,e,4
W1,e,s,2
W2,s,c,5
W2,c,s,5
W2,a1,c,3
W2,c,a1,3
W2,a2,c,5
W2,e,c,1
"""
REGISTER = """id,name,group,role
c,Cora Coach,Coaching,coach
s,Sam Sponsor,Board,sponsor
e,Eve Coachee,Board,coachee
a1,Ann One,Team,
a2,Al Two,Team,
a3,Ari Three,Team,
"""
NAMES = {"s": "Sam Sponsor", "e": "Eve Coachee", "a1": "Ann One", "a2": "Al Two"}
NAMES |= {"a3": "Ari Three", "b1": "b1"}
ANGLES = {"s": 44.0, "e": 112.0, "a1": 180.0, "a2": 214.0, "a3": 248.0, "b1": 316.0}
ALLIANCE = {
    "W1": {"s": 0.875, "e": 0.75, "a1": 0.5, "a3": 0.5, "b1": 0.5, "a2": None},
    "W2": {"s": 1.0, "e": 0.0, "a1": 0.5, "a2": 1.0, "a3": None},
}


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("map")
    (folder / "r.csv").write_text(RATINGS, encoding="utf-8")
    (folder / "g.csv").write_text(REGISTER, encoding="utf-8")
    return load_survey(folder / "r.csv", register=folder / "g.csv", scale="1:5")


def _context(survey, thresholds: Thresholds | None = None, lang: str = "en"):
    metrics = compute_metrics(survey)
    return build_context(survey, metrics, lang=lang, thresholds=thresholds or Thresholds())


def _svg(section) -> ET.Element:
    return ET.fromstring(str(section["svg"]))


def _marks(svg: ET.Element, wave: str) -> dict[str, tuple[float, float, ET.Element]]:
    """The marks of ``wave`` by person id (known from the name their tooltip starts with)."""
    ids = {name: key for key, name in NAMES.items()}
    layer = next(g for g in svg.iter("g") if g.get("data-map-wave") == wave)
    marks = {}
    for g in layer.iter("g"):
        if g.get("class") == "map-mark":
            x, y = map(
                float, re.fullmatch(r"translate\((\S+) (\S+)\)", g.get("transform")).groups()
            )
            marks[ids[g.find("title").text.split("\n")[0]]] = (x, y, g)
    return marks


def _angle(x: float, y: float) -> float:
    return math.degrees(math.atan2(x, -y)) % 360


def test_radius_shrinks_as_the_alliance_grows() -> None:
    assert radius(1.0) == 80.0
    assert radius(0.5) == 185.0
    assert radius(0.0) == 290.0
    assert radius(0.875) == pytest.approx(106.25)
    assert radius(None) == 322.0  # the "no answer" ring, outside 0
    assert radius(1.5) == radius(1.0) and radius(-0.2) == radius(0.0)


def test_angles_by_sector_then_id() -> None:
    people = {"a2": "Team", "b1": "(no group)", "e": "coachee", "s": "sponsor", "a1": "Team"}
    people["a3"] = "Team"
    angles, sectors = place(people)
    assert [s.key for s in sectors] == ["sponsor", "coachee", "Team", "(no group)"]
    assert angles == pytest.approx(ANGLES, abs=1e-3)
    edges = [edge for s in sectors for edge in (s.start, s.end)]
    assert edges == pytest.approx([10, 78, 78, 146, 146, 282, 282, 350])


def test_a_small_sector_keeps_room_for_its_name() -> None:
    """30 people in one group and the sponsor: a slot would be 340/(31 + 2) = 10.3
    degrees, so the sponsor's sector is held at 18, and the slot is
    (340 − 18)/(30 + 2) = 10.0625 (the two paddings still count a slot each)."""
    people = {f"p{i:02d}": "Team" for i in range(30)} | {"s": "sponsor"}
    angles, sectors = place(people)
    assert sectors[0].end - sectors[0].start == pytest.approx(18 + 10.0625, abs=1e-3)
    assert angles["s"] == pytest.approx(10 + (18 + 10.0625) / 2, abs=1e-3)
    assert angles["p01"] - angles["p00"] == pytest.approx(10.0625, abs=1e-3)


def test_people_sit_at_their_alliance_and_keep_their_angle(survey) -> None:
    svg = _svg(_context(survey)["alliance_map"])
    for wave, expected in ALLIANCE.items():
        marks = _marks(svg, wave)
        assert set(marks) == set(expected), wave  # b1 is not drawn in W2
        for person, alliance in expected.items():
            x, y, _ = marks[person]
            assert math.hypot(x, y) == pytest.approx(radius(alliance), abs=0.1), (wave, person)
            assert _angle(x, y) == pytest.approx(ANGLES[person], abs=0.05), (wave, person)


def test_marks_keyed_by_their_place_not_by_id(survey) -> None:
    """A mark's key is its rank among the angles (s, e, a1, a2, a3, b1): the same in every
    wave, and no id in the page."""
    svg = _svg(_context(survey)["alliance_map"])
    for wave in ("W1", "W2"):
        keys = {k: g.get("data-key") for k, (*_, g) in _marks(svg, wave).items()}
        expected = {"s": "0", "e": "1", "a1": "2", "a2": "3", "a3": "4", "b1": "5"}
        assert keys == {k: v for k, v in expected.items() if k in keys}


def test_floor_ring_and_halo(survey) -> None:
    svg = _svg(_context(survey)["alliance_map"])
    dashed = [c for c in svg.iter("circle") if c.get("stroke-width") == "1.6"]
    assert [float(c.get("r")) for c in dashed] == [185.0]  # the floor 0.50
    haloed = {
        k
        for k, (_, _, g) in _marks(svg, "W1").items()
        if g.find("circle[@class='halo']") is not None
    }
    assert haloed == {"a1"}  # the coach's view 0.5 above a1's
    assert not any(
        g.find("circle[@class='halo']") is not None for *_, g in _marks(svg, "W2").values()
    )
    higher = _svg(_context(survey, Thresholds(group_floor=0.6))["alliance_map"])
    dashed = [c for c in higher.iter("circle") if c.get("stroke-width") == "1.6"]
    assert [float(c.get("r")) for c in dashed] == [164.0]  # 80 + 210 · 0.4
    assert ring_values(0.6) == [0.25, 0.5, 0.6, 0.75]


def test_trail_from_the_wave_before(survey) -> None:
    marks = _marks(_svg(_context(survey)["alliance_map"]), "W2")
    x, y, g = marks["s"]
    trail = g.find("line[@class='trail']")  # from 0.875 (r 106.25) in to 1 (r 80)
    assert trail is not None
    end = (x + float(trail.get("x2")), y + float(trail.get("y2")))
    assert math.hypot(*end) == pytest.approx(106.25, abs=0.15)
    assert marks["a1"][2].find("line[@class='trail']") is None  # 0.5 in both waves


def test_text_alternative_lists_people_by_ring(survey) -> None:
    section = _context(survey)["alliance_map"]
    first = section["text"][0]
    assert first["wave"] == "W1"
    listed = {b["heading"]: [p["name"] for p in b["people"]] for b in first["bands"]}
    assert listed == {
        "0.75 to 1.00 (2):": ["Sam Sponsor", "Eve Coachee"],
        "0.50 to 0.75 (3):": ["Ann One", "Ari Three", "b1"],
        "0.25 to 0.50, under the floor (0):": [],
        "0.00 to 0.25, under the floor (0):": [],
        "no answer (1):": ["Al Two"],
    }
    ann = next(p for b in first["bands"] for p in b["people"] if p["name"] == "Ann One")
    assert ann["note"] == "coach gap +0.50"


def test_triangle_ties_and_changes_by_hand(survey) -> None:
    context = _context(survey)
    ties = triangle_ties(_graphs(survey), {"coach": "c", "sponsor": "s", "coachee": "e"})
    strengths = {w: {k: v["strength"] for k, v in found.items()} for w, found in ties.items()}
    assert strengths["W1"] == {
        ("coach", "sponsor"): 0.75,
        ("sponsor", "coach"): 1.0,
        ("coach", "coachee"): 0.75,
        ("coachee", "coach"): 0.75,
        ("sponsor", "coachee"): 0.75,
        ("coachee", "sponsor"): 0.25,
    }
    assert ties["W2"][("coach", "sponsor")]["change"] == pytest.approx(0.25)
    assert ties["W2"][("coachee", "coach")]["change"] == pytest.approx(-0.75)
    assert ties["W2"][("coach", "coachee")] == {"strength": None, "sign": None, "change": None}
    rows = {r["label"]: r["cells"] for r in context["alliance_map"]["triangle"]["rows"]}
    assert rows["Coach → Sponsor"] == [
        {"value": "0.75", "change": ""},
        {"value": "1.00", "change": "+0.25"},
    ]
    assert rows["Coach → Coachee"][1] == {"value": "—", "change": ""}  # not rated in W2
    assert rows["Coachee → Coach"][1] == {"value": "0.00", "change": "−0.75"}


def test_same_input_same_bytes_and_french(survey) -> None:
    one, two = _context(survey)["alliance_map"], _context(survey)["alliance_map"]
    assert str(one["svg"]) == str(two["svg"])
    assert str(one["triangle"]["svg"]) == str(two["triangle"]["svg"])
    french = _context(survey, lang="fr")["alliance_map"]
    assert "plancher 0,50" in str(french["svg"])
    assert french["text"][0]["bands"][0]["heading"] == "de 0,75 à 1,00 (2) :"


def test_no_coach_no_map(tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text(
        "wave,rater,ratee,score\nW1,a,b,4\nW1,b,a,2\n", encoding="utf-8"
    )
    survey = load_survey(tmp_path / "r.csv", scale="1:5")
    assert _context(survey)["alliance_map"] is None


def _graphs(survey):
    from alliance_graph.graph import build_graphs

    return build_graphs(survey)
