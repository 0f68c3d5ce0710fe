"""Time every metric on random engagements of 100, 1,000 and 10,000 stakeholders.

Each stakeholder rates ``k`` others (default 30, or everyone when fewer), so the
graphs are dense rating data: 100 → 2,970 ties, 1,000 → 30,000, 10,000 → 300,000.
Strengths are drawn per group pair so that camps and unbalanced triangles exist.
Run: ``.venv/bin/python benchmarks/metrics.py [N ...]``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import networkx as nx
import numpy as np

from alliance_graph.metrics import alliance, groups, influence, reciprocity, structural, trust
from alliance_graph.metrics.frustration import frustration_index


def engagement(n: int, k: int = 30, seed: int = 0) -> nx.DiGraph:
    rng = np.random.default_rng(seed)
    group = rng.integers(0, 5, n)
    G = nx.DiGraph()
    for i in range(n):
        roles = {0: "coach", 1: "sponsor", 2: "coachee"}
        role = roles.get(i, "stakeholder")
        G.add_node(f"p{i:05d}", group=f"G{group[i]}", role=role)
    per = min(k, n - 1)
    raters = np.repeat(np.arange(n), per)
    ratees = (
        raters + 1 + np.concatenate([rng.choice(n - 1, per, replace=False) for _ in range(n)])
    ) % n
    friendly = group[raters] == group[ratees]
    t = np.clip(rng.normal(np.where(friendly, 0.75, 0.4), 0.2), 0, 1)
    G.add_edges_from(
        (f"p{a:05d}", f"p{b:05d}", {"strength": float(x), "sign": float(2 * x - 1)})
        for a, b, x in zip(raters, ratees, t)
    )
    coach_ties = [(f"p{j:05d}", "p00000") for j in range(1, n)]
    G.add_edges_from((u, v, {"strength": 0.6, "sign": 0.2}) for u, v in coach_ties)
    return G


def timed(label: str, run: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = run()
    print(f"  {label:<28} {time.perf_counter() - start:8.2f} s")
    return result


def main(sizes: list[int]) -> None:
    for n in sizes:
        G = engagement(n)
        print(f"{n:,} stakeholders, {G.number_of_edges():,} ties")
        measure(G)


def measure(G: nx.DiGraph) -> None:
    """Time each metric on one graph."""
    timed(
        "trust (per node + network)", lambda: (trust.stakeholder_trust(G), trust.network_trust(G))
    )
    timed(
        "reciprocity + asymmetry",
        lambda: (
            reciprocity.positive_reciprocity(G),
            reciprocity.weighted_reciprocity(G),
            reciprocity.dyad_asymmetry(G),
        ),
    )
    S, _ = timed("signed projection", lambda: structural.signed_projection(G))
    timed("triangle census", lambda: structural.triangle_balance(S))
    timed("walk balance", lambda: structural.walk_balance(S))
    result = timed("frustration index", lambda: frustration_index(S))
    print(f"  {'':<28} L = {result.index} ({'exact' if result.exact else 'upper bound'})")
    timed("alliance balance", lambda: alliance.alliance_balance(G, "p00000"))
    timed("groups (matrix, E-I)", lambda: (groups.group_matrix(G), groups.ei_index(G)))
    timed("pagerank", lambda: influence.pagerank(G))
    timed("betweenness", lambda: influence.betweenness(G))
    timed("constraint", lambda: influence.constraint(G))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1_000, 10_000])
