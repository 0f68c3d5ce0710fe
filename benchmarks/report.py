"""The coach-sized report end to end, beside the time it takes only to import its libraries.

Usage (from the repository root)::

    .venv/bin/python benchmarks/report.py [--repeat 5] [--tree PATH]

Runs, ``--repeat`` times each and alternating, in fresh processes:

- ``imports``: ``python -c "import pandas, networkx, matplotlib.pyplot, pyvis"``, the floor
  any run of the command pays;
- ``report``: ``python -m alliance_graph report`` on the bundled sample with its meeting log
  (30 stakeholders, 3 waves, 2,746 answers), written to a temporary folder.

``--tree`` runs the report of another checkout of the repository (for example a worktree
at an earlier commit) with the same interpreter, to measure before and after a change.
The checkout's package is byte-compiled first (``compileall``), as ``pip install`` does:
the libraries imported on the other side are, and compiling some 150 modules from source
at every run would add 0.1–0.15 s that no installed copy pays.
Prints the best and the median wall-clock seconds of each.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORTS = "import pandas, networkx, matplotlib.pyplot, pyvis"


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def compiled(tree: Path) -> None:
    """Byte-compile the checkout's package, as an installed copy is."""
    package = str(tree / "alliance_graph")
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)


def report_command(tree: Path, out: Path) -> list[str]:
    sample = tree / "data" / "sample"
    return [
        sys.executable,
        "-m",
        "alliance_graph",
        "report",
        str(sample / "survey.csv"),
        str(sample / "meetings.csv"),
        "--register",
        str(sample / "register.csv"),
        "--quiet",
        "-o",
        str(out / "report.html"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tree", type=Path, default=ROOT)
    args = parser.parse_args()
    compiled(args.tree)
    times: dict[str, list[float]] = {"imports": [], "report": []}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.repeat):
            times["imports"].append(timed([sys.executable, "-c", IMPORTS], args.tree))
            times["report"].append(timed(report_command(args.tree, Path(folder)), args.tree))
    for name, values in times.items():
        print(f"{name:8} best {min(values):.2f} s, median {statistics.median(values):.2f} s")


if __name__ == "__main__":
    main()
