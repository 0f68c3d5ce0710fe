"""Does "a real change" hold its 5 % level? Simulated engagements, under the null and a shift.

Each engagement has a coach, a sponsor, a coachee and three groups (A, B, C) of SIZE
people. Every stakeholder rates the coach and the coach rates every stakeholder, on
1:5, on DIMENSIONS items (4 in the bundled sample: trust, listening, respect, goals):
answer = round(group mean + person effect + noise of the tie + noise of the item),
clipped to 1..5; the person effect is the same in both waves, the noises are drawn anew
in each wave. Under the null
both waves have the same group means; under the shift group A's answers (both
directions) are 0.5 point higher in the second wave. The alliances go through the
package's own ``alliance_balance`` and ``change_intervals``.

Printed per size: the share of group changes called real (A, B, C under the null; A
under the shift) by the sign-flip test, by a paired t-test on the same people, and by
the paired percentile bootstrap used before (re-implemented here), and by the sign-flip
test randomised at its boundary (see ``--normal``); and the share of
balance-index changes called real (swap test; old bootstrap).

With ``--normal DRAWS`` it checks instead what no exact test can beat: paired changes drawn
from a normal distribution (where the t-test is exact and the most powerful unbiased test),
tested by the package's sign-flip test, by the same test randomised at its boundary (the
best any test of symmetry can do at an exact 5 %), and by the t-test.

    .venv/bin/python benchmarks/calibration.py [ENGAGEMENTS] [--sizes 3 4 8 14] [--dimensions 4]
    .venv/bin/python benchmarks/calibration.py --normal 20000 [--sizes 8 14]
"""

from __future__ import annotations

import argparse
import time

import networkx as nx
import numpy as np
from scipy import stats

from alliance_graph.metrics.alliance import alliance_balance
from alliance_graph.metrics.change_tests import change_intervals
from alliance_graph.metrics.permutation import sign_flip_test, sign_patterns

MEANS = {"sponsor": 4.0, "coachee": 3.8, "A": 3.0, "B": 3.6, "C": 3.4}
PERSON_SD, TIE_SD, ITEM_SD, SHIFT = 0.7, 0.5, 0.4, 0.5


def engagement(
    size: int, shift: float, rng: np.random.Generator, dimensions: int
) -> tuple[dict, dict]:
    """The alliance figures of two waves of one simulated engagement."""
    people = [("sponsor", "sponsor", 0), ("coachee", "coachee", 0)]
    people += [(g, "stakeholder", i) for g in "ABC" for i in range(size)]
    effects = rng.normal(0, PERSON_SD, len(people))
    waves = []
    for wave in (0, 1):
        G = nx.DiGraph()
        G.add_node("coach", role="coach")
        for (group, role, i), effect in zip(people, effects):
            node = f"{group}{i}"
            G.add_node(node, role=role, group=group if role == "stakeholder" else "Board")
            moved = MEANS[group] + effect + (shift if wave and group == "A" else 0.0)
            for u, v in ((node, "coach"), ("coach", node)):
                noise = rng.normal(0, TIE_SD) + rng.normal(0, ITEM_SD, dimensions)
                answers = np.clip(np.rint(moved + noise), 1, 5)
                G.add_edge(u, v, strength=float(np.mean((answers - 1) / 4)))
        waves.append(alliance_balance(G, "coach"))
    return waves[0], waves[1]


def old_bootstrap(before: dict, after: dict, rng: np.random.Generator) -> dict:
    """The paired percentile bootstrap of earlier versions: groups and balance index
    (each group resampled with replacement, one-person groups therefore fixed)."""
    draws, groups = 1000, sorted(before["groups"])
    reps = {}
    for group in groups:
        ids = sorted(p for p, r in before["stakeholders"].items() if _group(r) == group)
        a = np.array([before["stakeholders"][p]["alliance"] for p in ids])
        b = np.array([after["stakeholders"][p]["alliance"] for p in ids])
        picks = rng.integers(0, len(ids), size=(draws, len(ids)))
        reps[group] = (a[picks].mean(axis=1), b[picks].mean(axis=1))
    called = {g: _excludes_zero(reps[g][1] - reps[g][0]) for g in groups}
    x = np.column_stack([reps[g][0] for g in groups])
    y = np.column_stack([reps[g][1] for g in groups])
    called["balance"] = _excludes_zero(_balance(y) - _balance(x))
    return called


def _group(record: dict) -> str:
    return record["role"] if record["role"] in ("sponsor", "coachee") else record["group"]


def _balance(values: np.ndarray) -> np.ndarray:
    m = values.shape[1]
    x = np.sort(values, axis=1)
    gini = (x @ (2 * np.arange(1, m + 1) - m - 1)) / (m * x.sum(axis=1))
    return 1 - gini * m / (m - 1)


def _excludes_zero(differences: np.ndarray) -> bool:
    low, high = np.percentile(differences, [2.5, 97.5])
    return bool(low > 0 or high < 0)


