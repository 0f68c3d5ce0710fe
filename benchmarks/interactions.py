"""Interaction logs at scale: read → ties → every network figure, against two references.

Usage (from the repository root)::

    .venv/bin/python benchmarks/interactions.py [ROWS ...] [--people N] [--baseline-max ROWS]
        [--repeat N]

For each size, a seeded log of ROWS events among N people (default 50,000) is written to
a temporary CSV (``timestamp,source,target,duration,channel``; contacts follow a
heavy-tailed law, a third of events are meetings), then three runs are timed, each in
its own process so peak memory is its own:

- **floor**: ``pyarrow.csv.read_csv`` of the file, nothing else;
- **alliance-graph**: ``read_survey(kind="interactions", window="quarter")`` then
  ``interaction_metrics`` (ties, strength, reciprocity, triangles and clustering,
  PageRank, betweenness from 50 sampled sources, groups) and the JSON text;
- **baseline**: plain pandas + networkx computing the same figures (``read_csv``,
  ``groupby`` into ties, ``nx.DiGraph``, ``nx.reciprocity``, ``nx.transitivity``,
  ``nx.average_clustering``, ``nx.pagerank``, ``nx.betweenness_centrality(k=100)``),
  run only up to ``--baseline-max`` rows (default 1,000,000).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261127
CHANNELS = np.array(["meeting", "email", "email", "chat", "call", "meeting"])


def write_log(path: Path, rows: int, people: int) -> None:
    """A seeded log: each event picks a source by a Zipf-like activity and a target
    among the source's ~40 usual contacts (mostly in the same team of 50)."""
    rng = np.random.default_rng(SEED)
    activity = 1 / np.arange(1, people + 1) ** 0.6
    activity /= activity.sum()
    sources = rng.choice(people, size=rows, p=activity)
    team = sources // 50 * 50
    near = team + rng.integers(0, 50, size=rows)
    far = rng.integers(0, people, size=rows)
    targets = np.where(rng.random(rows) < 0.7, near, far) % people
    targets = np.where(targets == sources, (targets + 1) % people, targets)
    start = np.datetime64("2026-01-01T08:00")
    minutes = rng.integers(0, 180 * 24 * 60, size=rows)
    frame = pd.DataFrame(
        {
            "timestamp": (start + minutes.astype("timedelta64[m]")).astype(str),
            "source": np.char.add("p", sources.astype(str)),
            "target": np.char.add("p", targets.astype(str)),
            "duration": rng.integers(5, 90, size=rows),
            "channel": CHANNELS[rng.integers(0, len(CHANNELS), size=rows)],
        }
    )
    frame.to_csv(path, index=False)


FLOOR = """
import sys, pyarrow.csv as pc
table = pc.read_csv(sys.argv[1])
print(table.num_rows)
"""

OURS = """
import json, sys
from alliance_graph.ingest import read_survey
from alliance_graph.metrics.interaction_network import interaction_metrics
survey = read_survey([sys.argv[1]], kind="interactions", window="quarter")
figures = interaction_metrics(survey, samples=50, workers=2)  # as the command line
text = json.dumps(figures)
print(sum(w["ties"] for w in figures["waves"].values()))
"""

BASELINE = """
import sys
import networkx as nx, pandas as pd
log = pd.read_csv(sys.argv[1], parse_dates=["timestamp"])
log["wave"] = log["timestamp"].dt.to_period("Q").astype(str)
meetings = log["channel"].isin(["meeting", "call"])
back = log[meetings].rename(columns={"source": "target", "target": "source"})
log = pd.concat([log, back])
ties = log.groupby(["wave", "source", "target"])["duration"].sum().reset_index()
total = 0
for wave, part in ties.groupby("wave"):
    G = nx.from_pandas_edgelist(part, "source", "target", "duration", create_using=nx.DiGraph)
    U = G.to_undirected()
    figures = (nx.reciprocity(G), nx.transitivity(U), nx.average_clustering(U),
               nx.pagerank(G, weight="duration"),
               nx.betweenness_centrality(G, k=min(100, len(G)), seed=0))
    total += G.number_of_edges()
print(total)
"""


#: The child's own peak (VmHWM starts afresh at exec; ru_maxrss would carry the parent's).
PEAK = (
    "\nimport re\nwith open('/proc/self/status') as f:\n"
    "    print(re.search(r'VmHWM:\\s+(\\d+)', f.read()).group(1))\n"
)


def run(script: str, path: Path) -> tuple[float, float, str]:
    """Wall seconds, peak resident memory (MiB) and output of ``script`` in a child."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script + PEAK, str(path)], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - start
    out, peak = done.stdout.strip().rsplit("\n", 1)
    return seconds, int(peak) / 1024, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="*", type=int, default=[100_000, 1_000_000, 10_000_000])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--baseline-max", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1, help="median of N runs of ours")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"log-{rows}.csv"
            write_log(path, rows, args.people)
            size = path.stat().st_size / 2**20
            record = {"rows": rows, "file_mib": round(size)}
            for name, script in (("floor", FLOOR), ("ours", OURS)):
                runs = [run(script, path) for _ in range(args.repeat)]
                seconds = sorted(r[0] for r in runs)[len(runs) // 2]  # the median
                peak, out = max(r[1] for r in runs), runs[0][2]
                record[name] = {"seconds": round(seconds, 2), "peak_mib": round(peak), "out": out}
            if rows <= args.baseline_max:
                seconds, peak, out = run(BASELINE, path)
                record["baseline"] = {
                    "seconds": round(seconds, 2),
                    "peak_mib": round(peak),
                    "out": out,
                }
            print(json.dumps(record), flush=True)
            results.append(record)


if __name__ == "__main__":
    main()
