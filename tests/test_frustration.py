"""Frustration index: exact against brute force, honest bounds, and no clock anywhere."""

from __future__ import annotations

import itertools
import time

import highspy
import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from scipy.optimize import linprog

from alliance_graph.metrics import frustration
from alliance_graph.metrics.frustration import Frustration, frustration_index
from alliance_graph.metrics.summary import compute_wave


def random_signed(seed: int, n: int, p: float, negative: float = 0.5) -> sp.csr_array:
    rng = np.random.default_rng(seed)
    i, j = np.triu_indices(n, k=1)
    keep = rng.random(len(i)) < p
    signs = np.where(rng.random(int(keep.sum())) < negative, -1.0, 1.0)
    upper = sp.csr_array((signs, (i[keep], j[keep])), shape=(n, n))
    return sp.csr_array(upper + upper.T)


def least_frustration(S: sp.csr_array) -> int:
    """Independent brute force: every split with node 0 in the first camp, all at once."""
    upper = sp.triu(S, k=1).tocoo()
    n = S.shape[0]
    if n < 2 or upper.nnz == 0:
        return 0
    bits = np.array(list(itertools.product([1, -1], repeat=n - 1)), dtype=np.int8)
    sigma = np.hstack([np.ones((len(bits), 1), dtype=np.int8), bits])
    frustrated = sigma[:, upper.row] * sigma[:, upper.col] * np.sign(upper.data) < 0
    return int(frustrated.sum(axis=1).min())


def frustrated_ties(S: sp.csr_array, camps: tuple) -> int:
    sigma = np.zeros(S.shape[0])
    sigma[list(camps[0])], sigma[list(camps[1])] = 1, -1
    upper = sp.triu(S, k=1).tocoo()
    return int(np.sum(sigma[upper.row] * sigma[upper.col] * upper.data < 0))


CASES = [(seed, n, p) for seed in range(10) for n, p in [(8, 0.6), (12, 0.45)]]


@pytest.mark.parametrize(("seed", "n", "p"), CASES)
def test_exact_on_small_graphs_matches_brute_force(seed: int, n: int, p: float) -> None:
    S = random_signed(seed, n, p)
    result = frustration_index(S)
    true = least_frustration(S)
    assert result.lower_bound <= true <= result.index
    assert result.exact and result.index == true
    assert frustrated_ties(S, result.camps) == result.index


@pytest.mark.parametrize("seed", range(6))
def test_bounds_hold_whatever_the_budget(seed: int) -> None:
    S = random_signed(100 + seed, 14, 0.5)
    true = least_frustration(S)
    for node_limit in (1, 3):
        result = frustration_index(S, node_limit=node_limit)
        assert result.lower_bound <= true <= result.index
        assert result.exact == (result.lower_bound == result.index)
        assert frustrated_ties(S, result.camps) == result.index


def test_a_spent_budget_says_so_with_a_valid_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # no tabu polish and a one-node budget: the root's bound, but a heuristic split
    monkeypatch.setattr(frustration, "TABU_STEPS", 0)
    S = random_signed(1, 24, 0.3)
    result = frustration_index(S, node_limit=1, restarts=0)
    full = frustration_index(S)  # exact: checked against brute force on smaller graphs
    assert full.exact
    assert not result.exact
    assert 0 < result.lower_bound <= full.index < result.index
    assert frustrated_ties(S, result.camps) == result.index


def test_same_input_and_seed_give_the_same_answer() -> None:
    S = random_signed(3, 30, 0.25)
    first, second = frustration_index(S, seed=5), frustration_index(S, seed=5)
    assert first == second
    budget = frustration_index(S, seed=5, node_limit=2)
    assert budget == frustration_index(S, seed=5, node_limit=2)


def test_no_solver_call_is_given_a_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    options, limits = [], []

    class Spy(highspy._Highs):
        def setOptionValue(self, name, value):
            options.append(name)
            return super().setOptionValue(name, value)

        def run(self):
            limits.append(self.getOptions().time_limit)
            return super().run()

    monkeypatch.setattr(highspy, "_Highs", Spy)
    assert frustration_index(random_signed(4, 30, 0.3)).exact
    assert limits and all(limit == float("inf") for limit in limits)
    assert options and not any("time" in name for name in options)