def paired_changes(before: dict, after: dict, group: str) -> np.ndarray:
    """Each member's change of alliance, in sorted id order."""
    ids = sorted(p for p, r in before["stakeholders"].items() if _group(r) == group)
    a = np.array([before["stakeholders"][p]["alliance"] for p in ids])
    b = np.array([after["stakeholders"][p]["alliance"] for p in ids])
    return b - a


def t_test(d: np.ndarray) -> bool:
    if np.allclose(d, 0.0):
        return False
    return bool(stats.ttest_1samp(d, 0.0).pvalue <= 0.05)


def simulate(size: int, runs: int, shift: float, seed: int, dimensions: int) -> dict[str, float]:
    rng, coin = np.random.default_rng(seed), np.random.default_rng(seed + 99)
    groups = ("A",) if shift else ("A", "B", "C")
    tally = dict.fromkeys(("flip", "randomised", "t", "old", "balance", "old_balance"), 0)
    for run in range(runs):
        before, after = engagement(size, shift, rng, dimensions)
        result = change_intervals(before, after, seed=run)
        old = old_bootstrap(before, after, rng)
        for group in groups:
            d = paired_changes(before, after, group)
            tally["flip"] += result["groups"][group]["significant"]
            tally["randomised"] += randomised_flip(d, coin.random())
            tally["t"] += t_test(d)
            tally["old"] += old[group]
        tally["balance"] += result["balance_index"]["significant"]
        tally["old_balance"] += old["balance"]
    tests = runs * len(groups)
    return {
        "flip": tally["flip"] / tests,
        "randomised": tally["randomised"] / tests,
        "t": tally["t"] / tests,
        "old": tally["old"] / tests,
        "balance": tally["balance"] / runs,
        "old_balance": tally["old_balance"] / runs,
        "tests": tests,
    }


def randomised_flip(d: np.ndarray, u: float, alpha: float = 0.05) -> bool:
    """The sign-flip test randomised at its boundary: p = P(|T| > t) + u · P(|T| = t) with u
    uniform on [0, 1), which rejects exactly 5 % of the time under the null."""
    statistic, observed = np.abs(sign_patterns(d.size) @ d), abs(d.sum())
    tolerance = 1e-9 * max(float(np.abs(d).sum()), 1.0)
    above = np.mean(statistic > observed + tolerance)
    tied = np.mean(np.abs(statistic - observed) <= tolerance)
    return bool(above + u * tied <= alpha)


def normal_changes(size: int, draws: int, shift: float, seed: int) -> np.ndarray:
    """Share called real by the sign-flip test, its randomised twin and the t-test, on
    ``draws`` samples of ``size`` changes drawn from N(``shift``, 1)."""
    rng = np.random.default_rng(seed)
    tally = np.zeros(3)
    for _ in range(draws):
        d = rng.normal(shift, 1.0, size)
        tally += (
            sign_flip_test(d).significant,
            randomised_flip(d, rng.random()),
            stats.ttest_1samp(d, 0.0).pvalue <= 0.05,
        )
    return tally / draws


def normal_table(draws: int, sizes: list[int]) -> None:
    print(f"{draws} samples of normal changes (sd 1) per size and shift; 5 % level\n")
    print("| size | shift | sign-flip | randomised sign-flip | t-test | seconds |")
    print("|" + " ---: |" * 6)
    for size in sizes:
        for shift in (0.0, 2.4 / np.sqrt(size)):  # about half the t-test's power
            start = time.perf_counter()
            flip, randomised, t = normal_changes(size, draws, shift, seed=size)
            print(
                f"| {size} | {shift:.2f} | {flip:.4f} | {randomised:.4f} | {t:.4f} | "
                f"{time.perf_counter() - start:.0f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engagements", nargs="?", type=int, default=500)
    parser.add_argument("--sizes", nargs="+", type=int, default=[3, 4, 8, 14])
    parser.add_argument("--dimensions", type=int, default=4)
    parser.add_argument("--normal", type=int, metavar="DRAWS", help="normal changes instead")
    args = parser.parse_args()
    if args.normal:
        normal_table(args.normal, args.sizes)
        return
    print(
        f"{args.engagements} engagements per size and hypothesis, "
        f"{args.dimensions} item(s) per tie; 5 % level\n"
    )
    header = (
        "| size | null: sign-flip | randomised | t-test | old bootstrap | balance: swap | old |"
    )
    print(header + " shift +0.5: sign-flip | randomised | t-test | balance: swap | seconds |")
    print("|" + " ---: |" * 12)
    for size in args.sizes:
        start = time.perf_counter()
        null = simulate(size, args.engagements, 0.0, size, args.dimensions)
        power = simulate(size, args.engagements, SHIFT, 1000 + size, args.dimensions)
        se = np.sqrt(0.05 * 0.95 / null["tests"])
        print(
            f"| {size} | {null['flip']:.3f} (±{2 * se:.3f}) | {null['randomised']:.3f} | "
            f"{null['t']:.3f} | {null['old']:.3f} | {null['balance']:.3f} | "
            f"{null['old_balance']:.3f} | {power['flip']:.3f} | {power['randomised']:.3f} | "
            f"{power['t']:.3f} | {power['balance']:.3f} | "
            f"{time.perf_counter() - start:.0f} |"
        )


if __name__ == "__main__":
    main()
