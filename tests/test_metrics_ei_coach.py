"""The E-I index counts stakeholder-to-stakeholder ties only (issue 12, point 7): the
coach's ties have their own figures and would pull every group towards +1."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from alliance_graph.metrics.groups import ei_index
from alliance_graph.metrics.summary import compute_wave


def _graph(nodes: dict[str, dict[str, Any]], ties: list[tuple[str, str, float]]) -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_nodes_from(nodes.items())
    G.add_edges_from((u, v, {"strength": (s + 1) / 2, "sign": s}) for u, v, s in ties)
    return G


STAKEHOLDER_TIES = [
    ("a", "b", 1.0),  # X → X   + internal
    ("a", "c", 0.5),  # X → Y   + external
    ("b", "a", -0.5),  # X → X  − (not counted: E-I is over positive ties)
    ("c", "a", 1.0),  # Y → X   + external
]
COACH_TIES = [
    ("k", "a", 1.0),
    ("k", "b", 0.5),
    ("k", "c", 1.0),
    ("a", "k", 1.0),
    ("b", "k", 0.5),
    ("c", "k", 0.5),
]
# By hand, stakeholder ties only: X gives a→b (I) and a→c (E): (1 − 1)/2 = 0;
# Y gives c→a (E): (1 − 0)/1 = 1; overall E = 2, I = 1: (2 − 1)/3 = 1/3.
EXPECTED = {"overall": 1 / 3, "groups": {"X": 0.0, "Y": 1.0}}


def _same(actual: dict[str, Any], expected: dict[str, Any]) -> bool:
    groups, wanted = actual["groups"], expected["groups"]
    return (
        actual["overall"] == pytest.approx(expected["overall"], abs=1e-15)
        and set(groups) == set(wanted)
        and all(groups[g] == pytest.approx(wanted[g], abs=1e-15) for g in wanted)
    )


@pytest.mark.parametrize("coach_group", ["Coaching", "X"])
def test_coach_found_by_role_is_left_out(coach_group: str) -> None:
    nodes = {
        "k": {"group": coach_group, "role": "coach"},
        "a": {"group": "X"},
        "b": {"group": "X"},
        "c": {"group": "Y"},
    }
    G = _graph(nodes, STAKEHOLDER_TIES + COACH_TIES)
    # with the coach counted, a coach in Coaching would make X (E 3, I 1) 0.5, and list
    # Coaching (k→a, k→b, k→c: 1); a coach in X would make X (E 2, I 5) −3/7
    assert _same(ei_index(G), EXPECTED)
    assert _same(ei_index(G, coach="k"), EXPECTED)


def test_coach_passed_by_id_is_left_out() -> None:
    nodes = {
        "k": {"group": "Coaching"},  # no role: known only as the coach passed in
        "a": {"group": "X"},
        "b": {"group": "X"},
        "c": {"group": "Y"},
    }
    G = _graph(nodes, STAKEHOLDER_TIES + COACH_TIES)
    assert _same(ei_index(G, coach="k"), EXPECTED)
    # without being told, k is a stakeholder of Coaching like any other: X (a→b I,
    # a→c E, a→k E, b→k E): (3 − 1)/4 = 0.5; Coaching gives k→a, k→b, k→c (E): 1;
    # overall E = 8, I = 1: 7/9
    expected = {"overall": 7 / 9, "groups": {"Coaching": 1.0, "X": 0.5, "Y": 1.0}}
    assert _same(ei_index(G), expected)


def test_the_wave_metrics_leave_the_coach_out() -> None:
    nodes = {
        "k": {"group": "Coaching", "role": "stakeholder"},  # the coach by id only
        "a": {"group": "X"},
        "b": {"group": "X"},
        "c": {"group": "Y"},
    }
    G = _graph(nodes, STAKEHOLDER_TIES + COACH_TIES)
    wave = compute_wave(G, "k")
    assert _same(wave.groups["ei_index"], EXPECTED)
