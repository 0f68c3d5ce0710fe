"""Signs are exact on every scale: a tie whose ratings average exactly the scale midpoint
has s = 0, whatever the scale's bounds (issue 12, point 2).

Expected signs come from an exact computation with :class:`fractions.Fraction` on the
decimal values as written, never from the code under test.
"""

from __future__ import annotations

from fractions import Fraction

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_graph import build_graphs, load_survey
from alliance_graph.graph import tie_table
from alliance_graph.metrics.reciprocity import positive_reciprocity
from alliance_graph.metrics.shared import group_graphs, shared_metrics
from alliance_graph.metrics.structural import signed_projection
from alliance_graph.metrics.summary import compute_metrics
from alliance_graph.metrics.trust import network_trust, stakeholder_trust
from alliance_graph.model import STAKEHOLDER_COLUMNS, Scale, Survey

#: (min, max, decimals of the scores): integer and decimal bounds, integer and decimal scores
SCALES = [
    ("1", "5", 0),
    ("1", "7", 0),
    ("0", "10", 0),
    ("0", "10", 1),
    ("-3", "3", 0),
    ("1", "10", 0),
    ("0", "1", 1),
    ("0", "1", 2),
    ("0", "100", 0),
    ("1", "4", 0),
    ("-2", "2", 0),
    ("-2", "2", 1),
    ("1", "7", 2),
    ("0.5", "3.5", 1),
    ("-1.5", "1.5", 1),
    ("0.1", "0.7", 2),
]


def _units(case: tuple[str, str, int]) -> tuple[int, int, int]:
    """Bounds in units of 10^-decimals (exact), and the number of decimals."""
    lo, hi, decimals = case
    factor = 10**decimals
    low, high = Fraction(lo) * factor, Fraction(hi) * factor
    assert low.denominator == 1 and high.denominator == 1
    return int(low), int(high), decimals


def _score(unit: int, decimals: int) -> float:
    """The float a reader makes of the decimal ``unit / 10^decimals`` written out."""
    return float(Fraction(unit, 10**decimals)) if decimals else float(unit)


def _exact_sign(units: list[int], case: tuple[str, str, int]) -> Fraction:
    """Mean of (2x − lo − hi)/(hi − lo) in exact rational arithmetic."""
    lo, hi, decimals = Fraction(case[0]), Fraction(case[1]), case[2]
    values = [(2 * Fraction(u, 10**decimals) - lo - hi) / (hi - lo) for u in units]
    return sum(values, Fraction(0)) / len(values)


def _sign(x: float | Fraction) -> int:
    return int(x > 0) - int(x < 0)


def _survey(ties: dict[tuple[str, str], list[int]], case: tuple[str, str, int]) -> Survey:
    decimals = case[2]
    rows = [
        ("w", rater, ratee, f"d{k}", _score(unit, decimals))
        for (rater, ratee), units in ties.items()
        for k, unit in enumerate(units)
    ]
    ratings = pd.DataFrame(rows, columns=["wave", "rater", "ratee", "dimension", "score"])
    register = pd.DataFrame(columns=list(STAKEHOLDER_COLUMNS))
    return Survey(ratings, register, Scale(float(case[0]), float(case[1])), ("w",))


@st.composite
def midpoint_ratings(draw, case: tuple[str, str, int]) -> list[int]:
    """1 to 8 ratings (in units) whose mean is exactly the scale midpoint."""
    low, high, _ = _units(case)
    k = draw(st.integers(1, 8))
    if k * (low + high) % 2:  # the midpoint needs an even number of ratings here
        k = k + 1 if k < 8 else k - 1
    units = draw(st.lists(st.integers(low, high), min_size=k, max_size=k))
    missing = k * (low + high) // 2 - sum(units)
    for i in range(k):  # move each rating towards the target, within the scale
        step = max(low - units[i], min(high - units[i], missing))
        units[i] += step
        missing -= step
    assert missing == 0 and sum(units) * 2 == k * (low + high)
    return units


@st.composite
def midpoint_case(draw):
    case = draw(st.sampled_from(SCALES))
    return case, draw(midpoint_ratings(case)), draw(midpoint_ratings(case))


