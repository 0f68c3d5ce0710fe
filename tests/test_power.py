"""Power and interest: the quadrant of each person and the balance index weighted by power,
on a hand-made engagement whose answers are worked out by hand."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.graph import build_graphs
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.alliance import balance_index
from alliance_graph.metrics.power import (
    MapScale,
    map_scale,
    power_weighted_balance_index,
    quadrants,
    weighted_balance_index,
    weighted_gini,
)

#: id, name, group, role, power, interest. On 1–5 the midpoint is 3: a 3 is low.
REGISTER = """id,name,group,role,power,interest
c,Cleo,Coach,coach,2,5
s,Sam,Board,sponsor,5,5
k,Kim,Board,coachee,4,4
a,Ana,Ops,,2,4
b,Bob,Ops,,1,1
d,Dan,Fin,,4,2
e,Eva,Fin,,3,3
"""
#: Each person's quadrant, by hand from REGISTER (high means above 3).
QUADRANTS = {
    "s": "manage_closely",  # 5, 5
    "k": "manage_closely",  # 4, 4
    "a": "keep_informed",  # 2, 4
    "b": "monitor",  # 1, 1
    "d": "keep_satisfied",  # 4, 2
    "e": "monitor",  # 3, 3: the midpoint is not high
}
#: (to the coach, from the coach) on 1–5 in T1 and T2; t = (x − 1)/4 and the alliance is
#: their mean: s 1.0, k 0.375, a 0.5 → 0.75, b 0.25, d 0.25 → 0.0, e 0.5.
ANSWERS = {
    "T1": {"s": (5, 5), "k": (2, 3), "a": (2, 4), "b": (1, 3), "d": (2, 2), "e": (3, 3)},
    "T2": {"s": (5, 5), "k": (2, 3), "a": (4, 4), "b": (1, 3), "d": (1, 1), "e": (3, 3)},
}


def write_engagement(folder: Path, register: str = REGISTER) -> tuple[Path, Path]:
    rows = ["wave,rater,ratee,trust"]
    for wave, answers in ANSWERS.items():
        for person, (to_coach, from_coach) in answers.items():
            rows += [f"{wave},{person},c,{to_coach}", f"{wave},c,{person},{from_coach}"]
    ratings = folder / "ratings.csv"
    ratings.write_text("\n".join(rows) + "\n", encoding="utf-8")
    path = folder / "register.csv"
    path.write_text(register, encoding="utf-8")
    return ratings, path


@pytest.fixture
def engagement(tmp_path: Path):
    ratings, register = write_engagement(tmp_path)
    return load_survey(ratings, register=register, scale="1:5")


def test_quadrant_of_each_person(engagement) -> None:
    people = engagement.stakeholders
    given = {
        str(k): (p, i)
        for k, p, i, r in zip(people["id"], people["power"], people["interest"], people["role"])
        if r != "coach"
    }
    found, scale = quadrants(given)
    assert found == QUADRANTS
    assert scale == MapScale(1, 5)


@pytest.mark.parametrize(
    ("values", "scale"),
    [
        ([1, 2, 3], MapScale(1, 3)),
        ([2, 4], MapScale(1, 5)),  # 1–4 is rare: read as 1–5
        ([1, 5], MapScale(1, 5)),
        ([1, 6], MapScale(1, 7)),
        ([0, 8], MapScale(0, 10)),
        ([10, 55], MapScale(1, 100)),
        ([0.25, 0.5], MapScale(0, 1)),
        ([0, 250], MapScale(0, 250)),
        ([-2, 2], MapScale(-2, 2)),
        ([-1, 2.5], MapScale(-3, 3)),
    ],
)
def test_the_scale_of_a_register_column(values: list[float], scale: MapScale) -> None:
    assert map_scale(values) == scale


def test_text_power_places_nobody() -> None:
    assert quadrants({"a": ("high", "low"), "b": (None, 3)}) == ({}, MapScale(1, 3))
    assert quadrants({"a": ("high", None)}) == ({}, None)


def test_one_scale_for_both_columns() -> None:
    # nobody above 3 in power: the interest column's 5 shows the scale is 1–5, so a power
    # of 3 is low, not the top of a 1–3 scale
    assert quadrants({"a": (3, 5), "b": (1, 2)})[0] == {"a": "keep_informed", "b": "monitor"}


def test_power_weighted_balance_index_by_hand(engagement) -> None:
    G = build_graphs(engagement)["T1"]
    # groups: sponsor 1.0, coachee 0.375, Ops (0.5 + 0.25)/2 = 0.375, Fin (0.25 + 0.5)/2
    # = 0.375, weighing their mean power 5, 4, (2 + 1)/2 = 1.5 and (4 + 3)/2 = 3.5 (W = 14).
    # Equal weights: x̄ = 2.125/4, Σᵢⱼ|xᵢ − xⱼ| = 6 · 0.625 = 3.75 → G = 3.75/17, B = 12/17.
    # By power: Σᵢⱼ wᵢwⱼ|xᵢ − xⱼ| = 2 · 5 · (4 + 1.5 + 3.5) · 0.625 = 56.25 over W² = 196,
    # x̄ = (5 · 1 + 9 · 0.375)/14 = 8.375/14 → Gₚ = 56.25 · 14 / (196 · 2 · 8.375) = 787.5/3283;
    # 1 − π_min = 1 − 1.5/14 = 12.5/14 → Bₚ = 1 − (787.5/3283) · (14/12.5) = 2401/3283.
    figures = compute_metrics(engagement).waves["T1"].alliance
    assert figures["balance_index"] == pytest.approx(12 / 17)
    assert power_weighted_balance_index(G, "c") == pytest.approx(2401 / 3283)
    assert figures["power_weighted_balance_index"] == pytest.approx(2401 / 3283)


def test_equal_powers_give_the_balance_index(tmp_path: Path) -> None:
    flat = "\n".join(
        ",".join([*row.split(",")[:4], "3", "3"]) if i else row
        for i, row in enumerate(REGISTER.strip().split("\n"))
    )
    ratings, register = write_engagement(tmp_path, flat + "\n")
    wave = compute_metrics(load_survey(ratings, register=register, scale="1:5")).waves["T1"]
    assert wave.alliance["power_weighted_balance_index"] == pytest.approx(12 / 17)


def test_without_power_the_index_is_null(tmp_path: Path) -> None:
    bare = "\n".join(",".join(r.split(",")[:4]) for r in REGISTER.strip().split("\n"))
    ratings, register = write_engagement(tmp_path, bare + "\n")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["metrics", str(ratings), "--register", str(register), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["waves"]["T1"]["alliance"]["power_weighted_balance_index"] is None


def test_a_group_without_power_leaves_the_index_undefined(tmp_path: Path) -> None:
    # Fin's two members have no power: weighing the other groups alone would not be
    # the same balance as the balance index over four groups
    partial = REGISTER.replace("d,Dan,Fin,,4,2", "d,Dan,Fin,,,2").replace(
        "e,Eva,Fin,,3,3", "e,Eva,Fin,,,3"
    )
    ratings, register = write_engagement(tmp_path, partial)
    G = build_graphs(load_survey(ratings, register=register, scale="1:5"))["T1"]
    assert power_weighted_balance_index(G, "c") is None
    # kept to the groups with a power, it is defined
    assert power_weighted_balance_index(G, "c", groups={"sponsor", "coachee", "Ops"}) is not None


def test_the_json_key_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "metrics.md").read_text("utf-8")
    assert "power_weighted_balance_index" in doc


def test_weighted_gini_by_hand() -> None:
    # π = (1/4, 3/4), x̄ = 0.25 · 1 = 0.25, Σᵢⱼ πᵢπⱼ|xᵢ − xⱼ| = 2 · 3/16 = 0.375 → 0.75
    assert weighted_gini([1.0, 0.0], [1, 3]) == pytest.approx(0.75)
    assert weighted_gini([0.0, 0.0], [1, 1]) is None
    assert weighted_gini([1.0, 0.5], [0, 0]) is None


@pytest.mark.parametrize(
    "weights",
    [[1, -1, 2], [0, 0, 2], [1, 2]],  # negative; one weight left; lengths differ
)
def test_weighted_balance_index_undefined(weights: list[float]) -> None:
    assert weighted_balance_index([0.5, 0.6, 0.7], weights) is None


@given(
    st.lists(st.floats(0.01, 1), min_size=2, max_size=8),
    st.lists(st.floats(0.1, 10), min_size=8, max_size=8),
    st.randoms(),
)
def test_weighted_balance_index_properties(values, weights, rnd: random.Random) -> None:
    weights = weights[: len(values)]
    b = weighted_balance_index(values, weights)
    assert b is not None and -1e-9 <= b <= 1 + 1e-9
    order = list(range(len(values)))
    rnd.shuffle(order)
    shuffled = weighted_balance_index([values[i] for i in order], [weights[i] for i in order])
    assert shuffled == pytest.approx(b)
    equal = weighted_balance_index(values, [2.5] * len(values))
    assert equal == pytest.approx(balance_index(values))


def test_everything_with_the_lightest_group_gives_zero() -> None:
    assert weighted_balance_index([0.0, 0.9, 0.0], [3, 1, 2]) == pytest.approx(0.0)
    # with the heaviest, less unbalanced: 1 − (1 − 1/2)/(1 − 1/6) = 0.4
    assert weighted_balance_index([0.9, 0.0, 0.0], [3, 1, 2]) == pytest.approx(0.4)
