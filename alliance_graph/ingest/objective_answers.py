"""The objectives and their progress answers put together: raters named by their ids,
answers about an objective of the register and a wave of the survey."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from alliance_graph.ingest.identity import resolve_rows
from alliance_graph.ingest.objectives import OBJECTIVE_COLUMNS
from alliance_graph.ingest.people import Register
from alliance_graph.ingest.progress import PROGRESS_COLUMNS, check_objectives, once_each
from alliance_graph.ingest.suggest import not_in_register
from alliance_graph.model import Issue, IssueCode

__all__ = ["objective_answers"]


def objective_answers(
    objectives: pd.DataFrame | None,
    answers: list[pd.DataFrame],
    register: Register,
    waves: Sequence[str],
) -> tuple[pd.DataFrame | None, pd.DataFrame | None, list[Issue]]:
    """The objectives (those the answers name when no register of them was read) and
    the progress answers, checked, with the issues of the rows left out.

    A rater is named as in the ratings (an id, a name or an alias of the register); a
    rater missing from the register is a ``NOT_IN_REGISTER`` warning and counts as a
    stakeholder without a group. An answer about an objective the register does not
    have is ``UNKNOWN_OBJECTIVE``; one in a wave the survey's answers do not have,
    ``PROGRESS_OUTSIDE_WAVES`` (a warning: it is not counted). A rater answers once
    per objective and wave (:func:`~alliance_graph.ingest.progress.once_each`).
    """
    if not answers:
        return objectives, None, []
    progress = pd.concat(answers, ignore_index=True)[list(PROGRESS_COLUMNS)]
    progress, issues = resolve_rows(progress, "rater", register)
    if objectives is None:
        objectives = _named_by(progress)
    else:
        progress, found = check_objectives(progress, objectives)
        issues += found
    progress, found = once_each(progress)
    issues += found
    outside = ~progress["wave"].isin(list(waves))
    issues += [
        Issue(IssueCode.PROGRESS_OUTSIDE_WAVES, file=str(f), line=int(n), column="wave",
              value=str(w))
        for f, n, w in zip(progress.loc[outside, "file"], progress.loc[outside, "line"],
                           progress.loc[outside, "wave"])
    ]  # fmt: skip
    progress = progress[~outside].reset_index(drop=True)
    issues += not_in_register(progress.assign(ratee=progress["rater"]), register)
    return objectives, progress, issues


def _named_by(progress: pd.DataFrame) -> pd.DataFrame:
    """Objectives made from the ids the answers name (their wording unknown, target +1)."""
    ids = list(dict.fromkeys(progress["objective"].astype(str)))
    first = progress.drop_duplicates("objective").set_index("objective")
    return pd.DataFrame(
        {
            "id": ids,
            "objective": ids,
            "objective_fr": "",
            "objective_en": "",
            "agreed_on": None,
            "agreed_by": [()] * len(ids),
            "observers": [()] * len(ids),
            "target": 1.0,
            "indicator": None,
            "file": [first.loc[i, "file"] for i in ids],
            "line": [int(first.loc[i, "line"]) for i in ids],
        },
        columns=list(OBJECTIVE_COLUMNS),
    )
