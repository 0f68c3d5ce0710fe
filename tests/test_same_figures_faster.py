"""Faster paths that must give the very same figures (issue 17, point 7): the sign-flip
test's p-values and intervals, and the QAP p-value, against the loops they replace."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from alliance_graph.metrics import permutation, qap
from alliance_graph.metrics.permutation import sign_flip_test, sign_patterns
from alliance_graph.metrics.qap import qap_correlation


def _one_product_per_shift(d: np.ndarray) -> tuple[float, float, float]:
    """The sign-flip test as first written: every shift δ multiplies all the signs."""
    flips = sign_patterns(d.size)

    def p_of(delta: float) -> float:
        shifted = d - delta
        tolerance = 1e-9 * max(np.abs(shifted).sum(), 1.0)
        return float(np.mean(np.abs(flips @ shifted) >= abs(shifted.sum()) - tolerance))

    low, high = permutation._inverted(d, lambda delta: p_of(delta) > 0.05)
    return p_of(0.0), low, high


def _two_numbers_per_pattern(d: np.ndarray) -> tuple[float, float, float]:
    """The shortcut alone: ε·d − δ Σ ε, without settling the patterns near the threshold."""
    flips = sign_patterns(d.size)
    dot, total = flips @ d, flips.sum(axis=1)

    def p_of(delta: float) -> float:
        shifted = d - delta
        tolerance = 1e-9 * max(np.abs(shifted).sum(), 1.0)
        return float(np.mean(np.abs(dot - delta * total) >= abs(shifted.sum()) - tolerance))

    low, high = permutation._inverted(d, lambda delta: p_of(delta) > 0.05)
    return p_of(0.0), low, high


def test_sign_flip_intervals_are_the_same_to_the_last_bit() -> None:
    shortcut_differs = 0
    for n in (7, 9, 14, 30):  # every pattern (≤ 16 people) or 10,001 seeded ones
        for seed in range(4):
            d = np.random.default_rng(seed).integers(-4, 5, n) / 8 + 0.1  # answers on a lattice
            test = sign_flip_test(d)
            assert (test.p_value, test.ci_low, test.ci_high) == _one_product_per_shift(d)
            shortcut_differs += _two_numbers_per_pattern(d) != _one_product_per_shift(d)
    # the shortcut alone moves the last bits of most bounds: the settling is needed
    assert shortcut_differs >= 8


def _one_relabelling_at_a_time(
    before: nx.DiGraph, after: nx.DiGraph, nodes: list[str], permutations: int
) -> tuple[float | None, float | None]:
    """QAP as first written: one relabelling, one sum, one correlation at a time."""
    n, cells = len(nodes), len(nodes) * (len(nodes) - 1)
    index = {node: i for i, node in enumerate(nodes)}
    kx, x = qap._entries(before, index, "strength")
    ky, y = qap._entries(after, index, "strength")
    sx, sy = x.sum(), y.sum()
    var_x = (x @ x) / cells - (sx / cells) ** 2
    var_y = (y @ y) / cells - (sy / cells) ** 2
    scale = np.sqrt(var_x * var_y)

    def correlation(cross: float) -> float:
        return float((cross / cells - sx * sy / cells**2) / scale)

    observed = correlation(qap._cross(kx, x, ky, y))
    rng = np.random.default_rng(0)
    rows, cols = ky // n, ky % n
    extreme = 0
    for _ in range(permutations):
        p = rng.permutation(n)
        permuted = qap._cross(kx, x, p[rows] * n + p[cols], y)
        extreme += abs(correlation(permuted)) >= abs(observed) - 1e-12
    return observed, (1 + extreme) / (1 + permutations)


def _wave(seed: int, n: int, twins: int = 0) -> tuple[nx.DiGraph, list[str]]:
    """Random ties among n people, strengths on a 1–5 lattice; the last ``twins`` people
    rate and are rated by nobody, so relabelling them changes nothing (exact ties)."""
    rng = np.random.default_rng(seed)
    G = nx.DiGraph()
    active = n - twins
    for i in range(active):
        for j in rng.choice(active, size=min(5, active - 1), replace=False):
            if i != j:
                G.add_edge(f"p{i:03d}", f"p{j:03d}", strength=rng.integers(0, 5) / 4)
    return G, [f"p{i:03d}" for i in range(n)]


@pytest.mark.parametrize(("n", "twins", "budget"), [(12, 0, None), (30, 6, None), (40, 0, 300)])
def test_qap_p_value_is_the_same_as_one_relabelling_at_a_time(
    monkeypatch: pytest.MonkeyPatch, n: int, twins: int, budget: int | None
) -> None:
    if budget is not None:  # small batches, and the cells looked up without a table
        monkeypatch.setattr(qap, "_BUDGET", budget)
    before, nodes = _wave(n, n, twins)
    after, _ = _wave(n + 1, n, twins)
    after.add_edges_from((u, v, d) for u, v, d in list(before.edges(data=True))[::2])
    assert qap_correlation(before, after, nodes, permutations=300) == _one_relabelling_at_a_time(
        before, after, nodes, 300
    )


def test_qap_relabellings_too_close_to_call_are_computed_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a relabelling whose |r| lies within rounding of the observed one is computed again
    # alone; with the rounding made huge, most are, and the count stays the same
    before, nodes = _wave(3, 16)
    after, _ = _wave(4, 16)
    expected = _one_relabelling_at_a_time(before, after, nodes, 200)
    alone: list[int] = []
    cross = qap._cross
    monkeypatch.setattr(qap, "_cross", lambda *a: alone.append(1) or cross(*a))
    monkeypatch.setattr(qap, "_EPS", 1e-4)
    assert qap_correlation(before, after, nodes, permutations=200) == expected
    assert len(alone) > 20


def test_a_wave_reads_its_ties_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from alliance_graph.metrics import _ties
    from alliance_graph.metrics.summary import compute_wave

    G, _ = _wave(5, 25)
    for *_, d in G.edges(data=True):
        d["sign"] = 2 * d["strength"] - 1
    nx.set_node_attributes(G, "stakeholder", "role")
    first = compute_wave(G, "p000")
    read: list[int] = []
    original = _ties._read
    monkeypatch.setattr(_ties, "_read", lambda *a: read.append(1) or original(*a))
    assert compute_wave(G, "p000") == first
    assert len(read) == 1  # ten metrics asked for the same arrays
    assert _ties._READ.get() is None  # and nothing is kept after the wave
    with _ties.reused_ties(), pytest.raises(ValueError):
        _ties.ties_of(G).t[0] = 0.5  # shared arrays cannot be changed by one metric
