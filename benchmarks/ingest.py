"""Time reading a large long-format survey and building its graphs.

Compares alliance-graph (read_survey + build_graphs: encoding and delimiter sniffing,
header aliases, label scales, every validation check, per-dimension tie attributes)
with a plain baseline (pandas.read_csv + groupby mean + networkx.from_pandas_edgelist),
which checks nothing. Run: ``.venv/bin/python benchmarks/ingest.py [ROWS]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from alliance_graph import build_graphs, read_survey


def make_file(path: Path, rows: int, people: int = 2_000, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    raters = rng.integers(0, people, rows)
    ratees = (raters + rng.integers(1, people, rows)) % people  # never a self-rating
    frame = pd.DataFrame(
        {
            "wave": rng.choice(["T1", "T2", "T3"], rows),
            "rater": [f"p{i:05d}" for i in raters],
            "ratee": [f"p{i:05d}" for i in ratees],
            "trust": rng.integers(1, 6, rows),
            "respect": rng.integers(1, 6, rows),
        }
    ).drop_duplicates(["wave", "rater", "ratee"])
    frame.to_csv(path, index=False)


def baseline(path: Path) -> int:
    frame = pd.read_csv(path)
    long = frame.melt(id_vars=["wave", "rater", "ratee"], var_name="dimension", value_name="score")
    long["strength"] = (long["score"] - 1) / 4
    ties = long.groupby(["wave", "rater", "ratee"], as_index=False)["strength"].mean()
    return sum(
        nx.from_pandas_edgelist(
            part, "rater", "ratee", "strength", create_using=nx.DiGraph
        ).number_of_edges()
        for _, part in ties.groupby("wave")
    )


def ours(path: Path) -> int:
    survey = read_survey(path, scale="1:5")
    assert survey.ok
    return sum(G.number_of_edges() for G in build_graphs(survey).values())


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "survey.csv"
        make_file(path, rows)
        size = path.stat().st_size / 1e6
        for name, run in (("baseline", baseline), ("alliance-graph", ours)):
            start = time.perf_counter()
            ties = run(path)
            print(
                f"{name:>15}: {time.perf_counter() - start:6.2f} s  "
                f"({rows:,} rows, {size:.0f} MB, {ties:,} ties)"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500_000)