def test_the_solver_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    # the command line may write JSON on stdout: HiGHS must not add its banner or log
    result = frustration_index(random_signed(4, 30, 0.3))
    assert result.exact and result.lower_bound > 0
    assert capfd.readouterr() == ("", "")


def test_a_jumping_clock_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    S = random_signed(5, 26, 0.3)
    expected = frustration_index(S, node_limit=3)
    ticks = itertools.count()
    jump = lambda: 1e9 + 3600.0 * next(ticks)  # noqa: E731 - every call an hour later
    for name in ("time", "perf_counter", "monotonic", "process_time"):
        monkeypatch.setattr(time, name, jump)
    assert frustration_index(S, node_limit=3) == expected


def test_result_fields() -> None:
    S = random_signed(1, 12, 0.5)
    result = frustration_index(S)
    assert isinstance(result, Frustration)
    assert isinstance(result.lower_bound, int) and isinstance(result.index, int)
    assert result.exact is True
    assert frustration_index(sp.csr_array((4, 4))) == Frustration(0, 0, 0, ((), ()))


def test_components_above_the_exact_limit_keep_a_trivial_bound() -> None:
    S = random_signed(2, 12, 0.5)
    result = frustration_index(S, max_exact_ties=0)
    assert result.lower_bound == 0 < result.index and not result.exact


def test_bounds_add_up_over_components() -> None:
    a, b = random_signed(8, 10, 0.5), random_signed(9, 11, 0.5)
    S = sp.csr_array(sp.block_diag([a, b]))
    result = frustration_index(S)
    assert result.index == result.lower_bound == least_frustration(a) + least_frustration(b)


def test_the_wave_reports_the_lower_bound() -> None:
    G = nx.DiGraph()
    for u, v, s in [("a", "b", 1), ("b", "c", -1), ("c", "a", -1), ("a", "d", -1)]:
        G.add_edge(u, v, strength=s, sign=s)
    balance = compute_wave(G, None).structural_balance
    assert balance["frustration_lower_bound"] == balance["frustration_index"]
    assert balance["frustration_exact"] is True


def test_the_report_shows_the_bounds_when_not_proven(monkeypatch) -> None:
    from functools import partial

    from alliance_graph import load_survey
    from alliance_graph.metrics import compute_metrics, summary
    from alliance_graph.report import build_report
    from tests.conftest import SAMPLE

    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    proven = build_report(survey, metrics=compute_metrics(survey))
    assert "frustration-bound" not in proven
    # No exact search at all: every wave keeps the local search's split and a bound of 0.
    monkeypatch.setattr(summary, "frustration_index", partial(frustration_index, max_exact_ties=0))
    metrics = compute_metrics(survey)
    first = next(iter(metrics.waves.values())).structural_balance
    assert first["frustration_exact"] is False and first["frustration_lower_bound"] == 0
    page = build_report(survey, metrics=metrics)
    ties, L = first["signed_ties"], first["frustration_index"]
    assert f"Between 0 and {L} of the {ties} signed ties" in page
    assert "lies between" in page and "and 1.00" in page


def test_fixed_ties_propagate_camps_and_contradictions_prune() -> None:
    from alliance_graph.metrics._frustration_fixing import propagate

    # a path 0 -(+)- 1 -(−)- 2 -(+)- 3 and a negative tie 0–3 closing a balanced cycle
    i, j = np.array([0, 1, 2, 0]), np.array([1, 2, 3, 3])
    negative = np.array([False, True, False, True])
    side = np.array([0, -1, -1, -1])
    satisfied = np.array([0.0, 0.0, 0.0, 0.0]), np.array([0.0, 0.0, 0.0, 1.0])
    settled = propagate(i, j, negative, side, *satisfied)
    assert settled is not None
    assert settled[0].tolist() == [0, 0, 1, 1]
    assert settled[1].tolist() == settled[2].tolist() == [0, 0, 0, 0]  # 0–3 is satisfied
    # the same path satisfied but the closing tie forced frustrated: no camps fit
    frustrated = np.array([0, 0, 0, 1.0])
    assert propagate(i, j, negative, side, frustrated, frustrated) is None


