"""A star: one rater rates N people, or N people rate the coach (issue 13, point 5).

Usage (from the repository root)::

    .venv/bin/python benchmarks/star.py [N ...] [--shape out|in|both ...] [--report]

For each size and shape, a survey is written to a temporary CSV (``rater,ratee,trust`` on
a 1:5 scale, seeded answers) — ``out``: the coach rates everyone; ``in``: everyone rates
the coach; ``both``: the coach rates two people in three and two in three rate the coach —
read with ``load_survey`` and built with ``build_graphs``, then every metric is timed
alone with its peak memory above what was held before it (tracemalloc: numpy and scipy
arrays are traced), then the whole wave (``compute_wave``). The coach's id sorts midway
between the others', the worst place for products in index order. Times come from one
process, peaks from another (tracemalloc slows Python allocations down); the high-water
mark (``ru_maxrss``) is the timed process's, one per size and shape. With ``--report``,
``build_report`` too (the HTML report; its network view keeps the strongest 3,000 ties).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

SEED = 20261205


def write_star(path: Path, n: int, shape: str) -> str:
    """The survey of a star of ``n`` people around the coach; returns the coach's id."""
    scores = np.random.default_rng(SEED).integers(1, 6, size=(n, 2))
    coach = f"p{n // 2:06d}c"  # between p{n/2} and p{n/2 + 1}
    lines = ["rater,ratee,trust"]
    for i in range(n):
        person = f"p{i:06d}"
        if shape == "out" or (shape == "both" and i % 3 != 1):
            lines.append(f"{coach},{person},{scores[i, 0]}")
        if shape == "in" or (shape == "both" and i % 3 != 0):
            lines.append(f"{person},{coach},{scores[i, 1]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return coach


def measure(n: int, shape: str, report: bool, trace: bool) -> dict[str, Any]:
    """Time of each step, or with ``trace`` its peak memory, in this process."""
    from alliance_graph import load_survey
    from alliance_graph.graph import build_graphs
    from alliance_graph.metrics import alliance, groups, influence, reciprocity, structural, trust
    from alliance_graph.metrics.frustration import frustration_index
    from alliance_graph.metrics.summary import compute_wave

    figures: dict[str, Any] = {}
    if trace:
        tracemalloc.start()

    def step(label: str, run: Callable[[], Any]) -> Any:
        tracemalloc.reset_peak()
        held = tracemalloc.get_traced_memory()[0]
        start = time.perf_counter()
        result = run()
        peak = (tracemalloc.get_traced_memory()[1] - held) / 2**20  # above what was held
        figures[label] = peak if trace else time.perf_counter() - start
        return result

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "star.csv"
        coach = write_star(path, n, shape)
        survey = step("read (load_survey)", lambda: load_survey(path, scale="1:5"))
    graphs = step("graph (build_graphs)", lambda: build_graphs(survey))
    G = next(iter(graphs.values()))
    step("trust", lambda: (trust.stakeholder_trust(G), trust.network_trust(G)))
    step(
        "reciprocity + asymmetry",
        lambda: (
            reciprocity.positive_reciprocity(G),
            reciprocity.weighted_reciprocity(G),
            reciprocity.dyad_asymmetry(G),
        ),
    )
    S, _ = step("signed projection", lambda: structural.signed_projection(G))
    step("triangle census", lambda: structural.triangle_balance(S))
    step("walk balance", lambda: structural.walk_balance(S))
    step("frustration index", lambda: frustration_index(S))
    step("alliance balance", lambda: alliance.alliance_balance(G, coach))
    step(
        "groups",
        lambda: (
            groups.group_matrix(G),
            groups.ei_index(G, coach=coach),
            groups.coach_favouritism(G, coach),
        ),
    )
    step("pagerank", lambda: influence.pagerank(G))
    step("betweenness", lambda: influence.betweenness(G))
    step("constraint", lambda: influence.constraint(G))
    step("whole wave (compute_wave)", lambda: compute_wave(G, coach))
    if report:
        from alliance_graph.report import build_report

        step("report (build_report)", lambda: build_report(survey))
    figures["ties"] = G.number_of_edges()
    figures["maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[20_000, 200_000])
    parser.add_argument("--shape", action="append", choices=["out", "in", "both"])
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        n, shape, trace = int(args.child[0]), args.child[1], args.child[2] == "trace"
        print(json.dumps(measure(n, shape, args.report, trace)))
        return
    for n in args.sizes:
        for shape in args.shape or ["out", "in"]:
            times, peaks = (_child(n, shape, mode, args.report) for mode in ("time", "trace"))
            ties, maxrss = times.pop("ties"), times.pop("maxrss")
            print(f"{n:,} people, shape {shape}: {ties:,} ties, high-water mark {maxrss:,.0f} MiB")
            for label, seconds in times.items():
                print(f"  {label:<28} {seconds:8.2f} s {peaks[label]:10.1f} MiB at peak")


def _child(n: int, shape: str, mode: str, report: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(n), shape, mode]
    command += ["--report"] if report else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