@settings(max_examples=150, deadline=None)
@given(midpoint_case())
def test_ratings_averaging_the_midpoint_are_neutral_everywhere(example) -> None:
    case, ab, ca = example
    high = _units(case)[1]
    assert _exact_sign(ab, case) == 0 and _exact_sign(ca, case) == 0
    survey = _survey({("a", "b"): ab, ("b", "a"): [high] * 3, ("c", "a"): ca}, case)
    ties = tie_table(survey).set_index(["rater", "ratee"])["sign"]
    assert ties[("a", "b")] == 0.0 and ties[("c", "a")] == 0.0
    assert ties[("b", "a")] == 1.0
    G = build_graphs(survey)["w"]
    assert network_trust(G)["negative_share"] == 0.0
    assert all(r["distrust_received"] == 0 for r in stakeholder_trust(G).values())
    # b → a is the only positive tie, and a → b (neutral) does not return it
    assert positive_reciprocity(G) == 0.0
    S, nodes = signed_projection(G)
    a, b, c = (nodes.index(x) for x in "abc")
    assert S[a, b] == 0.5  # (0 + 1)/2
    assert S[a, c] == 0.0 and S.nnz == 2  # the neutral pair a–c is not tied


@st.composite
def random_case(draw):
    case = draw(st.sampled_from(SCALES))
    low, high, _ = _units(case)
    one = st.lists(st.integers(low, high), min_size=1, max_size=8)
    return case, draw(one), draw(one)


@settings(max_examples=150, deadline=None)
@given(random_case())
def test_tie_and_pair_signs_equal_the_exact_rational_signs(example) -> None:
    case, ab, ba = example
    survey = _survey({("a", "b"): ab, ("b", "a"): ba}, case)
    ties = tie_table(survey).set_index(["rater", "ratee"])
    exact_ab, exact_ba = _exact_sign(ab, case), _exact_sign(ba, case)
    assert _sign(ties.loc[("a", "b"), "sign"]) == _sign(exact_ab)
    assert _sign(ties.loc[("b", "a"), "sign"]) == _sign(exact_ba)
    assert abs(ties.loc[("a", "b"), "sign"] - float(exact_ab)) <= 1e-15
    low, high, _ = _units(case)
    exact_t = Fraction(sum(u - low for u in ab), len(ab) * (high - low))
    assert abs(ties.loc[("a", "b"), "strength"] - float(exact_t)) <= 1e-15
    S, nodes = signed_projection(build_graphs(survey)["w"])
    pair = S[nodes.index("a"), nodes.index("b")]
    assert _sign(pair) == _sign(exact_ab + exact_ba)


def test_one_seven_scale_example_is_neutral_end_to_end(write_csv) -> None:
    # 1:7 scale, midpoint 4; trust 1, listening 5, respect 6 average (1 + 5 + 6)/3 = 4.
    # Per rating s = (2x − 8)/6: −1, 1/3, 2/3, whose sum is 0 exactly (but not in floats).
    ratings = write_csv("r.csv", "wave,rater,ratee,trust,listening,respect\nT1,ana,ben,1,5,6\n")
    survey = load_survey(ratings, scale="1:7")
    assert tie_table(survey)["sign"].tolist() == [0.0]
    assert tie_table(survey)["strength"].tolist() == [0.5]  # (0 + 4/6 + 5/6)/3
    network = compute_metrics(survey).to_dict()["waves"]["T1"]["network"]
    assert network["ties"] == 1
    assert network["negative_share"] == 0.0
    assert network["reciprocity"] is None  # no positive tie either


def test_a_group_cell_whose_tie_signs_cancel_is_neutral_in_the_shared_view(write_csv) -> None:
    # 0:10 scale: s = (2x − 10)/10, so 5.5, 6 and 3.5 give 0.1, 0.2 and −0.3, whose mean
    # is 0 exactly (in floats, (0.1 + 0.2 − 0.3)/3 = 1.85e−17)
    ratings = write_csv("r.csv", "wave,rater,ratee,trust\nT1,g1,h1,5.5\nT1,g2,h1,6\nT1,g3,h1,3.5\n")
    register = write_csv("p.csv", "id,name,group,role\ng1,G1,G,\ng2,G2,G,\ng3,G3,G,\nh1,H1,H,\n")
    survey = load_survey(ratings, register=register, scale="0:10")
    cell = shared_metrics(survey)["waves"]["T1"]["matrix"]["G"]["H"]
    assert cell["raters"] == 3 and cell["sign"] == 0.0
    assert group_graphs(survey)["T1"].edges["G", "H"]["sign"] == 0.0
