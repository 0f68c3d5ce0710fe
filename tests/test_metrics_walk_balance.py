"""Walk balance over the people who have a signed tie (issue 12, point 3): register
members without a signed tie do not push K towards 1."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest
import scipy.linalg
import scipy.sparse as sp

from alliance_graph.metrics.structural import signed_projection, walk_balance


def _dense_k(A: np.ndarray) -> float:
    """K = tr exp(A) / tr exp(|A|) by dense matrix exponentials (independent of the code)."""
    return float(np.trace(scipy.linalg.expm(A)) / np.trace(scipy.linalg.expm(np.abs(A))))


def _unbalanced_triangle(isolates: int) -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_edge("a", "b", strength=1.0, sign=1.0)
    G.add_edge("b", "c", strength=1.0, sign=1.0)
    G.add_edge("c", "a", strength=0.0, sign=-1.0)
    G.add_nodes_from(f"silent{i}" for i in range(isolates))  # register members, no tie
    return G


def test_unbalanced_triangle_by_hand() -> None:
    # + + − is switching-equivalent to − − −, whose adjacency −J + I has eigenvalues
    # −2, 1, 1; |A| is the triangle K3 with eigenvalues 2, −1, −1:
    # K = (e^−2 + 2e) / (e^2 + 2e^−1)
    by_hand = (math.exp(-2) + 2 * math.e) / (math.exp(2) + 2 / math.e)
    assert by_hand == pytest.approx(0.6858, abs=5e-5)
    A = np.array([[0, 1, -1], [1, 0, 1], [-1, 1, 0]], dtype=float)
    assert _dense_k(A) == pytest.approx(by_hand, rel=1e-12)


@pytest.mark.parametrize("isolates", [0, 7])
def test_silent_register_members_do_not_move_walk_balance(isolates: int) -> None:
    S, nodes = signed_projection(_unbalanced_triangle(isolates))
    assert len(nodes) == 3 + isolates
    expected = (math.exp(-2) + 2 * math.e) / (math.exp(2) + 2 / math.e)  # ≈ 0.686
    # the dense computation over the signed people only gives the same
    signed = [nodes.index(x) for x in "abc"]
    assert _dense_k(S.toarray()[np.ix_(signed, signed)]) == pytest.approx(expected, rel=1e-12)
    # with the 7 silent members counted, K would be (5.572 + 7)/(8.125 + 7) ≈ 0.831
    assert walk_balance(S) == pytest.approx(expected, rel=1e-12)


def test_people_whose_only_ties_are_neutral_are_left_out_too() -> None:
    G = _unbalanced_triangle(0)
    G.add_edge("d", "a", strength=0.5, sign=0.0)  # a neutral tie: no signed tie for d
    S, _ = signed_projection(G)
    expected = (math.exp(-2) + 2 * math.e) / (math.exp(2) + 2 / math.e)
    assert walk_balance(S) == pytest.approx(expected, rel=1e-12)
    # a stored zero (d–a, kept as an explicit entry) is no signed tie either
    coo = S.tocoo()
    rows, cols = np.append(coo.row, [0, 3]), np.append(coo.col, [3, 0])
    explicit = sp.csr_array((np.append(coo.data, [0.0, 0.0]), (rows, cols)), shape=S.shape)
    assert explicit.nnz == S.nnz + 2
    assert walk_balance(explicit) == pytest.approx(expected, rel=1e-12)
