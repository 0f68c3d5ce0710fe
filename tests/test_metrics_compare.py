"""Comparing waves: QAP and Jaccard against values computed independently, pairs of waves,
the sample's story, and the compare command (the tests of change: test_change_tests.py)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.errors import WaveNotFoundError
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.compare import wave_pairs
from alliance_graph.metrics.qap import jaccard_index, qap_correlation
from tests.conftest import SAMPLE


def from_matrix(M: np.ndarray, nodes: list[str]) -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    for i, j in zip(*np.nonzero(M)):
        G.add_edge(nodes[i], nodes[j], strength=float(M[i, j]), sign=float(2 * M[i, j] - 1))
    return G


def test_qap_correlation_equals_numpy_pearson_over_off_diagonal_cells() -> None:
    rng = np.random.default_rng(4)
    nodes = list("abcdefg")
    X = np.where(rng.random((7, 7)) < 0.5, rng.random((7, 7)), 0)
    Y = np.where(rng.random((7, 7)) < 0.5, rng.random((7, 7)), 0)
    np.fill_diagonal(X, 0)
    np.fill_diagonal(Y, 0)
    off = ~np.eye(7, dtype=bool)
    expected = np.corrcoef(X[off], Y[off])[0, 1]
    r, _ = qap_correlation(from_matrix(X, nodes), from_matrix(Y, nodes), nodes, permutations=0)
    assert r == pytest.approx(expected)


def test_qap_p_value_counts_relabellings_as_extreme_as_observed() -> None:
    rng = np.random.default_rng(9)
    nodes = [f"n{i}" for i in range(8)]
    X = np.where(rng.random((8, 8)) < 0.4, rng.random((8, 8)), 0)
    np.fill_diagonal(X, 0)
    off = ~np.eye(8, dtype=bool)
    r, p = qap_correlation(
        from_matrix(X, nodes), from_matrix(X, nodes), nodes, permutations=200, seed=3
    )
    assert r == pytest.approx(1.0)
    # independent check: the same 200 seeded relabellings, done with dense matrices
    perm_rng = np.random.default_rng(3)
    extreme = 0
    for _ in range(200):
        q = perm_rng.permutation(8)
        permuted = X[np.ix_(q, q)]
        extreme += abs(np.corrcoef(permuted[off], X[off])[0, 1]) >= 1 - 1e-12
    assert p == pytest.approx((1 + extreme) / 201)
    assert p < 0.05


def test_qap_undefined_for_a_constant_matrix() -> None:
    G, H = nx.DiGraph(), nx.DiGraph()
    G.add_nodes_from("abc")
    H.add_edge("a", "b", strength=1.0, sign=1.0)
    assert qap_correlation(G, H, list("abc")) == (None, None)


def test_jaccard_and_hamming_by_hand() -> None:
    a, b = nx.DiGraph(), nx.DiGraph()
    # positive in a: x→y, y→x, x→z; in b: x→y, z→x; y→z negative in both
    for u, v, s in [("x", "y", 1), ("y", "x", 0.5), ("x", "z", 1), ("y", "z", -1)]:
        a.add_edge(u, v, sign=s)
    for u, v, s in [("x", "y", 1), ("z", "x", 0.5), ("y", "x", -0.5), ("y", "z", -1)]:
        b.add_edge(u, v, sign=s)
    # N11 = 1 (x→y), N10 = 2 (y→x, x→z), N01 = 1 (z→x): J = 1/4, H = 3
    assert jaccard_index(a, b, ["x", "y", "z"]) == (0.25, 3)


def test_wave_pairs() -> None:
    assert wave_pairs(["T1", "T2"]) == [("T1", "T2")]
    assert wave_pairs(["T1"]) == []
    with pytest.raises(ValueError, match="before"):
        wave_pairs(["T1", "T2", "T3"], "T3")  # T3 to itself
    with pytest.raises(ValueError, match="before"):
        wave_pairs(["T1", "T2", "T3"], "T3", "T1")  # backwards
    assert wave_pairs(["T1", "T2", "T3"], "T1", "T2") == [("T1", "T2")]
    assert wave_pairs(["T1", "T2", "T3"], last="T2") == [("T1", "T2")]
    with pytest.raises(WaveNotFoundError):
        wave_pairs(["T1", "T2"], "T9")


@pytest.fixture(scope="module")
def sample_changes() -> dict:
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    return compute_metrics(survey).to_dict()["changes"]


def test_sample_changes_contract_and_story(sample_changes: dict) -> None:
    assert list(sample_changes) == ["2026-01->2026-04", "2026-04->2026-06", "2026-01->2026-06"]
    change = sample_changes["2026-01->2026-06"]
    for key in (
        "qap_correlation",
        "qap_p_value",
        "jaccard",
        "hamming",
        "balance_index_delta",
        "ties_gained",
        "ties_lost",
        "ties_strengthened",
        "ties_weakened",
        "sign_flips",
        "groups",
    ):
        assert key in change
    assert change["balance_index_significant"] and change["balance_index_delta"] > 0
    assert change["groups"]["Collaborateurs"]["significant"]
    assert change["groups"]["sponsor"]["ci_low"] is None  # one person: never a trend
    assert not change["hard_to_compare"] and change["qap_p_value"] < 0.01
    assert {"left", "joined", "deltas"} <= set(change)
    json.dumps(sample_changes, allow_nan=False)


def test_compare_command(tmp_path: Path) -> None:
    args = ["compare", str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    result = CliRunner().invoke(cli, [*args, "--from", "2026-01", "--to", "2026-06"])
    assert result.exit_code == 0, result.output
    assert "From 2026-01 to 2026-06" in result.output
    assert "The alliance with Collaborateurs rose from 0.50 to 0.74" in result.output
    assert "a real change" in result.output and "one answer is not a trend" in result.output
    data = json.loads(
        CliRunner()
        .invoke(cli, [*args, "--format", "json", "--patterns", "1000", "--permutations", "50"])
        .stdout  # pure JSON; the warnings summary goes to standard error
    )
    assert list(data["changes"]) == ["2026-01->2026-04", "2026-04->2026-06", "2026-01->2026-06"]
    bad = CliRunner().invoke(cli, [*args, "--from", "2030"])
    assert bad.exit_code == 2 and "2030" in bad.output


def test_one_wave_has_nothing_to_compare(write_csv) -> None:
    path = write_csv("one.csv", "rater,ratee,score\nA,B,4\nB,A,2\n")
    result = CliRunner().invoke(cli, ["compare", str(path), "--scale", "1:5"])
    assert result.exit_code == 0 and "nothing to compare" in result.output


def test_every_rater_one_point_higher_end_to_end(write_csv) -> None:
    rng = np.random.default_rng(0)
    rows = ["wave,rater,ratee,score"]
    register = ["id,name,group,role", "coach,Coach,Coach,coach"]
    for group in ("North", "South"):
        for i in range(6):
            person = f"{group}{i}"
            register.append(f"{person},{person},{group},")
            for a, b in ((person, "coach"), ("coach", person)):
                score = int(rng.integers(1, 5))
                rows += [f"T1,{a},{b},{score}", f"T2,{a},{b},{score + 1}"]
    survey = load_survey(
        write_csv("s.csv", "\n".join(rows)),
        scale="1:5",
        register=write_csv("r.csv", "\n".join(register)),
    )
    change = compute_metrics(survey, permutations=0).to_dict()["changes"]["T1->T2"]
    for group in ("North", "South"):
        record = change["groups"][group]
        assert record["delta"] == pytest.approx(0.25) and record["significant"]
