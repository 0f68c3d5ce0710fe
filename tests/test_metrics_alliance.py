"""Coach-centred alliance balance against values worked out by hand."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from alliance_graph.metrics.alerts import AlertCode, Thresholds, alliance_alerts
from alliance_graph.metrics.alliance import alliance_balance, balance_index, gini


def test_gini_and_balance_index_by_hand() -> None:
    # [0.8, 0.4]: Σ|xi − xj| over ordered pairs = 0.8, 2 m² x̄ = 2·4·0.6 = 4.8 → G = 1/6
    assert gini([0.8, 0.4]) == pytest.approx(1 / 6)
    # B = 1 − G·m/(m − 1) = 1 − (1/6)·2 = 2/3
    assert balance_index([0.8, 0.4]) == pytest.approx(2 / 3)


@pytest.mark.parametrize("values", [[], [0.7], [0.0, 0.0]])
def test_balance_index_is_undefined_not_guessed(values: list[float]) -> None:
    assert balance_index(values) is None


@given(st.lists(st.one_of(st.just(0.0), st.floats(1e-6, 1)), min_size=2, max_size=12), st.randoms())
def test_balance_index_properties(values: list[float], rnd: random.Random) -> None:
    b = balance_index(values)
    if sum(values) == 0:
        assert b is None
        return
    assert b is not None and -1e-9 <= b <= 1 + 1e-9
    shuffled = values[:]
    rnd.shuffle(shuffled)
    assert balance_index(shuffled) == pytest.approx(b)  # invariant to relabelling
    assert balance_index([values[0]] * len(values)) in (None, pytest.approx(1.0))


def test_one_group_holding_everything_gives_zero() -> None:
    assert balance_index([0.9, 0.0, 0.0, 0.0]) == pytest.approx(0.0)


@pytest.fixture
def engagement() -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_node("c", role="coach", group="Coach", name="Cleo")
    G.add_node("s", role="sponsor", group="Board", name="Sam")
    G.add_node("e", role="coachee", group="Board", name="Eve")
    G.add_node("m1", group="Team", name="Max")
    G.add_node("m2", group="Team", name="Mia")
    G.add_node("x", group="Ops", name="Xavier")
    for u, v, t in [
        ("s", "c", 1.0),
        ("c", "s", 0.5),
        ("e", "c", 0.5),
        ("m1", "c", 0.25),
        ("c", "m1", 0.75),
        ("c", "m2", 0.25),
        ("m1", "m2", 1.0),
    ]:
        G.add_edge(u, v, strength=t, sign=2 * t - 1)
    return G


def test_alliance_balance_by_hand(engagement: nx.DiGraph) -> None:
    result = alliance_balance(engagement, "c")
    people = result["stakeholders"]
    # alliance(s) = (1.0 + 0.5)/2; gap(s) = t(c→s) − t(s→c) = 0.5 − 1.0
    assert people["s"]["alliance"] == 0.75 and people["s"]["coach_gap"] == -0.5
    # only e → c is rated: alliance = 0.5, no gap
    assert people["e"]["alliance"] == 0.5 and people["e"]["coach_gap"] is None
    assert people["m1"]["alliance"] == 0.5 and people["m1"]["coach_gap"] == 0.5
    assert people["m2"]["alliance"] == 0.25
    assert people["x"]["alliance"] is None and people["x"]["group"] == "Ops"
    # sponsor and coachee are groups of their own; Team = mean(0.5, 0.25); Ops has no value
    assert result["groups"] == {
        "Team": {"alliance": 0.375, "n": 2},
        "coachee": {"alliance": 0.5, "n": 1},
        "sponsor": {"alliance": 0.75, "n": 1},
    }
    assert result["level"] == pytest.approx((0.75 + 0.5 + 0.375) / 3)
    # Gini over [0.75, 0.5, 0.375]: Σ|xi − xj| = 2·(0.25 + 0.375 + 0.125) = 1.5;
    # 2 m² x̄ = 2·9·0.541667 = 9.75 → G = 0.153846; B = 1 − G·3/2 = 0.769231
    assert result["balance_index"] == pytest.approx(1 - (1.5 / 9.75) * 1.5)
    # individual [0.75, 0.5, 0.5, 0.25]: Σ|xi − xj| = 3.0, 2·16·0.5 = 16 → G = 0.1875;
    # B = 1 − 0.1875·4/3 = 0.75
    assert result["individual_balance_index"] == pytest.approx(0.75)
    assert result["gap"] == pytest.approx(0.375)
    assert (result["strongest_group"], result["weakest_group"]) == ("sponsor", "Team")
    # dominance = A(sponsor) − mean(A(coachee), A(Team)) = 0.75 − 0.4375
    assert result["sponsor_dominance"] == pytest.approx(0.3125)


def test_alerts_with_default_thresholds(engagement: nx.DiGraph) -> None:
    result = alliance_balance(engagement, "c")
    names = {k: d["name"] for k, d in engagement.nodes(data=True)}
    alerts = {(a.code, a.subject) for a in alliance_alerts(result, names)}
    assert alerts == {
        (AlertCode.SPONSOR_DOMINANCE, "sponsor"),  # 0.3125 > 0.20
        (AlertCode.GROUP_BELOW_FLOOR, "Team"),  # 0.375 < 0.50; coachee 0.5 is not under
        (AlertCode.NO_ALLIANCE_DATA, "x"),
        (AlertCode.COACH_UNDERESTIMATES, "s"),  # gap −0.5
        (AlertCode.COACH_OVERESTIMATES, "m1"),  # gap +0.5
    }
    relaxed = Thresholds(sponsor_dominance=0.4, group_floor=0.3, coach_gap=0.6)
    codes = {a.code for a in alliance_alerts(result, names, relaxed)}
    assert codes == {AlertCode.NO_ALLIANCE_DATA}


def test_alert_messages_name_people_and_format_numbers(engagement: nx.DiGraph) -> None:
    result = alliance_balance(engagement, "c")
    names = {k: d["name"] for k, d in engagement.nodes(data=True)}
    alerts = {a.code: a for a in alliance_alerts(result, names)}
    over = alerts[AlertCode.COACH_OVERESTIMATES]
    assert "Max" in over.message() and "0.50" in over.message()
    assert "0,50" in over.message("fr")
    assert "the sponsor" in alerts[AlertCode.SPONSOR_DOMINANCE].message()
    assert "Team" in alerts[AlertCode.GROUP_BELOW_FLOOR].message("fr")


def test_no_coach_gives_one_notice() -> None:
    alerts = alliance_alerts(None, {})
    assert [a.code for a in alerts] == [AlertCode.NO_COACH]
    assert alerts[0].severity == "info"


def test_thresholds_are_checked() -> None:
    with pytest.raises(ValueError, match="group_floor"):
        Thresholds(group_floor=1.5)