def test_reduced_cost_fixing_needs_a_proof() -> None:
    from alliance_graph.metrics._frustration_fixing import fix_by_reduced_cost

    lo, hi = np.zeros(3), np.ones(3)
    reduced = np.array([0.6, 0.3, -0.6])
    # bound 3.5: f_0 = 1 and f_2 = 0 would each cost ≥ 4.1, so ≥ 5; f_1 = 1 only ≥ 3.8
    new_lo, new_hi = fix_by_reduced_cost(3.5, reduced, lo, hi, target=5)
    assert new_lo.tolist() == [0, 0, 1] and new_hi.tolist() == [0, 1, 1]
    assert lo.tolist() == [0, 0, 0] and hi.tolist() == [1, 1, 1]  # inputs untouched
    # a target out of reach (4.1 rounds up to 5 < 6): nothing is fixed
    new_lo, new_hi = fix_by_reduced_cost(3.5, reduced, lo, hi, target=6)
    assert new_lo.tolist() == [0, 0, 0] and new_hi.tolist() == [1, 1, 1]


@pytest.mark.parametrize("seed", range(8))
def test_exact_on_dense_small_graphs_with_fixing(seed: int) -> None:
    # dense enough for a real search, where reduced-cost fixing and propagation act
    S = random_signed(200 + seed, 15, 0.7)
    result = frustration_index(S)
    assert result.exact and result.index == least_frustration(S)
    assert frustrated_ties(S, result.camps) == result.index


@pytest.mark.parametrize("seed", range(6))
def test_deeper_trees_of_warm_started_nodes_stay_exact(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one round of cuts per node and no polish: the search branches several levels deep,
    # each node's relaxation warm-started from its parent's basis
    from alliance_graph.metrics import _frustration_cuts

    monkeypatch.setattr(_frustration_cuts, "ROUNDS", 1)
    monkeypatch.setattr(_frustration_cuts, "ROOT_ROUNDS", 1)
    monkeypatch.setattr(frustration, "TABU_STEPS", 0)
    S = random_signed(seed, 18, 0.5)
    result = frustration_index(S, restarts=0)
    assert result.exact and result.index == least_frustration(S)
    assert frustrated_ties(S, result.camps) == result.index


def test_the_warm_started_relaxation_follows_its_rows_and_bounds() -> None:
    from alliance_graph.metrics._frustration_lp import Relaxation
    from alliance_graph.metrics._frustration_separation import CutPool, DoubledGraph, separate

    upper = sp.triu(random_signed(7, 16, 0.5), k=1).tocoo()
    g = DoubledGraph(upper.row, upper.col, upper.data < 0, 16)
    m, side = len(g.i), np.full(16, -1)
    pool = CutPool()
    first = separate(g, pool, np.zeros(m), side)  # the shortest odd cycles at f = 0
    lp = Relaxation(pool, m)

    def optimum(rows, lo, hi):  # scipy's own solve, on a matrix built here from the cuts
        A = np.zeros((len(rows), m))
        for r, k in enumerate(rows):
            A[r, pool.ties[k]] = 1
        res = linprog(np.ones(m), A_ub=-A, b_ub=-np.ones(len(rows)), bounds=np.c_[lo, hi])
        return res.fun

    lo, hi = np.zeros(m), np.ones(m)
    cold = lp.solve(first, lo, hi, None)
    assert cold.bound == pytest.approx(optimum(first, lo, hi), abs=1e-7)
    # the next branch: some cuts dropped, new ones found at the last point, ties fixed
    second = separate(g, pool, cold.f, side)
    rows = np.union1d(first[cold.tight], second)
    lo[0], hi[1] = 1, 0
    warm = lp.solve(rows, lo, hi, cold.basis.restrict(cold.tight))
    assert len(np.setdiff1d(second, first)) and not cold.tight.all()  # rows did change
    assert warm.bound == pytest.approx(optimum(rows, lo, hi), abs=1e-7)
    assert warm.f[0] == 1 and warm.f[1] == 0
    # back to the first rows and bounds from that basis: the first optimum again
    again = lp.solve(first, np.zeros(m), np.ones(m), warm.basis)
    assert again.bound == pytest.approx(cold.bound, abs=1e-7)
