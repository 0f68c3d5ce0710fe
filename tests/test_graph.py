"""Graph building: strength and sign of ties by hand, nodes, isolates, sparse matrices."""

from __future__ import annotations

import networkx as nx
import pytest

from alliance_graph import build_graphs, load_survey, to_sparse
from alliance_graph.graph import from_sparse, tie_table


@pytest.fixture
def survey(write_csv):
    ratings = write_csv(
        "s.csv", "wave,rater,ratee,trust,respect\nT1,A,B,5,2\nT1,B,A,1,\nT1,A,C,3,3\nT2,A,B,4,4\n"
    )
    register = write_csv(
        "r.csv",
        "id,name,group,role\nA,Ana,Direction,coach\nB,Bea,Team,sponsor\nC,Cy,Team,\nD,Dee,Team,\n",
    )
    return load_survey(ratings, register=register, scale="1:5")


def test_tie_strength_and_sign_are_means_over_ratings(survey) -> None:
    ties = tie_table(survey).set_index(["wave", "rater", "ratee"])
    # A→B in T1: scores 5 and 2 on a 1:5 scale → t = (1 + 0.25)/2, s = (1 + -0.5)/2
    assert ties.loc[("T1", "A", "B"), "strength"] == pytest.approx(0.625)
    assert ties.loc[("T1", "A", "B"), "sign"] == pytest.approx(0.25)
    assert ties.loc[("T1", "A", "B"), "n_ratings"] == 2
    assert ties.loc[("T1", "B", "A"), "strength"] == 0.0
    assert ties.loc[("T1", "A", "C"), "sign"] == 0.0


def test_one_graph_per_wave_with_register_nodes_and_attributes(survey) -> None:
    graphs = build_graphs(survey)
    assert list(graphs) == ["T1", "T2"]
    G = graphs["T1"]
    assert isinstance(G, nx.DiGraph)
    assert sorted(G.nodes) == ["A", "B", "C", "D"]  # D, in the register, is an isolate
    assert G.nodes["A"] == {"name": "Ana", "group": "Direction", "role": "coach", "consent": True}
    assert G.nodes["C"]["role"] == "stakeholder"
    edge = G.edges["A", "B"]
    assert edge["strength_trust"] == 1.0 and edge["strength_respect"] == 0.25
    assert edge["n_trust"] == 1 and edge["n_respect"] == 1
    assert "strength_respect" not in G.edges["B", "A"]
    assert graphs["T2"].number_of_edges() == 1
    assert G.graph == {"wave": "T1", "scale": (1.0, 5.0)}


def test_every_attribute_is_a_plain_python_value(survey) -> None:
    G = build_graphs(survey)["T1"]
    for _, _, data in G.edges(data=True):
        assert all(type(v) in (int, float) for v in data.values())


def test_sparse_round_trip(survey) -> None:
    G = build_graphs(survey)["T1"]
    matrix, nodes = to_sparse(G)
    assert nodes == ["A", "B", "C", "D"]
    assert matrix[0, 1] == pytest.approx(0.625) and matrix[1, 0] == 0.0
    assert matrix.shape == (4, 4)
    back = from_sparse(matrix, nodes)
    # a tie of strength 0 (full distrust) is a tie: kept as an explicit zero
    assert set(back.edges) == {("A", "B"), ("A", "C"), ("B", "A")}
    assert back.edges["B", "A"]["strength"] == 0.0
    assert back.edges["A", "C"]["strength"] == pytest.approx(0.5)
