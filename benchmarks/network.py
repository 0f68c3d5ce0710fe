"""The network view of a large engagement: the report written, then its first drawing.

Usage (from the repository root)::

    .venv/bin/python benchmarks/network.py [--people 2000] [--repeat 3] [--keep DIR] [--tree PATH]

Writes a seeded two-wave survey (:func:`write_engagement`: each stakeholder rates 10
others, mostly in their own group, and the coach; the coach rates everyone), writes its
report with ``alliance-graph report`` in a fresh process, then opens it ``--repeat`` times
in headless Chromium (``$CHROMIUM``, default ``/usr/bin/chromium``, offline: any request
that is not ``file:``/``data:`` is refused) and times, from the navigation to the first
frame where the network canvas holds painted pixels: the first network drawn. Prints the
seconds of each step (wall clock, and the CPU seconds of the report's process) and the
page's size; ``--keep`` leaves the files in ``DIR``; ``--tree`` writes the report with
another checkout of the repository (say, a worktree at an earlier commit), same interpreter.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAVES = ("2026-01", "2026-04")
GROUPS = ("Sales", "Operations", "Finance", "Support", "Engineering", "Marketing", "Legal")
FIRST = ("Alex", "Sam", "Noa", "Lou", "Eli", "Max", "Ana", "Jo", "Kim", "Lee", "Ray", "Zoé")
LAST = ("Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Roux")

#: Painted pixels of the network canvas (not transparent, not near white).
PAINTED = """() => {
  const canvas = document.querySelector('#network-canvas canvas');
  if (!canvas) return 0;
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 0; i < data.length; i += 16) {
    if (data[i + 3] && (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250)) painted++;
  }
  return painted;
}"""


def write_engagement(
    folder: Path, people: int = 2_000, others: int = 10, seed: int = 0
) -> tuple[Path, Path]:
    """A survey and a register of ``people`` stakeholders in seven groups of unequal sizes,
    two waves; returns (survey, register).

    Everyone rates ``others`` people (7 in 10 in their own group) and the coach on trust
    and respect (1–5); the coach rates everyone. Trust is higher within a group, Sales and
    Legal distrust each other, and in the second wave Support's trust in the coach drops
    while Finance's rises, so filters on changes and negative ties have something to show.
    """
    rng = np.random.default_rng(seed)
    share = rng.dirichlet(np.full(len(GROUPS), 3.0))
    group = rng.choice(len(GROUPS), size=people, p=share)
    ids = [f"s{i:05d}" for i in range(people)]
    register = folder / "register.csv"
    with register.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "name", "group", "role"])
        writer.writerow(["coach", "Claire Coach", "Coach", "coach"])
        for i, pid in enumerate(ids):
            role = {0: "sponsor", 1: "coachee"}.get(i, "stakeholder")
            name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"
            writer.writerow([pid, name, GROUPS[group[i]], role])
    members = [np.flatnonzero(group == g) for g in range(len(GROUPS))]
    survey = folder / "survey.csv"
    with survey.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["wave", "rater", "ratee", "trust", "respect"])
        for w, wave in enumerate(WAVES):
            mood = rng.normal(0, 0.4, size=people)  # each person's leaning, this wave
            for i in range(people):
                own = members[group[i]]
                inside = rng.random(others) < 0.7
                picks = np.where(inside, rng.choice(own, others), rng.integers(0, people, others))
                for j in sorted(set(map(int, picks)) - {i}):
                    base = 3.9 if group[i] == group[j] else 3.1
                    if {GROUPS[group[i]], GROUPS[group[j]]} == {"Sales", "Legal"}:
                        base = 1.8
                    score = _score(base + mood[i], rng)
                    writer.writerow([wave, ids[i], ids[j], score, _score(base + 0.3, rng)])
                towards = 3.6 + {"Support": -1.4 * w, "Finance": 0.9 * w}.get(GROUPS[group[i]], 0)
                writer.writerow([wave, ids[i], "coach", _score(towards + mood[i], rng), 4])
                writer.writerow([wave, "coach", ids[i], _score(3.7, rng), 4])
    return survey, register


def _score(mean: float, rng: np.random.Generator) -> int:
    return int(np.clip(round(mean + rng.normal(0, 0.7)), 1, 5))


def write_report(survey: Path, register: Path, out: Path, tree: Path) -> tuple[float, float]:
    """``alliance-graph report`` in a fresh process run from ``tree``; its wall-clock and
    CPU seconds."""
    start, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "alliance_graph", "report", str(survey), "--register",
         str(register), "--quiet", "-o", str(out)],
        check=True,
        capture_output=True,
        cwd=tree,
    )  # fmt: skip
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime
    return time.perf_counter() - start, seconds


def first_drawing(page_path: Path, repeat: int) -> list[float]:
    """Seconds from navigation to the first frame with a painted network, per run."""
    from playwright.sync_api import sync_playwright

    times = []
    with tempfile.TemporaryDirectory() as home, sync_playwright() as p:
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home}
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, env=env)
        for _ in range(repeat):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.route("**/*", _offline)
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="commit")
            page.wait_for_function(f"() => ({PAINTED})() > 200", polling="raf", timeout=120_000)
            times.append(time.perf_counter() - start)
            context.close()
        browser.close()
    return times


def _offline(route: Any) -> None:
    if route.request.url.startswith(("file:", "data:", "blob:", "about:")):
        route.continue_()
    else:
        route.abort()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        survey, register = write_engagement(folder, args.people)
        out = folder / "report.html"
        written, cpu = write_report(survey, register, out, args.tree)
        drawn = first_drawing(out, args.repeat)
        size = out.stat().st_size / 2**20
        print(
            f"{args.people:,} stakeholders: report written in {written:.1f} s "
            f"({cpu:.1f} s of CPU, {size:.1f} MiB)"
        )
        print(
            f"first network drawn: best {min(drawn):.2f} s, median {statistics.median(drawn):.2f} s"
        )


if __name__ == "__main__":
    main()
