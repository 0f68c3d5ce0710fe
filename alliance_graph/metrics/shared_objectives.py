"""The objectives in the shared version: progress seen by groups of at least K people.

The rules of :mod:`alliance_graph.metrics.shared`, applied to the progress answers of each
objective in each wave (DESIGN.md section 10, privacy):

1. A group's view is that of its members other than the coachee, the sponsor and the coach,
   as in the coach's figures. The coachee's and the coach's answers (the self and coach
   views, one person each) are left out; so are the sponsor's, which no group holds and
   which the stakeholders' view would give away once the groups shown are taken from it.
2. A group with fewer than K people who answered on the objective in the wave is left
   out of every figure of that objective and wave, the stakeholders' view included, so no
   one's answer can be worked back by subtraction.
3. The stakeholders' view is shown from K people or more; the groups shown each have K.
4. Between two waves, only the groups shown in both change, and the stakeholders' view
   over those groups. A group's change is tested on the K or more of its people who
   answered both times; the stakeholders' change only on the people of the groups so
   tested, so that no untested group's change can be worked out by subtraction.
5. Only when the coach shares the viewpoints explicitly (``viewpoints``): the coachee's,
   the sponsor's and the coach's views and their changes, as in the coach's figures (one
   person each; people without consent have none). The sponsor's answers, then shown on
   their own, also count in the stakeholders' view and its change (tested with the groups
   tested, when there is one), as in the coach's figures, but never towards K: the
   stakeholders' view is shown from K people besides the sponsor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.change_tests import UNTESTED
from alliance_graph.metrics.objective_changes import objective_changes
from alliance_graph.metrics.objective_results import consented
from alliance_graph.metrics.objectives import objective_figures
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.metrics.results import plain
from alliance_graph.model import Survey

__all__ = ["SharedObjectives", "shared_objectives"]

_HIDDEN = {"mean": None, "n": 0, "improved": None, "worse": None}
#: The views of one person each, shared only when the coach asks for them.
_ONE_PERSON = ("self", "sponsor", "coach")
#: The roles of these three views: none of them is inside a group's view.
_ONE_PERSON_ROLES = ("coachee", "sponsor", "coach")


@dataclass(frozen=True)
class SharedObjectives:
    """The shared objectives: ``figures`` {wave: {objective: record}} and ``changes``
    {"<a>-><b>": {objective: change}}, as plain data."""

    figures: dict[str, dict[str, Any]]
    changes: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class _Answers:
    """The answers the shared figures may use, and who counts towards K."""

    # wave, objective, rater, progress, _group: the answers of the groups of K, then the
    # sponsor's when shown on their own (``_group`` "", in no group)
    kept: pd.DataFrame
    left_out: dict[tuple[str, str], list[str]]  # (wave, objective) → the groups under K
    alone: frozenset[str]  # the people whose answers are shown on their own (the sponsor)

    def counted(self, rows: pd.DataFrame) -> pd.Series:
        """Which of ``rows`` count towards K (not an answer shown on its own)."""
        return ~rows["rater"].isin(self.alone)


def shared_objectives(
    survey: Survey,
    k: int,
    *,
    viewpoints: bool = False,
    pairs: Sequence[tuple[str, str]] = (),
    patterns: int = PATTERNS,
    seed: int = 0,
) -> SharedObjectives | None:
    """The objectives under the rules above; ``None`` without objectives.

    Per wave and objective: ``stakeholders``, ``groups``, ``progress``, ``target``,
    ``on_target`` and ``groups_left_out`` (the groups under K, which show no figure),
    after ``self``, ``sponsor`` and ``coach`` with ``viewpoints``. Per pair of ``pairs``
    and objective: ``stakeholders`` (``None`` when no group is shown in both waves) and
    ``groups`` as in :func:`~alliance_graph.metrics.objective_changes.objective_changes`
    (tests with ``patterns`` and ``seed``), after ``self``, ``sponsor`` and ``coach``
    with ``viewpoints``.
    """
    if survey.objectives is None or survey.progress is None:
        return None
    answers = _answers(survey, k, viewpoints)
    waves = list(survey.waves)
    people = survey.stakeholders
    figures = objective_figures(survey.objectives, answers.kept, people, waves)
    own = None
    if viewpoints:
        register, progress = consented(survey)
        own = objective_figures(survey.objectives, progress, register, waves)
    shown = {
        wave: {
            oid: _shown(record, _count(answers, wave, oid), k, answers.left_out.get((wave, oid)))
            for oid, record in by_objective.items()
        }
        for wave, by_objective in figures.items()
    }
    if own is not None:  # the three views first, as in the coach's figures
        shown = {
            wave: {
                oid: {**{v: own[wave][oid][v] for v in _ONE_PERSON}, **record}
                for oid, record in by_objective.items()
            }
            for wave, by_objective in shown.items()
        }
    options = {"k": k, "patterns": patterns, "seed": seed}
    changes = {
        f"{a}->{b}": _pair_changes(survey.objectives, people, answers, (a, b), own, **options)
        for a, b in pairs
    }
    return SharedObjectives(plain(shown), plain(changes))


def _answers(survey: Survey, k: int, viewpoints: bool) -> _Answers:
    """The answers of the groups with K people on the objective in the wave (rule 2), and
    the sponsor's when they are shown on their own (rules 1 and 5)."""
    assert survey.progress is not None
    people = survey.stakeholders
    ids = people["id"].astype(str)
    alone: frozenset[str] = frozenset()
    if viewpoints:  # the sponsor's view is shared only with their consent
        register, _ = consented(survey)
        alone = frozenset(register.loc[register["role"] == "sponsor", "id"].astype(str))
    progress = survey.progress[survey.progress["progress"].notna()]
    progress = progress.assign(rater=progress["rater"].astype(str))
    role = progress["rater"].map(dict(zip(ids, people["role"])))
    members = progress[~role.isin(_ONE_PERSON_ROLES)]  # no group holds these three
    group = members["rater"].map(dict(zip(ids, people["group"])))
    named = group.notna() & (group.astype(str).str.strip() != "")
    members = members.assign(_group=group.where(named, UNGROUPED).astype(str))
    raters = members.groupby(["wave", "objective", "_group"])["rater"]
    enough = raters.transform("nunique") >= k
    left_out = members[~enough].groupby(["wave", "objective"])["_group"].unique()
    sponsor = progress[progress["rater"].isin(alone)].assign(_group="")
    return _Answers(
        kept=pd.concat([members[enough], sponsor], ignore_index=True),
        left_out={key: sorted(map(str, groups)) for key, groups in left_out.items()},
        alone=alone,
    )


