"""Memory bounded by the data, not by its square (issue 13, point 5): on a star of
20,000 people every metric stays within a bounded peak memory and time. Before, Burt's
constraint formed P @ P, (n − 1)² entries (3.9 GiB here), and the triangle census
multiplied through a hub sitting midway in the sorted ids ((n/2)² entries, 2.9 GiB).

Each metric runs in a fresh Python process, measured with tracemalloc (numpy and scipy
arrays are traced), so the figures do not depend on what the test session holds.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Peak traced memory allowed per metric on the 20,000-person star (each takes under
#: 40 MB; a quadratic step takes gigabytes).
PEAK_MB = 200
#: All the metrics together, in seconds (about 6 s on 2 busy cores).
SECONDS = 90

_CHILD = r"""
import json, sys, time, tracemalloc
import networkx as nx
from alliance_graph.metrics import alliance, groups, influence, reciprocity, structural, trust

n = 20_000
hub = "m-coach"  # sorts between the a… and z… people: midway in the node order
G = nx.DiGraph()
G.add_node(hub, role="coach", group="Coach")
for i in range(n):
    leaf = f"{'az'[i % 2]}{i:05d}"
    G.add_node(leaf, role="stakeholder", group=f"G{i % 4}")
    x = (i * 7919) % 5  # answers 0..4 above the bottom of a 1:5 scale
    t, s = x / 4, (2 * x - 4) / 4
    if i % 3 != 1:  # the coach rates two people in three ...
        G.add_edge(hub, leaf, strength=t, sign=s)
    if i % 3 != 0:  # ... and two in three rate the coach
        G.add_edge(leaf, hub, strength=1 - t, sign=-s)
S = structural.signed_projection(G)[0]
steps = {
    "trust": lambda: (trust.stakeholder_trust(G), trust.network_trust(G)),
    "reciprocity": lambda: (
        reciprocity.positive_reciprocity(G),
        reciprocity.weighted_reciprocity(G),
        reciprocity.dyad_asymmetry(G),
    ),
    "signed projection": lambda: structural.signed_projection(G),
    "triangle census": lambda: structural.triangle_balance(S),
    "walk balance": lambda: structural.walk_balance(S),
    "alliance": lambda: alliance.alliance_balance(G, hub),
    "groups": lambda: (
        groups.group_matrix(G), groups.ei_index(G, coach=hub), groups.coach_favouritism(G, hub)
    ),
    "pagerank": lambda: influence.pagerank(G),
    "betweenness": lambda: influence.betweenness(G),
    "constraint": lambda: influence.constraint(G),
}
tracemalloc.start()
figures = {}
for name, run in steps.items():
    tracemalloc.reset_peak()
    start = time.perf_counter()
    result = run()
    figures[name] = [time.perf_counter() - start, tracemalloc.get_traced_memory()[1] / 1e6]
    if name == "constraint":
        figures["constraint of the coach"] = result[hub]
    if name == "walk balance":
        figures["walk balance value"] = result
print(json.dumps(figures))
"""


@pytest.fixture(scope="module")
def star_figures() -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=10 * SECONDS
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


METRICS = [
    "trust",
    "reciprocity",
    "signed projection",
    "triangle census",
    "walk balance",
    "alliance",
    "groups",
    "pagerank",
    "betweenness",
    "constraint",
]


@pytest.mark.parametrize("metric", METRICS)
def test_every_metric_of_a_20000_person_star_has_bounded_memory(
    star_figures: dict, metric: str
) -> None:
    peak = star_figures[metric][1]
    assert peak < PEAK_MB, f"{metric}: {peak:.0f} MB at peak"


def test_every_metric_of_a_20000_person_star_in_bounded_time(star_figures: dict) -> None:
    assert sum(star_figures[m][0] for m in METRICS) < SECONDS


def test_the_star_figures_are_right(star_figures: dict) -> None:
    # a star is balanced: walk balance exactly 1. The coach's contacts are not tied to
    # each other, so the coach's constraint is Σ_j p_j² with p_j = w_j / Σ w, w_j the
    # strength of j → coach plus that of coach → j (a contact of strength 0 is none)
    weights = []
    for i in range(20_000):
        t = (i * 7919) % 5 / 4
        weights.append((t if i % 3 != 1 else 0) + (1 - t if i % 3 != 0 else 0))
    total = sum(weights)
    expected = sum((w / total) ** 2 for w in weights if w > 0)
    assert star_figures["walk balance value"] == 1.0
    assert star_figures["constraint of the coach"] == pytest.approx(expected, rel=1e-9)
