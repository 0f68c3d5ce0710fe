"""The heavy algorithms on one large interaction network: networkx against the fast path.

Usage (from the repository root)::

    .venv/bin/python benchmarks/engines.py [ROWS] [--people N] [--samples K]

Writes the seeded log of ``benchmarks/interactions.py`` (default 1,000,000 rows among
50,000 people), aggregates its first quarter into ties, then times each algorithm of
``alliance_graph.metrics.fast`` with ``engine="networkx"`` and ``engine="fast"`` (igraph for
triangles and betweenness, scipy for PageRank) and checks they agree.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from interactions import write_log

from alliance_graph.ingest import read_survey
from alliance_graph.ingest.interactions import InteractionLog, interaction_ties
from alliance_graph.metrics.fast import (
    betweenness_values,
    pagerank_values,
    sample_sources,
    triangle_values,
)
from alliance_graph.metrics.interaction_network import wave_ties


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "log.csv"
        write_log(path, args.rows, args.people)
        survey = read_survey([path], kind="interactions", window="quarter")
    events = survey.interactions
    ties = interaction_ties(InteractionLog(events, survey.interaction_measure, survey.waves))
    first = ties[ties["wave"] == ties["wave"].iloc[0]]
    arrays = wave_ties(first)
    lengths = 1 / arrays.t
    sources = sample_sources(arrays.nodes, args.samples, 0)
    print(f"{arrays.n:,} people, {arrays.m:,} ties (wave {first['wave'].iloc[0]})")
    steps = {
        "triangles and clustering": lambda e: triangle_values(arrays, e)["clustering"],
        f"betweenness ({args.samples} sources)": lambda e: betweenness_values(
            arrays, lengths, sources, e
        ),
        "PageRank": lambda e: pagerank_values(arrays, arrays.t, e),
    }
    for name, step in steps.items():
        slow, a = timed(step, "networkx")
        fast, b = timed(step, "fast")
        gap = float(np.nanmax(np.abs(np.asarray(a) - np.asarray(b))))
        top = float(np.nanmax(np.abs(a))) or 1.0
        print(
            f"{name:28} networkx {slow:7.1f} s   fast {fast:6.1f} s   "
            f"largest difference {gap:.1e} ({gap / top:.1e} of the largest value)"
        )


if __name__ == "__main__":
    main()
