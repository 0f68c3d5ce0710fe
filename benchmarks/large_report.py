"""A 2,000-stakeholder, two-wave survey: the coach's report written end to end.

Usage (from the repository root)::

    .venv/bin/python benchmarks/large_report.py [--people 2000] [--repeat 3] [--tree PATH]
    .venv/bin/python benchmarks/large_report.py --profile [--top 30]

A seeded engagement is written to a temporary folder: a register of ``--people``
stakeholders in 20 groups of 100 (plus the coach; the first two are the sponsor and the
coachee) and a survey of two waves in which each stakeholder rates 10 others (7 from their
own group, 3 from elsewhere) and the coach on two items, 1 to 5. Answers are drawn higher
within a group than across it, so camps, distrust and unbalanced triangles exist; in the
second wave each person keeps 8 of their 10 people, and two groups move (one up, one down).

Then ``python -m alliance_graph report SURVEY --register REGISTER -o …`` runs in fresh
processes, ``--repeat`` times, alternating with the bare import of pandas, networkx,
matplotlib.pyplot and pyvis (both sides in the same run), and the best and median seconds of
each are printed. ``--tree`` runs another checkout's report with the same interpreter (before
and after a change); its package is byte-compiled first, as by ``pip install`` (see
``report.py``). ``--profile`` instead builds the report once in this process under
cProfile (``Analysis.report_html``, after the imports) and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from report import compiled

ROOT = Path(__file__).resolve().parent.parent
IMPORTS = "import pandas, networkx, matplotlib.pyplot, pyvis"
SEED = 20261206
GROUP_SIZE = 100
RATED = 10  # people each stakeholder rates, besides the coach
OWN_GROUP = 7  # of them, from the rater's own group


def write_engagement(folder: Path, people: int) -> tuple[Path, Path]:
    """A register and a two-wave survey of ``people`` stakeholders and their coach."""
    rng = np.random.default_rng(SEED)
    ids = [f"p{i:05d}" for i in range(people)]
    group = np.arange(people) // GROUP_SIZE
    roles = ["sponsor", "coachee"] + ["stakeholder"] * (people - 2)
    register = ["id,name,group,role", "coach,The Coach,Coach,coach"]
    register += [f"{p},Person {p[1:]},G{g:02d},{r}" for p, g, r in zip(ids, group, roles)]
    targets = [_targets(rng, i, group) for i in range(people)]
    shift = np.zeros(people // GROUP_SIZE + 1)
    lines = ["wave,rater,ratee,trust,listening"]
    for wave in ("2026-01", "2026-04"):
        for i, chosen in enumerate(targets):
            means = np.where(group[chosen] == group[i], 3.9, 2.6) + shift[group[chosen]]
            scores = np.clip(np.rint(rng.normal(means[:, None], 0.8, (len(chosen), 2))), 1, 5)
            lines += [
                f"{wave},{ids[i]},{ids[j]},{a:.0f},{b:.0f}" for j, (a, b) in zip(chosen, scores)
            ]
            coach = np.clip(np.rint(rng.normal(3.5 + shift[group[i]], 0.8, 2)), 1, 5)
            lines.append(f"{wave},{ids[i]},coach,{coach[0]:.0f},{coach[1]:.0f}")
        shift[1], shift[2] = 0.6, -0.6  # the second wave: one group rises, one falls
        targets = [
            np.concatenate([t[:8], _targets(rng, i, group, t[:8])[:2]])
            for i, t in enumerate(targets)
        ]
    survey, reg = folder / "survey.csv", folder / "register.csv"
    survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reg.write_text("\n".join(register) + "\n", encoding="utf-8")
    return survey, reg


def _targets(
    rng: np.random.Generator, i: int, group: np.ndarray, kept: np.ndarray | None = None
) -> np.ndarray:
    """Ten people for ``i`` to rate, none of ``kept``: seven of their own group, three
    from elsewhere."""
    free = np.ones(len(group), dtype=bool)
    free[i] = False
    if kept is not None:
        free[kept] = False
    own = rng.choice(np.flatnonzero(free & (group == group[i])), OWN_GROUP, replace=False)
    others = np.flatnonzero(free & (group != group[i]))
    return np.concatenate([own, rng.choice(others, RATED - OWN_GROUP, replace=False)])


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def report_command(survey: Path, register: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "alliance_graph", "report", str(survey), "--register",
            str(register), "--quiet", "-o", str(out)]  # fmt: skip


def profile(survey: Path, register: Path, top: int, tree: Path) -> None:
    """The report built once in this process, under cProfile, after the imports."""
    sys.path.insert(0, str(tree))  # that checkout's package, not the one installed
    from alliance_graph import Analysis, load_survey

    start = time.perf_counter()
    analysis = Analysis(load_survey(survey, register=register))
    profiler = cProfile.Profile()
    profiler.enable()
    analysis.report_html()
    profiler.disable()
    print(f"read + report: {time.perf_counter() - start:.2f} s (profiled)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        survey, register = write_engagement(folder, args.people)
        rows = survey.read_text(encoding="utf-8").count("\n") - 1
        print(f"{args.people:,} stakeholders, two waves, {rows:,} rows of answers")
        if args.profile:
            profile(survey, register, args.top, args.tree)
            return
        compiled(args.tree)
        times: dict[str, list[float]] = {"imports": [], "report": []}
        command = report_command(survey, register, folder / "report.html")
        for _ in range(args.repeat):
            times["imports"].append(timed([sys.executable, "-c", IMPORTS], args.tree))
            times["report"].append(timed(command, args.tree))
        size = (folder / "report.html").stat().st_size / 2**20
    for label, values in times.items():
        print(f"{label:8} best {min(values):.2f} s, median {statistics.median(values):.2f} s")
    print(f"report.html: {size:.1f} MiB")


if __name__ == "__main__":
    main()
