"""What a sheet of a workbook holds, told by its headers as a CSV file's shape is.

A sheet holds answers (long, wide or matrix), an interaction log, progress answers on the
objectives, the objectives register (an id and a wording, or a sheet called "Objectifs",
"Objectives"), or the stakeholder register (a name or id column with a group, a role… and
no answers, or a name column in a sheet called "Parties prenantes", "Registre",
"Stakeholders"…).
"""

from __future__ import annotations

from dataclasses import replace

from alliance_graph.ingest.interactions import looks_like_interactions
from alliance_graph.ingest.objectives import looks_like_objectives
from alliance_graph.ingest.people import looks_like_register
from alliance_graph.ingest.progress import looks_like_progress
from alliance_graph.ingest.shapes import parse_table
from alliance_graph.ingest.sheet_table import SheetTable
from alliance_graph.ingest.text import fold

__all__ = ["sheet_role"]

#: Rows of a sheet looked at to tell its shape (the whole sheet is parsed once chosen).
_PROBE_ROWS = 200
#: Words in the name of an objectives sheet (folded): Objectives, Objectifs, Goals.
_OBJECTIVES_NAMES = ("objective", "objectif", "goals")


def sheet_role(table: SheetTable, names: list[str]) -> str | None:
    """What a sheet holds: ``ratings``, ``interactions``, ``progress``, ``objectives``,
    ``register`` or ``no_rows`` (``names``: the register's, to find a matrix); ``None``
    when its headers say none of them.

    Progress answers are told before answers (an objective and a progress column), the
    objectives register after them (an id and an objective column, or a sheet named
    after objectives), the stakeholder register last.
    """
    frame = table.frame
    if frame.empty or (frame == "").to_numpy().all():
        return "no_rows"
    headers = [str(h) for h in frame.columns]
    if looks_like_interactions(headers):
        return "interactions"
    if looks_like_progress(headers):
        return "progress"
    probe = replace(table, frame=frame.head(_PROBE_ROWS))
    if parse_table(probe, names) is not None:
        return "ratings"
    sheet = fold(table.sheet)
    if looks_like_objectives(headers) or any(word in sheet for word in _OBJECTIVES_NAMES):
        return "objectives"
    return "register" if looks_like_register(headers, table.sheet) else None
