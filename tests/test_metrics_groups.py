"""Trust between groups (DESIGN.md 5.4) on small graphs worked out by hand."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.groups import coach_favouritism, ei_index, group_matrix


def _graph(nodes: dict[str, dict[str, Any]], ties: list[tuple[str, str, float]]) -> nx.DiGraph:
    """A wave graph: ties given by strength t on a 1–5 scale, so s = 2t − 1."""
    G = nx.DiGraph()
    G.add_nodes_from(nodes.items())
    G.add_edges_from((u, v, {"strength": t, "sign": 2 * t - 1}) for u, v, t in ties)
    return G


@pytest.fixture
def teams() -> nx.DiGraph:
    """Direction (s, h, d1), Managers (m1, m2), Ops (o1), and u without a group.

    Signs: t > 0.5 positive, t = 0.5 neutral (s = 0), t < 0.5 negative.
    """
    nodes = {
        "s": {"group": "Direction", "role": "sponsor"},
        "h": {"group": "Direction", "role": "coachee"},
        "d1": {"group": "Direction"},
        "m1": {"group": "Managers"},
        "m2": {"group": "Managers"},
        "o1": {"group": "Ops"},
        "u": {},
    }
    ties = [
        ("d1", "s", 1.0),  # Direction → Direction  +
        ("d1", "h", 0.75),  # Direction → Direction  +
        ("s", "h", 0.5),  # Direction → Direction  neutral (s = 0)
        ("h", "m1", 0.25),  # Direction → Managers   −
        ("d1", "o1", 0.25),  # Direction → Ops        −
        ("m1", "m2", 1.0),  # Managers → Managers    +
        ("m2", "m1", 0.75),  # Managers → Managers    +
        ("m1", "d1", 0.75),  # Managers → Direction   +
        ("m2", "s", 0.0),  # Managers → Direction   −
        ("m1", "u", 1.0),  # Managers → (no group)  +
        ("u", "m1", 1.0),  # (no group) → Managers  +
        ("o1", "d1", 0.0),  # Ops → Direction        −
    ]
    return _graph(nodes, ties)


def test_group_matrix_by_hand(teams: nx.DiGraph) -> None:
    M = group_matrix(teams)
    # Direction → Direction: d1→s 1.0, d1→h 0.75, s→h 0.5 → (1 + 0.75 + 0.5)/3 = 0.75, n = 3
    # (the sponsor and the coachee keep their register group here)
    assert M["Direction"]["Direction"] == {"mean": pytest.approx(0.75), "n": 3}
    # Direction → Managers: h→m1 0.25; Direction → Ops: d1→o1 0.25
    assert M["Direction"]["Managers"] == {"mean": 0.25, "n": 1}
    assert M["Direction"]["Ops"] == {"mean": 0.25, "n": 1}
    # Managers → Managers: m1→m2 1.0, m2→m1 0.75 → 0.875, n = 2
    assert M["Managers"]["Managers"] == {"mean": 0.875, "n": 2}
    # Managers → Direction: m1→d1 0.75, m2→s 0.0 → 0.375, n = 2
    assert M["Managers"]["Direction"] == {"mean": 0.375, "n": 2}
    # Ops → Direction: o1→d1 0.0; Ops has no tie to itself (no cohesion entry)
    assert M["Ops"] == {"Direction": {"mean": 0.0, "n": 1}}
    # the ungrouped stakeholder's ties are kept in the matrix under their own key
    assert M["Managers"][UNGROUPED] == {"mean": 1.0, "n": 1}
    assert M[UNGROUPED] == {"Managers": {"mean": 1.0, "n": 1}}
    # no pair of groups without ties appears, and counts add up to all 12 ties
    assert "Managers" not in M["Ops"] and "Ops" not in M["Managers"]
    assert sum(cell["n"] for row in M.values() for cell in row.values()) == 12


def test_group_matrix_values_are_plain(teams: nx.DiGraph) -> None:
    for row in group_matrix(teams).values():
        for cell in row.values():
            assert type(cell["mean"]) is float and type(cell["n"]) is int


def test_group_matrix_of_a_graph_without_ties() -> None:
    assert group_matrix(_graph({"a": {"group": "X"}}, [])) == {}


def test_ei_index_by_hand(teams: nx.DiGraph) -> None:
    ei = ei_index(teams)
    # positive ties (s > 0) between grouped stakeholders:
    #   d1→s (I, Direction), d1→h (I, Direction),
    #   m1→m2 (I, Managers), m2→m1 (I, Managers), m1→d1 (E, Managers)
    # not counted: s→h (s = 0), h→m1, d1→o1, m2→s, o1→d1 (negative),
    #              m1→u, u→m1 (u has no group)
    # Direction: E = 0, I = 2 → (0 − 2)/2 = −1
    assert ei["groups"]["Direction"] == -1.0
    # Managers: E = 1, I = 2 → (1 − 2)/3 = −1/3
    assert ei["groups"]["Managers"] == pytest.approx(-1 / 3)
    # overall: E = 1, I = 4 → (1 − 4)/5 = −0.6
    assert ei["overall"] == pytest.approx(-0.6)


def test_ei_index_leaves_out_ungrouped_stakeholders(teams: nx.DiGraph) -> None:
    ei = ei_index(teams)
    assert UNGROUPED not in ei["groups"]
    # were m1→u counted as external, Managers would be (2 − 2)/4 = 0 and overall
    # (2 − 4)/6 = −1/3; it is left out
    assert ei["groups"]["Managers"] != pytest.approx(0.0)
    assert ei["overall"] != pytest.approx(-1 / 3)
    # removing u altogether changes nothing
    without_u = teams.copy()
    without_u.remove_node("u")
    assert ei_index(without_u) == ei


def test_ei_index_all_outward_and_all_inward() -> None:
    nodes = {"a": {"group": "X"}, "b": {"group": "X"}, "c": {"group": "Y"}}
    # X: a→c + (E), b→c + (E) → (2 − 0)/2 = +1 ; Y: c→a − (not counted) → no positive tie
    outward = ei_index(_graph(nodes, [("a", "c", 1.0), ("b", "c", 0.75), ("c", "a", 0.0)]))
    assert outward["groups"]["X"] == 1.0 and outward["overall"] == 1.0
    # X: a→b +, b→a + (I, I) → −1 ; a→c − not counted
    inward = ei_index(_graph(nodes, [("a", "b", 1.0), ("b", "a", 1.0), ("a", "c", 0.25)]))
    assert inward["groups"]["X"] == -1.0 and inward["overall"] == -1.0


def test_ei_index_without_any_positive_tie() -> None:
    nodes = {"a": {"group": "X"}, "b": {"group": "Y"}}
    ei = ei_index(_graph(nodes, [("a", "b", 0.0), ("b", "a", 0.5)]))
    assert ei["overall"] is None  # 0/0 is undefined, not 0 and not NaN
    # every group is listed, none gets a number
    assert ei["groups"] == {"X": None, "Y": None}
    assert ei_index(nx.DiGraph()) == {"overall": None, "groups": {}}


def test_ei_index_of_a_group_without_positive_ties_is_none(teams: nx.DiGraph) -> None:
    # Ops: its only tie out is o1→d1 (t = 0, negative); the only tie in, d1→o1, is
    # negative too → E = I = 0 → undefined
    ei = ei_index(teams)
    assert "Ops" in ei["groups"]
    assert ei["groups"]["Ops"] is None


@pytest.fixture
def engagement() -> nx.DiGraph:
    """A coach c and 8 others: sponsor s, coachee h (both register group Direction),
    Direction d1, d2, Managers m1, m2, m3 and u without a group."""
    nodes = {
        "c": {"group": "Coach", "role": "coach"},
        "s": {"group": "Direction", "role": "sponsor"},
        "h": {"group": "Direction", "role": "coachee"},
        "d1": {"group": "Direction"},
        "d2": {"group": "Direction"},
        "m1": {"group": "Managers"},
        "m2": {"group": "Managers"},
        "m3": {"group": "Managers"},
        "u": {},
    }
    ties = [
        ("c", "s", 1.0),  # +
        ("c", "h", 0.75),  # +
        ("c", "d1", 0.75),  # +
        ("c", "d2", 0.25),  # −
        ("c", "m1", 1.0),  # +
        ("c", "m2", 0.5),  # neutral, not positive
        ("c", "m3", 0.0),  # −
        ("c", "u", 0.25),  # −
        ("m2", "c", 1.0),  # a tie *to* the coach: not the coach's
        ("u", "c", 1.0),  # idem
    ]
    return _graph(nodes, ties)


def test_coach_favouritism_by_hand(engagement: nx.DiGraph) -> None:
    result = coach_favouritism(engagement, "c")
    # the coach's positive ties: c→s, c→h, c→d1, c→m1 → 4
    # the 8 others by balance group: sponsor 1, coachee 1, Direction 2 (d1, d2),
    # Managers 3, (no group) 1
    assert set(result) == {"sponsor", "coachee", "Direction", "Managers", UNGROUPED}
    # sponsor: 1/4 of the ties for 1/8 of the people → ratio 2
    assert result["sponsor"] == {
        "share_of_ties": 0.25,
        "share_of_stakeholders": 0.125,
        "ratio": 2.0,
    }
    assert result["coachee"] == result["sponsor"]
    # Direction (d1, d2): 1/4 of the ties for 2/8 → ratio 1
    assert result["Direction"] == {
        "share_of_ties": 0.25,
        "share_of_stakeholders": 0.25,
        "ratio": 1.0,
    }
    # Managers: c→m1 only (c→m2 is neutral) → 1/4 for 3/8 → ratio 2/3
    assert result["Managers"]["share_of_ties"] == 0.25
    assert result["Managers"]["share_of_stakeholders"] == pytest.approx(3 / 8)
    assert result["Managers"]["ratio"] == pytest.approx(2 / 3)
    # u: no positive tie from the coach → 0 for 1/8 → ratio 0
    assert result[UNGROUPED] == {"share_of_ties": 0.0, "share_of_stakeholders": 0.125, "ratio": 0.0}
    # the shares of ties and of people each add up to 1
    assert sum(r["share_of_ties"] for r in result.values()) == pytest.approx(1.0)
    assert sum(r["share_of_stakeholders"] for r in result.values()) == pytest.approx(1.0)


def test_coach_favouritism_without_positive_ties(engagement: nx.DiGraph) -> None:
    cold = engagement.copy()
    for _, _, data in cold.out_edges("c", data=True):
        data["strength"], data["sign"] = 0.25, -0.5
    result = coach_favouritism(cold, "c")
    for record in result.values():
        assert record["share_of_ties"] is None and record["ratio"] is None
    assert result["Managers"]["share_of_stakeholders"] == pytest.approx(3 / 8)


def test_coach_favouritism_of_a_coach_outside_the_graph(engagement: nx.DiGraph) -> None:
    result = coach_favouritism(engagement, "nobody")
    # all 9 nodes count as stakeholders; no tie at all
    assert result["Direction"]["share_of_stakeholders"] == pytest.approx(2 / 9)
    assert all(r["ratio"] is None for r in result.values())


def test_every_group_matrix_is_made_by_one_function() -> None:
    """The coach's matrix, the shared version's and the interaction log's all come from
    ``group_table``: no other module aggregates ties by group pair."""
    from pathlib import Path

    import alliance_graph

    package = Path(alliance_graph.__file__).parent
    found = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if 'groupby(["source", "target"]' in path.read_text(encoding="utf-8")
    )
    assert found == ["metrics/groups.py"]
    users = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "group_table(" in path.read_text(encoding="utf-8")
    )
    assert users == [
        "metrics/_shared_view.py",
        "metrics/groups.py",
        "metrics/interaction_network.py",
    ]
