"""The fast path (igraph, scipy) and the networkx path give the same numbers."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from alliance_graph.metrics._ties import Ties
from alliance_graph.metrics.fast import (
    betweenness_values,
    pagerank_values,
    sample_sources,
    triangle_values,
)


def _random_ties(n: int, m: int, seed: int) -> Ties:
    rng = np.random.default_rng(seed)
    pairs = {(int(a), int(b)) for a, b in rng.integers(0, n, size=(m, 2)) if a != b}
    rows, cols = map(np.array, zip(*sorted(pairs)))
    t = rng.uniform(0.05, 1.0, len(rows))  # continuous: no two paths of equal length
    return Ties([f"n{i:03d}" for i in range(n)], rows, cols, t, 2 * t - 1)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_betweenness_engines_agree(seed) -> None:
    ties = _random_ties(60, 300, seed)
    lengths = 1 / ties.t
    exact = betweenness_values(ties, lengths, None, "fast")
    assert np.allclose(exact, betweenness_values(ties, lengths, None, "networkx"))
    # and both equal networkx's own normalised betweenness
    G = nx.DiGraph()
    G.add_nodes_from(ties.nodes)
    for r, c, x in zip(ties.rows, ties.cols, lengths):
        G.add_edge(ties.nodes[r], ties.nodes[c], length=x)
    reference = nx.betweenness_centrality(G, weight="length", normalized=True)
    assert np.allclose(exact, [reference[n] for n in ties.nodes])
    sources = sample_sources(ties.nodes, 20, seed)
    sampled = betweenness_values(ties, lengths, sources, "fast")
    assert np.allclose(sampled, betweenness_values(ties, lengths, sources, "networkx"))
    estimate = nx.betweenness_centrality(G, k=20, weight="length", normalized=True, seed=seed)
    assert np.allclose(sampled, [estimate[n] for n in ties.nodes])  # the same sources


@pytest.mark.parametrize("seed", [0, 1])
def test_triangles_and_pagerank_engines_agree(seed) -> None:
    ties = _random_ties(80, 500, seed)
    fast, slow = triangle_values(ties, "fast"), triangle_values(ties, "networkx")
    assert fast["transitivity"] == pytest.approx(slow["transitivity"])
    assert np.allclose(fast["clustering"], slow["clustering"])
    assert fast["mean_clustering"] == pytest.approx(slow["mean_clustering"])
    assert np.allclose(
        pagerank_values(ties, ties.t, "fast"), pagerank_values(ties, ties.t, "networkx"), atol=1e-9
    )


def test_engine_names_are_checked() -> None:
    with pytest.raises(ValueError, match="engine"):
        triangle_values(_random_ties(5, 8, 0), "gpu")


def test_a_log_alone_gives_the_interaction_network() -> None:
    import json

    from click.testing import CliRunner

    from alliance_graph.cli import cli
    from tests.conftest import SAMPLE

    args = [str(SAMPLE / "meetings.csv"), "--register", str(SAMPLE / "register.csv")]
    result = CliRunner().invoke(cli, ["metrics", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["kind"] == "interactions" and figures["measure"] == "duration"
    march = figures["waves"]["2026-03"]
    assert march["people"] == 9 and march["ties"] == 16 and march["reciprocity"] == 1.0
    assert march["pagerank"][0]["name"] == "Claire Moreau"  # the coach is in every meeting
    assert "Bar" not in result.output  # no progress bar when not a terminal
    table = CliRunner().invoke(cli, ["metrics", *args])
    assert "Brokers" in table.output and "Interaction metrics" not in table.output
    rows = CliRunner().invoke(cli, ["metrics", *args, "--format", "csv"])
    assert rows.output.startswith("wave,section,subject,metric,value\n")


def test_progress_shows_on_a_terminal_only(monkeypatch) -> None:
    import io

    from alliance_graph.cli.output import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    with progress("Working", 2) as step:
        step("reading")
        step("ties")
    assert "Working" in screen.getvalue()
    quiet = Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    with progress("Working", 2, quiet=True) as step:
        step("reading")
    assert quiet.getvalue() == ""


def test_betweenness_engines_agree_when_many_paths_tie() -> None:
    """With whole-number lengths (sums exact in floating point) many shortest paths
    tie; both engines count every one of them."""
    ties = _random_ties(70, 400, 5)
    lengths = np.floor(ties.t * 3) + 1  # lengths 1, 2 or 3
    sources = sample_sources(ties.nodes, 25, 1)
    for chosen in (None, sources):
        fast = betweenness_values(ties, lengths, chosen, "fast")
        assert np.allclose(fast, betweenness_values(ties, lengths, chosen, "networkx"))


def test_waves_in_parallel_give_the_same_figures(monkeypatch) -> None:
    import pandas as pd

    import alliance_graph.metrics.interaction_network as module

    rng = np.random.default_rng(9)
    m = 3000
    ties = pd.DataFrame(
        {
            "wave": np.repeat(["w1", "w2"], m // 2),
            "source": [f"p{i}" for i in rng.integers(0, 200, m)],
            "target": [f"q{i}" for i in rng.integers(0, 200, m)],
            "strength": rng.uniform(0.05, 1, m),
        }
    ).drop_duplicates(["wave", "source", "target"])
    people = pd.DataFrame({"id": ["p1"], "name": ["P one"], "group": ["G"]})
    alone = module.interaction_network(ties, people, samples=20)
    monkeypatch.setattr(module, "PARALLEL_TIES", 1)
    steps = []
    together = module.interaction_network(ties, people, samples=20, step=steps.append, workers=2)
    assert together == alone and len(steps) == 10
