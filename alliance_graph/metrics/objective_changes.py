"""Did progress on an objective change between two waves? Per viewpoint, tested.

The change of a viewpoint is the difference of its means; for the stakeholders' view and
each group's view it is also tested on the people who answered in both waves, each
compared with themself, by the exact sign-flip test that decides group alliances
(DESIGN.md section 5.6, :func:`~alliance_graph.metrics.permutation.sign_flip_test`).
The coachee's, the sponsor's and the coach's views are one person each: their change
is given, never tested (one person's answer is not a trend).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from alliance_graph.metrics.change_tests import UNTESTED, paired_test
from alliance_graph.metrics.compare import wave_pairs
from alliance_graph.metrics.objectives import VIEWS, viewpoint_answers, viewpoint_groups
from alliance_graph.metrics.permutation import PATTERNS

__all__ = ["objective_changes"]

_ONE_PERSON = ("self", "sponsor", "coach")


def objective_changes(
    objectives: pd.DataFrame,
    progress: pd.DataFrame,
    stakeholders: pd.DataFrame,
    waves: Sequence[str],
    *,
    pairs: Sequence[tuple[str, str]] | None = None,
    patterns: int = PATTERNS,
    seed: int = 0,
    level: float = 0.95,
    min_group_size: int = 3,
) -> dict[str, dict[str, dict[str, Any]]]:
    """Change of each objective's progress per viewpoint, for each pair of waves.

    ``pairs`` defaults to :func:`~alliance_graph.metrics.compare.wave_pairs` (consecutive
    pairs, then first → last). Per objective, ``self``, ``sponsor`` and ``coach`` get
    ``before``, ``after`` and ``delta`` = after − before (``None`` when a side is
    unanswered). ``stakeholders`` and each of ``groups`` {G: …} (viewpoints as in
    :func:`~alliance_graph.metrics.objectives.objective_figures`) also get ``n_before``,
    ``n_after`` and, over the ``n_paired`` people who answered in both waves with
    changes dᵢ = xᵢ(after) − xᵢ(before): ``paired_delta`` = Σ dᵢ / n, the sign-flip
    ``p_value`` = #{ε ∈ {−1, 1}ⁿ : |Σ εᵢ dᵢ| ≥ |Σ dᵢ|} / 2ⁿ, the interval
    ``ci_low`` … ``ci_high`` that agrees with it, ``decidable`` and ``significant``
    (p ≤ 1 − ``level``). Fewer than ``min_group_size`` paired people: no test (those
    keys ``None``, never significant).

    Returns ``{"<a>-><b>": {objective_id: {"self", "sponsor", "coach", "stakeholders",
    "groups": {G: …}}}}``.

    References
    ----------
    Good, P. (2005). *Permutation, Parametric and Bootstrap Tests of Hypotheses*,
    3rd ed., Springer, section 3.1.

    Examples
    --------
    >>> objectives = pd.DataFrame({"id": ["O1"]})
    >>> people = pd.DataFrame({"id": list("abc"), "group": ["Team"] * 3,
    ...                        "role": ["stakeholder"] * 3})
    >>> progress = pd.DataFrame({"wave": ["T1"] * 3 + ["T2"] * 3, "rater": list("abcabc"),
    ...                          "objective": ["O1"] * 6, "progress": [0, 0, 1, 2, 2, 3.0]})
    >>> team = objective_changes(objectives, progress, people, ["T1", "T2"])["T1->T2"]["O1"]
    >>> team = team["groups"]["Team"]
    >>> team["delta"], team["n_paired"], team["p_value"], team["decidable"]
    (2.0, 3, 0.25, False)
    """
    answers = viewpoint_answers(objectives, progress, stakeholders, waves)
    groups = viewpoint_groups(stakeholders, answers)
    keys = answers["group"].where(answers["view"] == "group", "")
    values = answers.assign(key=keys).set_index(["objective", "view", "key", "rater", "wave"])[
        "progress"
    ]
    options = {"patterns": patterns, "seed": seed, "level": level, "min_group_size": min_group_size}
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for a, b in pairs if pairs is not None else wave_pairs(list(waves)):
        blocks = _blocks(values, a, b)
        result[f"{a}->{b}"] = {
            str(oid): _objective(blocks, str(oid), groups, options) for oid in objectives["id"]
        }
    return result


def _blocks(values: pd.Series, a: str, b: str) -> dict[tuple, pd.DataFrame]:
    """{(objective, view, key): one row per rater, columns ``a`` and ``b`` (NaN = no answer)}."""
    table = values[values.index.get_level_values("wave").isin([a, b])].unstack("wave")
    table = table.reindex(columns=[a, b])
    levels = ["objective", "view", "key"]
    return {key: block.droplevel(levels) for key, block in table.groupby(level=levels)}


def _objective(blocks: dict, oid: str, groups: list[str], options: dict) -> dict[str, Any]:
    empty = pd.DataFrame({"before": [], "after": []}, dtype=float)
    record: dict[str, Any] = {}
    for view in VIEWS:
        pair = blocks.get((oid, view, ""), empty)
        record[view] = _one_person(pair) if view in _ONE_PERSON else _tested(pair, **options)
    record["groups"] = {g: _tested(blocks.get((oid, "group", g), empty), **options) for g in groups}
    return record


def _one_person(pair: pd.DataFrame) -> dict[str, Any]:
    before, after = (_mean(pair.iloc[:, i]) for i in (0, 1))
    delta = after - before if before is not None and after is not None else None
    return {"before": before, "after": after, "delta": delta}


def _tested(
    pair: pd.DataFrame, *, patterns: int, seed: int, level: float, min_group_size: int
) -> dict[str, Any]:
    record = _one_person(pair)
    paired = pair.dropna()
    record.update(
        n_before=int(pair.iloc[:, 0].notna().sum()),
        n_after=int(pair.iloc[:, 1].notna().sum()),
        n_paired=len(paired),
        **UNTESTED,
    )
    if len(paired) < min_group_size:
        return record
    changes = np.asarray(paired.iloc[:, 1] - paired.iloc[:, 0], dtype=float)
    return {**record, **paired_test(changes, level=level, patterns=patterns, seed=seed)}


def _mean(column: pd.Series) -> float | None:
    return float(column.mean()) if column.notna().any() else None