def _count(answers: _Answers, wave: str, oid: str) -> int:
    """How many people counting towards K answered on ``oid`` in ``wave``."""
    kept = answers.kept
    rows = kept[(kept["wave"] == wave) & (kept["objective"] == oid)]
    return int(rows.loc[answers.counted(rows), "rater"].nunique())


def _shown(
    record: dict[str, Any], counted: int, k: int, left_out: list[str] | None
) -> dict[str, Any]:
    stakeholders = record["stakeholders"]
    shown = counted >= k
    return {
        "stakeholders": stakeholders if shown else {**_HIDDEN, "n": stakeholders["n"]},
        "groups": {g: v for g, v in record["groups"].items() if v["n"] >= k},
        "progress": record["progress"] if shown else None,
        "target": record["target"],
        "on_target": record["on_target"] if shown else None,
        "groups_left_out": left_out or [],
    }


def _pair_changes(
    objectives: pd.DataFrame,
    people: pd.DataFrame,
    answers: _Answers,
    pair: tuple[str, str],
    own: dict[str, dict[str, Any]] | None,
    *,
    k: int,
    patterns: int,
    seed: int,
) -> dict[str, dict[str, Any]]:
    """Each objective's change between the waves of ``pair`` (rules 4 and 5)."""
    a, b = pair
    kept = answers.kept[answers.kept["wave"].isin([a, b])]
    members, sponsor = kept[answers.counted(kept)], kept[~answers.counted(kept)]
    waves = members.groupby(["objective", "_group"])["wave"].nunique()
    common = set(waves[waves == 2].index)  # the groups shown in both waves
    both = members[_of(members, common)]
    paired = both.groupby(["objective", "_group", "rater"])["wave"].nunique().eq(2)
    per_group = paired.groupby(level=["objective", "_group"]).sum()
    tested = set(per_group[per_group >= k].index)  # K people besides the sponsor
    options: dict[str, Any] = {
        "pairs": [pair],
        "patterns": patterns,
        "seed": seed,
        "min_group_size": k,
    }
    name = f"{a}->{b}"
    with_sponsor = pd.concat([both, sponsor])
    everyone = objective_changes(objectives, with_sponsor, people, [a, b], **options)[name]
    sure_rows = pd.concat(  # the sponsor with the groups tested, never alone
        [both[_of(both, tested)], sponsor[sponsor["objective"].isin({o for o, _ in tested})]]
    )
    sure = objective_changes(objectives, sure_rows, people, [a, b], **options)[name]
    out = {}
    for oid, record in everyone.items():
        groups = {
            g: change if (oid, g) in tested else {**change, **UNTESTED}
            for g, change in record["groups"].items()
            if (oid, g) in common
        }
        stakeholders = None
        if groups:  # tested on the people of the groups tested alone
            test = sure[oid]["stakeholders"]
            stakeholders = {**record["stakeholders"], "n_paired": test["n_paired"]}
            stakeholders.update({key: test[key] for key in UNTESTED})
        change = {"stakeholders": stakeholders, "groups": groups}
        if own is not None:
            change = {**{v: _one_person(own, a, b, oid, v) for v in _ONE_PERSON}, **change}
        out[oid] = change
    return out


def _of(rows: pd.DataFrame, groups: set[tuple[str, str]]) -> Any:
    """Which of ``rows`` answer for one of the (objective, group) ``groups``."""
    return pd.Series(list(zip(rows["objective"], rows["_group"])), index=rows.index).isin(groups)


def _one_person(
    own: dict[str, dict[str, Any]], a: str, b: str, oid: str, view: str
) -> dict[str, Any]:
    """One person's change, as in the coach's figures: ``before``, ``after``, ``delta``."""
    before, after = own[a][oid][view]["mean"], own[b][oid][view]["mean"]
    delta = after - before if before is not None and after is not None else None
    return {"before": before, "after": after, "delta": delta}
